/**
 * OAuth scopes, enforced: a manifest's explicit `oauthScopes` grants only what it lists
 * (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes), and each
 * method needs one of the scopes of its reference page's Authorization section.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, PROJECT_MANIFEST } from '../../src/local/emulator';
import { SCOPE, SCOPE_TABLE, scopeCheck, scopesFor } from '../../src/local/emulator/scopes';

const withScopes = (oauthScopes: string[]) =>
  createEmulator({ manifest: { timeZone: 'Europe/Paris', runtimeVersion: 'V8', oauthScopes } });

describe('Session (https://developers.google.com/apps-script/reference/base/session, Authorization)', () => {
  it('getActiveUser without userinfo.email throws Google’s own error', () => {
    const { Session } = withScopes([SCOPE.spreadsheetsCurrentOnly]).globals;
    expect(() => Session.getActiveUser()).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    expect(() => Session.getEffectiveUser()).toThrow('Session.getEffectiveUser');
    // The methods whose section lists no scope still work.
    expect(Session.getScriptTimeZone()).toBe('Europe/Paris');
  });

  it('with userinfo.email it returns the user', () => {
    const emulator = withScopes([SCOPE.userinfoEmail]);
    expect(emulator.globals.Session.getActiveUser().getEmail()).toBe('proprietaire@example.org');
  });

  it('the error is an Exception, as Apps Script reports it', () => {
    const { Session } = withScopes([]).globals;
    let error: unknown;
    try {
      Session.getActiveUser();
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).toBe('Exception');
  });
});

describe('several scopes satisfy a method (any one of its Authorization section)', () => {
  it('SpreadsheetApp.getActive: spreadsheets.currentonly or spreadsheets', () => {
    expect(withScopes([SCOPE.spreadsheets]).globals.SpreadsheetApp.getActive()).not.toBeNull();
    expect(withScopes([SCOPE.spreadsheetsCurrentOnly]).globals.SpreadsheetApp.getActive()).not.toBeNull();
    expect(() => withScopes([SCOPE.documents]).globals.SpreadsheetApp.getActive()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActive. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
  });

  it('DocumentApp.create needs documents; documents.currentonly reaches no new Doc', () => {
    expect(() => withScopes([SCOPE.documentsCurrentOnly]).globals.DocumentApp.create('Lettre')).toThrow(
      'Required permissions: https://www.googleapis.com/auth/documents',
    );
    expect(withScopes([SCOPE.documents]).globals.DocumentApp.create('Lettre').getName()).toBe('Lettre');
  });

  it('each opt-in service refuses without its scope: triggers, mail, URL fetch, sidebar', () => {
    const { globals } = withScopes([SCOPE.spreadsheetsCurrentOnly]);
    expect(() => globals.ScriptApp.getProjectTriggers()).toThrow(SCOPE.scriptApp);
    expect(() => globals.MailApp.sendEmail('a@example.org', 'Objet', 'Texte')).toThrow(SCOPE.sendMail);
    expect(() => globals.UrlFetchApp.fetch('https://example.org/')).toThrow(SCOPE.externalRequest);
    const html = globals.HtmlService.createHtmlOutput('<p>x</p>');
    expect(() => globals.SpreadsheetApp.getUi().showSidebar(html)).toThrow(SCOPE.containerUi);
    // Building a menu needs nothing: it is what an add-on does before any authorisation.
    expect(() =>
      globals.SpreadsheetApp.getUi().createAddonMenu().addItem('Ouvrir', 'f').addToUi(),
    ).not.toThrow();
  });
});

describe('the manifest the emulator enforces', () => {
  it('is the project’s appsscript.json by default (dist/ holds the same file)', () => {
    const emulator = createEmulator();
    expect(PROJECT_MANIFEST).toMatch(/appsscript\.json$/);
    expect(emulator.grantedScopes).toContain(SCOPE.userinfoEmail);
    expect(emulator.globals.Session.getActiveUser().getEmail()).toBe('proprietaire@example.org');
  });

  it('without oauthScopes Apps Script infers the scopes from the code: nothing is refused', () => {
    const { globals } = createEmulator({ manifest: { timeZone: 'Europe/Paris' } });
    expect(globals.Session.getActiveUser().getEmail()).toBe('proprietaire@example.org');
  });
});

describe('the scope table', () => {
  it('refuses a call that has no entry (a new method must get one, with its page)', () => {
    const check = scopeCheck(Object.values(SCOPE));
    expect(() => check('Range.getRichTextValue')).toThrow(/no entry in the scope table/);
    expect(() => check('Range.getValues')).not.toThrow();
  });

  it('cites a reference page per class and lists each method once', () => {
    for (const [type, entry] of Object.entries(SCOPE_TABLE)) {
      // A built-in service's class page, or an advanced service's page (Docs).
      expect(entry.page, type).toMatch(
        /^https:\/\/developers\.google\.com\/apps-script\/(reference\/[a-z-]+\/[a-z-]+|advanced\/[a-z-]+)$/,
      );
      const all = [...entry.methods, ...Object.keys(entry.except ?? {})];
      expect(new Set(all).size, type).toBe(all.length);
    }
    expect(scopesFor('Session.getActiveUser')).toEqual([SCOPE.userinfoEmail]);
    expect(scopesFor('Session.getScriptTimeZone')).toEqual([]);
  });
});
