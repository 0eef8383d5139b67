/**
 * Between sheet rows and requests. The adapter reads the sheet once (getValues: strings,
 * numbers, booleans, Dates, "" for empty), turns rows into requests here, and writes back only
 * the cells these functions return, so the user's own columns are left as they were.
 */
import { dateOf, type IsoDay } from './calendar';
import type { JournalColumnKey, RequestColumnKey } from './columns';
import { readDateCell } from './french-dates';
import type { Layout } from './layout';
import { cellText, neutraliseCellText } from './text';
import type { JournalAction } from './vocabulary';

export type RequestDateKey = 'firstContactDate' | 'lastActionDate' | 'nextFollowUpDate';
export type RequestTextKey = Exclude<RequestColumnKey, RequestDateKey>;

/** One row of « Suivi des demandes ». Text is as the sheet holds it (trimmed); `step` may be any text a person typed. */
export type Request = { readonly [K in RequestTextKey]: string } & {
  readonly [K in RequestDateKey]: IsoDay | null;
};

export const DATE_KEYS: readonly RequestDateKey[] = [
  'firstContactDate',
  'lastActionDate',
  'nextFollowUpDate',
];
const isDateKey = (key: RequestColumnKey): key is RequestDateKey =>
  (DATE_KEYS as readonly string[]).includes(key);

/** One line of « Journal des démarches ». */
export interface JournalEntry {
  readonly date: IsoDay;
  readonly requestId: string;
  readonly collectivity: string;
  readonly action: JournalAction;
  readonly detail: string;
  /** E-mail of the person who acted (Session.getActiveUser().getEmail(), may be empty). */
  readonly author: string;
}

/** A cell to write: 1-based column and the value for setValues. */
export interface CellWrite {
  readonly column: number;
  readonly value: string | Date;
}

/** A request read from `row` (0-based array, as getValues returns it). An unreadable date reads as null. */
export function readRequest(
  row: readonly unknown[],
  layout: Layout<RequestColumnKey>,
  timeZone: string,
): Request {
  const entries = Object.entries(layout.columns).map(([key, column]) => {
    const value = row[(column as number) - 1];
    if (isDateKey(key as RequestColumnKey)) {
      const reading = readDateCell(value, timeZone);
      return [key, reading.ok ? reading.day : null];
    }
    return [key, value instanceof Date ? '' : cellText(value)];
  });
  return Object.fromEntries(entries) as Request;
}

function cellValue(value: string | IsoDay | null, isDate: boolean, timeZone: string): string | Date {
  if (value === null || value === '') return '';
  return isDate ? dateOf(value, timeZone) : (neutraliseCellText(value) as string);
}

/**
 * The cells holding `keys` of `request` (all its columns by default): dates as Dates at
 * midnight in the spreadsheet's zone, text neutralised against formula injection.
 */
export function requestCells(
  request: Partial<Request>,
  layout: Layout<RequestColumnKey>,
  timeZone: string,
  keys: readonly RequestColumnKey[] = Object.keys(request) as RequestColumnKey[],
): CellWrite[] {
  return keys
    .filter((key) => key in request)
    .map((key) => ({
      column: layout.columns[key],
      value: cellValue(request[key] ?? null, isDateKey(key), timeZone),
    }));
}

/** The keys whose value differs between two versions of a request: the only cells to write. */
export function changedKeys(before: Request, after: Request): RequestColumnKey[] {
  return (Object.keys(after) as RequestColumnKey[]).filter((key) => before[key] !== after[key]);
}

/** A full row (layout.width wide) for a new request, for appendRow or one setValues. */
export function newRequestRow(
  request: Request,
  layout: Layout<RequestColumnKey>,
  timeZone: string,
): (string | Date)[] {
  const row: (string | Date)[] = Array.from({ length: layout.width }, () => '');
  for (const cell of requestCells(request, layout, timeZone)) row[cell.column - 1] = cell.value;
  return row;
}

/** A full journal row (layout.width wide), ready to append. */
export function journalRow(
  entry: JournalEntry,
  layout: Layout<JournalColumnKey>,
  timeZone: string,
): (string | Date)[] {
  const row: (string | Date)[] = Array.from({ length: layout.width }, () => '');
  for (const [key, column] of Object.entries(layout.columns) as [JournalColumnKey, number][]) {
    row[column - 1] = cellValue(entry[key], key === 'date', timeZone);
  }
  return row;
}

/**
 * The row to write back with one setValues when several cells of a row change: `cells` over
 * what the row held. Pass both getValues() and getFormulas() of the row: a formula of the
 * user's is written back as a formula, and text that only looks like one (held as text) is
 * neutralised again, since setValues would otherwise turn it into a formula.
 */
export function mergeRow(
  values: readonly unknown[],
  formulas: readonly string[] | undefined,
  cells: readonly CellWrite[],
): unknown[] {
  const width = Math.max(values.length, ...cells.map((c) => c.column));
  const row = Array.from({ length: width }, (_, i) => {
    const formula = formulas?.[i];
    if (formula) return formula;
    return neutraliseCellText(values[i] ?? '');
  });
  for (const cell of cells) row[cell.column - 1] = cell.value;
  return row;
}
