import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickAddonMenu,
  openPreview,
  type PreviewHarness,
  screenshot,
  sidebarFrame,
  waitForCell,
} from './preview-harness';

describe('« Collectivités » in the preview (Chromium)', () => {
  let h: PreviewHarness;
  let sidebar: Frame;

  beforeAll(async () => {
    h = await openPreview('fresh');
    await clickAddonMenu(h.page, 'Trouver des collectivités à contacter');
    sidebar = await sidebarFrame(h.page);
  });
  afterAll(async () => {
    await h?.close();
  });

  const proposal = (name: string) => sidebar.getByRole('checkbox', { name: new RegExp(`^${name} `) });

  it('opens on « Collectivités » from the menu, then searches by postal code', async () => {
    await expect(
      sidebar.getByRole('button', { name: 'Collectivités', exact: true }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    await sidebar.getByLabel('Commune ou code postal').fill('69100');
    await sidebar.getByRole('button', { name: 'Chercher' }).click();
    await sidebar.getByRole('heading', { name: 'Autour de Villeurbanne' }).waitFor();
    const main = sidebar.getByTestId('proposals').locator('strong');
    await expect(main.allTextContents()).resolves.toEqual([
      'Mairie de Villeurbanne',
      // No Rhône: the Métropole de Lyon holds the département's powers on its territory.
      'Métropole de Lyon',
      'Conseil régional d’Auvergne-Rhône-Alpes',
    ]);
    await expect(sidebar.getByTestId('proposals').locator('li').first().textContent()).resolves.toContain(
      'Commune · 163\u202f684\u00a0habitants✉︎ Courrier à adresser à\u00a0: Madame, Monsieur le Maire',
    );
    await expect(sidebar.getByTestId('member-proposals').locator('li').count()).resolves.toBe(10);
    await sidebar.getByText('Vous pensiez au code INSEE 69100 ?').waitFor();
    await screenshot(h.page, 'collectivites-search');
  });

  it('ticks three proposals and adds them to the tracking table, created on the way', async () => {
    await proposal('Mairie de Villeurbanne').check();
    await proposal('Métropole de Lyon').check();
    await proposal('Mairie de Lyon').check();
    await screenshot(h.page, 'collectivites-proposals');
    await sidebar.getByRole('button', { name: 'Ajouter au suivi (3)' }).click();
    await sidebar.getByText('Le tableau de suivi a été créé. 3\u00a0demandes ajoutées.').waitFor();
    await screenshot(h.page, 'collectivites-added');
  });

  it('shows the three rows « À contacter » in the « Suivi des demandes » grid', async () => {
    await h.page.getByRole('button', { name: 'Suivi des demandes' }).click();
    await waitForCell(h.page, 'B4', 'Mairie de Lyon');
    const cell = (a1: string) => h.page.locator(`td[data-cell="${a1}"]`).textContent();
    await expect(Promise.all(['B2', 'B3', 'B4'].map(cell))).resolves.toEqual([
      'Mairie de Villeurbanne',
      'Métropole de Lyon',
      'Mairie de Lyon',
    ]);
    await expect(Promise.all(['A2', 'C3', 'D2', 'L4'].map(cell))).resolves.toEqual([
      'D-001',
      'Intercommunalité',
      '69266',
      'À contacter',
    ]);
    await screenshot(h.page, 'collectivites-grid');
  });

  it('does not add twice, and says so', async () => {
    await proposal('Mairie de Lyon').check();
    await proposal('Mairie de Vénissieux').check();
    await sidebar.getByRole('button', { name: 'Ajouter au suivi (2)' }).click();
    await sidebar
      .getByText('1\u00a0demande ajoutée\u00a0; la Mairie de Lyon était déjà dans votre suivi.')
      .waitFor();
    await waitForCell(h.page, 'B5', 'Mairie de Vénissieux');
    await expect(h.page.locator('td[data-cell="B5"]').textContent()).resolves.toBe('Mairie de Vénissieux');
    await expect(h.page.locator('td[data-cell="B6"]').textContent()).resolves.toBe('');
  });

  it('lets the person choose between homonyms, and corrects a typo with a click', async () => {
    await sidebar.getByLabel('Commune ou code postal').fill('Saint-Denis');
    await sidebar.getByRole('button', { name: 'Chercher' }).click();
    await sidebar.getByText(/4\scommunes s['’]appellent/).waitFor();
    await screenshot(h.page, 'collectivites-homonyms');
    await sidebar.getByRole('button', { name: /^Saint-Denis \(Seine-Saint-Denis\)/ }).click();
    await sidebar.getByRole('heading', { name: 'Autour de Saint-Denis' }).waitFor();
    await expect(proposal('Conseil départemental de la Seine-Saint-Denis').count()).resolves.toBe(1);

    await sidebar.getByLabel('Commune ou code postal').fill('Villeurbane');
    await sidebar.getByRole('button', { name: 'Chercher' }).click();
    await sidebar
      .getByText(
        /^Aucune commune ne s['’]appelle «\s?Villeurbane\s?»\. Vouliez-vous dire\s?: Villeurbanne \(Rhône\)\s?\?$/,
      )
      .waitFor();
    await screenshot(h.page, 'collectivites-typo');
    await sidebar.getByRole('button', { name: /^Villeurbanne \(Rhône\)/ }).click();
    await sidebar.getByRole('heading', { name: 'Autour de Villeurbanne' }).waitFor();
  }, 60_000); // four searches through the collectivités file: slow on a loaded machine

  it('finds a commune by its name typed casually (« st etienne »), through the name index', async () => {
    await sidebar.getByLabel('Commune ou code postal').fill('st etienne');
    await sidebar.getByRole('button', { name: 'Chercher' }).click();
    await sidebar.getByRole('heading', { name: 'Autour de Saint-Étienne' }).waitFor();
    await expect(sidebar.getByTestId('proposals').locator('strong').first().textContent()).resolves.toBe(
      'Mairie de Saint-Étienne',
    );
    // « Sainte » alone: the largest communes whose name starts so, to click.
    await sidebar.getByLabel('Commune ou code postal').fill('Sainte');
    await sidebar.getByRole('button', { name: 'Chercher' }).click();
    await sidebar.getByRole('button', { name: /^Sainte-Geneviève-des-Bois \(Essonne\)/ }).waitFor();
    await sidebar.getByLabel('Commune ou code postal').fill('Villeurbanne');
    await sidebar.getByRole('button', { name: 'Chercher' }).click();
    await sidebar.getByRole('heading', { name: 'Autour de Villeurbanne' }).waitFor();
  }, 60_000);

  it('keeps the proposals the filters allow, at once', async () => {
    await sidebar.getByRole('checkbox', { name: 'Commune', exact: true }).uncheck();
    // The proposals are asked again for the same commune: wait for the new answer.
    await sidebar.getByText(/collectivités masquées par les filtres/).waitFor();
    await expect(sidebar.getByTestId('member-proposals').count()).resolves.toBe(0);
    await expect(sidebar.getByTestId('proposals').locator('strong').allTextContents()).resolves.toEqual([
      'Métropole de Lyon',
      'Conseil régional d’Auvergne-Rhône-Alpes',
    ]);
    expect(h.requests.every((url) => url.startsWith(h.preview.url))).toBe(true);
  }, 60_000);
});
