import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator, installGlobals, loadEmulator, saveEmulator } from '../../src/local/emulator';

// Call counts model the cost documented in https://developers.google.com/apps-script/guides/support/best-practices
describe('call counting', () => {
  it('a chain counts each link as Type.method', () => {
    const emu = createEmulator();
    const app = emu.globals.SpreadsheetApp;
    app
      .getActive()
      .getActiveSheet()
      .getRange('A1:B1')
      .setValues([[1, 2]])
      .setBackground('#ff0000');
    expect(emu.calls.snapshot()).toEqual({
      'Range.setBackground': 1,
      'Range.setValues': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getActiveSheet': 1,
      'SpreadsheetApp.getActive': 1,
    });
  });

  it('an internal call is not counted, nor the uncounted handle, nor the view', () => {
    const emu = createEmulator();
    const sheet = emu.globals.SpreadsheetApp.getActive().getActiveSheet();
    emu.calls.reset();
    sheet.getSheetValues(1, 1, 2, 2); // uses getRange + getValues internally
    expect(emu.calls.snapshot()).toEqual({ 'Sheet.getSheetValues': 1 });
    emu.spreadsheet.getActiveSheet().getRange('A1').setValue(1);
    emu.view.sheet('Sheet1');
    expect(emu.calls.count()).toBe(1);
  });
});

describe('state', () => {
  it('toJSON round-trips through JSON text, Dates included', () => {
    const emu = createEmulator({ spreadsheetTimeZone: 'America/New_York' });
    const sheet = emu.globals.SpreadsheetApp.getActive().insertSheet('Suivi');
    const date = new Date('2024-05-01T08:00:00Z');
    sheet.getRange('A1:C1').setValues([[date, 'texte', '=1+1']]);
    sheet.getRange('B:B').addDeveloperMetadata('k', 'v');
    const restored = createEmulator({ state: JSON.parse(JSON.stringify(emu.toJSON())) });
    const again = restored.globals.SpreadsheetApp.getActive().getSheetByName('Suivi')!;
    const values = again.getRange('A1:C1').getValues();
    expect(values[0]![0]).toBeInstanceOf(Date);
    expect(values).toEqual([[date, 'texte', 2]]);
    expect(restored.globals.SpreadsheetApp.getActive().getSpreadsheetTimeZone()).toBe('America/New_York');
    expect(again.createDeveloperMetadataFinder().withKey('k').find()).toHaveLength(1);
  });

  it('saveEmulator writes atomically: a complete file, no temp file left, loadable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-'));
    const path = join(dir, 'state.json');
    writeFileSync(path, 'old content');
    const emu = createEmulator();
    emu.globals.SpreadsheetApp.getActive().getActiveSheet().getRange('A1').setValue('saved');
    saveEmulator(emu, path);
    expect(readdirSync(dir)).toEqual(['state.json']);
    expect(JSON.parse(readFileSync(path, 'utf8')).version).toBe(1);
    const loaded = loadEmulator(path);
    expect(loaded.globals.SpreadsheetApp.getActive().getActiveSheet().getRange('A1').getValue()).toBe(
      'saved',
    );
  });
});

describe('Ui and HtmlService (https://developers.google.com/apps-script/reference/base/ui)', () => {
  it('records the add-on menu tree, sidebars, alerts with scripted answers and toasts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'html-'));
    writeFileSync(join(dir, 'Sidebar.html'), '<p>Bonjour</p>');
    const emu = createEmulator({ htmlDir: dir });
    const { SpreadsheetApp, HtmlService } = emu.globals;
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('Ouvrir', 'openSidebar')
      .addSeparator()
      .addSubMenu(ui.createMenu('Plus').addItem('Aide', 'showHelp'))
      .addToUi();
    ui.showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Stage'));
    emu.ui.answerNext('NO');
    expect(String(ui.alert('Titre', 'Continuer ?', ui.ButtonSet.YES_NO))).toBe('NO');
    expect(String(ui.alert('Info'))).toBe('OK');
    SpreadsheetApp.getActive().toast('Enregistré', 'Stage');
    expect(emu.ui.menus[0]!.items).toEqual([
      { type: 'item', caption: 'Ouvrir', functionName: 'openSidebar' },
      { type: 'separator' },
      {
        type: 'submenu',
        caption: 'Plus',
        items: [{ type: 'item', caption: 'Aide', functionName: 'showHelp' }],
      },
    ]);
    expect(emu.ui.sidebar).toEqual({ title: 'Stage', html: '<p>Bonjour</p>', width: 300, height: null });
    expect(emu.ui.alerts.map((a) => a.answer)).toEqual(['NO', 'OK']);
    expect(emu.ui.toasts).toEqual([{ message: 'Enregistré', title: 'Stage', timeoutSeconds: null }]);
    expect(() => HtmlService.createHtmlOutputFromFile('Absent')).toThrow(
      'No HTML file named Absent was found.',
    );
  });

  it('installGlobals exposes the services on a target and undoes it', () => {
    const emu = createEmulator();
    const target: Record<string, unknown> = {};
    const undo = installGlobals(emu, target);
    expect(target.SpreadsheetApp).toBe(emu.globals.SpreadsheetApp);
    undo();
    expect('SpreadsheetApp' in target).toBe(false);
  });
});
