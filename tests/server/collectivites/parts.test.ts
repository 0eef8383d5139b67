/**
 * Searches that read a département's part (issue 14): a postal or INSEE code, and the proposals
 * around a commune chosen among homonyms. Same answers as the whole directory, a part of about
 * 15 KB read instead of 1.1 MB.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { buildCollectivitesFile } from '../../../scripts/collectivites-data';
import { type Directory, loadDirectory, searchCommunes } from '../../../src/domain/collectivites';
import { nameFileFor } from '../../../src/domain/collectivites/name-index';
import { searchCollectivitesAround } from '../../../src/server';
import { ok, openWorkbook, type Workbook } from './harness';

let whole: Directory;
beforeAll(() => {
  whole = loadDirectory(buildCollectivitesFile().text);
});

let wb: Workbook;
let reads: MockInstance<(filename: string) => GoogleAppsScript.HTML.HtmlOutput>;
beforeEach(() => {
  wb = openWorkbook();
  reads = vi.spyOn(HtmlService, 'createHtmlOutputFromFile');
});
afterEach(() => {
  reads.mockRestore();
  wb.close();
});

const filesRead = () => reads.mock.calls.map((args) => String(args[0]));

/** Postal codes of communes whose postal code starts like another département's. */
function crossingPostalCodes(): string[] {
  const found: string[] = [];
  for (let i = 0; i < whole.communeCount; i++) {
    const commune = whole.commune(i);
    for (const postal of commune.postalCodes) {
      const prefix =
        postal.startsWith('97') || postal.startsWith('98') ? postal.slice(0, 3) : postal.slice(0, 2);
      if (prefix !== '20' && prefix !== commune.departmentCode) found.push(postal);
    }
  }
  return [...new Set(found)];
}

describe('a search by postal or INSEE code reads only the parts the code can be in', () => {
  it.each(['69100', '01400', '97400', '20000', '2A004', '75001', '13001'])('%s', (code) => {
    const value = ok(searchCollectivitesAround({ query: code, kinds: [] }));
    const expected = searchCommunes(whole, code);
    const codes = (list: readonly { code: string }[]) => list.map((c) => c.code).sort();
    if (value.status === 'proposals') {
      expect(expected.found).toBe(true);
      expect(codes([value.commune, ...value.otherMatches])).toEqual(
        codes(expected.found ? expected.choices : []),
      );
    } else if (value.status === 'choose') {
      expect(codes(value.choices)).toEqual(codes(expected.found ? expected.choices : []));
    } else throw new Error(`${code}: ${value.message}`);
    expect(filesRead().every((name) => /^Collectivites-/.test(name))).toBe(true);
  });

  it('postal codes that start like another département’s are found all the same', () => {
    const crossing = crossingPostalCodes();
    expect(crossing.length).toBeGreaterThan(0);
    for (const postal of crossing.slice(0, 20)) {
      const value = ok(searchCollectivitesAround({ query: postal, kinds: [] }));
      const expected = searchCommunes(whole, postal);
      const found =
        value.status === 'proposals'
          ? [value.commune, ...value.otherMatches]
          : value.status === 'choose'
            ? value.choices
            : [];
      expect(found.map((c) => c.code).sort(), postal).toEqual(
        expected.found ? expected.choices.map((c) => c.code).sort() : [],
      );
    }
  });

  it('a commune found in another département’s part is proposed around from its own part', () => {
    const single = crossingPostalCodes()
      .map((postal) => ok(searchCollectivitesAround({ query: postal, kinds: [] })))
      .find((value) => value.status === 'proposals');
    if (single?.status !== 'proposals') throw new Error('no crossing postal code names a single commune');
    const expected = ok(searchCollectivitesAround({ communeCode: single.commune.code, kinds: [] }));
    expect(expected.status).toBe('proposals');
    expect(single.proposals).toEqual(expected.status === 'proposals' ? expected.proposals : []);
  });

  it('a name reads one file of the name index; a commune chosen then reads its part only', () => {
    ok(searchCollectivitesAround({ query: 'Saint-Denis', kinds: [] }));
    expect(filesRead()).toEqual([nameFileFor('Saint-Denis')]);
    expect(filesRead()[0]).toMatch(/^Collectivites-noms-\d+$/);
    reads.mockClear();
    const chosen = ok(searchCollectivitesAround({ communeCode: '93066', kinds: [] }));
    expect(chosen.status).toBe('proposals');
    expect(filesRead()).toEqual(['Collectivites-93']);
  });
});
