/**
 * The tracking table as one operation sees it: read once (header, metadata, data rows), then
 * the changed row(s) and the journal line(s) written once each. The number of service calls
 * depends on the number of columns, never on the number of requests.
 */
import {
  cellText,
  dayOf,
  type IsoDay,
  JOURNAL_COLUMNS,
  JOURNAL_SHEET_NAME,
  type JournalColumnKey,
  type JournalEntry,
  journalRow,
  type Layout,
  REQUEST_COLUMNS,
  REQUESTS_SHEET_NAME,
  type Request,
  type RequestColumnKey,
  type RowContents,
  readRequest,
  requestCells,
} from '../../domain/tracking';
import { UserError } from '../../shared/validation';
import { appendContents, writeContents } from '../cell-writes';
import { readSettings } from '../settings-store';
import { setUpTrackingSheets } from './set-up';
import { readSheetLayout } from './sheet-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** « Suivi des demandes », read once. `rows[i]` is sheet row i + 2. */
export interface RequestsTable {
  readonly spreadsheet: Spreadsheet;
  readonly sheet: Sheet;
  readonly layout: Layout<RequestColumnKey>;
  readonly timeZone: string;
  readonly rows: unknown[][];
}

export const FIRST_DATA_ROW = 2;

export const NO_TABLE_MESSAGE =
  "Le tableau de suivi n'existe pas encore : créez-le avec « Créer ou réparer le tableau de suivi ».";

/** The data rows of `sheet`, `width` columns wide: one read. */
function dataRows(sheet: Sheet, width: number): unknown[][] {
  const lastRow = sheet.getLastRow();
  if (lastRow < FIRST_DATA_ROW) return [];
  return sheet.getRange(FIRST_DATA_ROW, 1, lastRow - FIRST_DATA_ROW + 1, width).getValues();
}

/**
 * Reads « Suivi des demandes ». A writing operation passes `repair`: a missing sheet or column
 * is then created first (once), so that the person never has to know about the set-up.
 */
export function readRequestsTable(
  spreadsheet: Spreadsheet,
  options: { repair: boolean },
): RequestsTable | null {
  let sheet = spreadsheet.getSheetByName(REQUESTS_SHEET_NAME);
  let layout = sheet === null ? null : readSheetLayout(sheet, REQUEST_COLUMNS).layout;
  if (options.repair && (sheet === null || (layout?.missing.length ?? 0) > 0)) {
    setUpTrackingSheets(spreadsheet, readSettings().followUpDays);
    sheet = spreadsheet.getSheetByName(REQUESTS_SHEET_NAME);
    layout = sheet === null ? null : readSheetLayout(sheet, REQUEST_COLUMNS).layout;
  }
  if (sheet === null || layout === null) return null;
  return {
    spreadsheet,
    sheet,
    layout,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    rows: dataRows(sheet, layout.width),
  };
}

/** The sheet's last row when the table was read (its header when there is no request). */
export function lastRowOf(table: RequestsTable): number {
  return FIRST_DATA_ROW - 1 + table.rows.length;
}

export function requestsOf(table: RequestsTable): Request[] {
  return table.rows.map((row) => readRequest(row, table.layout, table.timeZone));
}

/** Index in `table.rows` of the request numbered `requestId`, or a French error. */
export function indexOfRequest(table: RequestsTable, requestId: string): number {
  const column = table.layout.columns.requestId;
  const wanted = requestId.trim().toUpperCase();
  const index = table.rows.findIndex((row) => cellText(row[column - 1]).toUpperCase() === wanted);
  if (index < 0) {
    throw new UserError(
      `La demande ${requestId} est introuvable dans « ${REQUESTS_SHEET_NAME} » : elle a peut-être été supprimée.`,
      'requestId',
    );
  }
  return index;
}

/** Index in `table.rows` of the row the person selected in « Suivi des demandes ». */
export function indexOfSelectedRow(table: RequestsTable): number {
  const selected = table.spreadsheet.getActiveRange();
  const onTable = selected !== null && selected.getSheet().getName() === REQUESTS_SHEET_NAME;
  const index = onTable ? selected.getRow() - FIRST_DATA_ROW : -1;
  if (selected === null || !onTable || index < 0 || index >= table.rows.length) {
    throw new UserError(
      `Cliquez d'abord sur la ligne d'une demande dans la feuille « ${REQUESTS_SHEET_NAME} », ou choisissez la demande dans la liste.`,
      'requestId',
    );
  }
  if (selected.getNumRows() > 1) {
    throw new UserError('Plusieurs lignes sont sélectionnées : cliquez sur une seule demande.', 'requestId');
  }
  return index;
}

/**
 * Writes the `keys` of `request` into row `index`: only these cells, one setValues per run of
 * adjacent columns (with their formats when a text needs them). The row's other cells, the
 * person's included, are never written again, so Sheets never parses them a second time.
 */
export function writeRequest(
  table: RequestsTable,
  index: number,
  request: Request,
  keys: readonly RequestColumnKey[],
): void {
  const cells = requestCells(request, table.layout, table.timeZone, keys);
  if (cells.length === 0) return;
  const row: (RowContents[number] | null)[] = Array.from({ length: table.layout.width }, () => null);
  for (const cell of cells) row[cell.column - 1] = cell.content;
  writeContents(table.sheet, index + FIRST_DATA_ROW, 1, [row]);
}

/** « Journal des démarches »: its layout and the N° of every line (ids are never reused). */
export interface Journal {
  readonly sheet: Sheet;
  readonly layout: Layout<JournalColumnKey>;
}

/** The journal, created with its missing sibling if someone deleted it (writers only). */
export function readJournal(spreadsheet: Spreadsheet): Journal {
  let sheet = spreadsheet.getSheetByName(JOURNAL_SHEET_NAME);
  if (sheet === null) {
    setUpTrackingSheets(spreadsheet, readSettings().followUpDays);
    sheet = spreadsheet.getSheetByName(JOURNAL_SHEET_NAME);
  }
  if (sheet === null) throw new UserError(NO_TABLE_MESSAGE);
  return { sheet, layout: readSheetLayout(sheet, JOURNAL_COLUMNS).layout };
}

/** Every N° the journal names: one read of its N° column. */
export function journalRequestIds(journal: Journal): unknown[] {
  const lastRow = journal.sheet.getLastRow();
  if (lastRow < FIRST_DATA_ROW) return [];
  return journal.sheet
    .getRange(FIRST_DATA_ROW, journal.layout.columns.requestId, lastRow - FIRST_DATA_ROW + 1, 1)
    .getValues()
    .map((row) => row[0]);
}

/** Appends `rows` below the last row (`lastRow` when just read), growing the sheet when it is full. */
export function appendRows(sheet: Sheet, rows: readonly RowContents[], lastRow?: number): void {
  appendContents(sheet, rows, lastRow);
}

/** Appends the journal lines: appendRow for one line that needs no format, else one write. */
export function appendJournal(journal: Journal, entries: readonly JournalEntry[], timeZone: string): void {
  appendContents(
    journal.sheet,
    entries.map((entry) => journalRow(entry, journal.layout, timeZone)),
  );
}

/** Today in the spreadsheet's zone: the day a person sees on their calendar. */
export function today(timeZone: string): IsoDay {
  return dayOf(new Date(), timeZone);
}

/** The e-mail of the person acting (empty when Google does not disclose it, e.g. another domain). */
export function currentAuthor(): string {
  return Session.getActiveUser().getEmail();
}
