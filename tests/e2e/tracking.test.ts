import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_COLOURS } from '../../src/domain/tracking/conditional-formats';
import {
  addRequestFromSidebar,
  clickAddonMenu,
  openPreview,
  openTrackingWithTable,
  type PreviewHarness,
  screenshot,
  sidebarFrame,
} from './preview-harness';

/** « #f9cb9c » as the browser reports a computed colour. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe('tracking table in the preview (Chromium)', () => {
  let h: PreviewHarness;
  let sidebar: Frame;

  beforeAll(async () => {
    h = await openPreview('fresh');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('creates the table from the sidebar and adds three requests', async () => {
    sidebar = await openTrackingWithTable(h.page);
    await addRequestFromSidebar(sidebar, 'Mairie de Lyon', {
      'Civilité de l’interlocuteur': 'Madame',
      'Interlocuteur (nom)': 'Martin',
      Téléphone: '04 72 10 30 30',
    });
    await addRequestFromSidebar(sidebar, 'Mairie de Bron');
    await addRequestFromSidebar(sidebar, 'Mairie de Vénissieux');
    await expect(sidebar.getByTestId('request-list').locator('li').count()).resolves.toBe(3);
    await screenshot(h.page, 'tracking-three-requests');
  });

  it('records a call on two requests', async () => {
    for (const id of ['D-001', 'D-002']) {
      await sidebar.getByLabel('Demande', { exact: true }).selectOption(id);
      await sidebar.getByLabel('Démarche', { exact: true }).selectOption('Appel');
      await expect(sidebar.getByLabel('Date', { exact: true }).inputValue()).resolves.toBe('2026-11-28');
      await sidebar.getByRole('button', { name: 'Noter la démarche' }).click();
      await sidebar
        .getByText(`Noté pour ${id}\u00a0: appel. Étape\u00a0: «\u00a0Appel passé\u00a0».`)
        .waitFor();
    }
  });

  it('edits the interlocutor of a request, keeping what was typed when refused, and sees it in the grid', async () => {
    await sidebar.getByText('Modifier une demande', { exact: true }).click();
    const form = sidebar.locator('form[aria-label="Modifier une demande"]');
    await form.getByLabel('Demande à modifier').selectOption('D-003');
    await expect(form.getByLabel('Interlocuteur (nom)', { exact: true }).inputValue()).resolves.toBe('');
    await form.getByLabel('Civilité de l’interlocuteur').selectOption('Madame');
    await form.getByLabel('Interlocuteur (nom)', { exact: true }).fill('Garcia');
    await form.getByLabel('Téléphone', { exact: true }).fill('12');
    await form.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await form.getByText('Le numéro de téléphone semble incomplet.').waitFor();
    await expect(form.getByLabel('Interlocuteur (nom)', { exact: true }).inputValue()).resolves.toBe(
      'Garcia',
    );
    await form.getByLabel('Téléphone', { exact: true }).fill('04 72 21 44 44');
    await form.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await sidebar.getByText('Demande D-003 modifiée (ligne 4).').waitFor();
    await h.page.getByRole('button', { name: 'Suivi des demandes' }).click();
    const shown = (cell: string) => h.page.locator(`td[data-cell="${cell}"]`).textContent();
    await expect(shown('F4')).resolves.toBe('Garcia');
    await expect(shown('G4')).resolves.toBe('Madame');
    await expect(shown('I4')).resolves.toBe('04 72 21 44 44');
    await screenshot(h.page, 'tracking-request-edited');
  });

  it('refuses a refusal without its reason next to the field, keeping what was typed', async () => {
    await sidebar.getByLabel('Demande', { exact: true }).selectOption('D-002');
    await sidebar.getByLabel('Démarche', { exact: true }).selectOption('Réponse négative (refus)');
    await sidebar.getByLabel('Détail (facultatif)').fill('Rappel de la DRH');
    await sidebar.getByRole('button', { name: 'Noter la démarche' }).click();
    const error = sidebar.locator('#action-refusalReason-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toBe(
      'Indiquez le motif du refus : il aide à mieux cibler les prochaines demandes.',
    );
    await expect(sidebar.getByLabel('Détail (facultatif)').inputValue()).resolves.toBe('Rappel de la DRH');
    await screenshot(h.page, 'tracking-refusal-refused');
    await sidebar.getByLabel('Détail (facultatif)').fill('');
  });

  it('moves three weeks on with the date control and sees those two rows turn orange in the grid', async () => {
    await h.page.getByRole('button', { name: 'Suivi des demandes' }).click();
    for (const day of ['samedi 5 décembre 2026', 'samedi 12 décembre 2026', 'samedi 19 décembre 2026']) {
      await h.page.getByRole('button', { name: '+1 semaine' }).click();
      await h.page.getByText(day).waitFor();
    }
    const colour = (cell: string) =>
      h.page.locator(`td[data-cell="${cell}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect(colour('B2')).resolves.toBe(rgb(RULE_COLOURS.followUp));
    await expect(colour('L3')).resolves.toBe(rgb(RULE_COLOURS.followUp));
    await expect(colour('B4')).resolves.not.toBe(rgb(RULE_COLOURS.followUp));
    await screenshot(h.page, 'tracking-orange-after-three-weeks');
  });

  it('lists the two follow-ups due today at the top of the sidebar, with their suggestion', async () => {
    await h.page.getByRole('button', { name: 'Fermer le panneau' }).click();
    await clickAddonMenu(h.page, 'Ouvrir le panneau');
    sidebar = await sidebarFrame(h.page);
    await sidebar.getByRole('button', { name: 'Suivi des demandes' }).click();
    const due = sidebar.getByTestId('follow-ups');
    await due.getByText('Rappeler Mme Martin au 04 72 10 30 30').waitFor();
    await expect(due.getByText('Envoyer la demande écrite au maire').count()).resolves.toBe(2);
    await expect(due.getByText('Mairie de Vénissieux').count()).resolves.toBe(0);
    await screenshot(h.page, 'tracking-follow-ups-today');
  });
});
