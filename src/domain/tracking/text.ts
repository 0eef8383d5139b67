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

// setValue/setValues turn a string starting with one of these into a formula or reinterpret it.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes user text safe to write with setValue/setValues/appendRow: a string starting with
 * = + - @, a tab or a carriage return gets a leading apostrophe, which Sheets hides and which
 * forces the cell to hold the text as typed (no formula injection, « +33 4… » stays a phone).
 * Every user-provided string written by the add-on must go through this; non-strings pass.
 */
export function neutraliseCellText<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
