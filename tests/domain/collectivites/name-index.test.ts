/**
 * The name index (issue 14): a search by name reads one file of about 15 KB (and, for a name
 * not found, its endings' file) instead of the whole directory, with the same answers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { NAME_SEARCH_BUDGET } from '../../../scripts/collectivites-data';
import {
  type CommuneSearch,
  type Directory,
  loadDirectory,
  searchCommunes,
} from '../../../src/domain/collectivites';
import { NAME_BOUNDS, NAME_END_BOUNDS } from '../../../src/domain/collectivites/name-bounds';
import {
  bucketOf,
  endsFileFor,
  filingKeys,
  loadNameIndex,
  type NameIndex,
  nameFileFor,
  SHORT_NAMES_FILE,
  withEndings,
} from '../../../src/domain/collectivites/name-index';
import { searchName } from '../../../src/domain/collectivites/search';
import { realData } from './real-data';

let whole: Directory;
/** The built files by name (without .html), as HtmlService serves them. */
let files: Map<string, string>;
const loaded = new Map<string, NameIndex>();

beforeAll(() => {
  const { file, directory } = realData();
  whole = directory;
  files = new Map(file.parts.map((part) => [part.name.replace(/\.html$/, ''), part.text]));
});

const bytes = (name: string) => Buffer.byteLength(files.get(name) ?? '');

function load(name: string): NameIndex {
  let index = loaded.get(name);
  if (!index) {
    const text = files.get(name);
    if (text === undefined) throw new Error(`no file ${name}`);
    index = loadNameIndex(text);
    loaded.set(name, index);
  }
  return index;
}

/** A search by name as the server makes it (directory-file.ts): the files it reads, and its answer. */
function byIndex(typed: string): { search: CommuneSearch; read: string[] } {
  const read = [nameFileFor(typed)];
  const first = load(read[0] as string);
  expect(first.holds(typed), typed).toBe(true);
  const names =
    read[0] === SHORT_NAMES_FILE
      ? first
      : withEndings(first, () => {
          const ends = endsFileFor(typed);
          read.push(ends);
          const index = load(ends);
          expect(index.holds(typed), typed).toBe(true);
          return index;
        });
  return { search: searchName(names, typed), read };
}

const codes = (search: CommuneSearch) =>
  search.found ? search.choices.map((c) => c.code) : search.suggestions.map((c) => c.code);

/** Without accents, lower case, hyphens and apostrophes as spaces, « Saint » as « St »: as people type. */
function typedCasually(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-'’]/g, ' ')
    .replace(/\bsainte\b/g, 'ste')
    .replace(/\bsaint\b/g, 'st');
}

