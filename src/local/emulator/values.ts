/**
 * How a value written by a script or typed by a person lands in a cell, and how it reads back.
 *
 * Range.setValue/setValues/appendRow behave like the Sheets API's USER_ENTERED input option:
 * "The values will be parsed as if the user typed them into the UI. Numbers will stay as
 * numbers, but strings may be converted to numbers, dates, etc. following the same rules that
 * are applied when entering text into a cell via the Google Sheets UI."
 * (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption), and "If the
 * value is a string that begins with '=', it's interpreted as a formula"
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)).
 * Typing follows the spreadsheet's locale (Spreadsheet.getSpreadsheetLocale, fr_FR for the
 * add-on's workbooks): decimal comma, spaces as thousands separators, day/month/year dates.
 *
 * What a leading `'` or `=` does in a Plain-text (`@`) cell is not documented: `PlainTextRules`
 * chooses, and the strictest choice (apostrophe kept, `=` still a formula) is the default.
 */
import type { CellState, CellValue, SheetState } from './model';
import { isDateFormat } from './number-format';
import type { Runtime } from './runtime';
import { fromWallClock, serialToDate, wallClock } from './tz';

/** Undocumented behaviour of a Plain-text (`@`) cell written by setValue(s). */
export interface PlainTextRules {
  /** `'abc` stored as `'abc` (kept) or as `abc` (stripped, as in an Automatic cell). */
  readonly apostrophe: 'kept' | 'stripped';
  /** `=1+1` becomes a formula (as documented for setValue) or stays the text `=1+1`. */
  readonly formula: 'formula' | 'text';
}

/** The strictest plausible reading: a `'` escape shows, a `=` is evaluated. */
export const STRICT_PLAIN_TEXT: PlainTextRules = { apostrophe: 'kept', formula: 'formula' };

/** What parsing a typed string depends on. */
export interface TypingContext {
  /** Spreadsheet.getSpreadsheetLocale(), e.g. `fr_FR`. */
  readonly locale: string;
  /** The spreadsheet's time zone: typed dates are midnight there. */
  readonly timeZone: string;
  /** Now, for a date typed without its year (`12/05`: the current year). */
  readonly now: Date;
  readonly plainText: PlainTextRules;
}

export function typingContext(rt: Runtime): TypingContext {
  return {
    locale: rt.state.locale ?? 'fr_FR',
    timeZone: rt.state.timeZone,
    now: rt.ctx.clock.now(),
    plainText: rt.plainText,
  };
}

const SPACE = '[ \\u00a0\\u202f]';
const FR_MONTHS = [
  ['janvier', 'janv'],
  ['février', 'fevrier', 'févr', 'fevr', 'fév', 'fev'],
  ['mars'],
  ['avril', 'avr'],
  ['mai'],
  ['juin'],
  ['juillet', 'juil'],
  ['août', 'aout'],
  ['septembre', 'sept'],
  ['octobre', 'oct'],
  ['novembre', 'nov'],
  ['décembre', 'decembre', 'déc', 'dec'],
];
const EN_MONTHS = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

function isFrench(locale: string): boolean {
  return /^fr/i.test(locale);
}

/** A number as typed in the locale: sign, thousands groups, decimal mark, exponent, %, €. */
function parseNumber(text: string, french: boolean): number | null {
  const decimal = french ? ',' : '\\.';
  const group = french ? SPACE : ',';
  const body = `(?:\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${decimal}\\d*)?|${decimal}\\d+`;
  const re = new RegExp(`^([+-])?${SPACE}*(?:€${SPACE}*)?(${body})(?:[eE]([+-]?\\d+))?${SPACE}*(%|€)?$`);
  const m = re.exec(text);
  if (!m) return null;
  const [, sign, digits = '', exponent, suffix] = m;
  const plain = digits.replace(new RegExp(group, 'g'), '').replace(french ? ',' : '.', '.');
  let n = Number(`${plain}${exponent ? `e${exponent}` : ''}`);
  if (!Number.isFinite(n)) return null;
  if (sign === '-') n = -n;
  if (suffix === '%') n /= 100;
  return n;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length > 2) return y;
  // Two-digit years: 00–29 are 20xx, 30–99 are 19xx (Sheets' pivot).
  return y < 30 ? 2000 + y : 1900 + y;
}

