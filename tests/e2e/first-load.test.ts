/**
 * Issue 16, « a click on a section during the first load is overridden »: the person opens the
 * sidebar and, before the first section's answers are in, clicks another tab. Every call the
 * sidebar makes to the server is held back here (the preview's bridge of google.script.run
 * answers late), so that the click lands while the first section is still waiting: the person's
 * choice must still be the section shown once every answer has arrived.
 */
import type { Frame, Page, Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { INITIAL_DATA_ID } from '../../src/shared/initial-data';
import {
  clickAddonMenu,
  openPreview,
  type PreviewHarness,
  screenshot,
  sidebarFrame,
} from './preview-harness';

let h: PreviewHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/**
 * Holds the sidebar's google.script.run calls (all but the home's, without which no tab shows)
 * until `release()`. The sidebar page loses the answers the server put in it, so that its first
 * section has to ask, and waits, as it does when those answers are missing or spent.
 */
async function holdServerCalls(page: Page) {
  const held: Route[] = [];
  const seen: string[] = [];
  let holding = true;
  await page.route('**/sidebar/*', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      new RegExp(`<script type="application/json" id="${INITIAL_DATA_ID}">[^<]*</script>`),
      '',
    );
    await route.fulfill({ response, body: html });
  });
  await page.route('**/api/run/**', async (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '');
    seen.push(name);
    if (holding && name !== 'getHome') held.push(route);
    else await route.continue();
  });
  return {
    seen,
    held: () => held.length,
    heldNames: () => held.map((route) => decodeURIComponent(route.request().url().split('/').pop() ?? '')),
    async release() {
      holding = false;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

const currentTab = (sidebar: Frame) =>
  sidebar.locator('nav[aria-label="Sections du panneau"] button[aria-current="page"]').textContent();

describe('a tab clicked while the first section loads (Chromium)', () => {
  it.each([
    ['Ouvrir le panneau', 'Mon plan', 'Suivi des demandes'],
    ['Préparer mon plan de stage', 'Mon plan', 'Conseiller'],
    ['Trouver des collectivités à contacter', 'Collectivités', 'Mon plan'],
  ])(
    '« %s », then « %s » still loading: « %s » clicked is the section shown',
    async (menu, first, clicked) => {
      h = await openPreview('fresh');
      const calls = await holdServerCalls(h.page);
      await clickAddonMenu(h.page, menu);
      const sidebar = await sidebarFrame(h.page);
      const tab = sidebar.getByRole('button', { name: clicked, exact: true });
      await tab.waitFor();
      // The first section is on screen and waits for its answer, held back.
      await expect(currentTab(sidebar)).resolves.toBe(first);
      await expect.poll(() => calls.held()).toBeGreaterThan(0);
      const waiting = calls.heldNames();
      await tab.click();
      await expect(currentTab(sidebar)).resolves.toBe(clicked);
      // The first section's answer arrives after the click, then those of the section clicked.
      await calls.release();
      expect(waiting.length).toBeGreaterThan(0);
      await expect
        .poll(async () => (await sidebar.locator('.muted', { hasText: 'Chargement' }).count()) === 0)
        .toBe(true);
      await h.page.waitForLoadState('networkidle');
      await expect(currentTab(sidebar)).resolves.toBe(clicked);
      // The same frame: the sidebar was not reloaded on its first section behind the person's back.
      expect(await sidebarFrame(h.page)).toBe(sidebar);
      await screenshot(h.page, `first-load-${clicked.replace(/\s+/g, '-')}`);
    },
  );
});
