import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeListing } from '../../scripts/listing';
import { LISTING_ICONS, LISTING_SCREENSHOTS, LISTING_TEXT, SCREENSHOT_SIZE } from '../../src/shared/listing';

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('npm run listing (Chromium)', () => {
  it('writes every asset at the size the Marketplace asks, and the texts from the one source', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'stage-listing-test-')), 'listing');
    const report = await makeListing(dir);
    expect(report.assets.map((a) => a.file)).toEqual([
      ...LISTING_ICONS.map((a) => a.file),
      ...LISTING_SCREENSHOTS.map((s) => s.file),
    ]);
    for (const asset of LISTING_ICONS) {
      expect(pngSize(join(dir, asset.file)), asset.file).toEqual({
        width: asset.width,
        height: asset.height,
      });
    }
    for (const shot of LISTING_SCREENSHOTS)
      expect(pngSize(join(dir, shot.file)), shot.file).toEqual(SCREENSHOT_SIZE);
    expect(readFileSync(join(dir, 'fr', 'description-courte.txt'), 'utf8')).toBe(
      `${LISTING_TEXT.shortDescription}\n`,
    );
    expect(readdirSync(join(dir, 'fr')).sort()).toEqual([
      'description-courte.txt',
      'description-detaillee.txt',
      'legendes.txt',
      'nom.txt',
    ]);
    const manifest = JSON.parse(readFileSync(join(dir, 'assets.json'), 'utf8')) as { source: string };
    expect(manifest.source).toBe('https://developers.google.com/workspace/marketplace/create-listing');
  }, 120_000);
});
