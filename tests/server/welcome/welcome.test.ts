import { afterEach, describe, expect, it } from 'vitest';
import { WELCOME_METADATA_KEY } from '../../../src/domain/welcome';
import { onOpen, showWelcomeFromMenu } from '../../../src/server';
import { MENU_ITEMS } from '../../../src/server/menu';
import { currentWelcomeRows } from '../../../src/server/welcome/welcome-sheet';
import { openWorkbook, shown, type Workbook } from '../tracking/harness';

let wb: Workbook;
afterEach(() => wb.close());

const sheetNames = () => wb.emulator.spreadsheet.getSheets().map((s) => s.getName());
const lastToast = () => wb.emulator.ui.toasts.at(-1)?.message;
/** Calls that change the workbook (showing a sheet does not). */
const writes = () =>
  Object.entries(wb.emulator.calls.snapshot()).filter(
    ([method]) => /\.(set|insert|add|delete)/.test(method) && method !== 'Spreadsheet.setActiveSheet',
  );

describe('« Bienvenue »: the first page of the template workbook, written by the add-on', () => {
  it('is in the menu and creates the sheet first in the tabs, shown, as plain text', () => {
    wb = openWorkbook();
    onOpen();
    const captions = (wb.emulator.ui.menus.at(-1)?.items ?? []).map((item) =>
      'caption' in item ? item.caption : '',
    );
    expect(captions).toContain('Afficher la page Bienvenue');

    showWelcomeFromMenu();
    expect(sheetNames()[0]).toBe('Bienvenue');
    expect(wb.emulator.spreadsheet.getActiveSheet().getName()).toBe('Bienvenue');
    const column = shown(wb.emulator, 'Bienvenue').map((row) => row[0]);
    expect(column).toEqual(currentWelcomeRows().map((row) => row.text));
    expect(column[0]).toBe('Bienvenue dans votre classeur Stage en collectivité');
    const sheet = wb.emulator.spreadsheet.getSheetByName('Bienvenue');
    expect(sheet?.getRange('A1').getFontWeight()).toBe('bold');
    expect(sheet?.getRange('A4').getNumberFormat()).toBe('@');
    expect(lastToast()).toBe('La page «\u00a0Bienvenue\u00a0» est prête, en premier onglet du classeur.');
  });

  it('names the menu’s items exactly as the menu shows them', () => {
    wb = openWorkbook();
    showWelcomeFromMenu();
    const text = shown(wb.emulator, 'Bienvenue')
      .map((row) => row[0])
      .join('\n');
    for (const name of ['openPlanFromMenu', 'openCollectivitesFromMenu', 'openSidebar']) {
      const caption = MENU_ITEMS.find((item) => item.functionName === name)?.caption;
      expect(text).toContain(`Extensions › Stage en collectivité › ${caption}`);
    }
  });

  it('writes nothing on a second run, even after the person renamed it', () => {
    wb = openWorkbook();
    showWelcomeFromMenu();
    wb.emulator.spreadsheet.getSheetByName('Bienvenue')?.setName('Lisez-moi');
    const before = sheetNames();
    wb.emulator.calls.reset();
    showWelcomeFromMenu();
    expect(writes()).toEqual([]);
    expect(sheetNames()).toEqual(before);
    expect(lastToast()).toBe('La page «\u00a0Lisez-moi\u00a0» était déjà là\u00a0: rien n’a été modifié.');
  });

  it('never writes over a sheet of the person’s named « Bienvenue »', () => {
    wb = openWorkbook();
    const theirs = wb.emulator.spreadsheet.insertSheet('Bienvenue');
    theirs.getRange('A1:B2').setValues([
      ['Mes notes', '=1+1'],
      ['à garder', ''],
    ]);
    showWelcomeFromMenu();
    expect(theirs.getRange('A1:B2').getFormulas()).toEqual([
      ['', '=1+1'],
      ['', ''],
    ]);
    expect(theirs.getRange('A1:A2').getValues()).toEqual([['Mes notes'], ['à garder']]);
    expect(theirs.getDeveloperMetadata().map((m) => m.getKey())).not.toContain(WELCOME_METADATA_KEY);
    expect(sheetNames()[0]).toBe('Bienvenue (stage)');
    expect(shown(wb.emulator, 'Bienvenue (stage)')[0]?.[0]).toBe(
      'Bienvenue dans votre classeur Stage en collectivité',
    );
  });

  it('is created again after the person deleted it, once', () => {
    wb = openWorkbook();
    showWelcomeFromMenu();
    const ours = wb.emulator.spreadsheet.getSheetByName('Bienvenue');
    if (ours === null) throw new Error('no sheet');
    wb.emulator.spreadsheet.deleteSheet(ours);
    showWelcomeFromMenu();
    showWelcomeFromMenu();
    expect(sheetNames().filter((name) => name.startsWith('Bienvenue'))).toEqual(['Bienvenue']);
  });

  it('labels again its own page copied without metadata, rather than adding a second one', () => {
    wb = openWorkbook();
    showWelcomeFromMenu();
    const ours = wb.emulator.spreadsheet.getSheetByName('Bienvenue');
    for (const metadata of ours?.getDeveloperMetadata() ?? []) metadata.remove();
    showWelcomeFromMenu();
    expect(sheetNames().filter((name) => name.startsWith('Bienvenue'))).toEqual(['Bienvenue']);
    expect(ours?.getDeveloperMetadata().map((m) => m.getKey())).toEqual([WELCOME_METADATA_KEY]);
    wb.emulator.calls.reset();
    showWelcomeFromMenu();
    expect(writes()).toEqual([]);
  });
});
