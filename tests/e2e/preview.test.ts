import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickAddonMenu,
  openPreview,
  type PreviewHarness,
  screenshot,
  sidebarFrame,
} from './preview-harness';

describe('local preview (npm start) in Chromium', () => {
  let h: PreviewHarness;

  beforeAll(async () => {
    h = await openPreview('fresh');
  });

  afterAll(async () => {
    await h?.close();
  });

  it('shows the workbook, its sheet tab and the add-on menu that onOpen registered', async () => {
    await expect(h.page.getByTestId('workbook-title').textContent()).resolves.toBe('Ma recherche de stage');
    await expect(h.page.getByRole('button', { name: 'Feuille 1' }).count()).resolves.toBe(1);
    await h.page.getByRole('button', { name: 'Extensions' }).click();
    await h.page.getByRole('menuitem', { name: 'Stage en collectivité' }).hover();
    await expect(h.page.getByRole('menuitem', { name: 'Ouvrir le panneau' }).isVisible()).resolves.toBe(true);
    await h.page.getByRole('button', { name: 'Extensions' }).click();
  });

  it('opens the real sidebar from the menu and talks to the server through google.script.run', async () => {
    await clickAddonMenu(h.page, 'Ouvrir le panneau');
    const sidebar = await sidebarFrame(h.page);
    await sidebar.getByTestId('workbook-name').waitFor();
    await expect(sidebar.getByTestId('workbook-name').textContent()).resolves.toBe('Ma recherche de stage');
    await sidebar.getByRole('button', { name: 'Réglages' }).click();
    await expect(sidebar.getByLabel('Délai avant relance (en jours)').inputValue()).resolves.toBe('21');
    await screenshot(h.page, 'sidebar-open');
  });

  it('refuses a bad value with a French message next to the field and keeps what was typed', async () => {
    const sidebar = await sidebarFrame(h.page);
    const field = sidebar.getByLabel('Délai avant relance (en jours)');
    await field.fill('0');
    await sidebar.getByRole('button', { name: 'Enregistrer' }).click();
    await sidebar.getByText('Indiquez un nombre entier de jours entre 1 et 90.').waitFor();
    await expect(field.inputValue()).resolves.toBe('0');
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot(h.page, 'sidebar-refused');
  });

  it('saves a good value, which the next opening of the sidebar shows', async () => {
    const sidebar = await sidebarFrame(h.page);
    await sidebar.getByLabel('Délai avant relance (en jours)').fill('14');
    await sidebar.getByRole('button', { name: 'Enregistrer' }).click();
    await sidebar.getByText('Réglages enregistrés.').waitFor();
    await h.page.getByRole('button', { name: 'Fermer le panneau' }).click();
    await clickAddonMenu(h.page, 'Ouvrir le panneau');
    const reopened = await sidebarFrame(h.page);
    await reopened.getByTestId('workbook-name').waitFor();
    await reopened.getByRole('button', { name: 'Réglages' }).click();
    await expect(reopened.getByLabel('Délai avant relance (en jours)').inputValue()).resolves.toBe('14');
  });

  it('moves the simulated date with the « aujourd’hui » control', async () => {
    await h.page.getByRole('button', { name: '+1 semaine' }).click();
    await h.page.getByText('samedi 5 décembre 2026').waitFor();
    await expect(h.page.getByLabel('Date du jour simulée').inputValue()).resolves.toBe('2026-12-05');
  });

  it('loads nothing from outside this machine', () => {
    const origin = new URL(h.preview.url).origin;
    const outside = h.requests.filter(
      (url) => !url.startsWith(origin) && !url.startsWith('data:') && url !== 'about:blank',
    );
    expect(h.requests.length).toBeGreaterThan(3);
    expect(outside).toEqual([]);
  });

  it('keeps the workbook across a restart', async () => {
    const file = h.workbookFile;
    await h.close();
    h = await openPreview('saved', file);
    await clickAddonMenu(h.page, 'Ouvrir le panneau');
    const sidebar = await sidebarFrame(h.page);
    await sidebar.getByTestId('workbook-name').waitFor();
    await sidebar.getByRole('button', { name: 'Réglages' }).click();
    await expect(sidebar.getByLabel('Délai avant relance (en jours)').inputValue()).resolves.toBe('14');
  });

  it('parses what a person types like a French workbook, and inserts a row from a row number’s menu', async () => {
    await h.page.getByRole('button', { name: 'Fermer le panneau' }).click();
    const cell = (a1: string) => h.page.locator(`td[data-cell="${a1}"]`);
    const type = async (a1: string, text: string) => {
      await cell(a1).dblclick();
      const editor = h.page.getByLabel(`Valeur de ${a1}`);
      await editor.press('Control+A');
      await editor.pressSequentially(text);
      await editor.press('Enter');
    };
    await type('A3', '007');
    await expect.poll(() => cell('A3').textContent()).toBe('7');
    await type('B3', "'007");
    await expect.poll(() => cell('B3').textContent()).toBe('007');
    await h.page.locator('th.row-head', { hasText: /^3$/ }).click({ button: 'right' });
    await h.page.getByRole('menuitem', { name: 'Insérer 1 ligne au-dessus' }).click();
    await expect.poll(() => cell('B4').textContent()).toBe('007');
    await expect(cell('B3').textContent()).resolves.toBe('');
  });
});
