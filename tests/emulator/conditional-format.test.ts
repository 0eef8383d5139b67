import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/local/emulator';

const CF_DOC =
  'https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder';
const RELATIVE_DOC = 'https://support.google.com/docs/answer/78413';

function setup(options: Parameters<typeof createEmulator>[0] = {}) {
  const emu = createEmulator({ now: new Date('2024-03-15T10:00:00Z'), ...options });
  const app = emu.globals.SpreadsheetApp;
  const sheet = app.getActive().getActiveSheet();
  return { emu, app, sheet };
}

const bg = (emu: ReturnType<typeof createEmulator>, row: number, col: number) =>
  emu.view.sheet('Sheet1').rows[row - 1]![col - 1]!.background;

describe(`Conditional formatting (${CF_DOC})`, () => {
  it('setConditionalFormatRules replaces the whole list (sheet#setConditionalFormatRules)', () => {
    const { app, sheet } = setup();
    const rule = (color: string) =>
      app
        .newConditionalFormatRule()
        .whenCellNotEmpty()
        .setBackground(color)
        .setRanges([sheet.getRange('A1:A3')])
        .build();
    sheet.setConditionalFormatRules([rule('#ff0000'), rule('#00ff00')]);
    sheet.setConditionalFormatRules([rule('#0000ff')]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    expect(rules[0]!.getBooleanCondition()!.getBackground()).toBe('#0000ff');
  });

  it('a rule reads back its ranges, criteria and formula so the add-on can recognise its own', () => {
    const { app, sheet } = setup();
    const built = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2="x"')
      .setBackground('#FCE8B2')
      .setRanges([sheet.getRange('A2:C20')])
      .build();
    sheet.setConditionalFormatRules([built]);
    const [rule] = sheet.getConditionalFormatRules();
    const condition = rule!.getBooleanCondition()!;
    expect(String(condition.getCriteriaType())).toBe('CUSTOM_FORMULA');
    expect(condition.getCriteriaValues()).toEqual(['=$B2="x"']);
    expect(condition.getBackground()).toBe('#fce8b2');
    expect(rule!.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:C20']);
  });

  it(`relative references are relative to the top-left cell of the first range, $ fixed (${RELATIVE_DOC})`, () => {
    const { emu, app, sheet } = setup();
    sheet.getRange('A2:B4').setValues([
      ['a', 1],
      ['b', 5],
      ['c', 7],
    ]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$B2>4')
        .setBackground('#ff0000')
        .setRanges([sheet.getRange('A2:B4')])
        .build(),
    ]);
    // Row 2 (B2 = 1) is not coloured; rows 3 and 4 are, in both columns ($B fixed, row relative).
    expect([bg(emu, 2, 1), bg(emu, 2, 2)]).toEqual(['#ffffff', '#ffffff']);
    expect([bg(emu, 3, 1), bg(emu, 3, 2), bg(emu, 4, 1)]).toEqual(['#ff0000', '#ff0000', '#ff0000']);
    // Outside the rule's range nothing is coloured.
    expect(bg(emu, 5, 1)).toBe('#ffffff');
  });

  it('the first matching rule in list order wins', () => {
    const { emu, app, sheet } = setup();
    sheet.getRange('A1').setValue(10);
    const range = [sheet.getRange('A1')];
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenNumberGreaterThan(5)
        .setBackground('#111111')
        .setRanges(range)
        .build(),
      app
        .newConditionalFormatRule()
        .whenNumberGreaterThan(1)
        .setBackground('#222222')
        .setRanges(range)
        .build(),
    ]);
    expect(bg(emu, 1, 1)).toBe('#111111');
  });

  it('TODAY() comes from the emulator clock in the spreadsheet’s time zone, not the script’s', () => {
    // 2024-03-15T23:30Z is already March 16 in Tokyo but still March 15 in Paris (the script's zone).
    const { emu, app, sheet } = setup({
      now: new Date('2024-03-15T23:30:00Z'),
      spreadsheetTimeZone: 'Asia/Tokyo',
    });
    sheet.getRange('A1').setValue(new Date('2024-03-16T00:00:00+09:00'));
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=A1=TODAY()')
        .setBackground('#00ff00')
        .setRanges([sheet.getRange('A1')])
        .build(),
    ]);
    expect(bg(emu, 1, 1)).toBe('#00ff00');
    emu.clock.advanceDays(1);
    expect(bg(emu, 1, 1)).toBe('#ffffff');
  });

  it('an empty cell compares equal to "" as in Sheets', () => {
    const { emu, app, sheet } = setup();
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=AND($A1<>"",$A1<TODAY())')
        .setBackground('#ff0000')
        .setRanges([sheet.getRange('A1:A2')])
        .build(),
    ]);
    sheet.getRange('A2').setValue(new Date('2024-01-01T00:00:00+01:00'));
    expect([bg(emu, 1, 1), bg(emu, 2, 1)]).toEqual(['#ffffff', '#ff0000']);
  });

  it('a function the formula engine cannot evaluate fails loudly instead of showing no colour', () => {
    const { emu, app, sheet } = setup();
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=REGEXMATCH(A1,"x")')
        .setBackground('#ff0000')
        .setRanges([sheet.getRange('A1')])
        .build(),
    ]);
    expect(() => emu.view.sheet('Sheet1')).toThrow(/REGEXMATCH/);
  });
});

