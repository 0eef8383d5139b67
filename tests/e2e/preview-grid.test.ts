/**
 * The preview's grid as a person uses Sheets: from the keyboard, pasting cells, opening a CSV
 * file as a new sheet, warned before editing a warning-only protected sheet; and a page that
 * always loads, even when a cell holds a formula the emulator cannot evaluate.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickAddonMenu,
  openPreview,
  openTrackingWithTable,
  type PreviewHarness,
  screenshot,
  sidebarFrame,
  waitForCell,
} from './preview-harness';

describe('the preview grid, from the keyboard and the clipboard', () => {
  let h: PreviewHarness;
  const edits: string[] = [];

  beforeAll(async () => {
    h = await openPreview('fresh');
    h.page.on('request', (request) => {
      if (request.url().endsWith('/api/edit')) edits.push(request.postData() ?? '');
    });
  });

  afterAll(async () => {
    await h?.close();
  });

  const cell = (a1: string) => h.page.locator(`td[data-cell="${a1}"]`);

  it('says where the add-on is on the first screen, in the preview only', async () => {
    const hint = h.page.getByTestId('start-hint');
    await expect(hint.textContent()).resolves.toContain('Extensions › Stage en collectivité');
    await screenshot(h.page, 'preview-first-screen');
  });

  it('types into the selected cell, Entrée commits once and moves down, arrows move', async () => {
    await cell('A1').click();
    await h.page.keyboard.type('Bonjour');
    await h.page.keyboard.press('Enter');
    await waitForCell(h.page, 'A1', 'Bonjour');
    expect(edits).toHaveLength(1);
    await expect(cell('A2').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(cell('A2').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await h.page.keyboard.press('ArrowUp');
    await h.page.keyboard.press('ArrowRight');
    await expect(cell('B1').getAttribute('aria-selected')).resolves.toBe('true');
    await h.page.keyboard.type('Mairie');
    await h.page.keyboard.press('Tab');
    await waitForCell(h.page, 'B1', 'Mairie');
    expect(edits).toHaveLength(2);
  });

  it('Échap cancels an edit: nothing is sent, the cell keeps its value', async () => {
    await h.page.keyboard.press('ArrowLeft');
    await h.page.keyboard.press('ArrowLeft');
    await h.page.keyboard.press('Enter');
    const editor = h.page.getByLabel('Valeur de A1');
    await expect(editor.inputValue()).resolves.toBe('Bonjour');
    await editor.fill('Effacé par erreur');
    await h.page.keyboard.press('Escape');
    await expect(editor.count()).resolves.toBe(0);
    await expect(cell('A1').textContent()).resolves.toBe('Bonjour');
    expect(edits).toHaveLength(2);
  });

  it('shows a text starting with « = » with its apostrophe in the editor', async () => {
    await cell('C1').dblclick();
    await h.page.getByLabel('Valeur de C1').fill("'=pas une formule");
    await h.page.keyboard.press('Enter');
    await waitForCell(h.page, 'C1', '=pas une formule');
    await cell('C1').dblclick();
    await expect(h.page.getByLabel('Valeur de C1').inputValue()).resolves.toBe("'=pas une formule");
    await h.page.keyboard.press('Escape');
  });

  it('still loads, after a reload, with a formula the emulator cannot evaluate', async () => {
    await cell('D1').dblclick();
    await h.page.getByLabel('Valeur de D1').fill('=HYPERLINK("https://www.service-public.fr";"Annuaire")');
    await h.page.keyboard.press('Enter');
    await h.page.reload();
    await waitForCell(h.page, 'A1', 'Bonjour');
    await expect(cell('D1').getAttribute('title')).resolves.toContain('ne sait pas calculer');
  });

  it('pastes cells copied from Sheets or Excel (tab-separated) from the selected cell on', async () => {
    await cell('A3').click();
    await h.page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Collectivité\tContact\r\nMairie de Lyon\tMme Durand (RH)\r\n');
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
      );
    });
    await waitForCell(h.page, 'B4', 'Mme Durand (RH)');
    await expect(cell('A3').textContent()).resolves.toBe('Collectivité');
    await screenshot(h.page, 'preview-pasted');
  });

  it('opens a CSV file as a new sheet, never over the sheet shown', async () => {
    const file = `${h.workbookFile}.csv`.replace('classeur.json.csv', 'Mes démarches.csv');
    writeFileSync(file, 'Collectivité;Démarche;Réponse\nMairie de Lyon;Appel;En attente\n');
    await h.page.getByRole('button', { name: 'Fichier' }).click();
    const chooser = h.page.waitForEvent('filechooser');
    await h.page
      .getByRole('menuitem', { name: 'Importer un fichier CSV dans une nouvelle feuille…' })
      .click();
    await (await chooser).setFiles(file);
    await h.page.getByRole('button', { name: 'Mes démarches' }).waitFor();
    await waitForCell(h.page, 'A2', 'Mairie de Lyon');
    await h.page.getByRole('button', { name: 'Feuille 1' }).click();
    await waitForCell(h.page, 'A1', 'Bonjour');
  });

  it('asks before an edit of a warning-only protected sheet, writes only once confirmed', async () => {
    await openTrackingWithTable(h.page);
    await h.page.getByRole('button', { name: 'Journal des démarches' }).click();
    await cell('A30').click();
    await h.page.keyboard.type('note');
    await h.page.keyboard.press('Enter');
    const dialog = h.page.getByRole('alertdialog', { name: 'Attention' });
    await dialog.waitFor();
    await screenshot(h.page, 'preview-protection-warning');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await expect(cell('A30').textContent()).resolves.toBe('');
    await cell('A30').click();
    await h.page.keyboard.type('note');
    await h.page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await waitForCell(h.page, 'A30', 'note');
  });

  it('names the sidebar frame; the Documents panel closes with its button and with Échap', async () => {
    const frame = h.page.locator('iframe[name="sidebar"]');
    await expect(frame.getAttribute('title')).resolves.toBe('Stage en collectivité');
    await expect(h.page.getByTestId('start-hint').count()).resolves.toBe(0);
    await h.page.getByRole('button', { name: /^Documents/ }).click();
    await h.page.getByRole('button', { name: 'Fermer les documents' }).click();
    await expect(h.page.getByRole('dialog', { name: 'Documents créés' }).count()).resolves.toBe(0);
    await h.page.getByRole('button', { name: /^Documents/ }).click();
    await h.page.getByRole('dialog', { name: 'Documents créés' }).waitFor();
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.getByRole('dialog', { name: 'Documents créés' }).count()).toBe(0);
  });

  it('keeps the simulated date across a restart', async () => {
    await h.page.getByRole('button', { name: '+1 semaine' }).click();
    await h.page.getByText('samedi 5 décembre 2026').waitFor();
    const file = h.workbookFile;
    await h.close();
    h = await openPreview('saved', file);
    await h.page.getByText('samedi 5 décembre 2026').waitFor();
    await clickAddonMenu(h.page, 'Ouvrir le panneau');
    await (await sidebarFrame(h.page)).getByTestId('workbook-name').waitFor();
  });
});
