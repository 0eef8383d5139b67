import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowOf } from '../server/plan/helpers';
import {
  clickAddonMenu,
  openPreview,
  type PreviewHarness,
  screenshot,
  sidebarFrame,
  waitForCell,
} from './preview-harness';

describe('« Mon plan » in the preview (Chromium)', () => {
  let h: PreviewHarness;
  let sidebar: Frame;

  beforeAll(async () => {
    h = await openPreview('fresh');
  });
  afterAll(async () => {
    await h?.close();
  });

  const next = () => sidebar.getByRole('button', { name: 'Suivant →' }).click();
  const heading = (title: string) => sidebar.getByRole('heading', { name: title, exact: true }).waitFor();
  const fill = (label: string, value: string) => sidebar.getByLabel(label, { exact: true }).fill(value);
  const byId = (id: string) => sidebar.locator(`[id="${id}"]`);

  it('opens from the menu on the first step, with where the plan stands', async () => {
    await clickAddonMenu(h.page, 'Préparer mon plan de stage');
    sidebar = await sidebarFrame(h.page);
    await heading('Pourquoi');
    await expect(sidebar.getByTestId('plan-next').textContent()).resolves.toBe(
      'À faire ensuite\u00a0: Étape 1, «\u00a0Pourquoi un stage\u00a0?\u00a0»\u00a0: choisissez au moins une raison de faire ce stage.',
    );
    await screenshot(h.page, 'plan-1-why-empty');
  });

  it('fills the five steps as a person would', async () => {
    await sidebar.getByLabel('S’immerger dans un environnement pour en comprendre le fonctionnement').check();
    await sidebar.getByLabel('Se créer un réseau de contacts professionnels').check();
    await sidebar.getByLabel('Confirmer un projet professionnel').check();
    await next();

    await heading('Mon rôle');
    await sidebar.getByRole('button', { name: 'Ajouter une période' }).click();
    await sidebar.getByLabel('Période 1 : rôle').selectOption({ label: 'Observateur' });
    await sidebar.getByRole('button', { name: 'Ajouter une période' }).click();
    await sidebar.getByLabel('Période 2 : rôle').selectOption({ label: 'Acteur' });
    await byId('role.phases.1.to').fill('4');
    await screenshot(h.page, 'plan-2-role');
    await next();

    await heading('Contenu');
    await fill(
      'Mes connaissances et compétences actuelles dans le domaine',
      "Dix ans d'accueil en agence bancaire, à l'aise avec la bureautique.",
    );
    await fill('Ce que ce stage m’apportera pour les compléter', "Connaître l'accueil d'une mairie.");
    await fill(
      'Les tâches et activités que je souhaite faire',
      "L'accueil du public\nLa prise de rendez-vous",
    );
    await fill('Métier ou service visé', "Agent d'accueil");
    await next();

    await heading('Conditions');
    await fill('Durée du stage', '4');
    await sidebar.getByLabel('Temps plein').check();
    // Counting in days turns the role periods into days, and says so (never « journées 2 à 4 »).
    await sidebar.getByLabel('Unité', { exact: true }).selectOption('days');
    await sidebar.getByText('Les périodes de vos rôles sont maintenant comptées en jours').waitFor();
    await sidebar.getByRole('button', { name: /^Étape 2/ }).click();
    await expect(byId('role.phases.1.from').inputValue()).resolves.toBe('6');
    await expect(byId('role.phases.1.to').inputValue()).resolves.toBe('20');
    await sidebar.getByRole('button', { name: /^Étape 4/ }).click();
    await sidebar.getByLabel('Unité', { exact: true }).selectOption('weeks');
    await fill('Nombre d’heures par semaine', '60');
    await fill('Début au plus tôt', '2027-01-04');
    await fill('Fin au plus tard', '2027-01-29');
    await fill('Types de service visés', 'Accueil\nÉtat civil');
    await sidebar.getByLabel('Commune', { exact: true }).check();
    await fill('Ma commune de résidence', 'Villeurbanne');
    await sidebar.getByLabel('Non', { exact: true }).check();
    await fill('Transport', 'Transports en commun, 45 minutes au plus');
    // « Suivant » checks the step as the save would: 60 hours stay here, marked on the step.
    await next();
    await byId('conditions.hoursPerWeek-error').waitFor();
    await heading('Conditions');
    await expect(sidebar.getByRole('button', { name: /^Étape 4/ }).getAttribute('aria-label')).resolves.toBe(
      'Étape 4, Conditions\u00a0: à corriger',
    );
    await screenshot(h.page, 'plan-4-next-refused');
    await sidebar.getByRole('button', { name: /^Étape 5/ }).click();

    await heading('Prise de contact');
    await sidebar.getByLabel('Civilité').selectOption('Madame');
    await fill('Prénom', 'Camille');
    await fill('Nom', 'Martin');
    await fill('Adresse', '12 rue des Lilas');
    await fill('Code postal', '69100');
    await fill('Ville', 'Villeurbanne');
    await fill('Téléphone', '06 12 34 56 78');
    await fill('Courriel', 'camille.martin@exemple.fr');
    await sidebar.getByLabel('Mon âge au début du stage').selectOption({ label: '18 ans ou plus' });
    await fill('Son nom', 'Claire Dupont');
    await fill('Agence ou structure', 'France Travail Villeurbanne');
    await sidebar.getByLabel('Les jours et horaires de présence').check();
  });

  it('refuses 60 hours a week next to the field, keeping what was typed, and puts the cursor there', async () => {
    await sidebar.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await heading('Conditions');
    const hours = sidebar.getByLabel('Nombre d’heures par semaine', { exact: true });
    await byId('conditions.hoursPerWeek-error').waitFor();
    await expect(byId('conditions.hoursPerWeek-error').textContent()).resolves.toBe(
      'Une PMSMP ne peut pas dépasser 48 heures par semaine\u00a0: indiquez 48 heures au plus.',
    );
    await expect(hours.inputValue()).resolves.toBe('60');
    await expect(sidebar.evaluate(() => document.activeElement?.id)).resolves.toBe('conditions.hoursPerWeek');
    // Nothing is lost in the other steps either.
    await expect(sidebar.getByLabel('Ma commune de résidence').inputValue()).resolves.toBe('Villeurbanne');
    await expect(h.page.getByRole('button', { name: 'Plan de stage' }).count()).resolves.toBe(0);
    await screenshot(h.page, 'plan-4-refused-hours');
  });

  it('saves, then writes the presentation from the answers', async () => {
    await sidebar.getByLabel('Nombre d’heures par semaine', { exact: true }).fill('35');
    await sidebar.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await sidebar
      .getByText(
        'Plan enregistré\u00a0: votre plan est maintenant dans la feuille «\u00a0Plan de stage\u00a0» du classeur.',
      )
      .waitFor();
    // Complete: the button no longer speaks of a draft.
    await sidebar.getByRole('button', { name: 'Enregistrer le plan' }).waitFor();
    await sidebar.getByRole('button', { name: /^Étape 5/ }).click();
    await heading('Prise de contact');
    await sidebar.getByRole('button', { name: 'Régénérer' }).click();
    const pitch = sidebar.getByLabel('Présentation de ma démarche');
    await expect
      .poll(() => pitch.inputValue())
      .toMatch(
        /^Je m’appelle Camille Martin, j’habite à Villeurbanne et je suis actuellement en recherche d’emploi\./,
      );
    await sidebar.getByRole('button', { name: 'Enregistrer le plan' }).click();
    await sidebar.getByText('Plan enregistré dans la feuille «\u00a0Plan de stage\u00a0».').waitFor();
    await screenshot(h.page, 'plan-5-contact-saved');
  });

  it('finds the plan in the « Plan de stage » sheet, and an answer edited there shows in the sidebar', async () => {
    await h.page.getByRole('button', { name: 'Fermer le panneau' }).click();
    await h.page.getByRole('button', { name: 'Plan de stage' }).click();
    const emulator = h.preview.session.emulator;
    const cell = (label: string) => h.page.locator(`td[data-cell="B${rowOf(emulator, label)}"]`);
    await waitForCell(
      h.page,
      `B${rowOf(emulator, 'Objectif de la PMSMP')}`,
      'Confirmer un projet professionnel',
    );
    await expect(cell('Objectif de la PMSMP').textContent()).resolves.toBe(
      'Confirmer un projet professionnel',
    );
    await expect(cell('Heures par semaine').textContent()).resolves.toBe('35');
    await expect(cell('Mon rôle au fil du stage').textContent()).resolves.toContain(
      'Semaines 2 à 4\u00a0: actrice',
    );
    await screenshot(h.page, 'plan-sheet');

    await cell('Heures par semaine').dblclick();
    const editor = h.page.getByLabel(`Valeur de B${rowOf(emulator, 'Heures par semaine')}`);
    await editor.press('Control+A');
    await editor.pressSequentially('28');
    await editor.press('Enter');
    await expect.poll(() => cell('Heures par semaine').textContent()).toBe('28');

    await clickAddonMenu(h.page, 'Préparer mon plan de stage');
    sidebar = await sidebarFrame(h.page);
    await heading('Pourquoi');
    await sidebar.getByRole('button', { name: /^Étape 4/ }).click();
    await expect(
      sidebar.getByLabel('Nombre d’heures par semaine', { exact: true }).inputValue(),
    ).resolves.toBe('28');
    await expect(sidebar.getByRole('button', { name: /^Étape 1/ }).getAttribute('aria-label')).resolves.toBe(
      'Étape 1, Pourquoi\u00a0: complète',
    );
    await screenshot(h.page, 'plan-reopened-after-sheet-edit');
  });
});
