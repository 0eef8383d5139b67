/**
 * The entry of the Google check project (`npm run build:google-checks` → dist-google-checks/):
 * the fidelity cases run on real Google, each logged as « agrees » or « differs ». Bundled
 * alone, never pushed with the add-on. The project is a script bound to a scratch spreadsheet:
 *
 * - runFidelityChecks(): run it from the Apps Script editor (the `editor` cases, FULL);
 * - onEdit(e): type « vérifier » in cell A1 of any sheet: the `onEdit` cases run in LIMITED,
 *   their lines go to the executions log and into A1's note;
 * - runFidelityChecksAsAddon(): the menu item « Vérifier (module) » when the project runs as an
 *   editor add-on (Deploy › Test deployments › Editor add-on), for the `addon` cases.
 */

import { type CaseContext, type CaseTools, outcomeLine, runCase, type Services } from './cases';
import { ALL_CASES } from './index';

function services(): Services {
  return {
    SpreadsheetApp,
    Session,
    ScriptApp,
    PropertiesService,
    LockService,
    UrlFetchApp,
    MailApp,
    DocumentApp,
    HtmlService,
    Utilities,
  };
}

function runContext(context: CaseContext): string[] {
  const lines: string[] = [];
  let agrees = 0;
  let differs = 0;
  for (const c of ALL_CASES.filter((one) => one.context === context)) {
    const made: GoogleAppsScript.Spreadsheet.Sheet[] = [];
    const tools: CaseTools = {
      scratchSheet() {
        const sheet = SpreadsheetApp.getActive().insertSheet(`fidelity ${c.id} ${Date.now()}`);
        made.push(sheet);
        return sheet;
      },
    };
    const outcome = runCase(c, services(), tools);
    for (const sheet of made) {
      try {
        SpreadsheetApp.getActive().deleteSheet(sheet);
      } catch {
        // left for the maintainer to delete: the verdict matters more
      }
    }
    if (outcome.verdict === 'agrees') agrees++;
    else differs++;
    lines.push(outcomeLine(c, outcome));
  }
  const others = ALL_CASES.filter((one) => one.context !== context).length;
  lines.push(
    `${context}: ${agrees} agree, ${differs} differ; ${others} other cases run elsewhere (editor, onEdit, addon).`,
  );
  for (const line of lines) console.log(line);
  return lines;
}

/** Run from the editor: the cases of a bound script in FULL. */
export function runFidelityChecks(): string[] {
  return runContext('editor');
}

/** The add-on menu's « Vérifier (module) »: the cases of an editor add-on. */
export function runFidelityChecksAsAddon(): string[] {
  return runContext('addon');
}

/** Typing « vérifier » in A1 of any sheet runs the LIMITED cases (simple trigger). */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (
    e.range.getA1Notation() !== 'A1' ||
    String(e.value ?? '')
      .trim()
      .toLowerCase() !== 'vérifier'
  )
    return;
  e.range.setNote(runContext('onEdit').join('\n'));
}

export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Vérifier (module)', 'runFidelityChecksAsAddon')
    .addItem('Vérifier (éditeur)', 'runFidelityChecks')
    .addToUi();
}