describe('the files of the name index', () => {
  it('whatever a search by name reads after its file stays within 60 KB in all', () => {
    const names = [...files.keys()].filter((n) => /^Collectivites-noms-\d+$/.test(n));
    const ends = [...files.keys()].filter((n) => /^Collectivites-noms-fins-\d+$/.test(n));
    const parts = [...files.keys()].filter((n) => /^Collectivites-\d[\dAB]\d?$/.test(n));
    expect(names).toHaveLength(NAME_BOUNDS.length);
    expect(ends).toHaveLength(NAME_END_BOUNDS.length);
    const largest = (list: string[]) => Math.max(...list.map(bytes));
    // A name found alone: its file, then the commune's part; a name not found: its file, then its endings'.
    expect(largest(names) + Math.max(largest(parts), largest(ends))).toBeLessThanOrEqual(NAME_SEARCH_BUDGET);
    expect(bytes(SHORT_NAMES_FILE)).toBeLessThan(10 * 1024);
    expect(NAME_SEARCH_BUDGET).toBe(60 * 1024);
  });

  it('are plain JSON that HtmlService returns unchanged', () => {
    for (const [name, text] of files) {
      if (!name.startsWith('Collectivites-noms-')) continue;
      expect(text, name).not.toMatch(/[<>&]/);
      expect(() => JSON.parse(text), name).not.toThrow();
    }
  });

  it('each file holds the names of its range only, and refuses another', () => {
    expect(load(nameFileFor('Villeurbanne')).holds('Villeurbanne')).toBe(true);
    expect(load(nameFileFor('Villeurbanne')).holds('Abbeville')).toBe(false);
    expect(load(SHORT_NAMES_FILE).holds('Villeurbanne')).toBe(false);
    expect(load(endsFileFor('Villeurbanne')).holds('Villeurbanne')).toBe(true);
    expect(bucketOf('', NAME_BOUNDS)).toBe(0);
    expect(bucketOf('zzzzzz', NAME_BOUNDS)).toBe(NAME_BOUNDS.length - 1);
  });

  it('files a commune under its key and under its key without article', () => {
    // « L' » too: a name typed « L'ehavre » would be looked up there; harmless, and never missed.
    expect(filingKeys('Le Havre')).toEqual(['lehavre', 'havre', 'ehavre']);
    expect(filingKeys('Lachapelle')).toEqual(['lachapelle', 'chapelle', 'achapelle']);
    expect(filingKeys("L'Isle-Adam")).toEqual(['lisleadam', 'isleadam']);
    expect(filingKeys('Saint-Étienne')).toEqual(['stetienne']);
  });
});

