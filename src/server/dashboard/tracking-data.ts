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
  const lastRow = sheet.getLastRow();
  if (lastRow < FIRST_DATA_ROW) return [];
  const { layout } = readSheetLayout(sheet, JOURNAL_COLUMNS);
  // A journal column someone deleted reads as empty rather than shifting the others.
  const rows = sheet.getRange(FIRST_DATA_ROW, 1, lastRow - FIRST_DATA_ROW + 1, layout.width).getValues();
  return rows.map((row) => readJournalLine(row, layout, timeZone));
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
