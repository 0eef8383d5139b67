import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addRequestFromSidebar,
  openPreview,
  openTrackingWithTable,
  type PreviewHarness,
  screenshot,
  waitForCell,
} from './preview-harness';

describe('the counsellor’s dashboard in the preview (Chromium)', () => {
  let h: PreviewHarness;
  let sidebar: Frame;

  beforeAll(async () => {
    h = await openPreview('fresh');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('builds a small search: three requests, two calls, one refusal', async () => {
    sidebar = await openTrackingWithTable(h.page);
    await addRequestFromSidebar(sidebar, 'Mairie de Lyon', { Téléphone: '04 72 10 30 30' });
    await addRequestFromSidebar(sidebar, 'Mairie de Bron');
    await addRequestFromSidebar(sidebar, 'Métropole de Lyon');
    for (const id of ['D-001', 'D-002', 'D-003']) {
      await sidebar.getByLabel('Demande', { exact: true }).selectOption(id);
      await sidebar.getByLabel('Démarche', { exact: true }).selectOption('Appel');
      await sidebar.getByRole('button', { name: 'Noter la démarche' }).click();
      await sidebar.getByText(`Noté pour ${id}`, { exact: false }).waitFor();
    }
    await sidebar.getByLabel('Demande', { exact: true }).selectOption('D-003');
    await sidebar.getByLabel('Démarche', { exact: true }).selectOption('Réponse négative (refus)');
    await sidebar.getByLabel('Motif du refus', { exact: false }).selectOption('Pas de tuteur disponible');
    await sidebar.getByRole('button', { name: 'Noter la démarche' }).click();
    await sidebar.getByText('Noté pour D-003', { exact: false }).waitFor();
  }, 60_000); // seven sidebar round trips through the preview: slow on a loaded machine

  it('refreshes the dashboard from the « Conseiller » section and shows it in the grid with its charts', async () => {
    await sidebar.getByRole('button', { name: 'Conseiller' }).click();
    await sidebar.getByRole('button', { name: 'Actualiser le tableau de bord' }).click();
    await sidebar.getByText('Le tableau de bord est à jour', { exact: false }).waitFor();
    await expect(sidebar.getByTestId('dashboard-figures').textContent()).resolves.toContain(
      'Demandes en cours2',
    );
    await sidebar.getByText('Deux demandes en cours seulement', { exact: false }).waitFor();

    await h.page.getByRole('button', { name: 'Tableau de bord', exact: true }).click();
    await waitForCell(h.page, 'A1', 'Tableau de bord');
    const grid = h.page.locator('td[data-cell="A1"]');
    await expect(grid.textContent()).resolves.toBe('Tableau de bord de la recherche de stage');
    await h.page.getByText('Deux demandes en cours seulement', { exact: false }).first().waitFor();
    const charts = h.page.getByTestId('chart');
    await expect(charts.count()).resolves.toBe(2);
    await expect(charts.first().locator('figcaption').textContent()).resolves.toBe('Demandes par étape');
    await expect(charts.nth(1).textContent()).resolves.toContain('Pas de tuteur disponible1');
    await screenshot(h.page, 'dashboard-sheet');
  });

  it('checks the address before asking to confirm, and names nobody it does not know', async () => {
    const field = sidebar.getByLabel('Courriel du conseiller ou de la conseillère');
    await field.fill('abc');
    await sidebar.getByRole('button', { name: 'Partager le classeur…' }).click();
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(sidebar.getByRole('button', { name: 'Oui, partager' }).count()).resolves.toBe(0);
    await expect(field.inputValue()).resolves.toBe('abc');
    await expect(sidebar.getByRole('heading', { name: /^Partager avec/ }).textContent()).resolves.toBe(
      'Partager avec votre conseiller ou conseillère',
    );
  });

  it('asks for confirmation before sharing the workbook with the counsellor', async () => {
    await sidebar
      .getByLabel('Courriel du conseiller ou de la conseillère')
      .fill('luc.bernard@francetravail.example');
    await sidebar.getByRole('button', { name: 'Partager le classeur…' }).click();
    await sidebar.getByText('Partager ce classeur avec', { exact: false }).waitFor();
    await screenshot(h.page, 'dashboard-share-confirm');
    await sidebar.getByRole('button', { name: 'Oui, partager' }).click();
    await sidebar
      .getByText('Le classeur est partagé avec luc.bernard@francetravail.example', { exact: false })
      .first()
      .waitFor();
  });

  it('turns the daily reminder on and shows the e-mail sent the morning the follow-ups fall due', async () => {
    await sidebar.getByRole('button', { name: 'Réglages' }).click();
    await sidebar.getByLabel('Recevoir le rappel quotidien').check();
    await sidebar.getByLabel('Mettre mon conseiller ou ma conseillère en copie').check();
    await sidebar.getByRole('button', { name: 'Valider le rappel' }).click();
    await sidebar.getByText('Rappel activé', { exact: false }).waitFor();
    for (const day of ['samedi 5 décembre 2026', 'samedi 12 décembre 2026', 'samedi 19 décembre 2026']) {
      await h.page.getByRole('button', { name: '+1 semaine' }).click();
      await h.page.getByText(day).waitFor();
    }
    // Nothing was due on the 5th nor the 12th: one e-mail, on the 19th.
    await h.page.getByRole('button', { name: 'Courriels envoyés (1)' }).click();
    const panel = h.page.getByRole('dialog', { name: 'Courriels envoyés' });
    await panel
      .getByText('Stage en collectivité : 2 relances à faire aujourd’hui (samedi 19 décembre 2026)')
      .waitFor();
    await expect(panel.textContent()).resolves.toContain('Cc\u00a0: luc.bernard@francetravail.example');
    await expect(panel.textContent()).resolves.toContain('→ Rappeler la Mairie de Lyon au 04 72 10 30 30');
    await screenshot(h.page, 'dashboard-reminder-mail');
  });
});
