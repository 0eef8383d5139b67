/**
 * The « Plan de stage » sheet as one operation sees it: read once (values, and the rows' own
 * metadata through one finder), then written once (column B in one setValues; rows the sheet
 * lacks appended below). A row or a section the add-on does not know is never moved, deleted
 * or restyled, and its answer cell is written back exactly as it was.
 */
import {
  type CellProblem,
  mergedAnswerColumn,
  PLAN_COLUMNS,
  PLAN_ROW_METADATA_KEY,
  PLAN_SHEET_NAME,
  type Plan,
  type PlanReading,
  planFromRows,
  planSheetUpdate,
  planToRows,
  type RowMetadata,
} from '../../domain/plan';
import { cachedSearch, fingerprintOf, forgetSearch, rememberSearch } from '../metadata-cache';
import { PLAN_HEADER, writePlanHeader, writePlanRows } from './layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface PlanSheet {
  readonly sheet: Sheet;
  readonly timeZone: string;
  readonly reading: PlanReading;
  /** Rows in use (0 for an emptied sheet). */
  readonly usedRows: number;
  /** Column B as getValues() and getFormulas() see it, only read for a save. */
  readonly answers?: { readonly values: unknown[]; readonly formulas: string[]; readonly formats: string[] };
}

const PLAN_ROWS_CACHE_KEY = 'stage.planRows';

/** Each metadata costs four calls (value, location, row, row number): the price of rows found after a move. */
function rowMetadata(sheet: Sheet): RowMetadata[] {
  return sheet
    .createDeveloperMetadataFinder()
    .withKey(PLAN_ROW_METADATA_KEY)
    .find()
    .map((found) => ({
      key: PLAN_ROW_METADATA_KEY,
      value: found.getValue(),
      row: found.getLocation().getRow()?.getRow() ?? 0,
    }));
}

const blank = (row: readonly unknown[]) => row.every((cell) => cell === '' || cell === null);

/**
 * Reads the sheet, or null when there is none yet. `forSave` also reads formulas and formats;
 * `timeZone` is the spreadsheet's, when the operation already read it (one call saved).
 */
export function readPlanSheet(
  spreadsheet: Spreadsheet,
  options: { forSave: boolean; timeZone?: string },
): PlanSheet | null {
  const sheet = spreadsheet.getSheetByName(PLAN_SHEET_NAME);
  if (sheet === null) return null;
  const timeZone = options.timeZone ?? spreadsheet.getSpreadsheetTimeZone();
  const range = sheet.getDataRange();
  const read = range.getValues();
  // An empty sheet still has a 1×1 data range.
  const values = read.length === 1 && blank(read[0] ?? []) ? [] : read;
  // The row search is cached while the questions in column A are the same (../metadata-cache.ts).
  const labels = values.map((row) => row[PLAN_COLUMNS.question - 1] ?? '');
  const metadata = cachedSearch(PLAN_ROWS_CACHE_KEY, fingerprintOf(labels), () => rowMetadata(sheet));
  const reading = planFromRows(values, metadata, { timeZone });
  const base = { sheet, timeZone, reading, usedRows: values.length };
  if (!options.forSave || values.length === 0) return base;
  const column = PLAN_COLUMNS.answer - 1;
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  return {
    ...base,
    answers: {
      values: values.map((row) => row[column] ?? ''),
      formulas: formulas.map((row) => row[column] ?? ''),
      formats: formats.map((row) => row[column] ?? ''),
    },
  };
}

export interface SaveReport {
  readonly created: boolean;
  /** Question rows added below the person's rows (a question the sheet lacked). */
  readonly appended: number;
  /** Answers the sheet holds but the add-on could not read, kept as typed since the plan has none. */
  readonly kept: readonly CellProblem[];
}

/** Saves `plan` (already validated). Creates the sheet, formatted, the first time. */
export function savePlanSheet(spreadsheet: Spreadsheet, plan: Plan): SaveReport {
  const current = readPlanSheet(spreadsheet, { forSave: true });
  if (current === null || current.usedRows === 0) {
    createPlanSheet(spreadsheet, current?.sheet ?? null, plan);
    return { created: true, appended: 0, kept: [] };
  }
  const { sheet, timeZone, reading, usedRows } = current;
  const update = planSheetUpdate(plan, reading, { timeZone });
  // An answer typed in the sheet that could not be read, and that the sidebar did not replace, stays.
  const unreadable = new Map(reading.problems.map((problem) => [problem.key, problem]));
  const kept = update.answers.filter((a) => a.value === '' && unreadable.has(a.key));
  const answers = update.answers.filter((a) => !kept.includes(a));
  if (current.answers !== undefined) {
    const { values, formulas, formats } = current.answers;
    const column = sheet.getRange(1, PLAN_COLUMNS.answer, usedRows, 1);
    const merged = mergedAnswerColumn(values, formulas, formats, answers);
    // Formats first, only when one changes: an answer's cell gets the format that keeps its text
    // as typed (a row typed by hand, text starting with ' or =).
    if (merged.formats.some(([format], index) => format !== formats[index])) {
      column.setNumberFormats(merged.formats);
    }
    column.setValues(merged.values);
  }
  for (const { key, row } of update.metadataToAdd) {
    sheet.getRange(`${row}:${row}`).addDeveloperMetadata(PLAN_ROW_METADATA_KEY, key);
  }
  if (update.metadataToAdd.length > 0) forgetSearch(PLAN_ROWS_CACHE_KEY);
  if (update.append.length > 0) {
    const first = usedRows + 1;
    const maxRows = sheet.getMaxRows();
    const lacking = first + update.append.length - 1 - maxRows;
    if (lacking > 0) sheet.insertRowsAfter(maxRows, lacking);
    writePlanRows(sheet, first, update.append);
  }
  return {
    created: false,
    appended: update.append.filter((row) => row.kind === 'question').length,
    kept: kept.map((a) => unreadable.get(a.key) as CellProblem),
  };
}

/** The sheet, or an emptied one, filled and formatted: header, then every section and question. */
function createPlanSheet(spreadsheet: Spreadsheet, existing: Sheet | null, plan: Plan): void {
  // First tab: the plan is step 1 of the guide, what the counsellor reads first.
  const sheet = existing ?? spreadsheet.insertSheet(PLAN_SHEET_NAME, 0);
  writePlanHeader(sheet);
  const rows = planToRows(plan, { timeZone: spreadsheet.getSpreadsheetTimeZone() });
  writePlanRows(sheet, 2, rows);
  // The add-on knows where the row metadata it just wrote is: cached now, the first reading
  // does not search it (four calls a row). The labels are column A as the next read will see it.
  const labels = [
    PLAN_HEADER[PLAN_COLUMNS.question - 1],
    ...rows.map((row) => row.cells[PLAN_COLUMNS.question - 1]),
  ];
  rememberSearch(
    PLAN_ROWS_CACHE_KEY,
    fingerprintOf(labels),
    rows.map((row, index): RowMetadata => ({ key: PLAN_ROW_METADATA_KEY, value: row.key, row: index + 2 })),
  );
}
