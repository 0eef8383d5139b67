import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/local/emulator';
import { formatDate } from '../../src/local/emulator/utilities';

const QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas';

function setup(options: Parameters<typeof createEmulator>[0] = {}) {
  return createEmulator({
    now: new Date('2026-11-28T09:00:00+01:00'),
    users: ['camille@example.org', 'conseillere@example.org'],
    ...options,
  });
}

describe('PropertiesService (https://developers.google.com/apps-script/reference/properties/properties)', () => {
  it('stores values as strings', () => {
    const { globals } = setup();
    const props = globals.PropertiesService.getDocumentProperties();
    props.setProperty('n', 21 as unknown as string);
    expect(props.getProperty('n')).toBe('21');
    expect(props.getProperty('absent')).toBeNull();
  });

  it('shares document properties between editors and keeps user properties per person', () => {
    const emu = setup();
    const { PropertiesService } = emu.globals;
    PropertiesService.getDocumentProperties().setProperty('delai', '14');
    PropertiesService.getUserProperties().setProperty('section', 'plan');
    emu.setActiveUser('conseillere@example.org');
    expect(PropertiesService.getDocumentProperties().getProperty('delai')).toBe('14');
    expect(PropertiesService.getUserProperties().getProperty('section')).toBeNull();
  });

  it(`refuses a value over 9 KB and a store over 500 KB (${QUOTAS})`, () => {
    const props = setup().globals.PropertiesService.getScriptProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large');
    props.setProperty('fits', 'x'.repeat(9 * 1024));
    const many: Record<string, string> = {};
    for (let i = 0; i < 60; i++) many[`k${i}`] = 'x'.repeat(9000);
    expect(() => props.setProperties(many)).toThrow(/property storage quota/);
    expect(props.getKeys()).toEqual(['fits']);
  });

  it('setProperties with deleteAllOthers replaces the store', () => {
    const props = setup().globals.PropertiesService.getDocumentProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' }, true);
    expect(props.getProperties()).toEqual({ c: '3' });
  });
});