// Sheets keeps references attached to the cells they point to when rows or columns are
// inserted or deleted, in cell formulas and conditional-format formulas alike
// (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowBefore(Integer),
// https://support.google.com/docs/answer/78413: custom formulas are relative to the range's first cell).
describe(`Conditional-format references follow inserted and deleted rows and columns (${CF_DOC})`, () => {
  function colouredRule(setupResult: ReturnType<typeof setup>) {
    const { app, sheet } = setupResult;
    sheet.getRange('A1:C4').setValues([
      ['N°', 'Étape', 'Note'],
      ['D-001', 'x', ''],
      ['D-002', '', ''],
      ['D-003', 'x', ''],
    ]);
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=AND($B2="x",$A$1="N°")')
      .setBackground('#fce8b2')
      .setRanges([sheet.getRange('A2:C20')])
      .build();
    sheet.setConditionalFormatRules([rule]);
  }
  const formulaOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet) =>
    sheet.getConditionalFormatRules()[0]?.getBooleanCondition()?.getCriteriaValues()[0];
  const rangeOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet) =>
    sheet
      .getConditionalFormatRules()[0]
      ?.getRanges()
      .map((r) => r.getA1Notation());

  it('insertRowBefore(2): the range and the formula move down, the same rows stay coloured', () => {
    const s = setup();
    colouredRule(s);
    s.sheet.insertRowBefore(2);
    expect(rangeOf(s.sheet)).toEqual(['A3:C21']);
    expect(formulaOf(s.sheet)).toBe('=AND($B3="x",$A$1="N°")');
    expect([bg(s.emu, 2, 1), bg(s.emu, 3, 1), bg(s.emu, 4, 1), bg(s.emu, 5, 1)]).toEqual([
      '#ffffff',
      '#fce8b2',
      '#ffffff',
      '#fce8b2',
    ]);
  });

  it('insertRowsBefore(1, 2) above the header moves absolute references too', () => {
    const s = setup();
    colouredRule(s);
    s.sheet.insertRowsBefore(1, 2);
    expect(formulaOf(s.sheet)).toBe('=AND($B4="x",$A$3="N°")');
    expect(bg(s.emu, 4, 2)).toBe('#fce8b2');
    expect(bg(s.emu, 5, 2)).toBe('#ffffff');
  });

  it('insertColumnBefore(1): column letters move right', () => {
    const s = setup();
    colouredRule(s);
    s.sheet.insertColumnBefore(1);
    expect(rangeOf(s.sheet)).toEqual(['B2:D20']);
    expect(formulaOf(s.sheet)).toBe('=AND($C2="x",$B$1="N°")');
    expect(bg(s.emu, 2, 2)).toBe('#fce8b2');
  });

  it('deleteRow(2): the rows below move up, a formula pointing at a deleted cell becomes #REF!', () => {
    const s = setup();
    colouredRule(s);
    s.sheet.getRange('E1').setFormula('=B2');
    s.sheet.getRange('F1').setFormula('=SUM(A2:A4)');
    s.sheet.deleteRow(2);
    expect(rangeOf(s.sheet)).toEqual(['A2:C19']);
    expect(formulaOf(s.sheet)).toBe('=AND($B2="x",$A$1="N°")');
    expect(s.sheet.getRange('E1').getFormula()).toBe('=#REF!');
    expect(s.sheet.getRange('F1').getFormula()).toBe('=SUM(A2:A3)');
    expect([bg(s.emu, 2, 1), bg(s.emu, 3, 1)]).toEqual(['#ffffff', '#fce8b2']);
  });

  it('deleteColumn(1) and text in quotes: only references move', () => {
    const s = setup();
    colouredRule(s);
    s.sheet.deleteColumn(1);
    expect(formulaOf(s.sheet)).toBe('=AND($A2="x",#REF!="N°")');
  });
});
