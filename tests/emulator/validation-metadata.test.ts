import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/local/emulator';

function setup() {
  const emu = createEmulator({ now: new Date('2024-03-15T10:00:00Z') });
  const app = emu.globals.SpreadsheetApp;
  return { emu, app, sheet: app.getActive().getActiveSheet() };
}

describe('Data validation (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder)', () => {
  it('a list rule reads back its criteria, values and allowInvalid (#requireValueInList, #setAllowInvalid)', () => {
    const { app, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(['À faire', 'Fait'], true)
      .setAllowInvalid(false)
      .build();
    sheet.getRange('B2:B10').setDataValidation(rule);
    const read = sheet.getRange('B5').getDataValidation()!;
    expect(String(read.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(read.getCriteriaValues()).toEqual([['À faire', 'Fait'], true]);
    expect(read.getAllowInvalid()).toBe(false);
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
  });

  it('with allowInvalid false a typed value outside the list is rejected and the cell unchanged', () => {
    const { emu, app, sheet } = setup();
    sheet
      .getRange('B2')
      .setDataValidation(
        app.newDataValidation().requireValueInList(['Oui', 'Non']).setAllowInvalid(false).build(),
      );
    const rejected = emu.userEdit('Sheet1', 2, 2, 'Peut-être');
    expect(rejected.accepted).toBe(false);
    expect(sheet.getRange('B2').getValue()).toBe('');
    const accepted = emu.userEdit('Sheet1', 2, 2, 'Oui');
    expect(accepted.accepted).toBe(true);
    expect(accepted.event?.value).toBe('Oui');
    expect(accepted.event?.range.getA1Notation()).toBe('B2');
    expect(sheet.getRange('B2').getValue()).toBe('Oui');
    expect(emu.view.sheet('Sheet1').rows[1]![1]!.dropdown).toEqual(['Oui', 'Non']);
    expect(emu.workbook.edits.map((e) => e.accepted)).toEqual([false, true]);
  });

  it('with allowInvalid true (the default) the value is kept and flagged in the view', () => {
    const { emu, app, sheet } = setup();
    sheet
      .getRange('B2')
      .setDataValidation(app.newDataValidation().requireValueInList(['Oui', 'Non']).build());
    expect(emu.userEdit('Sheet1', 2, 2, 'Autre').accepted).toBe(true);
    expect(emu.view.sheet('Sheet1').rows[1]![1]!.valid).toBe(false);
  });
});

describe('Developer metadata (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata)', () => {
  it('column metadata moves when a column is inserted before it (Sheets API DeveloperMetadata: "remains associated")', () => {
    const { app, sheet } = setup();
    sheet.getRange('C:C').addDeveloperMetadata('colonne', 'statut');
    sheet.insertColumnBefore(1);
    const [found] = sheet.createDeveloperMetadataFinder().withKey('colonne').find();
    expect(found!.getValue()).toBe('statut');
    expect(found!.getLocation().getColumn()!.getColumn()).toBe(4);
    expect(String(found!.getLocation().getLocationType())).toBe('COLUMN');
    expect(
      app
        .getActive()
        .createDeveloperMetadataFinder()
        .withLocationType(app.DeveloperMetadataLocationType.COLUMN)
        .withValue('statut')
        .find(),
    ).toHaveLength(1);
  });

  it('column metadata moves back when a column before it is deleted, and is deleted with its column', () => {
    const { sheet } = setup();
    sheet.getRange('C:C').addDeveloperMetadata('colonne', 'statut');
    sheet.deleteColumn(1);
    const finder = () => sheet.createDeveloperMetadataFinder().withKey('colonne').find();
    expect(finder()[0]!.getLocation().getColumn()!.getA1Notation()).toBe('B1:B1000');
    sheet.deleteColumn(2);
    expect(finder()).toHaveLength(0);
  });

  it('row metadata moves with inserted rows; arbitrary ranges are refused like Google', () => {
    const { sheet } = setup();
    sheet.getRange('5:5').addDeveloperMetadata('ligne');
    sheet.insertRowsBefore(2, 3);
    expect(
      sheet.createDeveloperMetadataFinder().withKey('ligne').find()[0]!.getLocation().getRow()!.getRow(),
    ).toBe(8);
    expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('x')).toThrow(/entire row or column/);
  });
});
