/**
 * How many clicks the main tasks take in the sidebar, driven only by the labels a person reads
 * (issue 16's closing note gives these as « clicks now »). Each task starts with the sidebar
 * open on another tab (« Aide »), so going to the right tab counts. A click, a box or radio
 * ticked and a field focused count one each; a dropdown counts two (open it, choose). The counts
 * may only go down: a task that needs one more click than today fails here.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN } from '../server/letters/harness';
import { SCREENSHOTS } from './browser';
import { clickAddonMenu, openPreview, type PreviewHarness, sidebarFrame } from './preview-harness';

/** Calls one of the add-on's own server functions, as google.script.run does from the sidebar. */
async function run(h: PreviewHarness, name: string, ...args: unknown[]): Promise<void> {
  const response = await fetch(new URL(`/api/run/${name}`, h.preview.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  const body = (await response.json()) as { ok: boolean; value?: { ok: boolean }; error?: string };
  if (!body.ok || body.value?.ok === false) throw new Error(`${name}: ${body.error ?? 'refused'}`);
}

/** A person's hand: every gesture through here is counted. */
class Hand {
  clicks = 0;
  fields = 0;
  async click(target: Locator) {
    await target.click();
    this.clicks += 1;
  }
  async check(target: Locator) {
    await target.check();
    this.clicks += 1;
  }
  async choose(target: Locator, option: string) {
    await target.selectOption({ label: option });
    this.clicks += 2;
  }
  async type(target: Locator, text: string) {
    await target.fill(text);
    this.clicks += 1;
    this.fields += 1;
  }
}

/** The clicks each task takes today: the most it may take. */
const TODAY: Record<string, number> = {
  'Créer le tableau de suivi': 2,
  'Ajouter une demande (son nom seulement)': 4,
  'Noter un appel (fiche d’appel, « Intéressé »)': 2,
  'Noter un appel (formulaire « Noter une démarche »)': 6,
  'Rédiger la demande de stage (maire demandé la première fois)': 4,
  'Marquer la demande comme envoyée': 2,
  'Noter un refus (formulaire « Noter une démarche »)': 8,
  'Noter un refus au premier appel (fiche d’appel)': 7,
};

describe('clicks of the main tasks (Chromium)', () => {
  let h: PreviewHarness;
  let sidebar: Frame;
  const measured: Record<string, { clicks: number; fields: number }> = {};

  /** Runs `task` from the « Aide » tab (not counted) and records its count. */
  async function task(name: string, steps: (hand: Hand) => Promise<void>) {
    await sidebar.getByRole('button', { name: 'Aide', exact: true }).click();
    const hand = new Hand();
    await steps(hand);
    measured[name] = { clicks: hand.clicks, fields: hand.fields };
    expect(hand.clicks, name).toBeLessThanOrEqual(TODAY[name] ?? 0);
  }
  const tab = (name: string) => sidebar.getByRole('button', { name, exact: true });

  beforeAll(async () => {
    h = await openPreview('fresh');
    // The plan the letters need, saved as « Mon plan » would.
    await run(h, 'savePlan', PLAN);
    await clickAddonMenu(h.page, 'Ouvrir le panneau');
    sidebar = await sidebarFrame(h.page);
  });
  afterAll(async () => {
    writeFileSync(join(SCREENSHOTS, 'clicks.json'), `${JSON.stringify(measured, null, 2)}\n`);
    await h?.close();
  });

  it('sets up the tracking table and adds a request', async () => {
    await task('Créer le tableau de suivi', async (hand) => {
      await hand.click(tab('Suivi des demandes'));
      await hand.click(sidebar.getByRole('button', { name: 'Créer le tableau de suivi' }));
      await sidebar.getByText('Le tableau de suivi est prêt', { exact: false }).waitFor();
    });
    // The request the letter is for, with what a letter needs (through the server, not counted).
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
    await task('Ajouter une demande (son nom seulement)', async (hand) => {
      await hand.click(tab('Suivi des demandes'));
      await hand.click(sidebar.getByText('Ajouter une demande', { exact: true }));
      const form = sidebar.locator('form[aria-label="Ajouter une demande"]');
      await hand.type(form.getByLabel('Collectivité', { exact: true }), 'Mairie de Bron');
      await hand.click(sidebar.getByRole('button', { name: 'Ajouter la demande' }));
      await sidebar.getByText(/^Demande D-002 ajoutée/).waitFor();
    });
  });

  it('records a call, from the fiche d’appel and from the form', async () => {
    await task('Noter un appel (fiche d’appel, « Intéressé »)', async (hand) => {
      await hand.click(tab('Contacter'));
      await expect(sidebar.getByLabel('Demande', { exact: true }).inputValue()).resolves.toBe('D-001');
      await hand.click(sidebar.getByRole('button', { name: 'Intéressé : envoyer un courrier' }));
      await sidebar.getByText('Appel noté.', { exact: false }).waitFor();
    });
    await task('Noter un appel (formulaire « Noter une démarche »)', async (hand) => {
      await hand.click(tab('Suivi des demandes'));
      await hand.choose(sidebar.getByLabel('Demande', { exact: true }), 'D-002 — Mairie de Bron');
      await hand.choose(sidebar.getByLabel('Démarche', { exact: true }), 'Appel');
      await hand.click(sidebar.getByRole('button', { name: 'Noter la démarche' }));
      await sidebar.getByText('Noté pour D-002\u00a0: appel.', { exact: false }).waitFor();
    });
  });

  it('drafts the demande de stage and marks it sent', async () => {
    await task('Rédiger la demande de stage (maire demandé la première fois)', async (hand) => {
      await hand.click(tab('Contacter'));
      const panel = sidebar.getByTestId('letter-panel');
      const question = panel.getByTestId('letter-head');
      await hand.check(question.getByRole('radio', { name: 'Madame' }));
      await hand.click(question.getByRole('button', { name: 'Enregistrer' }));
      await panel.getByTestId('letter-head-known').waitFor();
      await hand.click(panel.getByRole('button', { name: 'Rédiger dans Google Docs' }));
      await panel.getByTestId('letter-link').waitFor();
    });
    await task('Marquer la demande comme envoyée', async (hand) => {
      // Back on « Contacter », the letter drafted is the one offered.
      await hand.click(tab('Contacter'));
      const panel = sidebar.getByTestId('letter-panel');
      await hand.click(panel.getByRole('button', { name: 'Marquer comme envoyé : demande de stage' }));
      await sidebar.getByText('Courrier noté comme envoyé', { exact: false }).waitFor();
    });
  });

  it('records a refusal', async () => {
    await task('Noter un refus (formulaire « Noter une démarche »)', async (hand) => {
      await hand.click(tab('Suivi des demandes'));
      await hand.choose(sidebar.getByLabel('Demande', { exact: true }), 'D-002 — Mairie de Bron');
      await hand.choose(sidebar.getByLabel('Démarche', { exact: true }), 'Réponse négative (refus)');
      await hand.choose(sidebar.getByLabel('Motif du refus', { exact: true }), 'Pas de tuteur disponible');
      await hand.click(sidebar.getByRole('button', { name: 'Noter la démarche' }));
      await sidebar.getByText('Noté pour D-002', { exact: false }).last().waitFor();
    });
    await run(h, 'addTrackingRequest', { collectivity: 'Mairie de Vénissieux' });
    await task('Noter un refus au premier appel (fiche d’appel)', async (hand) => {
      await hand.click(tab('Contacter'));
      await hand.choose(sidebar.getByLabel('Demande', { exact: true }), 'D-003 — Mairie de Vénissieux');
      await hand.click(sidebar.getByRole('button', { name: 'Refus…' }));
      await hand.choose(sidebar.getByLabel('Motif du refus', { exact: true }), 'Service non adapté');
      await hand.click(sidebar.getByRole('button', { name: 'Noter le refus' }));
      await sidebar.getByText('Refus noté.', { exact: false }).waitFor();
    });
    expect(Object.keys(measured)).toEqual(Object.keys(TODAY));
  });
});