function monthOfName(name: string, french: boolean): number | null {
  const wanted = name.toLowerCase().replace(/\.$/, '');
  const table = french ? FR_MONTHS : EN_MONTHS;
  const index = table.findIndex((names) => names.includes(wanted));
  return index < 0 ? null : index + 1;
}

interface Clock {
  hour: number;
  minute: number;
  second: number;
}

function parseTime(text: string): Clock | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = Number(m[3] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second };
}

/** A date (and optional time) as typed in the locale, or null (impossible dates stay text). */
function parseDate(text: string, ctx: TypingContext, french: boolean): Date | null {
  const [datePart = '', timePart, extra] = text.split(new RegExp(`${SPACE}+(?=\\d{1,2}:)`));
  if (extra !== undefined) return null;
  const time = timePart === undefined ? { hour: 0, minute: 0, second: 0 } : parseTime(timePart);
  if (!time) return null;
  const currentYear = wallClock(ctx.now, ctx.timeZone).year;
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(datePart);
  const numeric = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/.exec(datePart);
  const named = new RegExp(`^(\\d{1,2})${SPACE}*([A-Za-zÀ-ÿ]+\\.?)(?:${SPACE}*(\\d{4}))?$`).exec(datePart);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[3]);
    [day, month] = french ? [a, b] : [b, a];
    year = numeric[4] === undefined ? currentYear : fullYear(numeric[4]);
  } else if (named) {
    const m = monthOfName(named[2] ?? '', french);
    if (m === null) return null;
    day = Number(named[1]);
    month = m;
    year = named[3] === undefined ? currentYear : Number(named[3]);
  } else {
    return null;
  }
  if (!validDay(year, month, day)) return null;
  return fromWallClock({ year, month, day, ...time, ms: 0 }, ctx.timeZone);
}

/**
 * What typing `text` into an Automatic-format cell stores (the leading `'` and `=` are handled
 * by the caller): a Number, a Boolean, a Date, or the text itself.
 */
export function parseTyped(text: string, ctx: TypingContext): CellValue {
  const t = text.trim();
  if (t === '') return text;
  const french = isFrench(ctx.locale);
  const number = parseNumber(t, french);
  if (number !== null) return number;
  // TRUE/FALSE in every locale; VRAI/FAUX also in French ones (the strictest reading).
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  if (french && /^(vrai|faux)$/i.test(t)) return t.toLowerCase() === 'vrai';
  const date = parseDate(t, ctx, french);
  if (date) return date;
  const time = parseTime(t);
  if (time) return fromWallClock({ year: 1899, month: 12, day: 30, ...time, ms: 0 }, ctx.timeZone);
  return text;
}

/** What a string written into `cell` stores: a formula, the text, or what typing it gives. */
function writeString(cell: CellState, value: string, ctx: TypingContext): void {
  const plain = cell.nf === '@';
  if (value.startsWith('=') && value.length > 1 && !(plain && ctx.plainText.formula === 'text')) {
    cell.f = value;
    delete cell.v;
    return;
  }
  if (plain) {
    // Plain text keeps what is written; whether a leading ' is an escape there is undocumented.
    cell.v = value.startsWith("'") && ctx.plainText.apostrophe === 'stripped' ? value.slice(1) : value;
  } else if (value.startsWith("'")) {
    // A leading apostrophe forces text and is not part of the value.
    cell.v = value.slice(1);
  } else {
    cell.v = parseTyped(value, ctx);
  }
  if (cell.v === '') delete cell.v;
}

/** Range.setValue(s), Sheet.appendRow and a person typing: one cell. */
export function writeCell(cell: CellState, value: unknown, ctx: TypingContext): void {
  delete cell.f;
  if (value === null || value === undefined || value === '') {
    delete cell.v;
    return;
  }
  if (typeof value === 'string') writeString(cell, value, ctx);
  else if (value instanceof Date) cell.v = new Date(value.getTime());
  else if (typeof value === 'number' || typeof value === 'boolean') cell.v = value;
  else cell.v = String(value);
}

/** Range.setFormula(s): the text is a formula whatever the cell's format. */
export function writeFormula(cell: CellState, formula: string, ctx: TypingContext): void {
  if (typeof formula === 'string' && formula.startsWith('=') && formula.length > 1) {
    delete cell.v;
    cell.f = formula;
    return;
  }
  writeCell(cell, formula, ctx);
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
