/**
 * Display text of a cell (Range.getDisplayValues), through the SheetJS formatter bundled with
 * fast-formula-parser. Covers the formats the add-on uses (`dd/mm/yyyy`, `0`, `0%`, `0.00`…).
 * In a French workbook (Spreadsheet.getSpreadsheetLocale `fr_*`) a number shows a decimal comma
 * and a narrow no-break space between thousands, as Sheets draws « 3,5 » or « 1 234,5 »;
 * booleans keep TRUE/FALSE (what Sheets shows for them in fr_FR is not emulated).
 */
import FormulaParser from 'fast-formula-parser';
import type { CellValue } from './model';
import { dateToSerial, wallClock } from './tz';

/** What getNumberFormat returns for a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

const DATE_TOKENS = /(^|[^"\\])[dyhs]|mmm/i;

export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === DEFAULT_NUMBER_FORMAT) return false;
  return DATE_TOKENS.test(format.replace(/"[^"]*"/g, ''));
}

export function displayValue(
  value: CellValue,
  format: string | undefined,
  timeZone: string,
  locale = 'fr_FR',
): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (value instanceof Date) {
    const w = wallClock(value, timeZone);
    const fallback = w.hour || w.minute || w.second ? 'dd/mm/yyyy hh:mm:ss' : 'dd/mm/yyyy';
    const f = format && format !== DEFAULT_NUMBER_FORMAT ? format : fallback;
    return FormulaParser.SSF.format(f, dateToSerial(value, timeZone));
  }
  const f = !format || format === DEFAULT_NUMBER_FORMAT ? 'General' : format;
  const shown = FormulaParser.SSF.format(f, value);
  if (!/^fr/i.test(locale) || isDateFormat(format)) return shown;
  return shown.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '\u202f'));
}
