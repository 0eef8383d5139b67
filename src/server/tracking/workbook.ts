/**
 * The tracking table as one operation sees it: read once (header, metadata, data rows), then
 * the changed row(s) and the journal line(s) written once each. The number of service calls
 * depends on the number of columns, never on the number of requests.
 */
import {
  cellText,
  dayOf,
  hasFormerSpelling,
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
  reasonAsDropdownSays,
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
  'Le tableau de suivi n’existe pas encore : créez-le avec « Créer ou réparer le tableau de suivi ».';

/** A sheet's whole data range (header and rows) in one read: getDataRange, getValues. */
function readAll(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/** `rows` cut or padded to `width` cells (the data range may be wider or narrower than the layout). */
export function toWidth(rows: unknown[][], width: number): unknown[][] {
  return rows.map((row) =>
    row.length === width
      ? row
      : row.length > width
        ? row.slice(0, width)
        : [...row, ...Array(width - row.length).fill('')],
  );
}

/**
 * Reads « Suivi des demandes »: header and rows in one read. A writing operation passes
 * `repair`: a missing sheet or column is then created first (once), so that the person never
 * has to know about the set-up. `timeZone` is the spreadsheet's, when the operation already
 * read it (one call saved).
 */
export function readRequestsTable(
  spreadsheet: Spreadsheet,
  options: { repair: boolean; timeZone?: string },
): RequestsTable | null {
  let sheet = spreadsheet.getSheetByName(REQUESTS_SHEET_NAME);
  let values = sheet === null ? [] : readAll(sheet);
  let layout = sheet === null ? null : readSheetLayout(sheet, REQUEST_COLUMNS, values[0] ?? []).layout;
  if (options.repair && (sheet === null || (layout?.missing.length ?? 0) > 0)) {
    setUpTrackingSheets(spreadsheet, readSettings().followUpDays);
    sheet = spreadsheet.getSheetByName(REQUESTS_SHEET_NAME);
    values = sheet === null ? [] : readAll(sheet);
    layout = sheet === null ? null : readSheetLayout(sheet, REQUEST_COLUMNS, values[0] ?? []).layout;
  }
  if (sheet === null || layout === null) return null;
  return {
    spreadsheet,
    sheet,
    layout,
    timeZone: options.timeZone ?? spreadsheet.getSpreadsheetTimeZone(),
    rows: toWidth(values.slice(FIRST_DATA_ROW - 1), layout.width),
  };
}

/** The sheet's last row when the table was read (its header when there is no request). */
export function lastRowOf(table: RequestsTable): number {
  return FIRST_DATA_ROW - 1 + table.rows.length;
}

/**
 * The requests of the table. Dernière démarche counts only when the cell holds a real date, as
 * the sheet's colours read it (ISNUMBER): a date typed as text would otherwise be « à relancer »
 * in the sidebar and in the reminder while the row stays white in the sheet.
 */
export function requestsOf(table: RequestsTable): Request[] {
  const column = table.layout.columns.lastActionDate;
  return table.rows.map((row) => {
    const request = readRequest(row, table.layout, table.timeZone);
    const cell = row[column - 1];
    const isDate = cell instanceof Date || typeof cell === 'number';
    return isDate || request.lastActionDate === null ? request : { ...request, lastActionDate: null };
  });
}

/** Index in `table.rows` of the request numbered `requestId`, or a French error. */
export function indexOfRequest(table: RequestsTable, requestId: string): number {
  const column = table.layout.columns.requestId;
  const wanted = requestId.trim().toUpperCase();
  const index = table.rows.findIndex((row) => cellText(row[column - 1]).toUpperCase() === wanted);
  if (index < 0) {
    throw new UserError(
      `La demande ${requestId} est introuvable dans « ${REQUESTS_SHEET_NAME} » : elle a peut-être été supprimée.`,
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
      `Cliquez d’abord sur la ligne d’une demande dans la feuille « ${REQUESTS_SHEET_NAME} », ou choisissez la demande dans la liste.`,
      'requestId',
    );
  }
  if (selected.getNumRows() > 1) {
    throw new UserError('Plusieurs lignes sont sélectionnées : cliquez sur une seule demande.', 'requestId');
  }
  return index;
}

/**
 * Writes the `keys` of `request` into row `index`: only these cells, one setValues per run of
 * adjacent columns (with their formats when a text needs them). The row's other cells, the
 * person's included, are never written again, so Sheets never parses them a second time.
 */
/**
 * The request with its refusal reason spelled as the cell's dropdown says it. A workbook made by
 * an earlier version offers « Pas de besoin ou de projet d'accueil » (straight apostrophe), and
 * its rule refuses invalid input (setAllowInvalid(false)): whether Google applies that to a
 * script's write is undocumented, so the add-on writes the workbook's own word rather than risk a
 * refused write or a cell marked invalid. One read of the cell's rule, only for such a reason.
 */
function withWorkbookReason(
  table: RequestsTable,
  index: number,
  request: Request,
  keys: readonly RequestColumnKey[],
): Request {
  const reason = request.refusalReason;
  if (!keys.includes('refusalReason') || !hasFormerSpelling(reason)) return request;
  const rule = table.sheet
    .getRange(index + FIRST_DATA_ROW, table.layout.columns.refusalReason)
    .getDataValidation();
  const written = reasonAsDropdownSays(reason, rule?.getCriteriaValues()[0] ?? []);
  return written === reason ? request : { ...request, refusalReason: written };
}

export function writeRequest(
  table: RequestsTable,
  index: number,
  request: Request,
  keys: readonly RequestColumnKey[],
): void {
  const cells = requestCells(
    withWorkbookReason(table, index, request, keys),
    table.layout,
    table.timeZone,
    keys,
  );
  if (cells.length === 0) return;
  const row: (RowContents[number] | null)[] = Array.from({ length: table.layout.width }, () => null);
  for (const cell of cells) row[cell.column - 1] = cell.content;
  writeContents(table.sheet, index + FIRST_DATA_ROW, 1, [row]);
}

/** « Journal des démarches »: its layout, and its lines when they were asked for. */
export interface Journal {
  readonly sheet: Sheet;
  readonly layout: Layout<JournalColumnKey>;
  /** The lines below the header (only with `{ lines: true }`). */
  readonly lines: readonly unknown[][];
}

/**
 * The journal, created with its missing sibling if someone deleted it (writers only). Its
 * header is one read of row 1; `lines` reads the whole journal instead (one read too), for
 * an operation that needs every N° ever given.
 */
export function readJournal(spreadsheet: Spreadsheet, options: { lines?: boolean } = {}): Journal {
  let sheet = spreadsheet.getSheetByName(JOURNAL_SHEET_NAME);
  if (sheet === null) {
    setUpTrackingSheets(spreadsheet, readSettings().followUpDays);
    sheet = spreadsheet.getSheetByName(JOURNAL_SHEET_NAME);
  }
  if (sheet === null) throw new UserError(NO_TABLE_MESSAGE);
  // Row 1 is read as wide as the sheet; its empty cells on the right change nothing to an append.
  const values = options.lines === true ? readAll(sheet) : sheet.getRange('1:1').getValues();
  const layout = readSheetLayout(sheet, JOURNAL_COLUMNS, trimEnd(values[0] ?? [])).layout;
  return { sheet, layout, lines: values.slice(FIRST_DATA_ROW - 1) };
}

function trimEnd(row: readonly unknown[]): unknown[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === '' || row[end - 1] === null)) end--;
  return row.slice(0, end);
}

/** Every N° the journal names (read with `{ lines: true }`). */
export function journalRequestIds(journal: Journal): unknown[] {
  const column = journal.layout.columns.requestId;
  return journal.lines.map((row) => row[column - 1]);
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

/**
 * The e-mail of the person acting, or '' when unknown: Google gives a blank address when
 * security policies hide it (another domain, a consumer account, a simple trigger), and the
 * call itself needs the userinfo.email scope. An author is a courtesy in the journal, never a
 * reason for an action to fail, so this never throws. Not for onEdit: use the event's user.
 */
export function currentAuthor(): string {
  try {
    return Session.getActiveUser().getEmail() ?? '';
  } catch {
    return '';
  }
}
