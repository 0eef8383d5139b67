/**
 * Reading and writing the answers of the « Plan de stage » sheet. Reading is tolerant: a
 * person may have typed in the sheet (a list on several lines or separated by « ; », a date
 * as 03/11/2026 or a real date, « oui »), and what cannot be understood is reported in French,
 * never guessed. Writing never lets user text become a formula.
 */
import { dateOf, dayOf, frenchShortDate, type IsoDay } from '../tracking/calendar';
import { readDateCell } from '../tracking/french-dates';
import { AUTOMATIC_FORMAT, type CellContent, cellText, normaliseLabel, textContent } from '../tracking/text';

/** What setValues accepts and getValues returns. */
export type CellValue = string | number | boolean | Date;

/** What a cell says: a value (absent when empty or unreadable) and, if something was not understood, why. */
export interface CellReading<T> {
  readonly value: T | undefined;
  readonly message?: string;
}

export const read = <T>(value: T | undefined, message?: string): CellReading<T> =>
  message === undefined ? { value } : { value, message };
/** An empty cell. */
export const EMPTY: CellReading<never> = { value: undefined };

export const unreadable = <T>(message: string): CellReading<T> => ({ value: undefined, message });

export const isEmptyCell = (value: unknown): boolean => cellText(value) === '' && !(value instanceof Date);

/**
 * Text of an answer cell. A Date there is text Sheets parsed when a person typed it (« 12/05 »
 * in an Automatic cell): it reads as the day the sheet shows, rather than disappearing.
 */
export function readText(value: unknown, timeZone?: string): CellReading<string> {
  const text = value instanceof Date ? frenchShortDate(dayOf(value, timeZone)) : cellText(value);
  return read(text === '' ? undefined : text);
}

/** Items separated by line breaks or « ; », with the bullets a person may type (« - », « • ») removed. */
export function splitList(text: string): string[] {
  return text
    .split(/\r?\n|\r|;/)
    .map((item) =>
      item
        .trim()
        .replace(/^[-•*–—]\s+/, '')
        .trim(),
    )
    .filter((item) => item !== '');
}

export function readList(value: unknown): CellReading<string[]> {
  const items = splitList(cellText(value));
  return read(items.length === 0 ? undefined : items);
}

const YES = new Set(['oui', 'o', 'vrai', 'true', 'x']);
const NO = new Set(['non', 'n', 'faux', 'false']);

export function readBoolean(value: unknown): CellReading<boolean> {
  if (typeof value === 'boolean') return read(value);
  const text = normaliseLabel(cellText(value));
  if (text === '') return EMPTY;
  if (YES.has(text)) return read(true);
  if (NO.has(text)) return read(false);
  return unreadable('Répondez par « Oui » ou par « Non ».');
}

/** « 35 », « 17,5 », « 35 h », « 35 heures ». */
export function readNumber(value: unknown): CellReading<number> {
  if (typeof value === 'number') return Number.isFinite(value) ? read(value) : unreadable(NUMBER_MESSAGE);
  const text = cellText(value);
  if (text === '') return EMPTY;
  const match = /^(\d+(?:[.,]\d+)?)\s*(?:h|heures?)?$/i.exec(text);
  return match?.[1] === undefined ? unreadable(NUMBER_MESSAGE) : read(Number(match[1].replace(',', '.')));
}
const NUMBER_MESSAGE = 'Écrivez un nombre, par exemple 35.';

export function readDay(value: unknown, timeZone: string): CellReading<IsoDay> {
  const reading = readDateCell(value, timeZone);
  return reading.ok ? read(reading.day ?? undefined) : unreadable(reading.reason);
}

/** The key whose label (or the key itself) `text` names, accents and case aside. */
export function keyOfLabel<K extends string>(
  labels: Readonly<Record<K, string>>,
  text: string,
): K | undefined {
  const wanted = normaliseLabel(text);
  const entries = Object.entries(labels) as [K, string][];
  return entries.find(
    ([key, label]) => normaliseLabel(label) === wanted || normaliseLabel(key) === wanted,
  )?.[0];
}

/** User text for a cell, as typed: answerContent gives it the format that keeps it so. */
export const textCell = (value: string | undefined): CellValue => value ?? '';

/** A list, one item a line: readable in the cell and read back item by item. */
export const listCell = (items: readonly string[] | undefined): CellValue => textCell(items?.join('\n'));

export const booleanCell = (value: boolean | undefined): CellValue =>
  value === undefined ? '' : value ? 'Oui' : 'Non';

/** A day as Sheets stores one: a Date at midnight in the spreadsheet's zone. */
export const dayCell = (day: IsoDay | undefined, timeZone: string): CellValue =>
  day === undefined ? '' : dateOf(day, timeZone);

/**
 * An answer as written in column B: text as textContent (a Plain-text cell, or an apostrophe
 * in an Automatic cell for text starting with ' or =: never a formula, never reparsed), any
 * other value with the question's format.
 */
export function answerContent(value: CellValue, numberFormat: string | null): CellContent {
  if (typeof value === 'string' && value !== '') return textContent(value);
  return { value, format: numberFormat ?? AUTOMATIC_FORMAT };
}
