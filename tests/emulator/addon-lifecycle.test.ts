/**
 * The add-on lifecycle the emulator reproduces: triggers per user across documents, one per
 * type per document, a daily trigger within the hour, and tryLock waiting.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/local/emulator';
import { minuteOfRun, ONE_PER_DOCUMENT_MESSAGE } from '../../src/local/emulator/script-app';

const EDITOR_TRIGGERS = 'https://developers.google.com/workspace/add-ons/concepts/editor-triggers';
const AT_HOUR = 'https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers';
const TRY_LOCK = 'https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)';
const NOW = new Date('2026-11-28T09:00:00+01:00');

describe(`add-on triggers (${EDITOR_TRIGGERS}, Restrictions)`, () => {
  it('getProjectTriggers lists the person’s triggers of the add-on in every document, not others’', () => {
    const emulator = createEmulator({ users: ['camille@example.org', 'conseillere@example.org'] });
    emulator.scriptApp.addTriggerElsewhere({
      handler: 'sendDailyReminder',
      owner: 'camille@example.org',
      eventType: 'CLOCK',
      source: 'CLOCK',
      atHour: 7,
      everyDays: 1,
      documentId: 'un-autre-classeur',
    });
    const { ScriptApp } = emulator.globals;
    ScriptApp.newTrigger('sendDailyReminder').timeBased().atHour(7).everyDays(1).create();
    expect(ScriptApp.getProjectTriggers()).toHaveLength(2);
    // getUserTriggers(document): only this workbook's
    // (https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)).
    expect(ScriptApp.getUserTriggers(emulator.spreadsheet)).toHaveLength(1);
    emulator.setActiveUser('conseillere@example.org');
    expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
  });

  it('refuses a second trigger of one type, per user, per document (not in another document, not for another user)', () => {
    const emulator = createEmulator({ users: ['camille@example.org', 'conseillere@example.org'] });
    emulator.scriptApp.addTriggerElsewhere({
      handler: 'f',
      owner: 'camille@example.org',
      eventType: 'CLOCK',
      source: 'CLOCK',
      documentId: 'un-autre-classeur',
    });
    const { ScriptApp } = emulator.globals;
    ScriptApp.newTrigger('f').timeBased().atHour(7).everyDays(1).create();
    expect(() => ScriptApp.newTrigger('g').timeBased().atHour(8).everyDays(1).create()).toThrow(
      ONE_PER_DOCUMENT_MESSAGE,
    );
    // Another type is another trigger.
    ScriptApp.newTrigger('h').forSpreadsheet(emulator.spreadsheet.getId()).onEdit().create();
    emulator.setActiveUser('conseillere@example.org');
    expect(() => ScriptApp.newTrigger('f').timeBased().atHour(7).everyDays(1).create()).not.toThrow();
  });

  it('a bound script is not held to it (20 triggers per user per script)', () => {
    const { ScriptApp } = createEmulator({ installation: 'bound' }).globals;
    ScriptApp.newTrigger('f').timeBased().atHour(7).everyDays(1).create();
    expect(() => ScriptApp.newTrigger('g').timeBased().atHour(8).everyDays(1).create()).not.toThrow();
  });

  it('a spreadsheet trigger names its document; a clock trigger has no source id', () => {
    const emulator = createEmulator();
    const { ScriptApp } = emulator.globals;
    const clock = ScriptApp.newTrigger('f').timeBased().atHour(7).everyDays(1).create();
    const edit = ScriptApp.newTrigger('g').forSpreadsheet(emulator.spreadsheet.getId()).onEdit().create();
    expect(clock.getTriggerSourceId()).toBeNull();
    expect(edit.getTriggerSourceId()).toBe(emulator.spreadsheet.getId());
  });
});

describe(`a daily trigger at atHour(7) runs some time between 7 and 8 h, the same every day (${AT_HOUR})`, () => {
  it('not before 7 h, by 8 h at the latest, at a minute each trigger keeps', () => {
    const emulator = createEmulator({ now: NOW });
    const { ScriptApp } = emulator.globals;
    const trigger = ScriptApp.newTrigger('f').timeBased().atHour(7).everyDays(1).create();
    const minute = minuteOfRun(trigger.getUniqueId());
    expect(minute >= 0 && minute < 60).toBe(true);
    // Not always 7:00: over a few triggers the minutes differ.
    const others = ['2', '3', '4', '5', '6', '7', '8'].map((id) => minuteOfRun(id));
    expect(new Set([minute, ...others]).size).toBeGreaterThan(1);
    for (const day of ['29', '30']) {
      const at = (h: number, m: number) =>
        new Date(`2026-11-${day}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00+01:00`);
      expect(emulator.scriptApp.takeDue(at(6, 59))).toHaveLength(0);
      if (minute > 0) expect(emulator.scriptApp.takeDue(at(7, minute - 1))).toHaveLength(0);
      expect(emulator.scriptApp.takeDue(at(7, minute))).toHaveLength(1);
      expect(emulator.scriptApp.takeDue(at(7, 59))).toHaveLength(0);
    }
  });

  it('passes its function the time-driven event with the trigger’s id', () => {
    const emulator = createEmulator({ now: NOW });
    emulator.globals.ScriptApp.newTrigger('f').timeBased().atHour(7).everyDays(1).create();
    const [due] = emulator.scriptApp.takeDue(new Date('2026-11-29T08:00:00+01:00'));
    if (due === undefined) throw new Error('not due');
    expect(emulator.scriptApp.clockEvent(due, new Date('2026-11-29T07:42:00+01:00'))).toMatchObject({
      authMode: 'FULL',
      triggerUid: due.id,
      hour: 7,
      minute: 42,
      timezone: 'Europe/Paris',
    });
  });
});

describe(`tryLock(ms) waits up to ms for the lock (${TRY_LOCK})`, () => {
  it('gets the lock when the holder finishes within the wait, at that time', () => {
    const emulator = createEmulator({ now: NOW });
    const { executions } = emulator;
    const first = executions.begin();
    expect(emulator.globals.LockService.getDocumentLock().tryLock(0)).toBe(true);
    executions.endsAt(first, new Date(NOW.getTime() + 3000));
    const second = executions.begin();
    const lock = emulator.globals.LockService.getDocumentLock();
    expect(lock.tryLock(5000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(executions.holders()).toEqual({ document: second });
    expect(emulator.clock.now().getTime() - NOW.getTime()).toBe(3000);
  });

  it('refuses only after the whole wait when the holder runs longer', () => {
    const emulator = createEmulator({ now: NOW });
    const { executions } = emulator;
    const first = executions.begin();
    emulator.globals.LockService.getDocumentLock().tryLock(0);
    executions.endsAt(first, new Date(NOW.getTime() + 20_000));
    executions.begin();
    expect(emulator.globals.LockService.getDocumentLock().tryLock(5000)).toBe(false);
    expect(emulator.clock.now().getTime() - NOW.getTime()).toBe(5000);
    expect(executions.holders()).toEqual({ document: first });
    expect(() => emulator.globals.LockService.getDocumentLock().waitLock(1000)).toThrow('Lock timeout');
  });
});
