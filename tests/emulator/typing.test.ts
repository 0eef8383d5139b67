/**
 * Sheets' value semantics: a string written with setValue(s) or typed by a person is parsed
 * like typing in the workbook's locale (fr_FR here). Cases are data (src/local/fidelity).
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption (USER_ENTERED)
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, type PlainTextRules } from '../../src/local/emulator';
import { wallClock } from '../../src/local/emulator/tz';
import {
  CURRENT_YEAR,
  type ExpectedValue,
  SET_NUMBER_FORMAT,
  SPREADSHEET_LOCALE,
  VALUE_CASES,
} from '../../src/local/fidelity/value-cases';

const NOW = new Date('2026-11-30T10:00:00Z');

function setup(plainText?: PlainTextRules) {
  const emu = createEmulator({
    now: NOW,
    spreadsheetTimeZone: 'Europe/Paris',
    ...(plainText ? { plainText } : {}),
  });
  const sheet = emu.globals.SpreadsheetApp.getActive().getActiveSheet();
  return { emu, sheet };
}

/** getValue() and getFormula() of a cell, in the cases' form. */
function observed(cell: GoogleAppsScript.Spreadsheet.Range): ExpectedValue {
  const formula = cell.getFormula();
  if (formula !== '') return { formula };
  const value = cell.getValue();
  if (typeof value === 'number') return { number: value };
  if (typeof value === 'boolean') return { boolean: value };
  if (value instanceof Date) {
    const w = wallClock(value, 'Europe/Paris');
    const day = `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
    const time =
      w.hour || w.minute ? `T${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}` : '';
    return { date: day + time };
  }
  return { text: String(value) };
}

function expectedOf(expected: ExpectedValue): ExpectedValue {
  if ('date' in expected) return { date: expected.date.replace(CURRENT_YEAR, '2026') };
  return expected;
}

describe('a string written with setValue is parsed like typing in a fr_FR workbook', () => {
  it.each(VALUE_CASES.map((c) => [`${c.name}: ${JSON.stringify(c.input)} (${c.reference})`, c] as const))(
    '%s',
    (_name, c) => {
      const { sheet } = setup();
      const cell = sheet.getRange('B2');
      if (c.format === '@') cell.setNumberFormat('@');
      cell.setValue(c.input);
      expect(observed(cell)).toEqual(expectedOf(c.expected));
    },
  );

  it.each(VALUE_CASES.map((c) => [`${c.name}: ${JSON.stringify(c.input)}`, c] as const))(
    'setValues, appendRow and a person typing agree with setValue: %s',
    (_name, c) => {
      const { emu, sheet } = setup();
      if (c.format === '@') sheet.getRange('A1:C2').setNumberFormat('@');
      sheet.getRange('A1:B1').setValues([[c.input, 'x']]);
      sheet.appendRow(['', c.input]);
      const typed = emu.userEdit(sheet.getName(), 1, 3, c.input);
      expect(typed.accepted).toBe(true);
      const want = expectedOf(c.expected);
      expect(observed(sheet.getRange('A1'))).toEqual(want);
      expect(observed(sheet.getRange('B2'))).toEqual(want);
      expect(observed(sheet.getRange('C1'))).toEqual(want);
    },
  );

  it(`the workbook's locale is fr_FR and says how text is parsed (${SPREADSHEET_LOCALE})`, () => {
    const { emu, sheet } = setup();
    const spreadsheet = emu.globals.SpreadsheetApp.getActive();
    expect(spreadsheet.getSpreadsheetLocale()).toBe('fr_FR');
    spreadsheet.setSpreadsheetLocale('en_US');
    sheet.getRange('A1:C1').setValues([['3.5', '1,234', '12/09/2026']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[3.5, 1234]]);
    expect(observed(sheet.getRange('C1'))).toEqual({ date: '2026-12-09' });
  });

  it('a number shows with the locale’s decimal comma and thousands space (#getDisplayValues)', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1:D1').setValues([['3,5', 1234.5, '50 %', 1234.5]]);
    sheet.getRange('C1').setNumberFormat('0%');
    sheet.getRange('D1').setNumberFormat('#,##0.00');
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['3,5', '1234,5', '50%', '1\u202f234,50']]);
    emu.globals.SpreadsheetApp.getActive().setSpreadsheetLocale('en_US');
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['3.5', '1234.5']]);
  });

  it('a number, boolean or Date written as such is stored as such, whatever its look', () => {
    const { sheet } = setup();
    const date = new Date('2026-09-12T00:00:00+02:00');
    sheet.getRange('A1:C1').setValues([[7, true, date]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[7, true, date]]);
  });
});

describe(`Plain-text (@) cells and a leading ' or = (undocumented; ${SET_NUMBER_FORMAT})`, () => {
  it("by default the emulator takes the strictest reading: the ' stays in the value, = makes a formula", () => {
    const { sheet } = setup();
    const cells = sheet.getRange('A1:B1');
    cells.setNumberFormat('@');
    cells.setValues([["'texte", '=1+1']]);
    expect(sheet.getRange('A1').getValue()).toBe("'texte");
    expect(sheet.getRange('B1').getFormula()).toBe('=1+1');
    expect(sheet.getRange('B1').getValue()).toBe(2);
  });

  it("the other reading is available: the ' is an escape, = stays text", () => {
    const { sheet } = setup({ apostrophe: 'stripped', formula: 'text' });
    const cells = sheet.getRange('A1:B1');
    cells.setNumberFormat('@');
    cells.setValues([["'texte", '=1+1']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['texte', '=1+1']]);
    expect(sheet.getRange('B1').getFormula()).toBe('');
  });

  it('setFormula makes a formula even in a Plain-text cell (#setFormula(String))', () => {
    const { sheet } = setup({ apostrophe: 'stripped', formula: 'text' });
    const cell = sheet.getRange('A1');
    cell.setNumberFormat('@');
    cell.setFormula('=2*3');
    expect(cell.getValue()).toBe(6);
  });
});
