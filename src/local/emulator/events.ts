/**
 * The event objects the preview passes to simple triggers. Shapes follow
 * https://developers.google.com/apps-script/guides/triggers/events (Sheets section):
 *
 * - onOpen(e): `{ authMode, source, user }`. An editor add-on's onOpen runs in `NONE` until the
 *   add-on is used in the document, then `LIMITED`; onInstall runs in `FULL`.
 * - onEdit(e): `{ authMode: 'LIMITED', range, value, oldValue, source, user }` for a one-cell
 *   edit; `value`/`oldValue` are strings and absent when the cell was or became empty.
 *
 * `authMode` is the enum's name as a string, which is how ScriptApp.AuthMode values compare.
 */
import type { UserEditResult } from './spreadsheet';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface OnOpenEvent {
  authMode: AuthModeName;
  source: GoogleAppsScript.Spreadsheet.Spreadsheet;
  user: GoogleAppsScript.Base.User;
}

export interface OnEditEvent {
  authMode: AuthModeName;
  range: GoogleAppsScript.Spreadsheet.Range;
  value: string | undefined;
  oldValue: string | undefined;
  source: GoogleAppsScript.Spreadsheet.Spreadsheet;
  user: GoogleAppsScript.Base.User;
}

export type { UserEditResult };
