/**
 * How a value written by a script lands in a cell, and how it reads back. Sheets parses
 * strings the way it parses typing: `=…` becomes a formula, a leading `'` forces text (and is
 * not part of the value), numeric text becomes a Number, TRUE/FALSE become Booleans and
 * dd/mm/yyyy or yyyy-mm-dd become dates (fr_FR locale assumed).
 */
import type { CellState, CellValue, SheetState } from './model';
import { isDateFormat } from './number-format';
import type { Runtime } from './runtime';
import { fromWallClock, serialToDate } from './tz';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const FR_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseTyped(text: string, timeZone: string): CellValue {
  const t = text.trim();
  if (NUMBER.test(t)) return Number(t);
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  const fr = FR_DATE.exec(t);
  const iso = ISO_DATE.exec(t);
  const parts = fr ? [fr[3], fr[2], fr[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (parts) {
    const [year, month, day] = parts.map(Number) as [number, number, number];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      return fromWallClock({ year, month, day, hour: 0, minute: 0, second: 0, ms: 0 }, timeZone);
    }
  }
  return text;
}

export function writeCell(cell: CellState, value: unknown, timeZone: string): void {
  delete cell.f;
  if (value === null || value === undefined || value === '') {
    delete cell.v;
    return;
  }
  if (typeof value === 'string') {
    if (value.startsWith('=') && value.length > 1) {
      cell.f = value;
      delete cell.v;
    } else if (value.startsWith("'")) {
      cell.v = value.slice(1);
    } else if (cell.nf === '@') {
      // Plain text format: what is written stays text (no number, date or boolean parsing).
      cell.v = value;
    } else {
      cell.v = parseTyped(value, timeZone);
    }
    return;
  }
  if (value instanceof Date) cell.v = new Date(value.getTime());
  else if (typeof value === 'number' || typeof value === 'boolean') cell.v = value;
  else cell.v = String(value);
}

/** Range.getValues for one cell: Number, Boolean, Date or String; "" when empty. */
export function readCell(rt: Runtime, sheet: SheetState, row: number, col: number): CellValue {
  const v = rt.engine.value(sheet, row, col);
  if (v instanceof Date) return new Date(v.getTime());
  const cell = sheet.cells[row - 1]?.[col - 1];
  if (typeof v === 'number' && cell?.f !== undefined && isDateFormat(cell.nf)) {
    return serialToDate(v, rt.state.timeZone);
  }
  return v;
}
