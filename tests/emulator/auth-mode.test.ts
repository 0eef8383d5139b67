/**
 * Authorization modes of simple triggers, menu items and the sidebar, as the editor add-on
 * authorization lifecycle page gives them
 * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes)
 * and the AuthMode enum describes them (https://developers.google.com/apps-script/reference/script/auth-mode).
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/local/emulator';
import { allowedIn } from '../../src/local/emulator/auth-mode';

const LIFECYCLE = 'https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle';

function typeInA1(emulator: Emulator) {
  const edit = emulator.userEdit(emulator.spreadsheet.getSheets()[0]?.getName() ?? '', 1, 1, 'Bonjour');
  if (edit.event === null) throw new Error('no event');
  return edit.event;
}

describe(`an add-on installed but never used in this workbook (${LIFECYCLE}: NONE)`, () => {
  it('runs onOpen and onEdit in NONE, where only the menu may be built', () => {
    const emulator = createEmulator({ installation: 'addon-installed' });
    expect(emulator.openEvent().authMode).toBe('NONE');
    expect(typeInA1(emulator).authMode).toBe('NONE');
    const { SpreadsheetApp, PropertiesService } = emulator.globals;
    emulator.withAuthMode('NONE', () => {
      SpreadsheetApp.getUi().createAddonMenu().addItem('Ouvrir', 'openSidebar').addToUi();
      expect(() => SpreadsheetApp.getActive()).toThrow(
        'You do not have permission to call SpreadsheetApp.getActive',
      );
      expect(() => PropertiesService.getDocumentProperties()).toThrow(
        'You do not have permission to call PropertiesService.getDocumentProperties',
      );
    });
    expect(emulator.ui.menus).toHaveLength(1);
  });

  it('is enabled in the workbook once a menu item runs (FULL): simple triggers then run in LIMITED', () => {
    const emulator = createEmulator({ installation: 'addon-installed' });
    emulator.withAuthMode('FULL', () => emulator.globals.SpreadsheetApp.getActive());
    expect(emulator.installation).toBe('addon-enabled');
    expect(emulator.openEvent().authMode).toBe('LIMITED');
    expect(typeInA1(emulator).authMode).toBe('LIMITED');
  });
});

describe(`a bound script, or an add-on enabled in the workbook (${LIFECYCLE}: LIMITED)`, () => {
  for (const installation of ['bound', 'addon-enabled'] as const) {
    it(`${installation}: onOpen and onEdit run in LIMITED`, () => {
      const emulator = createEmulator({ installation });
      expect(emulator.simpleTriggerMode()).toBe('LIMITED');
      expect(emulator.openEvent().authMode).toBe('LIMITED');
      expect(typeInA1(emulator).authMode).toBe('LIMITED');
    });
  }

  it('allows the document, properties, the lock and toasts', () => {
    const emulator = createEmulator({ installation: 'bound' });
    const { SpreadsheetApp, PropertiesService, LockService } = emulator.globals;
    emulator.withAuthMode('LIMITED', () => {
      const sheet = SpreadsheetApp.getActive().getSheets()[0];
      sheet?.getRange(1, 1).setValue('Bonjour');
      PropertiesService.getDocumentProperties().setProperty('k', 'v');
      expect(LockService.getDocumentLock().tryLock(1000)).toBe(true);
      SpreadsheetApp.getActive().toast('Enregistré');
    });
    expect(emulator.ui.toasts).toHaveLength(1);
  });

  it('refuses what needs more than the document: fetch, mail, Docs, triggers, sidebar, dialogs, sharing', () => {
    const emulator = createEmulator({ installation: 'bound' });
    const g = emulator.globals;
    const html = g.HtmlService.createHtmlOutput('<p>x</p>');
    emulator.withAuthMode('LIMITED', () => {
      expect(() => g.UrlFetchApp.fetch('https://example.org/')).toThrow(
        'You do not have permission to call UrlFetchApp.fetch. Required permissions: https://www.googleapis.com/auth/script.external_request',
      );
      expect(() => g.MailApp.sendEmail('a@example.org', 'Objet', 'Texte')).toThrow('MailApp.sendEmail');
      expect(() => g.DocumentApp.create('Lettre')).toThrow('DocumentApp.create');
      expect(() => g.ScriptApp.getProjectTriggers()).toThrow('ScriptApp.getProjectTriggers');
      expect(() => g.SpreadsheetApp.getUi().showSidebar(html)).toThrow('Ui.showSidebar');
      expect(() => g.SpreadsheetApp.getUi().alert('Bonjour')).toThrow('Ui.alert');
      expect(() => g.SpreadsheetApp.getActive().addEditor('x@example.org')).toThrow('Spreadsheet.addEditor');
    });
    expect(emulator.documents.documents()).toHaveLength(0);
    expect(emulator.mail.sent()).toHaveLength(0);
  });

  it('gives a blank e-mail (Session and e.user) unless the identity is disclosed (https://developers.google.com/apps-script/reference/base/session#getActiveUser())', () => {
    const hidden = createEmulator({ installation: 'bound' });
    hidden.withAuthMode('LIMITED', () => {
      expect(hidden.globals.Session.getActiveUser().getEmail()).toBe('');
      expect(hidden.globals.Session.getEffectiveUser().getEmail()).toBe('');
    });
    expect(typeInA1(hidden).user.getEmail()).toBe('');
    expect(hidden.globals.Session.getActiveUser().getEmail()).toBe('proprietaire@example.org');

    const disclosed = createEmulator({ installation: 'bound', identityInSimpleTriggers: true });
    disclosed.withAuthMode('LIMITED', () => {
      expect(disclosed.globals.Session.getActiveUser().getEmail()).toBe('proprietaire@example.org');
    });
    expect(typeInA1(disclosed).user.getEmail()).toBe('proprietaire@example.org');
  });
});

describe('FULL: menu items, the sidebar (google.script.run), installable triggers', () => {
  it('allows everything the manifest grants', () => {
    expect(allowedIn('FULL', 'UrlFetchApp.fetch')).toBe(true);
    expect(allowedIn('LIMITED', 'UrlFetchApp.fetch')).toBe(false);
    expect(allowedIn('LIMITED', 'Range.setValues')).toBe(true);
    expect(allowedIn('NONE', 'Range.setValues')).toBe(false);
    const emulator = createEmulator();
    expect(emulator.authMode).toBe('FULL');
    emulator.withAuthMode('LIMITED', () => expect(emulator.authMode).toBe('LIMITED'));
    expect(emulator.authMode).toBe('FULL');
    expect(() => emulator.globals.ScriptApp.getProjectTriggers()).not.toThrow();
  });
});
