/**
 * Authorization modes (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle,
 * « Authorization modes », and the AuthMode enum,
 * https://developers.google.com/apps-script/reference/script/auth-mode):
 *
 * - NONE: an add-on's onOpen(e) in a document where the add-on is installed for the person
 *   but was never used. « No access to services that require authorization »: building the
 *   add-on menu only. Issue 12 holds onEdit(e) to the same when the add-on is not enabled in
 *   the document (the product must be right under either behaviour).
 * - LIMITED: onOpen(e) / onEdit(e) of an add-on enabled in the document, or of a bound
 *   script. The bound document and the services that need no authorization (Properties, Lock,
 *   Utilities, HtmlService's builders, the menu); nothing that needs another scope: no
 *   UrlFetchApp, MailApp, DocumentApp, ScriptApp triggers, sidebar or dialog, no sharing. The
 *   person's e-mail is blank « in any context that allows a script to run without that
 *   user's authorization, like a simple onOpen(e) or onEdit(e) trigger »
 *   (https://developers.google.com/apps-script/reference/base/session#getActiveUser()).
 * - FULL: menu items, google.script.run, installable triggers, onInstall(e).
 */
import { fail } from './errors';
import type { AuthModeName } from './events';
import { NO_SCOPE, permissionMessage, SCOPE, scopesFor } from './scopes';

/** Where the script comes from, which decides the mode of its simple triggers. */
export type Installation =
  /** A script bound to the workbook (Extensions › Apps Script). */
  | 'bound'
  /** An add-on installed for the person and used at least once in this workbook. */
  | 'addon-enabled'
  /** An add-on installed for the person, never used in this workbook yet. */
  | 'addon-installed';

/** The mode Google gives a simple trigger, per the lifecycle page's table. */
export function simpleTriggerMode(installation: Installation): AuthModeName {
  return installation === 'addon-installed' ? 'NONE' : 'LIMITED';
}

/** What an add-on may call in AuthMode.NONE: build its menu, nothing else. */
const ALLOWED_IN_NONE = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
]);

/** Document methods that reach beyond the document's content: sharing it with someone. */
const REFUSED_IN_LIMITED = new Set([
  'Spreadsheet.addEditor',
  'Spreadsheet.addEditors',
  'Spreadsheet.removeEditor',
  'Protection.addEditor',
  'Protection.addEditors',
  'Protection.removeEditor',
]);

/** True when `call` may run in `mode`. */
export function allowedIn(mode: AuthModeName, call: string): boolean {
  if (mode === 'FULL') return true;
  if (mode === 'NONE') return ALLOWED_IN_NONE.has(call);
  if (REFUSED_IN_LIMITED.has(call)) return false;
  // The user's identity can be asked for; the answer is blank (see the header).
  if (call === 'Session.getActiveUser' || call === 'Session.getEffectiveUser') return true;
  const scopes = scopesFor(call) ?? NO_SCOPE;
  return scopes.length === 0 || scopes.includes(SCOPE.spreadsheetsCurrentOnly);
}

/** The check the emulator runs before each call of an execution in `mode`. */
export function authModeGuard(mode: AuthModeName): (call: string) => void {
  return (call) => {
    if (allowedIn(mode, call)) return;
    const scopes = scopesFor(call) ?? NO_SCOPE;
    fail(scopes.length > 0 ? permissionMessage(call, scopes) : `You do not have permission to call ${call}.`);
  };
}
