/**
 * Retakes README's picture (docs/preview.png): the demo workbook in the local preview, the
 * tracking table open with a follow-up due, the sidebar on « Suivi des demandes ».
 * Run with `npx tsx scripts/screenshot.ts` (needs Debian's chromium, like the browser tests).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview } from '../src/local/preview/start';
import { launchBrowser } from '../tests/e2e/browser';
import { ROOT } from './build';

const dir = mkdtempSync(join(tmpdir(), 'stage-screenshot-'));
const preview = await startPreview({
  file: join(dir, 'classeur.json'),
  start: 'demo',
  port: 0,
  distDir: join(dir, 'dist'),
  now: new Date('2026-11-28T09:00:00+01:00'),
});
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 760 }, locale: 'fr-FR' });
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'Suivi des demandes' }).click();
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Stage en collectivité' }).hover();
  await page.getByRole('menuitem', { name: 'Ouvrir le panneau' }).click();
  const frame = await (await page.waitForSelector('iframe[name="sidebar"]')).contentFrame();
  if (!frame) throw new Error('no sidebar');
  await frame.getByRole('button', { name: 'Suivi des demandes' }).click();
  await frame.getByText('À faire aujourd').first().waitFor();
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  await page.screenshot({ path: join(ROOT, 'docs', 'preview.png') });
  console.log('docs/preview.png written');
} finally {
  await browser.close();
  await preview.close();
}
