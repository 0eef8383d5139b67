/**
 * After a yes, in the preview (Chromium), from the demo workbook: « Préparer ma convention » on
 * the accepted request gives the Immersion Facilitée link (shown, never followed), and
 * « Récapitulatif de mes démarches » makes a Doc readable in the preview's Docs reader, or a
 * new sheet. Driven by the labels a person reads.
 */
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickAddonMenu,
  openPreview,
  type PreviewHarness,
  screenshot,
  sidebarFrame,
} from './preview-harness';

describe('the convention and the recap in the preview (Chromium)', () => {
  let h: PreviewHarness;
  let sidebar: Frame;

  beforeAll(async () => {
    h = await openPreview('demo');
    await clickAddonMenu(h.page, 'Ouvrir le panneau');
    sidebar = await sidebarFrame(h.page);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('offers « Préparer ma convention » for the accepted request only', async () => {
    await sidebar.getByRole('button', { name: 'Suivi des demandes' }).click();
    const card = sidebar.getByTestId('convention-card');
    await card.getByText('Après un oui', { exact: false }).waitFor();
    await expect(card.getByRole('button', { name: 'Préparer ma convention' }).count()).resolves.toBe(1);
    await expect(card.textContent()).resolves.toContain('D-004 Mairie de Caluire-et-Cuire');
  });

  it('refuses dates outside the plan’s window in French, keeping what was typed', async () => {
    const card = sidebar.getByTestId('convention-card');
    await card.getByRole('button', { name: 'Préparer ma convention' }).click();
    const tutor = card.getByLabel('Prénom du tuteur ou de la tutrice', { exact: true });
    await tutor.waitFor();
    // Suggested from the request: the person spoken to.
    await expect(
      card.getByLabel('Nom du tuteur ou de la tutrice', { exact: true }).inputValue(),
    ).resolves.toBe('Lambert');
    await tutor.fill('Sophie');
    await card.getByLabel('SIRET de la collectivité', { exact: true }).fill('216 900 340 00012');
    await card.getByLabel('Premier jour convenu', { exact: true }).fill('2027-01-22');
    await card.getByRole('button', { name: 'Préparer le lien' }).click();
    await card.getByText('Ce SIRET ne passe pas le contrôle de validité', { exact: false }).waitFor();
    await card.getByLabel('SIRET de la collectivité', { exact: true }).fill('216 900 340 00011');
    await card.getByRole('button', { name: 'Préparer le lien' }).click();
    await card
      .getByText('Votre plan prévoit un début au plus tôt le 23 janvier 2027', { exact: false })
      .waitFor();
    await expect(tutor.inputValue()).resolves.toBe('Sophie');
    await expect(card.getByTestId('convention-link').count()).resolves.toBe(0);
    await screenshot(h.page, 'convention-refused');
  });

  it('gives the prefilled link, and says what to fill on the site', async () => {
    const card = sidebar.getByTestId('convention-card');
    await card.getByLabel('Premier jour convenu', { exact: true }).fill('2027-01-25');
    await card.getByRole('button', { name: 'Préparer le lien' }).click();
    const link = card.getByTestId('convention-link');
    await link.waitFor();
    await expect(link.textContent()).resolves.toBe('Ouvrir ma demande de convention sur Immersion Facilitée');
    const url = new URL((await link.getAttribute('href')) ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('https://immersion-facile.beta.gouv.fr/demande-immersion');
    expect(url.searchParams.get('etFirstName')).toBe('Sophie');
    expect(url.searchParams.get('siret')).toBe('21690034000011');
    expect(url.searchParams.get('immersionObjective')).toBe('Confirmer un projet professionnel');
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    const toFill = await card.getByTestId('convention-to-fill').textContent();
    expect(toFill).toContain('Votre structure d’accompagnement');
    expect(toFill).toContain('Date de naissance du candidat');
    // The link is shown, never followed: nothing left the preview.
    const origin = new URL(h.preview.url).origin;
    expect(
      h.requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:') && !r.startsWith('about:')),
    ).toEqual([]);
    // The answers are kept in a visible sheet « Conventions ».
    await h.page
      .getByRole('navigation', { name: 'Feuilles' })
      .getByRole('button', { name: 'Conventions' })
      .waitFor();
    await screenshot(h.page, 'convention-link');
  });

  it('makes the recap of the démarches as a Doc, readable in the Docs reader', async () => {
    await sidebar.getByRole('button', { name: 'Conseiller' }).click();
    const card = sidebar.getByTestId('recap-card');
    await card.getByLabel('Du', { exact: true }).fill('2026-10-01');
    await card.getByLabel('Au', { exact: true }).fill('2026-11-28');
    await card.getByRole('button', { name: 'Créer le récapitulatif dans Google Docs' }).click();
    const link = card.getByTestId('recap-link');
    await link.waitFor();
    await expect(link.getAttribute('href')).resolves.toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    await h.page.getByRole('button', { name: /^Documents \(1\)/ }).click();
    await h.page.getByRole('button', { name: /Récapitulatif de mes démarches/ }).click();
    const page = h.page.getByTestId('document-page');
    await page.waitFor();
    const text = (await page.locator('p, li').allTextContents()).join('\n').replace(/\u00a0/g, ' ');
    expect(text).toContain('Récapitulatif de mes démarches');
    expect(text).toContain('pour mon rendez-vous avec Claire Dupont (France Travail Villeurbanne)');
    expect(text).toContain(
      'Métropole de Lyon (Accueil du public) — réponse reçue. Refus : Pas de tuteur disponible.',
    );
    expect(text).toContain('Mairie de Caluire-et-Cuire (Accueil) — réponse reçue. Stage accepté.');
    await screenshot(h.page, 'recap-document-reader');
    await h.page.getByRole('button', { name: 'Fermer', exact: true }).click();
  });

  it('or as a new sheet of the workbook', async () => {
    const card = sidebar.getByTestId('recap-card');
    await card.getByRole('button', { name: 'Créer plutôt une feuille du classeur' }).click();
    await card.getByText('Le récapitulatif est dans la nouvelle feuille', { exact: false }).waitFor();
    const tabs = h.page.getByRole('navigation', { name: 'Feuilles' });
    await tabs.getByRole('button', { name: 'Récapitulatif 2026-11-28' }).click();
    await h.page.locator('td', { hasText: 'Pas de tuteur disponible' }).first().waitFor();
    await screenshot(h.page, 'recap-sheet');
  });
});
