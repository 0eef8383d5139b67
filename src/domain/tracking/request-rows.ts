/**
 * Between sheet rows and requests. The adapter reads the sheet once (getValues: strings,
 * numbers, booleans, Dates, "" for empty), turns rows into requests here, and writes back only
 * the cells these functions return, so the user's own columns are left as they were.
 */
import { dateOf, dayOf, frenchShortDate, type IsoDay } from './calendar';
import { DATE_FORMAT, type JournalColumnKey, type RequestColumnKey } from './columns';
import { readDateCell } from './french-dates';
import type { Layout } from './layout';
import { type CellContent, cellText, isInertText, TEXT_FORMAT, textContent } from './text';
import { type JournalAction, refusalReasonOf } from './vocabulary';

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

/** A cell to write: 1-based column, and its value and number format written together. */
export interface CellWrite {
  readonly column: number;
  readonly content: CellContent;
}

/**
 * A row to write: what goes in each column, null where the column is not the add-on's (the
 * person's own columns are never written).
 */
export type RowContents = readonly (CellContent | null)[];

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
    if (key === 'refusalReason') return [key, refusalReasonOf(cellText(value))];
    // Text Sheets turned into a date (« 12/05 » typed in an Automatic cell) reads as that day,
    // as the sheet shows it, rather than disappearing.
    return [key, value instanceof Date ? frenchShortDate(dayOf(value, timeZone)) : cellText(value)];
  });
  return Object.fromEntries(entries) as Request;
}

function cellContent(value: string | IsoDay | null, isDate: boolean, timeZone: string): CellContent {
  if (isDate) return { value: value ? dateOf(value, timeZone) : '', format: DATE_FORMAT };
  return textContent(value ?? '');
}

/** Whether `content` reads back the same whatever the cell's format (no setNumberFormats needed). */
export function isFormatFree(content: CellContent | null): boolean {
  return content === null || typeof content.value !== 'string' || isInertText(content.value);
}

/**
 * The cells holding `keys` of `request` (all its columns by default): dates as Dates at
 * midnight in the spreadsheet's zone, text as textContent (never a formula, never reparsed).
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
      content: cellContent(request[key] ?? null, isDateKey(key), timeZone),
    }));
}

/** The keys whose value differs between two versions of a request: the only cells to write. */
export function changedKeys(before: Request, after: Request): RequestColumnKey[] {
  return (Object.keys(after) as RequestColumnKey[]).filter((key) => before[key] !== after[key]);
}

/** A full row (layout.width wide) for a new request; null in the person's own columns. */
export function newRequestRow(
  request: Request,
  layout: Layout<RequestColumnKey>,
  timeZone: string,
): RowContents {
  const row: (CellContent | null)[] = Array.from({ length: layout.width }, () => null);
  for (const cell of requestCells(request, layout, timeZone)) row[cell.column - 1] = cell.content;
  return row;
}

/** A full journal row (layout.width wide), ready to append; null in the person's own columns. */
export function journalRow(
  entry: JournalEntry,
  layout: Layout<JournalColumnKey>,
  timeZone: string,
): RowContents {
  const row: (CellContent | null)[] = Array.from({ length: layout.width }, () => null);
  for (const [key, column] of Object.entries(layout.columns) as [JournalColumnKey, number][]) {
    row[column - 1] = cellContent(entry[key], key === 'date', timeZone);
  }
  return row;
}

/** The values of `row` for setValues or appendRow ('' where the row is not the add-on's). */
export function rowValues(row: RowContents): (string | number | boolean | Date)[] {
  return row.map((content) => content?.value ?? '');
}

/** Text columns' format when nothing is written there (a new row's empty text cell). */
export const EMPTY_TEXT: CellContent = { value: '', format: TEXT_FORMAT };
