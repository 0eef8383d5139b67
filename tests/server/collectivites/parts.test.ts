/**
 * Searches that read a département's part (issue 14): a postal or INSEE code, and the proposals
 * around a commune chosen among homonyms. Same answers as the whole directory, a part of about
 * 15 KB read instead of 1.1 MB.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { buildCollectivitesFile } from '../../../scripts/collectivites-data';
import {
  type Directory,
  loadDirectory,
  proposeCollectivites,
  searchCommunes,
} from '../../../src/domain/collectivites';
import { nameFileFor } from '../../../src/domain/collectivites/name-index';
import { searchCollectivitesAround } from '../../../src/server';
import { ok, openWorkbook, type Workbook } from './harness';

let whole: Directory;
/** Bytes of each built file, by the name HtmlService is asked for. */
let sizes: Map<string, number>;
beforeAll(() => {
  const file = buildCollectivitesFile();
  whole = loadDirectory(file.text);
  sizes = new Map(file.parts.map((part) => [part.name.replace(/\.html$/, ''), Buffer.byteLength(part.text)]));
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

describe('a search by name reads the name index, at most 60 KB in all (issue 14)', () => {
  const bytesRead = () => filesRead().reduce((sum, name) => sum + (sizes.get(name) ?? Number.NaN), 0);

  it.each([
    ['Villeurbanne', 'proposals'],
    ['Amiens', 'proposals'], // the Somme's part is the largest
    ['Saint-Denis', 'choose'],
    ['Saint', 'proposals'], // Le Saint (Morbihan), by its name without article
    ['Sainte', 'notFound'],
    ['Le', 'notFound'],
    ['La', 'notFound'],
    ['st etienne', 'proposals'],
    ['Marseile', 'notFound'],
    ['Gnnat', 'notFound'],
  ] as const)('« %s »: %s', (query, status) => {
    const value = ok(searchCollectivitesAround({ query, kinds: [] }));
    expect(value.status).toBe(status);
    const read = filesRead();
    expect(read[0]).toBe(nameFileFor(query));
    expect(read.length).toBeLessThanOrEqual(2);
    // A second file: the commune's part after a name found alone, the endings' after a name not found.
    if (read.length === 2)
      expect(read[1]).toMatch(
        status === 'proposals' ? /^Collectivites-\d[\dAB]\d?$/ : /^Collectivites-noms-fins-\d+$/,
      );
    expect(bytesRead()).toBeLessThanOrEqual(60 * 1024);
    // Two calls per file: createHtmlOutputFromFile, getContent.
    expect(wb.emulator.calls.count('HtmlOutput.getContent')).toBe(read.length);
  });

  it('a commune of an intercommunalité spanning two départements, found by name, is proposed with all its members', () => {
    let found: { code: string; name: string } | undefined;
    for (let e = 0; whole.epci(e) !== undefined && found === undefined; e++) {
      const members = whole.members(e).map((i) => whole.commune(i));
      if (new Set(members.map((m) => m.departmentCode)).size < 2) continue;
      // A member whose name no other commune has, so that the name leads to it alone.
      found = members.find((m) => {
        const search = searchCommunes(whole, m.name);
        return search.found && search.choices.length === 1;
      });
    }
    if (!found) throw new Error('no EPCI spanning two départements has a member with a name of its own');
    const value = ok(searchCollectivitesAround({ query: found.name, kinds: [] }));
    if (value.status !== 'proposals') throw new Error(`${found.name}: ${value.status}`);
    expect(value.commune).toMatchObject({ code: found.code, matchedBy: 'name' });
    expect(value.proposals).toEqual(proposeCollectivites(whole, found.code));
    const departments = new Set(
      value.proposals.filter((p) => p.kind === 'commune').map((p) => p.code.slice(0, 2)),
    );
    expect(departments.size).toBeGreaterThan(1);
  });
});
