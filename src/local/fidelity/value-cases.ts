/**
 * Fidelity cases for Sheets' value semantics: what writing a string with setValue into a cell
 * of a French (fr_FR) workbook stores. Data, not code: the emulator's tests run them
 * (tests/emulator/typing.test.ts), and each names the reference page it rests on. Where Google
 * documents only the principle ("parsed as if the user typed them into the UI"), the expected
 * value is what typing gives in a fr_FR workbook; a case that differs on real Google changes
 * the emulator, never the case's page.
 */

export const VALUE_INPUT_OPTION =
  'https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption';
export const SET_VALUE =
  'https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)';
export const SET_NUMBER_FORMAT =
  'https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String)';
export const SPREADSHEET_LOCALE =
  'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetLocale()';

/** What getValue() returns afterwards, in a form JSON can hold. */
export type ExpectedValue =
  | { readonly number: number }
  | { readonly boolean: boolean }
  | { readonly text: string }
  /** A Date: its wall-clock day (and time) in the spreadsheet's zone; year `current` for this year. */
  | { readonly date: string }
  | { readonly formula: string };

export interface ValueCase {
  readonly name: string;
  /** The cell's number format before the write: Automatic or Plain text. */
  readonly format: 'automatic' | '@';
  readonly input: string;
  readonly expected: ExpectedValue;
  readonly reference: string;
}

const automatic = (
  name: string,
  input: string,
  expected: ExpectedValue,
  reference = VALUE_INPUT_OPTION,
): ValueCase => ({ name, format: 'automatic', input, expected, reference });

/** The current year, for dates typed without one. */
export const CURRENT_YEAR = 'current';

export const VALUE_CASES: readonly ValueCase[] = [
  automatic('leading zeros are dropped', '007', { number: 7 }),
  automatic('a French phone number without spaces loses its 0', '0612345678', { number: 612345678 }),
  automatic('decimal comma', '3,5', { number: 3.5 }),
  automatic('space as thousands separator', '1 234,5', { number: 1234.5 }),
  automatic('non-breaking space as thousands separator', '1\u00a0234', { number: 1234 }),
  automatic('a negative number', '-12', { number: -12 }),
  automatic('percent with a space', '50 %', { number: 0.5 }),
  automatic('percent without a space', '50%', { number: 0.5 }),
  automatic('euros', '12 €', { number: 12 }),
  automatic('TRUE is a boolean', 'TRUE', { boolean: true }),
  automatic('false in any case is a boolean', 'false', { boolean: false }),
  automatic('VRAI is a boolean in a French workbook (strictest reading)', 'VRAI', { boolean: true }),
  automatic('FAUX is a boolean in a French workbook (strictest reading)', 'FAUX', { boolean: false }),
  automatic('day/month/year', '12/09/2026', { date: '2026-09-12' }),
  automatic('day/month: a date in the current year', '12/05', { date: `${CURRENT_YEAR}-05-12` }),
  automatic('1/2 is the first of February, not a half', '1/2', { date: `${CURRENT_YEAR}-02-01` }),
  automatic('day-month-year with dashes', '12-09-2026', { date: '2026-09-12' }),
  automatic('ISO date', '2026-09-12', { date: '2026-09-12' }),
  automatic('a day and a French month name', '3 novembre 2026', { date: '2026-11-03' }),
  automatic('date and time', '12/09/2026 14:30', { date: '2026-09-12T14:30' }),
  automatic('a time of day', '14:30', { date: '1899-12-30T14:30' }),
  automatic('an impossible date stays text', '31/02/2026', { text: '31/02/2026' }),
  automatic('month 13 stays text', '12/13/2026', { text: '12/13/2026' }),
  automatic('a phone with spaces stays text', '06 12 34 56 78', { text: '06 12 34 56 78' }),
  automatic('an international phone stays text', '+33 6 12 34 56 78', { text: '+33 6 12 34 56 78' }),
  automatic('a lone dash stays text', '-', { text: '-' }),
  automatic('a leading apostrophe forces text and is not stored', "'007", { text: '007' }),
  automatic("a person's own leading apostrophe is eaten", "'texte", { text: 'texte' }),
  automatic('a doubled apostrophe keeps one', "''texte", { text: "'texte" }),
  automatic('= starts a formula', '=1+1', { formula: '=1+1' }, SET_VALUE),
  automatic('an escaped = stays text', "'=1+1", { text: '=1+1' }, SET_VALUE),
  {
    name: 'Plain text keeps digits as written',
    format: '@',
    input: '007',
    expected: { text: '007' },
    reference: SET_NUMBER_FORMAT,
  },
  {
    name: 'Plain text keeps a date-looking text',
    format: '@',
    input: '12/09/2026',
    expected: { text: '12/09/2026' },
    reference: SET_NUMBER_FORMAT,
  },
  {
    name: 'Plain text keeps TRUE as text',
    format: '@',
    input: 'TRUE',
    expected: { text: 'TRUE' },
    reference: SET_NUMBER_FORMAT,
  },
];
