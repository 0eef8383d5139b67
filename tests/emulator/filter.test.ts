/**
 * A filter hides the rows its criteria reject; values stay readable (getValues still returns
 * them) and the header row is never hidden.
 * https://developers.google.com/apps-script/reference/spreadsheet/filter#setColumnFilterCriteria(Integer,FilterCriteria)
 * https://developers.google.com/apps-script/reference/spreadsheet/filter-criteria-builder
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#isRowHiddenByFilter(Integer)
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/local/emulator';

function setup() {
  const emu = createEmulator({ now: new Date('2026-11-30T10:00:00Z') });
  const app = emu.globals.SpreadsheetApp;
  const sheet = app.getActive().getActiveSheet();
  sheet.getRange('A1:B5').setValues([
    ['N°', 'Étape'],
    ['D-001', 'Refus'],
    ['D-002', 'À contacter'],
    ['D-003', 'Refus'],
    ['D-004', ''],
  ]);
  const filter = sheet.getRange('A1:B5').createFilter();
  return { emu, app, sheet, filter };
}

const hidden = (sheet: GoogleAppsScript.Spreadsheet.Sheet) =>
  [1, 2, 3, 4, 5, 6].filter((r) => sheet.isRowHiddenByFilter(r));

describe('Filter criteria hide rows (Sheet.isRowHiddenByFilter)', () => {
  it('setHiddenValues hides the rows showing one of the values, never the header', () => {
    const { app, sheet, filter } = setup();
    expect(hidden(sheet)).toEqual([]);
    filter.setColumnFilterCriteria(2, app.newFilterCriteria().setHiddenValues(['Refus']).build());
    expect(hidden(sheet)).toEqual([2, 4]);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['D-001', 'Refus']]);
    expect(filter.getColumnFilterCriteria(2)?.getHiddenValues()).toEqual(['Refus']);
  });

  it('a condition shows only the rows meeting it; removing the criteria or the filter shows them all', () => {
    const { app, sheet, filter } = setup();
    filter.setColumnFilterCriteria(2, app.newFilterCriteria().whenCellNotEmpty().build());
    expect(hidden(sheet)).toEqual([5]);
    filter.setColumnFilterCriteria(1, app.newFilterCriteria().whenFormulaSatisfied('=A2<>"D-002"').build());
    expect(hidden(sheet)).toEqual([3, 5]);
    filter.removeColumnFilterCriteria(2);
    expect(hidden(sheet)).toEqual([3]);
    filter.remove();
    expect(hidden(sheet)).toEqual([]);
  });

  it('criteria follow their column when a column is inserted before it, and the preview skips hidden rows', () => {
    const { emu, app, sheet, filter } = setup();
    filter.setColumnFilterCriteria(2, app.newFilterCriteria().setHiddenValues(['Refus']).build());
    sheet.insertColumnBefore(1);
    expect(sheet.getFilter()?.getRange().getA1Notation()).toBe('B1:C5');
    expect(sheet.getFilter()?.getColumnFilterCriteria(3)?.getHiddenValues()).toEqual(['Refus']);
    expect(hidden(sheet)).toEqual([2, 4]);
    expect(emu.view.sheet(sheet.getName()).hiddenRows).toEqual([2, 4]);
  });

  it('a column outside the filter range is refused', () => {
    const { app, filter } = setup();
    expect(() =>
      filter.setColumnFilterCriteria(3, app.newFilterCriteria().whenCellEmpty().build()),
    ).toThrow();
  });
});
