/**
 * `npm run listing`: the Marketplace store listing's assets, generated rather than drawn, into
 * listing/ (not committed):
 * - fr/*.txt: the name, short and detailed descriptions and the screenshots' captions, from
 *   src/shared/listing.ts;
 * - screenshots at 1280 × 800 taken from the preview's demo workbook (the built add-on and its
 *   real sidebar, in French), with the preview's own toolbar hidden;
 * - the application icons (128 × 128, 32 × 32) and card banner (220 × 140), rendered in Chromium
 *   from a few lines of HTML in the sidebar's colours;
 * - assets.json: every file with its size and the page the size comes from.
 * Needs Debian's chromium, like the browser tests.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { startPreview } from '../src/local/preview/start';
import {
  LISTING_ICONS,
  LISTING_SCREENSHOTS,
  LISTING_SOURCE,
  LISTING_TEXT,
  type ListingAsset,
  SCREENSHOT_SIZE,
} from '../src/shared/listing';
import { launchBrowser } from '../tests/e2e/browser';
import { ROOT } from './build';

export const LISTING_DIR = join(ROOT, 'listing');

/** The preview's own controls (simulated date, documents, mails) are not part of the add-on. */
const HIDE_PREVIEW_CONTROLS = '.toolbar-right, .today-line { display: none !important; }';

async function openSidebar(page: Page): Promise<Frame> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Stage en collectivité' }).hover();
  await page.getByRole('menuitem', { name: 'Ouvrir le panneau' }).click();
  const frame = await (await page.waitForSelector('iframe[name="sidebar"]')).contentFrame();
  if (!frame) throw new Error('The sidebar did not open');
  return frame;
}

/** Brings each section to the state its screenshot shows. */
const PREPARE: Record<string, (sidebar: Frame) => Promise<void>> = {
  'Mon plan': async (sidebar) => {
    await sidebar.getByRole('heading', { name: 'Pourquoi', exact: false }).first().waitFor();
  },
  'Suivi des demandes': async (sidebar) => {
    await sidebar.getByText('À faire aujourd', { exact: false }).first().waitFor();
  },
  Collectivités: async (sidebar) => {
    await sidebar.getByLabel('Commune ou code postal').fill('69100');
    await sidebar.getByRole('button', { name: 'Chercher' }).click();
    await sidebar.getByRole('heading', { name: 'Autour de Villeurbanne' }).waitFor();
  },
  Conseiller: async (sidebar) => {
    await sidebar.getByRole('button', { name: 'Actualiser le tableau de bord' }).click();
    await sidebar.getByText('Le tableau de bord est à jour', { exact: false }).waitFor();
  },
  Aide: async (sidebar) => {
    await sidebar.getByTestId('help-permissions').waitFor();
  },
};

async function takeScreenshots(browser: Browser, outDir: string): Promise<ListingAsset[]> {
  const dir = mkdtempSync(join(tmpdir(), 'stage-listing-'));
  const preview = await startPreview({
    file: join(dir, 'classeur.json'),
    start: 'demo',
    port: 0,
    distDir: join(dir, 'dist'),
    now: new Date('2026-11-28T09:00:00+01:00'),
  });
  try {
    const page = await browser.newPage({
      viewport: SCREENSHOT_SIZE,
      deviceScaleFactor: 1,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
    });
    await page.goto(preview.url);
    await page.addStyleTag({ content: HIDE_PREVIEW_CONTROLS });
    const sidebar = await openSidebar(page);
    const assets: ListingAsset[] = [];
    for (const shot of LISTING_SCREENSHOTS) {
      await sidebar.getByRole('button', { name: shot.section, exact: true }).click();
      await PREPARE[shot.section]?.(sidebar);
      await page.getByRole('button', { name: shot.sheet, exact: true }).click();
      await page.screenshot({ path: join(outDir, shot.file) });
      assets.push({ file: shot.file, ...SCREENSHOT_SIZE, use: `Screenshot: ${shot.caption}` });
    }
    return assets;
  } finally {
    await preview.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The mark: a town hall (pediment, columns, steps) in white on the sidebar's blue, drawn with
 * CSS only so that it scales from 32 to 128 pixels.
 */
function markHtml(size: number): string {
  const u = size / 32;
  const column = `<i style="display:block;width:${2.4 * u}px;height:${9 * u}px;background:#fff"></i>`;
  return `<div style="width:${size}px;height:${size}px;background:#1a73e8;border-radius:${6 * u}px;display:flex;flex-direction:column;align-items:center;justify-content:center">
  <div style="width:0;height:0;border-left:${11 * u}px solid transparent;border-right:${11 * u}px solid transparent;border-bottom:${6 * u}px solid #fff"></div>
  <div style="display:flex;gap:${2.2 * u}px;margin-top:${1.4 * u}px">${column.repeat(4)}</div>
  <div style="width:${22 * u}px;height:${2.4 * u}px;background:#fff;margin-top:${1.2 * u}px"></div>
</div>`;
}

const page = (body: string) =>
  `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><style>html,body{margin:0;background:#fff;font-family:system-ui,Roboto,Arial,sans-serif}</style></head><body>${body}</body></html>`;

function bannerHtml(width: number, height: number): string {
  return `<div style="width:${width}px;height:${height}px;background:#e8f0fe;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:10px">
  ${markHtml(56)}
  <div style="font-size:17px;font-weight:600;color:#202124">${LISTING_TEXT.name}</div>
</div>`;
}

async function renderIcons(browser: Browser, outDir: string): Promise<ListingAsset[]> {
  for (const asset of LISTING_ICONS) {
    const tab = await browser.newPage({
      viewport: { width: asset.width, height: asset.height },
      deviceScaleFactor: 1,
    });
    const body = asset.file.startsWith('banner')
      ? bannerHtml(asset.width, asset.height)
      : markHtml(asset.width);
    await tab.setContent(page(body));
    await tab.screenshot({ path: join(outDir, asset.file) });
    await tab.close();
  }
  return [...LISTING_ICONS];
}

function writeTexts(outDir: string): void {
  const fr = join(outDir, 'fr');
  mkdirSync(fr, { recursive: true });
  writeFileSync(join(fr, 'nom.txt'), `${LISTING_TEXT.name}\n`);
  writeFileSync(join(fr, 'description-courte.txt'), `${LISTING_TEXT.shortDescription}\n`);
  writeFileSync(join(fr, 'description-detaillee.txt'), `${LISTING_TEXT.detailedDescription}\n`);
  writeFileSync(
    join(fr, 'legendes.txt'),
    `${LISTING_SCREENSHOTS.map((s) => `${s.file}\u00a0: ${s.caption}`).join('\n')}\n`,
  );
}

export interface ListingReport {
  readonly dir: string;
  readonly assets: readonly ListingAsset[];
}

export async function makeListing(outDir = LISTING_DIR): Promise<ListingReport> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeTexts(outDir);
  const browser = await launchBrowser();
  try {
    const assets = [...(await renderIcons(browser, outDir)), ...(await takeScreenshots(browser, outDir))];
    writeFileSync(
      join(outDir, 'assets.json'),
      `${JSON.stringify({ source: LISTING_SOURCE, assets }, null, 2)}\n`,
    );
    return { dir: outDir, assets };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = await makeListing();
  console.log(`${report.dir}/ (sizes from ${LISTING_SOURCE}):`);
  for (const a of report.assets) console.log(`  ${a.file.padEnd(28)} ${a.width} × ${a.height}  ${a.use}`);
  console.log('  fr/nom.txt, fr/description-courte.txt, fr/description-detaillee.txt, fr/legendes.txt');
}
