import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CollectivitesFile } from '../../../scripts/collectivites-data';
import { loadDirectory, proposeCollectivites, searchCommunes } from '../../../src/domain/collectivites';
import { realData } from './real-data';

// Measured on the 2026 data (package 6.0.0): 1,170,882 bytes, 438,727 gzipped, from 12.6 MB.
// About 7 % of room: a new edition may grow a little; a change of format that bloats it fails.
const BUDGET_BYTES = 1_250_000;
const BUDGET_GZIP_BYTES = 470_000;

let file: CollectivitesFile;
beforeAll(() => {
  file = realData().file;
});

describe('the whole directory (cut into the files of dist/, never written whole)', () => {
  it(`stays within its budget (${BUDGET_BYTES} bytes, ${BUDGET_GZIP_BYTES} gzipped)`, () => {
    expect(Buffer.byteLength(file.text)).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(gzipSync(file.text).length).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    expect(file.sourceBytes).toBeGreaterThan(10 * Buffer.byteLength(file.text));
  });

  it('keeps the current communes only (34,969 in the 2026 edition)', () => {
    expect(file.communes).toBe(34_969);
  });

  it('is plain JSON that HtmlService returns unchanged: no scriptlet, no markup', () => {
    // createHtmlOutputFromFile evaluates no <? ?>; with no < at all, nothing can be read as a tag.
    expect(file.text).not.toMatch(/[<>&]/);
    expect(() => JSON.parse(file.text)).not.toThrow();
  });

  it('parses and answers a search quickly (one Apps Script run does all three)', () => {
    const start = performance.now();
    const directory = loadDirectory(file.text);
    const search = searchCommunes(directory, 'Le Havre');
    const code = search.found ? search.choices[0]?.code : undefined;
    expect(proposeCollectivites(directory, code ?? '').length).toBeGreaterThan(4);
    // Generous for CI; measured about 150 ms on the development machine.
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
