import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageVersion } from '../../scripts/build';
import { SECTIONS } from '../../src/client/sections';
import { PERMISSIONS } from '../../src/shared/permissions';
import {
  clickAddonMenu,
  openPreview,
  type PreviewHarness,
  screenshot,
  sidebarFrame,
} from './preview-harness';

describe('« Aide » in the sidebar (Chromium)', () => {
  let h: PreviewHarness;
  let sidebar: Frame;

  beforeAll(async () => {
    h = await openPreview('fresh');
    await clickAddonMenu(h.page, 'Ouvrir le panneau');
    sidebar = await sidebarFrame(h.page);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is a tab on every section', async () => {
    for (const section of SECTIONS) {
      await sidebar.getByRole('button', { name: section.label, exact: true }).click();
      await expect(sidebar.getByRole('button', { name: 'Aide', exact: true }).isVisible()).resolves.toBe(
        true,
      );
    }
  });

  it('shows the version of package.json and every permission’s sentence', async () => {
    await sidebar.getByRole('button', { name: 'Aide', exact: true }).click();
    await expect(sidebar.getByTestId('help-version').textContent()).resolves.toBe(
      `Stage en collectivité, version ${packageVersion()}`,
    );
    const permissions = await sidebar.getByTestId('help-permissions').textContent();
    for (const p of PERMISSIONS) expect(permissions).toContain(p.fr);
  });

  it('says the counsellor is not known yet, then shows the one given in the plan', async () => {
    await sidebar.getByText('Vous n’avez pas encore indiqué votre conseiller', { exact: false }).waitFor();
    // The sentence's « Mon plan » leads to the plan; step 5 holds the counsellor's contact.
    await sidebar.getByRole('button', { name: 'Mon plan', exact: true }).last().click();
    await sidebar.getByRole('heading', { name: 'Pourquoi', exact: false }).first().waitFor();
    await sidebar.getByRole('button', { name: /^Étape 5/ }).click();
    await sidebar.getByLabel('Son nom', { exact: true }).fill('Luc <b>Bernard</b>');
    await sidebar.getByLabel('Son courriel', { exact: true }).fill('luc.bernard@francetravail.fr');
    await sidebar.getByLabel('Agence ou structure', { exact: true }).fill('France Travail Bron');
    await sidebar.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await sidebar.getByText('Brouillon enregistré', { exact: false }).waitFor();

    await sidebar.getByRole('button', { name: 'Aide', exact: true }).click();
    const contact = sidebar.getByTestId('help-counsellor');
    await contact.waitFor();
    // What a person typed is shown as text, never as markup.
    await expect(contact.textContent()).resolves.toBe(
      'NomLuc <b>Bernard</b>StructureFrance Travail BronCourrielluc.bernard@francetravail.fr',
    );
    const mail = contact.getByRole('link', { name: 'luc.bernard@francetravail.fr' });
    await expect(mail.getAttribute('href')).resolves.toBe('mailto:luc.bernard@francetravail.fr');
    await screenshot(h.page, 'help');
  });

  it('leads to the guide’s steps in « Mon plan »', async () => {
    await sidebar.getByRole('button', { name: /Étapes 1 à 5/ }).click();
    await expect(
      sidebar.getByRole('button', { name: 'Mon plan', exact: true }).getAttribute('aria-current'),
    ).resolves.toBe('page');
  });
});
