/**
 * What the dashboard and the reminder read: « Suivi des demandes » through the tracking
 * adapter's own reader (one getValues of its data) and the journal's data (one getValues),
 * whatever their size. Nothing is created or repaired: reading must never write.
 */
import { type JournalLine, readJournalLine } from '../../domain/dashboard';
import { JOURNAL_COLUMNS, JOURNAL_SHEET_NAME, type Request } from '../../domain/tracking';
import { readSheetLayout } from '../tracking/sheet-layout';
import { FIRST_DATA_ROW, readRequestsTable, requestsOf } from '../tracking/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TrackingData {
  /** False when « Suivi des demandes » does not exist yet. */
  readonly exists: boolean;
  readonly timeZone: string;
  readonly requests: readonly Request[];
  readonly journal: readonly JournalLine[];
}

function journalLines(spreadsheet: Spreadsheet, timeZone: string): JournalLine[] {
  const sheet = spreadsheet.getSheetByName(JOURNAL_SHEET_NAME);
  if (sheet === null) return [];
  // Header and lines in one read.
  const values = sheet.getDataRange().getValues();
  const { layout } = readSheetLayout(sheet, JOURNAL_COLUMNS, values[0] ?? []);
  // A journal column someone deleted reads as empty rather than shifting the others.
  return values
    .slice(FIRST_DATA_ROW - 1)
    .map((row) =>
      readJournalLine(
        row.length >= layout.width ? row : [...row, ...Array(layout.width - row.length).fill('')],
        layout,
        timeZone,
      ),
    );
}

export function readTrackingData(spreadsheet: Spreadsheet): TrackingData {
  const table = readRequestsTable(spreadsheet, { repair: false });
  const timeZone = table?.timeZone ?? spreadsheet.getSpreadsheetTimeZone();
  return {
    exists: table !== null,
    timeZone,
    requests: table === null ? [] : requestsOf(table),
    journal: journalLines(spreadsheet, timeZone),
  };
}
