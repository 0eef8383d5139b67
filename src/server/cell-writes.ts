/**
 * Writing cells so that what the add-on writes reads back exactly, and nothing else is touched.
 * Sheets parses a string written with setValues like typing (« 007 » → 7, « 12/09/2026 » → a
 * date, `=` → a formula: https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption,
 * USER_ENTERED), so each cell comes with its number format (CellContent, from the domain):
 * text goes into Plain-text cells, or behind an apostrophe into an Automatic cell when it
 * starts with ' or =. Formats are written only where some text needs them. A null cell is not
 * the add-on's: it is never written, so a person's cell is never sent through parsing again.
 */
import { type CellContent, isFormatFree, type RowContents, rowValues } from '../domain/tracking';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** [first, end) of each run of adjacent columns written in every row. */
function runsOf(rows: readonly RowContents[], width: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let c = 0; c <= width; c++) {
    const written = c < width && rows.every((row) => (row[c] ?? null) !== null);
    if (written && start < 0) start = c;
    if (!written && start >= 0) {
      runs.push([start, c]);
      start = -1;
    }
  }
  return runs;
}

/**
 * Writes `rows` with their top-left cell at (row, column): one setValues per run of adjacent
 * written columns, preceded by one setNumberFormats when a text of the run needs its format.
 * `block` is the range of all the rows, when the caller already has it.
 */
export function writeContents(
  sheet: Sheet,
  row: number,
  column: number,
  rows: readonly RowContents[],
  block?: Range,
): void {
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((r) => r.length));
  for (const [first, end] of runsOf(rows, width)) {
    const cells = rows.map((r) => r.slice(first, end) as CellContent[]);
    const target =
      block !== undefined && first === 0 && end === width
        ? block
        : sheet.getRange(row, column + first, rows.length, end - first);
    if (!cells.every((r) => r.every(isFormatFree))) {
      target.setNumberFormats(cells.map((r) => r.map((c) => c.format)));
    }
    target.setValues(cells.map((r) => r.map((c) => c.value)));
  }
  // A column written in some rows only (never the case for rows of one layout): cell by cell.
  const full = new Set(runsOf(rows, width).flatMap(([first, end]) => range(first, end)));
  rows.forEach((r, i) => {
    r.forEach((content, c) => {
      if (content === null || full.has(c)) return;
      const cell = sheet.getRange(row + i, column + c);
      if (!isFormatFree(content)) cell.setNumberFormat(content.format);
      cell.setValue(content.value);
    });
  });
}

const range = (first: number, end: number): number[] =>
  Array.from({ length: end - first }, (_, i) => first + i);

/** The rows from `start`, the sheet grown first when it is too short. */
function rowsFrom(sheet: Sheet, start: number, numRows: number, width: number): Range {
  const maxRows = sheet.getMaxRows();
  const end = start + numRows - 1;
  if (end > maxRows) sheet.insertRowsAfter(maxRows, end - maxRows);
  return sheet.getRange(start, 1, numRows, width);
}

/**
 * Appends `rows` below the sheet's last row (`lastRow` when the caller has just read it). One
 * appendRow for one row that needs no format; otherwise the rows are written with
 * writeContents below the last row, the sheet grown if it is full (a new row's cells outside
 * the add-on's columns are filled with '' only when no format is written).
 */
export function appendContents(sheet: Sheet, rows: readonly RowContents[], lastRow?: number): void {
  if (rows.length === 0) return;
  const formatFree = rows.every((r) => r.every(isFormatFree));
  const [only] = rows;
  if (rows.length === 1 && only !== undefined && formatFree) {
    sheet.appendRow(rowValues(only));
    return;
  }
  const start = (lastRow ?? sheet.getLastRow()) + 1;
  const width = Math.max(...rows.map((r) => r.length));
  const block = rowsFrom(sheet, start, rows.length, width);
  if (formatFree) {
    block.setValues(rows.map((r) => Array.from({ length: width }, (_, c) => r[c]?.value ?? '')));
    return;
  }
  writeContents(sheet, start, 1, rows, block);
}
