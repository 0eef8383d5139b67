import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuiltAddon, buildAddon } from './build-output';

let built: BuiltAddon;
beforeAll(async () => {
  built = await buildAddon();
});

describe('the collectivités data stays out of Code.js (issue 6)', () => {
  it('ships as its own files, read by the search only', () => {
    const data = readdirSync(built.dir)
      .filter((name) => name.startsWith('Collectivites-'))
      .map((name) => readFileSync(join(built.dir, name), 'utf8'))
      .join('');
    expect(data.length).toBeGreaterThan(1_000_000);
    // Names that only the data holds: none may be evaluated on every run.
    for (const name of ['Villeurbanne', 'Châtillon-sur-Chalaronne', 'Vaulx-en-Velin', '200046977'])
      expect(built.code).not.toContain(name);
    // The code of the search and of the proposals weighs about 15 KB; the data several MB.
    expect(built.code.length).toBeLessThan(data.length / 4);
  });

  it('exposes the three sidebar functions of « Collectivités »', () => {
    expect(built.report.exports).toEqual(
      expect.arrayContaining([
        'getCollectivitesStart',
        'searchCollectivitesAround',
        'addCollectivitesToTracking',
      ]),
    );
  });
});