describe('a search by name through the index', () => {
  it('answers every commune’s name, and its casual and article-less forms, as the whole directory does', () => {
    let compared = 0;
    for (let i = 0; i < whole.communeCount; i++) {
      const name = whole.commune(i).name;
      const typed = [name];
      if (i % 5 === 0) typed.push(typedCasually(name));
      if (/^(Le|La|Les) /.test(name)) typed.push(name.replace(/^(Le|La|Les) /, ''));
      if (name.startsWith("L'")) typed.push(name.slice(2));
      for (const query of typed) {
        const found = byIndex(query);
        const expected = searchCommunes(whole, query);
        if (!expected.found || !found.search.found) {
          expect(found.search, query).toEqual(expected);
        } else {
          expect(found.search.choices, query).toEqual(expected.choices);
          // A name found reads one file only.
          expect(found.read, query).toHaveLength(1);
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(whole.communeCount);
  });

  it('ignores accents, case, hyphens and apostrophes (« saint etienne », « ST-ÉTIENNE », « oeuf en ternois »)', () => {
    for (const typed of [
      'Saint-Étienne',
      'saint etienne',
      'ST-ÉTIENNE',
      'st étienne',
      '  Saint   Etienne ',
    ]) {
      expect(codes(byIndex(typed).search), typed).toEqual(['42218']);
    }
    expect(codes(byIndex('oeuf en ternois').search)).toEqual(['62633']);
    expect(codes(byIndex('lisle adam').search)).toEqual(codes(byIndex("L'Isle-Adam").search));
  });

  it('takes « St » for « Saint » and « Ste » for « Sainte », and lists homonyms with their département', () => {
    const sainteFoy = byIndex('ste foy').search;
    expect(sainteFoy.found ? sainteFoy.choices.map((c) => c.label) : []).toEqual([
      'Sainte-Foy (Vendée)',
      'Sainte-Foy (Seine-Maritime)',
      'Sainte-Foy (Landes)',
      'Sainte-Foy (Saône-et-Loire)',
    ]);
    expect(byIndex('Sainte-Foy').search).toEqual(sainteFoy);
    const saintDenis = byIndex('St-Denis').search;
    expect(saintDenis.found ? saintDenis.choices.map((c) => c.label) : []).toEqual([
      'Saint-Denis (La Réunion)',
      'Saint-Denis (Seine-Saint-Denis)',
      'Saint-Denis (Aude)',
      'Saint-Denis (Gard)',
    ]);
  });

  it('with or without the article: « Le Puy », « puy en velay », « La Chapelle » and « Lachapelle »', () => {
    expect(codes(byIndex('Le Puy').search)).toEqual(['33345', '25474']);
    expect(codes(byIndex('puy en velay').search)).toEqual(['43157']);
    expect(codes(byIndex('ulis').search)).toEqual(['91692']);
    // The whole directory answers the communes named « La Chapelle » and « Lachapelle » alike.
    for (const typed of ['La Chapelle', 'Lachapelle', 'la-chapelle', "L'Isle", 'Lisle']) {
      expect(byIndex(typed).search, typed).toEqual(searchCommunes(whole, typed));
    }
    expect(codes(byIndex('La Chapelle').search)).toContain('54287'); // Lachapelle (Meurthe-et-Moselle)
  });

  it('« Saint », « Sainte », « Le », « La » and two letters alone read one small file and answer as before', () => {
    for (const typed of ['Saint', 'St', 'Le', 'La', 'Sa', 'Eu', 'Y', 'Sainte', 'Ste', 'Saint-Ma', 'Cha']) {
      const { search, read } = byIndex(typed);
      expect(search, typed).toEqual(searchCommunes(whole, typed));
      expect(
        read.reduce((sum, name) => sum + bytes(name), 0),
        typed,
      ).toBeLessThanOrEqual(NAME_SEARCH_BUDGET);
    }
    expect(byIndex('Saint').read).toEqual([SHORT_NAMES_FILE]);
    expect(byIndex('Le').read).toEqual([SHORT_NAMES_FILE]);
    // « Sainte »: the largest communes whose name starts so, from its file alone.
    const sainte = byIndex('Sainte').search;
    expect(sainte.found ? [] : sainte.suggestions.map((c) => c.name)).toEqual([
      'Saint-Étienne',
      'Sainte-Marie',
      'Sainte-Geneviève-des-Bois',
      'Saint-Étienne-du-Rouvray',
      'Sainte-Suzanne',
    ]);
  });

  it('suggests close names after a typo, even in the first letters (« Gnnat » → Gannat)', () => {
    for (const [typed, meant] of [
      ['Villeurbane', '69266'],
      ['Marseile', '13055'],
      ['Lyonn', '69123'],
      ['Gnnat', '03118'],
      ['Billeurbanne', '69266'],
      ['Saint-Etiene', '42218'],
    ] as const) {
      const { search, read } = byIndex(typed);
      expect(search.found, typed).toBe(false);
      expect(codes(search), typed).toContain(meant);
      expect(read, typed).toEqual([nameFileFor(typed), endsFileFor(typed)]);
    }
    expect(byIndex('Marseile').search).toEqual(searchCommunes(whole, 'Marseile'));
    expect(byIndex('Qwxzt').search).toEqual(searchCommunes(whole, 'Qwxzt'));
  });

  it('a typo anywhere: the commune meant is suggested whenever the whole directory suggested it', () => {
    let typos = 0;
    let lost = 0;
    for (let i = 0; i < whole.communeCount; i += 173) {
      const { name, code } = whole.commune(i);
      const at = i % name.length;
      const typed =
        i % 2 ? name.slice(0, at) + name.slice(at + 1) : `${name.slice(0, at)}x${name.slice(at + 1)}`;
      const expected = searchCommunes(whole, typed);
      if (expected.found || !codes(expected).includes(code)) continue;
      typos++;
      if (!codes(byIndex(typed).search).includes(code)) lost++;
    }
    expect(typos).toBeGreaterThan(100);
    // Measured: 1 in 600 (« Laxs » for Laas: four letters, its neighbours in both orders elsewhere).
    expect(lost / typos).toBeLessThan(0.01);
  });
});

describe('loading', () => {
  it('refuses a file of another format', () => {
    const text = files.get(nameFileFor('Lyon')) ?? '';
    expect(() => loadNameIndex(text.replace('collectivites-noms/1', 'collectivites-noms/0'))).toThrow(
      /names format/,
    );
    expect(() => loadDirectory(text)).toThrow(/format/);
  });
});
