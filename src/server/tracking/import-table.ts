/**
 * Adopting a table the person already keeps: find the sheets that look like one, propose the
 * mapping of their columns, then copy their rows into « Suivi des demandes ». The original
 * sheet is only read, never written.
 */
import {
  detectTrackingTable,
  type ImportProblem,
  type ImportResult,
  type ImportTarget,
  importRows,
  JOURNAL_SHEET_NAME,
  type JournalEntry,
  newRequestRow,
  type ProposedColumn,
  proposeImportMapping,
  REQUESTS_SHEET_NAME,
} from '../../domain/tracking';
import { UserError } from '../../shared/validation';
import { readSettings } from '../settings-store';
import { withDocumentLock } from './document-lock';
import {
  appendJournal,
  appendRows,
  currentAuthor,
  FIRST_DATA_ROW,
  journalRequestIds,
  lastRowOf,
  NO_TABLE_MESSAGE,
  readJournal,
  readRequestsTable,
  requestsOf,
  today,
} from './workbook';

export interface ImportCandidate {
  readonly sheetName: string;
  /** Rows under the header (some may be empty). */
  readonly rowCount: number;
  /** Of those, the rows whose request is already in « Suivi des demandes » (imported before). */
  readonly alreadyInTable: number;
  readonly columns: readonly ProposedColumn[];
}

const OWN_SHEETS = new Set([REQUESTS_SHEET_NAME, JOURNAL_SHEET_NAME]);

function headerOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[] {
  const lastColumn = sheet.getLastColumn();
  return lastColumn === 0 ? [] : (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []);
}

function dataRowsOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, width: number): unknown[][] {
  const lastRow = sheet.getLastRow();
  return lastRow < FIRST_DATA_ROW || width === 0
    ? []
    : sheet.getRange(FIRST_DATA_ROW, 1, lastRow - 1, width).getValues();
}

/** The rows of `values` (header first) as requests, only to compare them (no ids, no dates kept). */
function requestsToCompare(values: readonly unknown[][]): ImportResult['requests'] {
  const [header = [], ...rows] = values;
  return importRows(rows, proposeImportMapping(header), { timeZone: 'UTC', followUpDays: 21, seenIds: [] })
    .requests;
}

/**
 * The sheets whose first row looks like a tracking table, with the proposed mapping and how
 * many of their rows are already in the table. A sheet whose every row is already there (it
 * was imported before) is not offered again. Each sheet is read once (getDataRange).
 */
export function findImportCandidates(): ImportCandidate[] {
  const sheets = SpreadsheetApp.getActive()
    .getSheets()
    .map((sheet) => ({ sheet, name: sheet.getName() }));
  const suivi = sheets.find((s) => s.name === REQUESTS_SHEET_NAME)?.sheet;
  const existing = suivi ? requestsToCompare(suivi.getDataRange().getValues()) : [];
  return sheets.flatMap(({ sheet, name }) => {
    if (OWN_SHEETS.has(name)) return [];
    const values = sheet.getDataRange().getValues();
    const [header = [], ...rows] = values;
    const detection = detectTrackingTable(header);
    if (!detection.looksLikeTrackingTable) return [];
    const { requests, alreadyInTable } = importRows(rows, detection.columns, {
      timeZone: 'UTC',
      followUpDays: 21,
      seenIds: [],
      existing,
    });
    if (alreadyInTable > 0 && requests.length === 0) return [];
    return [{ sheetName: name, rowCount: rows.length, alreadyInTable, columns: detection.columns }];
  });
}

export interface ConfirmedColumn {
  readonly column: number;
  readonly target: ImportTarget | null;
}

export interface ImportReport {
  readonly sheetName: string;
  readonly imported: number;
  /** N° of the first and last imported requests, null when nothing was imported. */
  readonly firstRequestId: string | null;
  readonly lastRequestId: string | null;
  /** Rows not copied because their request is already in the table. */
  readonly alreadyInTable: number;
  readonly problems: readonly ImportProblem[];
}

/** Copies the rows of `sheetName` with the mapping the person confirmed. */
export function importTable(sheetName: string, confirmed: readonly ConfirmedColumn[]): ImportReport {
  if (OWN_SHEETS.has(sheetName)) {
    throw new UserError(`La feuille « ${sheetName} » appartient déjà au tableau de suivi.`, 'sheetName');
  }
  const targets = confirmed.flatMap((c) => (c.target === null ? [] : [c.target]));
  if (!targets.includes('collectivity')) {
    throw new UserError(
      'Indiquez quelle colonne contient la collectivité : sans elle, les demandes ne seraient pas reconnaissables.',
      'columns',
    );
  }
  if (new Set(targets).size !== targets.length) {
    throw new UserError('Deux colonnes vont vers la même destination : choisissez-en une seule.', 'columns');
  }
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActive();
    const source = spreadsheet.getSheetByName(sheetName);
    if (source === null) throw new UserError(`La feuille « ${sheetName} » est introuvable.`, 'sheetName');
    const header = headerOf(source);
    const rows = dataRowsOf(source, header.length);
    const columns: ProposedColumn[] = confirmed
      .filter((c) => c.column >= 1 && c.column <= header.length)
      .map((c) => ({
        column: c.column,
        header: String(header[c.column - 1] ?? '').trim(),
        target: c.target,
      }));

    const table = readRequestsTable(spreadsheet, { repair: true });
    if (table === null) throw new UserError(NO_TABLE_MESSAGE);
    const journal = readJournal(spreadsheet, { lines: true });
    const idColumn = table.layout.columns.requestId;
    const { requests, problems, alreadyInTable } = importRows(rows, columns, {
      timeZone: table.timeZone,
      followUpDays: readSettings().followUpDays,
      seenIds: [...table.rows.map((row) => row[idColumn - 1]), ...journalRequestIds(journal)],
      firstRow: FIRST_DATA_ROW,
      existing: requestsOf(table),
    });
    appendRows(
      table.sheet,
      requests.map((request) => newRequestRow(request, table.layout, table.timeZone)),
      lastRowOf(table),
    );
    // One journal line per request: the journal is what remembers that a N° was given.
    const day = today(table.timeZone);
    const author = currentAuthor();
    const entries: JournalEntry[] = requests.map((request) => ({
      date: day,
      requestId: request.requestId,
      collectivity: request.collectivity,
      action: 'Note',
      detail: `Demande reprise de la feuille « ${sheetName} ».`,
      author,
    }));
    appendJournal(journal, entries, table.timeZone);
    return {
      sheetName,
      imported: requests.length,
      firstRequestId: requests[0]?.requestId ?? null,
      lastRequestId: requests[requests.length - 1]?.requestId ?? null,
      alreadyInTable,
      problems,
    };
  });
}
