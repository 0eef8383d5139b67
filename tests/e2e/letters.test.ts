import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN } from '../server/letters/harness';
import {
  clickAddonMenu,
  openPreview,
  type PreviewHarness,
  screenshot,
  sidebarFrame,
} from './preview-harness';

/** Calls one of the add-on's own server functions, as google.script.run does from the sidebar. */
async function run(h: PreviewHarness, name: string, ...args: unknown[]): Promise<unknown> {
  const response = await fetch(new URL(`/api/run/${name}`, h.preview.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  const body = (await response.json()) as {
    ok: boolean;
    value?: { ok: boolean; message?: string };
    error?: string;
  };
  if (!body.ok || body.value?.ok === false) throw new Error(`${name}: ${body.error ?? body.value?.message}`);
  return body.value;
}

describe('letters in the preview (Chromium)', () => {
  let h: PreviewHarness;
  let sidebar: Frame;

  beforeAll(async () => {
    h = await openPreview('fresh');
    // A plan and a request with its call, through the add-on's own server functions.
    await run(h, 'savePlan', PLAN);
    await run(h, 'setUpTrackingTable', {});
    await run(h, 'addTrackingRequest', {
      collectivity: 'Mairie de Villeurbanne',
      collectivityType: 'Commune',
      code: '69266',
      service: 'Accueil et état civil',
      contactName: 'Dupont',
      civility: 'Madame',
      contactRole: 'cheffe de service',
      phone: '04 78 03 67 67',
      address: 'Place Lazare-Goujon, 69100 Villeurbanne',
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the fiche d’appel for the request and records the call in one click', async () => {
    await clickAddonMenu(h.page, 'Ouvrir le panneau');
    sidebar = await sidebarFrame(h.page);
    await sidebar.getByRole('button', { name: 'Contacter' }).click();
    const sheet = sidebar.getByTestId('call-sheet');
    await sheet.getByText('Fiche d’appel — Mairie de Villeurbanne', { exact: false }).waitFor();
    await expect(sheet.getByText('Questions à poser').count()).resolves.toBe(1);
    await sidebar.getByRole('button', { name: 'Intéressé : envoyer un courrier' }).click();
    await sidebar.getByText('Appel noté.', { exact: false }).waitFor();
    await expect(sidebar.locator('.tracking-step').first().textContent()).resolves.toBe('Appel passé');
  });

  it('asks once who the maire is, before the first letter, and keeps the answer in the row', async () => {
    const panel = sidebar.getByTestId('letter-panel');
    const question = panel.getByTestId('letter-head');
    await expect(question.locator('.letters-head-question').textContent()).resolves.toBe(
      'Qui est maire de Villeurbanne\u00a0?',
    );
    // The letter waits for the answer: the missing piece names the column.
    await expect(panel.getByTestId('letter-missing').textContent()).resolves.toContain(
      'Civilité du maire ou du président',
    );
    await question.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(question.getByRole('alert').textContent()).resolves.toContain('Choisissez Madame, Monsieur');
    await question.getByRole('radio', { name: 'Madame' }).check();
    await question.getByLabel('Prénom et nom (facultatif)').fill('Claire Martin');
    await question.getByRole('button', { name: 'Enregistrer' }).click();
    const known = panel.getByTestId('letter-head-known');
    await known.waitFor();
    await expect(known.textContent()).resolves.toBe(
      'Courriers adressés à\u00a0: Madame la Maire (Claire Martin)',
    );
    await expect(panel.getByTestId('letter-head').count()).resolves.toBe(0);
  });

  it('drafts the demande as a Google Doc and links it', async () => {
    const panel = sidebar.getByTestId('letter-panel');
    await expect(panel.getByRole('radio', { name: /Demande de stage/ }).isChecked()).resolves.toBe(true);
    await panel.getByRole('button', { name: 'Rédiger dans Google Docs' }).click();
    const link = panel.getByTestId('letter-link');
    await link.waitFor();
    await expect(link.getAttribute('href')).resolves.toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    await expect(link.textContent()).resolves.toBe(
      'Ouvrir «\u00a02026-11-28 Demande de stage — Mairie de Villeurbanne\u00a0»',
    );
    await screenshot(h.page, 'letters-drafted');
  });

  it('opens the sidebar’s link to the Doc in the preview’s own Docs reader, not on docs.google.com', async () => {
    await sidebar.getByTestId('letter-link').click();
    const reader = h.page.getByRole('dialog', {
      name: '2026-11-28 Demande de stage — Mairie de Villeurbanne',
    });
    await reader.waitFor();
    await h.page.keyboard.press('Escape');
    await expect(reader.count()).resolves.toBe(0);
    expect(h.requests.filter((url) => url.includes('docs.google.com'))).toEqual([]);
  });

  it('opens the Doc in the document reader: the letter’s first lines, laid out', async () => {
    await h.page.getByRole('button', { name: /^Documents \(1\)/ }).click();
    await h.page
      .getByRole('button', { name: '2026-11-28 Demande de stage — Mairie de Villeurbanne' })
      .click();
    const page = h.page.getByTestId('document-page');
    await page.waitFor();
    const lines = await page.locator('p').allTextContents();
    const plain = lines.map((line) => line.replace(/\u00a0/g, ' '));
    expect(plain.slice(0, 11)).toEqual([
      'Camille Martin',
      '12 rue des Lilas',
      '69100 Villeurbanne',
      'Tél. : 06 12 34 56 78',
      'Courriel : camille.martin@exemple.fr',
      'Madame la Maire',
      'Mairie de Villeurbanne',
      'Place Lazare-Goujon',
      '69100 Villeurbanne',
      'À Villeurbanne, le 28 novembre 2026',
      'Objet : Demande d’immersion professionnelle (PMSMP) au service Accueil et état civil',
    ]);
    const style = (index: number) =>
      page
        .locator('p')
        .nth(index)
        .evaluate((el) => {
          const s = getComputedStyle(el);
          return { weight: s.fontWeight, left: el.getBoundingClientRect().left, family: s.fontFamily };
        });
    const sender = await style(0);
    const recipient = await style(5);
    const subject = await style(10);
    // The recipient's column starts well right of the sender; only the Objet is bold; Arial.
    expect(recipient.left - sender.left).toBeGreaterThan(200);
    expect([sender.weight, subject.weight]).toEqual(['400', '700']);
    expect(sender.family).toMatch(/^Arial/);
    await screenshot(h.page, 'letters-document-reader');
    // The end of the letter: the closing repeats the appel, the signature sits in the right-hand column.
    const last = page.locator('p').last();
    await last.scrollIntoViewIfNeeded();
    await expect(last.textContent()).resolves.toBe('Camille Martin');
    const signature = await last.evaluate((el) => el.getBoundingClientRect().left);
    expect(signature).toBeCloseTo(recipient.left, 0);
    await screenshot(h.page, 'letters-document-end');
  });

  it('marks the demande as sent, then says what a remerciement after a meeting lacks, and where', async () => {
    await h.page.getByRole('button', { name: 'Fermer', exact: true }).click();
    const panel = sidebar.getByTestId('letter-panel');
    await panel.getByRole('button', { name: 'Marquer comme envoyé : demande de stage' }).click();
    await sidebar.getByText('Courrier noté comme envoyé', { exact: false }).waitFor();
    await expect(sidebar.locator('.tracking-step').first().textContent()).resolves.toBe('Courrier envoyé');
    // Nothing else to mark as sent: no relance was drafted (a second click used to record one).
    await expect(panel.getByRole('button', { name: /^Marquer comme envoyé/ }).count()).resolves.toBe(0);
    // The step now calls for a relance; a remerciement needs a meeting first.
    await expect(panel.getByRole('radio', { name: /Relance/ }).isChecked()).resolves.toBe(true);
    await panel.getByRole('radio', { name: /Remerciement après une rencontre/ }).check();
    const missing = panel.getByTestId('letter-missing');
    await expect(missing.textContent()).resolves.toContain('la date de la rencontre');
    await expect(missing.textContent()).resolves.toContain('avec « Noter une démarche » (Rencontre)');
    await expect(panel.getByRole('button', { name: 'Rédiger dans Google Docs' }).isDisabled()).resolves.toBe(
      true,
    );
    await screenshot(h.page, 'letters-missing-piece');
  });
});
