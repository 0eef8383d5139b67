import { fail } from './errors';

/** A rectangle of cells, 1-based like the Apps Script API. */
export interface GridRange {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function toA1(g: GridRange): string {
  const start = `${columnToLetters(g.col)}${g.row}`;
  if (g.numRows === 1 && g.numCols === 1) return start;
  return `${start}:${columnToLetters(g.col + g.numCols - 1)}${g.row + g.numRows - 1}`;
}

/** Splits `'My sheet'!A1:B2` into the sheet name (quotes removed) and the range part. */
export function splitSheetName(a1: string): { sheet: string | null; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheet: null, ref: a1 };
  let sheet = a1.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: a1.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/**
 * Parses `A1`, `A1:C3`, `A:C` (whole columns), `2:4` (whole rows) and `A2:C` (open-ended down
 * to the last row), all forms Sheets accepts, against a sheet of the given size.
 */
export function parseA1(ref: string, maxRows: number, maxCols: number): GridRange {
  const [a, b] = ref.trim().split(':');
  const start = a === undefined ? null : CELL.exec(a);
  const end = b === undefined ? start : CELL.exec(b);
  if (!start || !end || ref.split(':').length > 2) fail(`Range not found`);
  const c1 = start[1] ? lettersToColumn(start[1]) : 1;
  const r1 = start[2] ? Number(start[2]) : 1;
  const c2 = end[1] ? lettersToColumn(end[1]) : b === undefined ? c1 : maxCols;
  const r2 = end[2] ? Number(end[2]) : b === undefined ? r1 : maxRows;
  if ((!start[1] && !start[2]) || (!end[1] && !end[2]) || r1 < 1 || r2 < 1) fail('Range not found');
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

export function contains(g: GridRange, row: number, col: number): boolean {
  return row >= g.row && row < g.row + g.numRows && col >= g.col && col < g.col + g.numCols;
}

/**
 * Moves a range after `count` rows (or columns) were inserted (count > 0) or deleted
 * (count < 0) at 1-based position `at`, the way Sheets keeps references attached to cells.
 * Returns null when every cell of the range was deleted.
 */
export function shiftGrid(g: GridRange, dim: 'row' | 'col', at: number, count: number): GridRange | null {
  const startKey = dim === 'row' ? 'row' : 'col';
  const sizeKey = dim === 'row' ? 'numRows' : 'numCols';
  const start = g[startKey];
  const end = start + g[sizeKey] - 1;
  if (count > 0) {
    if (at <= start) return { ...g, [startKey]: start + count };
    if (at <= end) return { ...g, [sizeKey]: g[sizeKey] + count };
    return { ...g };
  }
  const delStart = at;
  const delEnd = at - count - 1;
  if (delEnd < start) return { ...g, [startKey]: start + count };
  if (delStart > end) return { ...g };
  const keptBefore = Math.max(0, delStart - start);
  const keptAfter = Math.max(0, end - delEnd);
  const size = keptBefore + keptAfter;
  if (size === 0) return null;
  return { ...g, [startKey]: Math.min(start, delStart), [sizeKey]: size };
}
