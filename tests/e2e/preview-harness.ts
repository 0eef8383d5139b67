import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { type RunningPreview, startPreview } from '../../src/local/preview/start';
import { launchBrowser, SCREENSHOTS } from './browser';

export interface PreviewHarness {
  preview: RunningPreview;
  browser: Browser;
  page: Page;
  /** Every request the page and the sidebar made: none may leave the preview's origin. */
  requests: string[];
  workbookFile: string;
  close(): Promise<void>;
}

export async function openPreview(
  start: 'fresh' | 'demo' | 'saved' = 'fresh',
  file?: string,
  now = new Date('2026-11-28T09:00:00+01:00'),
): Promise<PreviewHarness> {
  const workbookFile = file ?? join(mkdtempSync(join(tmpdir(), 'stage-preview-')), 'classeur.json');
  const distDir = mkdtempSync(join(tmpdir(), 'stage-dist-'));
  const preview = await startPreview({ file: workbookFile, start, port: 0, distDir, now });
  const browser = await launchBrowser();
  const page = await browser.newPage({
    viewport: { width: 1360, height: 820 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(preview.url);
  return {
    preview,
    browser,
    page,
    requests,
    workbookFile,
    close: async () => {
      await browser.close();
      await preview.close();
    },
  };
}

/** Clicks Extensions › Stage en collectivité › <item>, as a person would. */
export async function clickAddonMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Stage en collectivité' }).hover();
  await page.getByRole('menuitem', { name: item }).click();
}

export async function sidebarFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[name="sidebar"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The sidebar iframe has no frame');
  return frame;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/**
 * Waits until grid cell `a1` shows `text`: the grid redraws after the server answers, so a cell
 * read right after a click may still show the previous state.
 */
export async function waitForCell(page: Page, a1: string, text: string): Promise<void> {
  await page.locator(`td[data-cell="${a1}"]`, { hasText: text }).waitFor();
}

/** Opens the sidebar on « Suivi des demandes », creates the table and unfolds the add form. */
export async function openTrackingWithTable(page: Page): Promise<Frame> {
  await clickAddonMenu(page, 'Ouvrir le panneau');
  const sidebar = await sidebarFrame(page);
  await sidebar.getByRole('button', { name: 'Suivi des demandes' }).click();
  await sidebar.getByRole('button', { name: 'Créer le tableau de suivi' }).click();
  await sidebar.getByText('Le tableau de suivi est prêt', { exact: false }).waitFor();
  await sidebar.getByText('Ajouter une demande', { exact: true }).click();
  return sidebar;
}

/** Fills « Ajouter une demande » as a person would (fields by label) and waits for the answer. */
export async function addRequestFromSidebar(
  sidebar: Frame,
  collectivity: string,
  fields: Record<string, string> = {},
): Promise<void> {
  // The add form only: « Modifier une demande » has fields of the same names.
  const form = sidebar.locator('form[aria-label="Ajouter une demande"]');
  await form.getByLabel('Collectivité', { exact: true }).fill(collectivity);
  for (const [label, value] of Object.entries(fields)) {
    const field = form.getByLabel(label, { exact: true });
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  await sidebar.getByRole('button', { name: 'Ajouter la demande' }).click();
  await sidebar
    .getByText(/^Demande D-\d{3} ajoutée/)
    .last()
    .waitFor();
}
