/**
 * Text helpers for cells: comparing labels the way a person reads them, and writing user text
 * so that Sheets keeps it as text.
 */

/**
 * A label reduced to what a person means: no accents, no case, no spaces or punctuation
 * (« Dernière démarche » = "derniere demarche" = "DERNIERE-DEMARCHE"). Used to find columns
 * by header and to match free text, never to store anything.
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** The words of a label, without accents or case (« Date d'envoi » → date, d, envoi). */
export function labelWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** What a cell read by getValues() holds, as trimmed text (numbers and booleans included). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** Number format of a Plain-text cell: Sheets keeps what is written there as text. */
export const TEXT_FORMAT = '@';
/** What Apps Script reports for a cell nobody formatted (Automatic): text written there is parsed. */
export const AUTOMATIC_FORMAT = '0.###############';

/** A cell as the add-on writes it: `value` for setValues, `format` for setNumberFormats, together. */
export interface CellContent {
  readonly value: string | number | boolean | Date;
  readonly format: string;
}

// Month and day names (fr and en, full and short) that can start a date Sheets would parse.
const DATE_WORDS = new Set(
  (
    'janvier janv fevrier fevr fev mars avril avr mai juin juillet juil aout septembre sept ' +
    'octobre oct novembre nov decembre dec lundi lun mardi mar mercredi mer jeudi jeu vendredi ven ' +
    'samedi sam dimanche dim january jan february feb march april apr may june jun july jul ' +
    'august aug september sep october november december monday mon tuesday tue wednesday wed ' +
    'thursday thu friday fri saturday sat sunday sun'
  ).split(' '),
);
const BOOLEAN_WORDS = /^(true|false|vrai|faux)$/i;

/**
 * Whether `text` is stored as this very text whatever the cell's format: Sheets parses a string
 * written with setValue(s) like typing in the workbook's locale
 * (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption, USER_ENTERED):
 * « 007 », « 3,5 », « 12/09/2026 », « 1/2 », « 50 % », « 14:30 », « TRUE », « VRAI » would
 * become numbers, dates or booleans in an Automatic cell; `=` starts a formula and a leading `'`
 * is eaten (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)).
 * Deliberately wider than Sheets: anything with a digit that does not start with a letter, any
 * leading sign or symbol, and anything starting with a month or day name counts as parsed.
 */
export function isInertText(text: string): boolean {
  const t = text.trim();
  if (t === '') return text === '';
  if (text !== t) return false;
  if (BOOLEAN_WORDS.test(t)) return false;
  const first = t.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (/^[a-z]/i.test(first)) {
    const word = (/^[a-z]+/i.exec(first)?.[0] ?? '').toLowerCase();
    return !DATE_WORDS.has(word);
  }
  // Not starting with a letter: inert only without any digit and without a leading symbol
  // Sheets reads (= formula, ' escape, + - signs, @, # errors, currency, tab, line breaks).
  return !/\d/.test(t) && !/^[=+\-@#'$€£¥.,(\t\r\n]/.test(t);
}

/**
 * Text written so that it reads back exactly as given, whatever the cell was formatted and
 * whatever Sheets does with a leading ' or = in a Plain-text cell (undocumented): text in a
 * Plain-text cell, which keeps digits, dates and booleans as written; text starting with ' or
 * = in an Automatic cell behind an apostrophe, which forces text and is not stored.
 */
export function textContent(text: string): CellContent {
  if (/^['=]/.test(text)) return { value: `'${text}`, format: AUTOMATIC_FORMAT };
  return { value: text, format: TEXT_FORMAT };
}

/**
 * User text for a cell the add-on writes WITHOUT setting its format, known to be Automatic
 * (never a Plain-text cell: the apostrophe could stay there): an apostrophe before anything
 * Sheets would parse (see isInertText), which Sheets hides and which keeps the text as typed.
 * Prefer textContent, which is right in every cell; non-strings pass unchanged.
 */
export function neutraliseCellText<T>(value: T): T | string {
  return typeof value === 'string' && !isInertText(value) ? `'${value}` : value;
}
