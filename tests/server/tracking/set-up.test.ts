import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  COLUMN_METADATA_KEY,
  followUpFormatRules,
  JOURNAL_COLUMNS,
  locateColumns,
  REQUEST_COLUMNS,
} from '../../../src/domain/tracking';
import { onEdit, saveSettings, setUpTrackingTable, setUpTrackingTableFromMenu } from '../../../src/server';
import { ok, openWorkbook, type Workbook } from './harness';

const SUIVI = 'Suivi des demandes';
const JOURNAL = 'Journal des démarches';

let wb: Workbook;
beforeEach(() => {
  wb = openWorkbook();
});
afterEach(() => wb.close());

const sheetOf = (name: string) => {
  const sheet = wb.emulator.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};
const rulesOf = (name: string) =>
  sheetOf(name)
    .getConditionalFormatRules()
    .map((r) => ({
      formula: r.getBooleanCondition()?.getCriteriaValues()[0],
      background: r.getBooleanCondition()?.getBackground(),
      ranges: r.getRanges().map((x) => x.getA1Notation()),
    }));

describe('« Créer ou réparer le tableau de suivi »', () => {
  it('creates both sheets: headers in bold, frozen, filtered, sized, with metadata, formats and dropdowns', () => {
    const value = ok(setUpTrackingTable({}));
    expect(value.createdSheets).toEqual([SUIVI, JOURNAL]);
    expect(value.message).toBe(
      'Le tableau de suivi est prêt : les feuilles « Suivi des demandes » et « Journal des démarches » ont été créées.',
    );
    const view = wb.emulator.view.sheet(SUIVI);
    expect(view.rows[0]?.slice(0, REQUEST_COLUMNS.length).map((c) => c.display)).toEqual(
      REQUEST_COLUMNS.map((c) => c.header),
    );
    expect(view.rows[0]?.every((c, i) => i >= REQUEST_COLUMNS.length || c.fontWeight === 'bold')).toBe(true);
    expect(view.frozenRows).toBe(1);
    expect(view.active).toBe(true);
    expect(view.filter).toMatch(/^A1:U\d+$/);
    expect(view.columnWidths.slice(0, 3)).toEqual([70, 200, 130]);
    expect(
      view.metadata.filter((m) => m.key === COLUMN_METADATA_KEY).map((m) => [m.value, m.location]),
    ).toContainEqual(['step', 'columns L:L']);
    const sheet = sheetOf(SUIVI);
    expect(sheet.getRange('M2').getNumberFormat()).toBe('dd/mm/yyyy');
    expect(sheet.getRange('I2').getNumberFormat()).toBe('@');
    const step = sheet.getRange('L2').getDataValidation();
    expect(step?.getAllowInvalid()).toBe(false);
    expect(step?.getCriteriaValues()[0]).toContain('Relance faite');
    // The journal: its own columns, its dates, warning-only protection.
    const journal = wb.emulator.view.sheet(JOURNAL);
    expect(journal.rows[0]?.slice(0, JOURNAL_COLUMNS.length).map((c) => c.display)).toEqual(
      JOURNAL_COLUMNS.map((c) => c.header),
    );
    expect(journal.frozenRows).toBe(1);
    expect(journal.protections).toEqual([expect.objectContaining({ type: 'SHEET', warningOnly: true })]);
  });

  it('pushes exactly the domain’s colour rules over the data rows', () => {
    ok(setUpTrackingTable({}));
    const layout = locateColumns(REQUEST_COLUMNS, [], []);
    const maxRows = sheetOf(SUIVI).getMaxRows();
    expect(rulesOf(SUIVI)).toEqual(
      followUpFormatRules(layout, 21).map((rule) => ({
        formula: rule.formula,
        background: rule.background,
        ranges: [`A2:U${maxRows}`],
      })),
    );
  });

  it('run again, changes nothing and loses nothing: the person’s rules, columns and rows stay', () => {
    ok(setUpTrackingTable({}));
    const sheet = sheetOf(SUIVI);
    // The counsellor's own column, with data, and her own colour rule on it.
    sheet.getRange('T1:T2').setValues([['Priorité'], ['haute']]);
    const app = wb.emulator.globals.SpreadsheetApp;
    const own = app
      .newConditionalFormatRule()
      .whenTextEqualTo('haute')
      .setBackground('#ff0000')
      .setRanges([sheet.getRange('T2:T50')])
      .build();
    sheet.setConditionalFormatRules([own, ...sheet.getConditionalFormatRules()]);
    // The workbook itself; document properties hold the add-on's cached column search.
    const before = JSON.stringify(wb.emulator.toJSON().spreadsheet);

    wb.emulator.calls.reset();
    const value = ok(setUpTrackingTable({}));
    expect(value).toMatchObject({ createdSheets: [], addedColumns: [], coloursUpdated: false });
    expect(value.message).toBe('Le tableau de suivi est déjà complet : rien n’a été modifié.');
    const writes = Object.keys(wb.emulator.calls.snapshot()).filter(
      (name) =>
        /\.(set|insert|add|createFilter|append|protect|delete|clear)/.test(name) &&
        name !== 'Properties.setProperty',
    );
    expect(writes).toEqual([]);
    expect(JSON.stringify(wb.emulator.toJSON().spreadsheet)).toBe(before);
  });

  it('replaces only its own rules when they are outdated, keeping the person’s in place', () => {
    ok(setUpTrackingTable({}));
    const sheet = sheetOf(SUIVI);
    const app = wb.emulator.globals.SpreadsheetApp;
    const own = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2="Mairie de Lyon"')
      .setBackground('#ffff00')
      .setRanges([sheet.getRange('B2:B100')])
      .build();
    // Ours with an old delay, as if the setting had changed since.
    const stale = sheet.getConditionalFormatRules().map((r) => {
      const formula = String(r.getBooleanCondition()?.getCriteriaValues()[0]).replace('>=21', '>=14');
      return r.copy().whenFormulaSatisfied(formula).build();
    });
    sheet.setConditionalFormatRules([own, ...stale]);
    const value = ok(setUpTrackingTable({}));
    expect(value.coloursUpdated).toBe(true);
    const rules = rulesOf(SUIVI);
    expect(rules).toHaveLength(5);
    expect(rules[0]).toEqual({
      formula: '=$B2="Mairie de Lyon"',
      background: '#ffff00',
      ranges: ['B2:B100'],
    });
    expect(
      rules.slice(1).every((r) => String(r.formula).includes('>=21') || !String(r.formula).includes('>=')),
    ).toBe(true);
  });

  it('finds a column the counsellor moved and renamed, and appends a missing one at the right', () => {
    ok(setUpTrackingTable({}));
    const sheet = sheetOf(SUIVI);
    sheet.insertColumnBefore(1);
    sheet.getRange('A1').setValue('Ma colonne');
    sheet.getRange('M1').setValue('Statut'); // Étape, moved from L to M, renamed
    sheet.deleteColumn(18); // « Courrier », now in R, deleted by mistake
    const removed = REQUEST_COLUMNS[16]?.header;
    const value = ok(setUpTrackingTable({}));
    expect(value.createdSheets).toEqual([]);
    expect(value.addedColumns).toEqual([removed]);
    const header = wb.emulator.view.sheet(SUIVI).rows[0]?.map((c) => c.display) ?? [];
    expect(header[0]).toBe('Ma colonne');
    expect(header[12]).toBe('Statut');
    expect(header[21]).toBe(removed);
    // The colour rules follow Étape where it is now.
    expect(String(rulesOf(SUIVI)[0]?.formula)).toContain('$M2="Appel passé"');
  });

  it('repairs a table made before the head columns: they are appended after the person’s own columns', () => {
    ok(setUpTrackingTable({}));
    const sheet = sheetOf(SUIVI);
    // A table from before issue 13: the two head columns absent, a column of the person's at T.
    sheet.deleteColumns(20, 2);
    sheet.getRange('T1').setValue('Mes remarques');
    sheet.getRange('T2').setValue('à rappeler lundi');
    const before = wb.emulator.view.sheet(SUIVI).rows[0]?.map((c) => c.display) ?? [];
    const value = ok(setUpTrackingTable({}));
    expect(value.addedColumns).toEqual(['Civilité du maire ou du président', 'Nom du maire ou du président']);
    const header = wb.emulator.view.sheet(SUIVI).rows[0]?.map((c) => c.display) ?? [];
    expect(header.slice(0, 20)).toEqual(before.slice(0, 20));
    expect(header.slice(20, 22)).toEqual([
      'Civilité du maire ou du président',
      'Nom du maire ou du président',
    ]);
    expect(sheet.getRange('T2').getValue()).toBe('à rappeler lundi');
    expect(sheet.getRange('U2').getDataValidation()?.getCriteriaValues()[0]).toEqual([
      'Madame',
      'Monsieur',
      'Inconnue',
    ]);
  });

  it('the menu item does it too and says so in a toast', () => {
    setUpTrackingTableFromMenu();
    setUpTrackingTableFromMenu();
    expect(wb.emulator.ui.toasts.map((t) => t.message)).toEqual([
      'Le tableau de suivi est prêt : les feuilles « Suivi des demandes » et « Journal des démarches » ont été créées.',
      'Le tableau de suivi est déjà complet : rien n’a été modifié.',
    ]);
    expect(typeof onEdit).toBe('function');
  });

  it('a new follow-up delay in the settings rewrites only the add-on’s rules', () => {
    ok(setUpTrackingTable({}));
    const sheet = sheetOf(SUIVI);
    const own = wb.emulator.globals.SpreadsheetApp.newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#eeeeee')
      .setRanges([sheet.getRange('A2:A9')])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), own]);
    ok(saveSettings({ followUpDays: 14 }));
    const rules = rulesOf(SUIVI);
    expect(rules[0]).toEqual({ formula: undefined, background: '#eeeeee', ranges: ['A2:A9'] });
    expect(rules.slice(1).map((r) => String(r.formula).match(/>=(\d+)/)?.[1] ?? null)).toEqual([
      '14',
      null,
      null,
      null,
    ]);
  });
});