describe('LockService (https://developers.google.com/apps-script/reference/lock/lock-service)', () => {
  it('getDocumentLock returns null when the script is not bound to a document', () => {
    expect(setup({ boundToDocument: false }).globals.LockService.getDocumentLock()).toBeNull();
    expect(setup().globals.LockService.getDocumentLock()).not.toBeNull();
  });

  it('holds nothing until tryLock, and two executions really contend for the document lock', () => {
    const emu = setup();
    const { LockService } = emu.globals;
    const first = emu.executions.begin();
    const lockA = LockService.getDocumentLock();
    expect(lockA?.hasLock()).toBe(false);
    expect(lockA?.tryLock(1000)).toBe(true);
    emu.setActiveUser('conseillere@example.org');
    const second = emu.executions.begin();
    const lockB = LockService.getDocumentLock();
    const before = emu.clock.now().getTime();
    expect(lockB?.tryLock(5000)).toBe(false);
    expect(emu.clock.now().getTime() - before).toBe(5000);
    expect(() => lockB?.waitLock(1000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    emu.executions.end(first);
    emu.executions.switchTo(second);
    expect(lockB?.tryLock(0)).toBe(true);
  });

  it('releases the locks an execution still holds when it ends', () => {
    const emu = setup();
    const id = emu.executions.begin();
    emu.globals.LockService.getScriptLock().waitLock(100);
    expect(emu.executions.holders()).toEqual({ script: id });
    emu.executions.end(id);
    expect(emu.executions.holders()).toEqual({});
  });
});

describe('Session (https://developers.google.com/apps-script/reference/base/session)', () => {
  it('gives the active user and the script time zone', () => {
    const emu = setup({ scriptTimeZone: 'Europe/Paris' });
    expect(emu.globals.Session.getActiveUser().getEmail()).toBe('camille@example.org');
    emu.setActiveUser('conseillere@example.org');
    expect(emu.globals.Session.getActiveUser().getEmail()).toBe('conseillere@example.org');
    expect(emu.globals.Session.getScriptTimeZone()).toBe('Europe/Paris');
  });
});

describe('Utilities.formatDate (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String))', () => {
  it('formats in the given time zone, winter and summer', () => {
    expect(formatDate(new Date('2026-01-15T23:30:00Z'), 'Europe/Paris', 'dd/MM/yyyy HH:mm')).toBe(
      '16/01/2026 00:30',
    );
    expect(formatDate(new Date('2026-07-15T22:30:00Z'), 'Europe/Paris', 'yyyy-MM-dd HH:mm')).toBe(
      '2026-07-16 00:30',
    );
    expect(formatDate(new Date('2026-07-15T22:30:00Z'), 'UTC', 'yyyy-MM-dd')).toBe('2026-07-15');
  });

  it('supports names, short years, quoted text and offsets', () => {
    const d = new Date('2026-11-28T09:05:03Z');
    expect(formatDate(d, 'Europe/Paris', "EEEE d MMMM yy 'à' H'h'mm")).toBe(
      'Saturday 28 November 26 à 10h05',
    );
    expect(formatDate(d, 'Europe/Paris', 'Z')).toBe('+0100');
    expect(formatDate(d, 'Europe/Paris', "''ss''")).toBe("'03'");
  });
});

describe(`ScriptApp triggers (https://developers.google.com/apps-script/reference/script/script-app, ${QUOTAS})`, () => {
  it('creates, lists and deletes a daily trigger', () => {
    const emu = setup();
    const { ScriptApp } = emu.globals;
    const trigger = ScriptApp.newTrigger('sendReminder').timeBased().atHour(7).everyDays(1).create();
    expect(trigger.getHandlerFunction()).toBe('sendReminder');
    expect(ScriptApp.getProjectTriggers()).toHaveLength(1);
    ScriptApp.deleteTrigger(trigger);
    expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
  });

  it('refuses a 21st trigger for the same user (a bound script: add-ons have one per type per document)', () => {
    const { ScriptApp } = setup({ installation: 'bound' }).globals;
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`f${i}`).timeBased().everyDays(1).create();
    expect(() => ScriptApp.newTrigger('f20').timeBased().everyDays(1).create()).toThrow(/too many triggers/);
  });

  it('tells the preview which clock triggers are due, once a day', () => {
    const emu = setup();
    emu.globals.ScriptApp.newTrigger('sendReminder').timeBased().atHour(7).everyDays(1).create();
    expect(emu.scriptApp.takeDue(new Date('2026-11-29T05:00:00Z'))).toHaveLength(0);
    expect(emu.scriptApp.takeDue(new Date('2026-11-29T07:30:00Z'))).toHaveLength(1);
    expect(emu.scriptApp.takeDue(new Date('2026-11-29T10:00:00Z'))).toHaveLength(0);
    // 7 h 59 in Paris the next day: within the hour after atHour(7), whatever its minute.
    expect(emu.scriptApp.takeDue(new Date('2026-11-30T06:59:00Z'))).toHaveLength(1);
  });
});

describe('DocumentApp (https://developers.google.com/apps-script/reference/document/document-app)', () => {
  it('creates a Doc with an id, a URL and formatted paragraphs, found again by id', () => {
    const emu = setup();
    const { DocumentApp } = emu.globals;
    const doc = DocumentApp.create('2026-11-28 Demande de stage — Mairie de Lyon');
    const body = doc.getBody();
    body.appendParagraph('Objet : Demande de stage').editAsText().setBold(0, 5, true);
    body.appendParagraph('À Lyon, le 28 novembre 2026').setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
    body.appendParagraph('Titre').setHeading(DocumentApp.ParagraphHeading.HEADING1);
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    const stored = emu.documents.document(doc.getId());
    expect(stored?.paragraphs.map((p) => p.text)).toEqual([
      '',
      'Objet : Demande de stage',
      'À Lyon, le 28 novembre 2026',
      'Titre',
    ]);
    expect(stored?.paragraphs[1]?.boldRanges).toEqual([[0, 5]]);
    expect(stored?.paragraphs[2]?.alignment).toBe('RIGHT');
    expect(DocumentApp.openById(doc.getId()).getName()).toBe('2026-11-28 Demande de stage — Mairie de Lyon');
  });

  it(`stops at the daily quota of Docs created (${QUOTAS})`, () => {
    const { DocumentApp } = setup({ docsPerDay: 2 }).globals;
    DocumentApp.create('a');
    DocumentApp.create('b');
    expect(() => DocumentApp.create('c')).toThrow('Service invoked too many times for one day: docs create.');
  });
});

describe('MailApp (https://developers.google.com/apps-script/reference/mail/mail-app)', () => {
  it('records messages with their sender and counts the daily quota by recipient', () => {
    const emu = setup();
    const { MailApp } = emu.globals;
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    MailApp.sendEmail('a@example.org,b@example.org', 'Relances du jour', 'Deux relances à faire.');
    MailApp.sendEmail({ to: 'c@example.org', subject: 'S', body: 'B', name: 'Stage en collectivité' });
    expect(MailApp.getRemainingDailyQuota()).toBe(97);
    expect(emu.mail.sent()[0]).toMatchObject({ from: 'camille@example.org', subject: 'Relances du jour' });
  });
});

describe('call counting across services (best practices: each call is a round trip)', () => {
  it('counts each link of a chain once', () => {
    const emu = setup();
    emu.calls.reset();
    emu.globals.PropertiesService.getDocumentProperties().setProperty('a', '1');
    emu.globals.DocumentApp.create('x').getBody().appendParagraph('y').editAsText().setBold(true);
    expect(emu.calls.snapshot()).toEqual({
      'Body.appendParagraph': 1,
      'Document.getBody': 1,
      'DocumentApp.create': 1,
      'Paragraph.editAsText': 1,
      'Text.setBold': 1,
      'Properties.setProperty': 1,
      'PropertiesService.getDocumentProperties': 1,
    });
  });

  it('saves and restores the services’ state with the workbook', () => {
    const emu = setup();
    emu.globals.PropertiesService.getDocumentProperties().setProperty('delai', '14');
    emu.globals.DocumentApp.create('Lettre');
    const restored = createEmulator({ state: JSON.parse(JSON.stringify(emu.toJSON())) });
    expect(restored.globals.PropertiesService.getDocumentProperties().getProperty('delai')).toBe('14');
    expect(restored.documents.documents().map((d) => d.name)).toEqual(['Lettre']);
  });
});
