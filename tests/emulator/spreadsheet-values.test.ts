import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/local/emulator';

const RANGE_DOC = 'https://developers.google.com/apps-script/reference/spreadsheet/range';
const SHEET_DOC = 'https://developers.google.com/apps-script/reference/spreadsheet/sheet';

function setup() {
  const emu = createEmulator({ now: new Date('2024-03-15T10:00:00Z') });
  const SpreadsheetApp = emu.globals.SpreadsheetApp;
  const sheet = SpreadsheetApp.getActive().getActiveSheet();
  return { emu, SpreadsheetApp, sheet };
}

describe(`Range values (${RANGE_DOC})`, () => {
  it('getValues returns Number, Boolean, Date or String, and "" for empty cells (#getValues)', () => {
    const { sheet } = setup();
    const date = new Date('2024-01-02T00:00:00+01:00');
    sheet.getRange(1, 1, 1, 4).setValues([[42, true, date, 'texte']]);
    const values = sheet.getRange(1, 1, 1, 5).getValues();
    expect(values[0]!.slice(0, 4)).toEqual([42, true, date, 'texte']);
    expect(values[0]![2]).toBeInstanceOf(Date);
    expect(values[0]![4]).toBe('');
  });

  it('setValues with the wrong number of rows throws Google’s exact message (#setValues(Object))', () => {
    const { sheet } = setup();
    let error: unknown;
    try {
      sheet.getRange('A1:B3').setValues([
        [1, 2],
        [3, 4],
      ]);
    } catch (e) {
      error = e;
    }
    expect(String(error)).toBe(
      'Exception: The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
  });

  it('setValues with the wrong number of columns throws the columns variant (#setValues(Object))', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B1').setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it('a string starting with "=" becomes a formula, evaluated by getValues (#setValue(Object))', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(41);
    sheet.getRange('B1').setValue('=A1+1');
    expect(sheet.getRange('B1').getValue()).toBe(42);
    expect(sheet.getRange('B1').getFormula()).toBe('=A1+1');
    sheet.appendRow(['=B1*2']);
    expect(sheet.getRange('A2').getFormula()).toBe('=B1*2');
    expect(sheet.getRange('A2').getValue()).toBe(84);
  });

  it('a leading apostrophe keeps text as text and reads back without the quote (#setValue(Object))', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([["'=1+1", "'0612345678"]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['=1+1', '0612345678']]);
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  it('numeric text written without the apostrophe is parsed like typing (the 0 of a phone number is lost)', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('0612345678');
    expect(sheet.getRange('A1').getValue()).toBe(612345678);
  });

  it('text written to a cell formatted as plain text (@) stays text (#setNumberFormat(String): "@" is plain text)', () => {
    const { sheet } = setup();
    const cell = sheet.getRange('B1');
    cell.setNumberFormat('@');
    cell.setValue('0612345678');
    expect(cell.getValue()).toBe('0612345678');
    sheet.getRange('B2').setValue('0612345678');
    expect(sheet.getRange('B2').getValue()).toBe(612345678);
  });

  it('a person typing in a plain-text (@) cell keeps the text, leading zero included', () => {
    const { emu, sheet } = setup();
    sheet.getRange('C1').setNumberFormat('@');
    emu.userEdit(sheet.getName(), 1, 3, '0612345678');
    emu.userEdit(sheet.getName(), 2, 3, '0612345678');
    expect(sheet.getRange('C1').getValue()).toBe('0612345678');
    expect(sheet.getRange('C2').getValue()).toBe(612345678);
  });

  it('getDisplayValues applies number formats dd/mm/yyyy, 0 and 0% (#getDisplayValues)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([[new Date('2024-03-05T00:00:00+01:00'), 3.6, 0.256]]);
    sheet.getRange('A1:C1').setNumberFormats([['dd/mm/yyyy', '0', '0%']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['05/03/2024', '4', '26%']]);
  });
});

describe(`Sheet geometry (${SHEET_DOC})`, () => {
  it('getLastRow is 0 on an empty sheet (#getLastRow)', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    sheet.getRange(3, 2).setValue('x');
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(2);
  });

  it('indices are 1-based and row 0 throws (#getRange(Integer,Integer))', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1).setValue('first');
    expect(sheet.getRange('A1').getValue()).toBe('first');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
  });

  it('appendRow writes after the last row and grows the sheet (#appendRow(Object))', () => {
    const { sheet } = setup();
    sheet.getRange(sheet.getMaxRows(), 1).setValue('bottom');
    sheet.appendRow(['a', 'b']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1, 1, 2).getValues()).toEqual([['a', 'b']]);
  });

  it('insertSheet with an existing name throws Google’s message (spreadsheet#insertSheet(String))', () => {
    const { SpreadsheetApp } = setup();
    const ss = SpreadsheetApp.getActive();
    ss.insertSheet('Suivi');
    expect(() => ss.insertSheet('Suivi')).toThrow(
      'A sheet with the name "Suivi" already exists. Please enter another name.',
    );
  });

  it('createFilter on a sheet that already has a filter throws (#createFilter, filter page)', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/filter
    const { sheet } = setup();
    sheet.getRange('A1:C10').createFilter();
    expect(sheet.getFilter()?.getRange().getA1Notation()).toBe('A1:C10');
    expect(() => sheet.getRange('A1:B2').createFilter()).toThrow();
  });

  it('a warning-only protection still lets the script and the user edit, with a warning', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean)
    const { emu, sheet } = setup();
    const protection = sheet.getRange('A1:A5').protect().setWarningOnly(true);
    expect(protection.isWarningOnly()).toBe(true);
    sheet.getRange('A1').setValue('script');
    expect(sheet.getRange('A1').getValue()).toBe('script');
    emu.setActiveUser('autre@example.org');
    const edit = emu.userEdit('Sheet1', 2, 1, 'utilisateur');
    expect(edit.accepted).toBe(true);
    expect(edit.message).toMatch(/protected/);
    expect(emu.view.sheet('Sheet1').protections).toEqual([
      { type: 'RANGE', range: 'A1:A5', warningOnly: true, description: '' },
    ]);
  });
});
