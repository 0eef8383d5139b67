/**
 * An accessibility pass with Chromium's accessibility tree (Playwright's aria snapshot): in the
 * preview page and in every section of the sidebar, every control has a name, and no two fields
 * of one form share a name (a screen reader could not tell them apart).
 */
import type { Frame, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickAddonMenu, openPreview, type PreviewHarness, sidebarFrame } from './preview-harness';

const CONTROL =
  /^\s*- (button|textbox|combobox|checkbox|radio|spinbutton|link|switch|slider|searchbox)\b(?: "((?:[^"\\]|\\.)*)")?/;
const FIELD = new Set(['textbox', 'combobox', 'checkbox', 'spinbutton', 'searchbox', 'switch', 'slider']);

interface Control {
  role: string;
  name: string;
}

async function controls(locator: Locator): Promise<Control[]> {
  const yaml = await locator.ariaSnapshot();
  return yaml.split('\n').flatMap((line) => {
    const match = CONTROL.exec(line);
    return match ? [{ role: match[1] as string, name: (match[2] ?? '').trim() }] : [];
  });
}

/** Unnamed controls of `root`, and fields sharing a name inside one of its forms. */
let seen = 0;

async function problems(root: Locator, forms: Locator, where: string): Promise<string[]> {
  const all = await controls(root);
  seen += all.length;
  const found = all.filter((c) => c.name === '').map((c) => `${where}: ${c.role} sans nom`);
  for (let i = 0; i < (await forms.count()); i++) {
    const names = (await controls(forms.nth(i))).filter((c) => FIELD.has(c.role)).map((c) => c.name);
    const twice = names.filter((name, j) => name !== '' && names.indexOf(name) !== j);
    found.push(
      ...[...new Set(twice)].map((name) => `${where}, formulaire ${i + 1}: deux champs « ${name} »`),
    );
  }
  return found;
}

describe('accessibility of the preview and the sidebar (Chromium accessibility tree)', () => {
  let h: PreviewHarness;
  let sidebar: Frame;
  const found: string[] = [];

  beforeAll(async () => {
    h = await openPreview('demo');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the preview page: every control named', async () => {
    found.push(...(await problems(h.page.locator('body'), h.page.locator('form'), 'aperçu')));
    await h.page.getByRole('button', { name: 'Extensions' }).click();
    found.push(...(await problems(h.page.locator('body'), h.page.locator('form'), 'aperçu, menu ouvert')));
    await h.page.getByRole('button', { name: 'Extensions' }).click();
    expect(found).toEqual([]);
  });

  it('every section of the sidebar and every step of the plan', async () => {
    await clickAddonMenu(h.page, 'Ouvrir le panneau');
    sidebar = await sidebarFrame(h.page);
    await sidebar.getByTestId('workbook-name').waitFor();
    const sections = [
      'Mon plan',
      'Collectivités',
      'Suivi des demandes',
      'Contacter',
      'Conseiller',
      'Réglages',
    ];
    const iframe = h.page.frameLocator('iframe[name="sidebar"]');
    for (const section of sections) {
      await sidebar.getByRole('button', { name: section, exact: true }).click();
      await sidebar.waitForLoadState();
      await sidebar
        .getByText(/Chargement/)
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      if (section === 'Mon plan') {
        for (let step = 1; step <= 5; step++) {
          await sidebar.getByRole('button', { name: new RegExp(`^Étape ${step},`) }).click();
          found.push(
            ...(await problems(iframe.locator('body'), iframe.locator('form'), `Mon plan, étape ${step}`)),
          );
        }
      } else {
        // Opened one by one: each click changes which ones match « not open ».
        const closed = sidebar.locator('details:not([open]) > summary');
        while ((await closed.count()) > 0) await closed.first().click();
        found.push(...(await problems(iframe.locator('body'), iframe.locator('form'), section)));
      }
    }
    expect(found).toEqual([]);
    // The tree was really read: the plan alone has dozens of fields.
    expect(seen).toBeGreaterThan(150);
  });
});
