/**
 * Fidelity cases: what the emulator claims about Apps Script, as data that runs in both places.
 *
 * Each case is a behaviour of Google's (one sentence), the reference page that states it, where
 * it runs, a function of the Apps Script services that observes it, and the JSON result Google
 * is expected to give. `tests/emulator/fidelity.test.ts` runs every case against the emulator;
 * `npm run build:google-checks` builds the same cases into a standalone Apps Script project
 * (dist-google-checks/) that a maintainer runs once on real Google, which logs each case as
 * « agrees » or « differs ». Where a case differs on Google, the emulator is what changes.
 *
 * Adding cases: write them in the file of their area (authorization.ts, lifecycle.ts, …, one
 * array per file typed `FidelityCase[]`) and list that array in ./index.ts. A case's `run` is
 * bundled into the Google project as is: it may use only its arguments (the services and the
 * tools), plain JavaScript, and must return JSON (strings, numbers, booleans, arrays, objects;
 * Dates as ISO strings). Catch an expected exception inside `run` and return what matters of it
 * (e.g. `refusedWith(error, 'permission')`), since messages are not always word for word.
 */

/** The Apps Script services a case may use, as globals in Apps Script and from the emulator. */
export interface Services {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly Session: GoogleAppsScript.Base.Session;
  readonly ScriptApp: GoogleAppsScript.Script.ScriptApp;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
  readonly MailApp: GoogleAppsScript.Mail.MailApp;
  readonly DocumentApp: GoogleAppsScript.Document.DocumentApp;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly Utilities: GoogleAppsScript.Utilities.Utilities;
}

/** Helpers the runner gives each case (the same in both places). */
export interface CaseTools {
  /** A new sheet for this case alone, deleted after it (in Google and in the emulator). */
  scratchSheet(): GoogleAppsScript.Spreadsheet.Sheet;
}

/**
 * Where the case runs, hence its authorization mode:
 * - `editor`: a function run from the Apps Script editor or a menu of a script bound to a
 *   spreadsheet (FULL);
 * - `onEdit`: inside the simple trigger onEdit(e) of that bound script (LIMITED): the Google
 *   project runs these when the maintainer types « vérifier » in A1 of any sheet;
 * - `addon`: from the menu of the same project installed as an editor add-on (test deployment,
 *   FULL), where the add-on restrictions apply (one trigger of each type per user per document).
 */
export type CaseContext = 'editor' | 'onEdit' | 'addon';

export interface FidelityCase {
  /** `area/short-name`, unique. */
  readonly id: string;
  /** The behaviour, in one English sentence. */
  readonly behaviour: string;
  /** The official page that states it (or the closest one, when Google leaves it unsaid). */
  readonly reference: string;
  readonly context: CaseContext;
  readonly run: (services: Services, tools: CaseTools) => unknown;
  /** The JSON result Google gives (compared with JSON.stringify). */
  readonly expected: unknown;
}

export type CaseOutcome =
  | { readonly id: string; readonly verdict: 'agrees'; readonly result: unknown }
  | {
      readonly id: string;
      readonly verdict: 'differs';
      readonly result: unknown;
      readonly expected: unknown;
    };

/**
 * `error` was thrown for lack of authorization (a missing scope or a mode that forbids the
 * call): Google's messages start « You do not have permission to call … » or « Specified
 * permissions are not sufficient to call … »; other errors are returned whole, to be seen.
 */
export function refusedWith(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /do not have permission|permissions are not sufficient|not permitted|Authorization is required/i.test(
    message,
  )
    ? 'refused'
    : `other error: ${message}`;
}

/** Runs one case; an exception it did not catch is a result too (it differs, unless expected). */
export function runCase(c: FidelityCase, services: Services, tools: CaseTools): CaseOutcome {
  let result: unknown;
  try {
    result = JSON.parse(JSON.stringify(c.run(services, tools) ?? null)) as unknown;
  } catch (error) {
    result = { uncaught: error instanceof Error ? error.message : String(error) };
  }
  return JSON.stringify(result) === JSON.stringify(c.expected)
    ? { id: c.id, verdict: 'agrees', result }
    : { id: c.id, verdict: 'differs', result, expected: c.expected };
}

/** One line of the log a maintainer reads. */
export function outcomeLine(c: FidelityCase, outcome: CaseOutcome): string {
  if (outcome.verdict === 'agrees') return `agrees   ${c.id}: ${c.behaviour}`;
  return `differs  ${c.id}: ${c.behaviour}\n         expected ${JSON.stringify(outcome.expected)}, got ${JSON.stringify(outcome.result)}\n         see ${c.reference}`;
}
