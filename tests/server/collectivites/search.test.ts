import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCollectivitesStart, onOpen, savePlan, searchCollectivitesAround } from '../../../src/server';
import type { CollectivitesSearch } from '../../../src/server/collectivites/search';
import { fileReads, ok, openWorkbook, type Workbook } from './harness';

let wb: Workbook;
beforeEach(() => {
  wb = openWorkbook();
});
afterEach(() => wb.close());

type Status = CollectivitesSearch['status'];
function search<S extends Status>(
  status: S,
  payload: Parameters<typeof searchCollectivitesAround>[0],
): Extract<CollectivitesSearch, { status: S }> {
  const value = ok(searchCollectivitesAround(payload));
  expect(value.status).toBe(status);
  return value as Extract<CollectivitesSearch, { status: S }>;
}

const bodies = (found: { proposals: readonly { body: string }[] }) => found.proposals.map((p) => p.body);

describe('searching by name', () => {
  it('proposes the commune, its intercommunalité, its région (no Rhône where the Métropole de Lyon holds its powers), then the other members largest first', () => {
    const found = search('proposals', { query: 'villeurbanne' });
    expect(found.commune).toMatchObject({ code: '69266', name: 'Villeurbanne', postalCodes: ['69100'] });
    expect(bodies(found).slice(0, 5)).toEqual([
      'Mairie de Villeurbanne',
      'Métropole de Lyon',
      'Conseil régional d’Auvergne-Rhône-Alpes',
      'Mairie de Lyon',
      'Mairie de Vénissieux',
    ]);
    expect(found.proposals.map((p) => p.typeLabel).slice(0, 4)).toEqual([
      'Commune',
      'Intercommunalité',
      'Région',
      'Commune',
    ]);
    const members = found.proposals.filter((p) => p.relation === 'member');
    expect(members.length).toBeGreaterThan(50);
    const populations = members.map((p) => p.population ?? 0);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    expect(found.proposals[0]).toMatchObject({ head: 'mayor', population: 163_684 });
    expect(found.proposals[1]).toMatchObject({ head: 'president', code: found.proposals[1]?.siren });
    expect(found.source).toMatch(/^@etalab\/decoupage-administratif /);
  });

  it('lets the person choose between communes of the same name, then proposes around the one chosen', () => {
    const choose = search('choose', { query: 'Saint-Denis' });
    expect(choose.message).toBe(
      `${choose.choices.length} communes s’appellent « Saint-Denis » : choisissez la vôtre.`,
    );
    expect(choose.choices.map((c) => c.label)).toEqual(
      expect.arrayContaining([
        'Saint-Denis (Seine-Saint-Denis)',
        'Saint-Denis (La Réunion)',
        'Saint-Denis (Aude)',
      ]),
    );
    const chosen = search('proposals', { query: 'Saint-Denis', communeCode: '93066' });
    expect(chosen.commune.departmentName).toBe('Seine-Saint-Denis');
    expect(bodies(chosen)).toContain('Conseil départemental de la Seine-Saint-Denis');
  });

  it('answers a name with no match in French, with close names to click', () => {
    const missed = search('notFound', { query: 'Villeurbane' });
    expect(missed.message).toBe(
      'Aucune commune ne s’appelle « Villeurbane ». Vouliez-vous dire : Villeurbanne (Rhône) ?',
    );
    expect(missed.suggestions.map((s) => s.code)).toEqual(['69266']);
    const nothing = search('notFound', { query: 'Qwxzkj' });
    expect(nothing.message).toContain('ni rien d’approchant');
    expect(nothing.suggestions).toEqual([]);
  });
});

describe('searching by code', () => {
  it('takes five digits as a postal code first, and offers the commune with that INSEE code aside', () => {
    const found = search('proposals', { query: '69100' });
    expect(found.commune.name).toBe('Villeurbanne');
    expect(found.otherMatches.map((c) => [c.label, c.matchedBy])).toEqual([['Irigny (Rhône)', 'inseeCode']]);
  });

  it('lists the communes that share a postal code, and proposes around the one chosen', () => {
    const choose = search('choose', { query: '01 400' });
    expect(choose.message).toBe(
      `${choose.choices.length} communes correspondent au code 01400 : choisissez la vôtre.`,
    );
    expect(choose.choices[0]?.name).toBe('Châtillon-sur-Chalaronne');
    const chosen = search('proposals', { communeCode: choose.choices[0]?.code ?? '' });
    expect(bodies(chosen)[0]).toBe('Mairie de Châtillon-sur-Chalaronne');
  });

  it('finds Lyon by any of its postal codes, and a commune by its INSEE code', () => {
    expect(search('proposals', { query: '69005' }).commune.name).toBe('Lyon');
    expect(search('proposals', { query: '2A004' }).commune.name).toBe('Ajaccio');
  });

  it('refuses a commune code the data does not know, in French', () => {
    expect(searchCollectivitesAround({ communeCode: '99999' })).toMatchObject({
      ok: false,
      fields: { communeCode: expect.stringContaining('Cette commune est introuvable') },
    });
  });
});

describe('filters', () => {
  it('keeps only the types and the population asked for, and says how many it hid', () => {
    const all = search('proposals', { query: 'Villeurbanne' });
    const found = search('proposals', { query: 'Villeurbanne', kinds: ['commune'], minPopulation: 40_000 });
    expect(found.proposals.every((p) => p.kind === 'commune' && (p.population ?? 0) >= 40_000)).toBe(true);
    expect(bodies(found).slice(0, 3)).toEqual([
      'Mairie de Villeurbanne',
      'Mairie de Lyon',
      'Mairie de Vénissieux',
    ]);
    expect(found.filteredOut).toBe(all.proposals.length - found.proposals.length);
    expect(found.filteredOut).toBeGreaterThan(50);
  });
});

describe('what the plan already says', () => {
  beforeEach(() => {
    ok(
      savePlan({
        conditions: {
          homeCommune: 'Villeurbanne',
          collectivityTypes: ['Intercommunalité', 'Département', 'Autre organisme public'],
        },
      }),
    );
  });

  it('searches around the home commune of the plan when nothing is typed, with its types', () => {
    expect(ok(getCollectivitesStart({}))).toEqual({
      homeCommune: 'Villeurbanne',
      kinds: ['intercommunality', 'department'],
    });
    const found = search('proposals', {});
    expect(found).toMatchObject({ query: 'Villeurbanne', fromPlan: true });
    expect(bodies(found)).toEqual(['Métropole de Lyon']);
  });

  it('lets what the person typed and ticked win over the plan', () => {
    const found = search('proposals', { query: 'Bron', kinds: ['commune'] });
    expect(found).toMatchObject({ query: 'Bron', fromPlan: false });
    expect(bodies(found)[0]).toBe('Mairie de Bron');
  });
});

describe('the data file', () => {
  it('asks for a commune when nothing is typed and the plan names none', () => {
    expect(search('notFound', {}).message).toBe(
      'Indiquez le nom d’une commune, son code postal ou son code INSEE.',
    );
  });

  it('is read once per search (and the commune’s part after a name that names one), never to open the workbook or fill the form', () => {
    onOpen(wb.emulator.openEvent('FULL') as never);
    ok(getCollectivitesStart({}));
    expect(fileReads(wb.emulator)).toBe(0);
    // One file of the name index, then the Rhône's part for the proposals.
    search('proposals', { query: 'Villeurbanne' });
    expect(fileReads(wb.emulator)).toBe(2);
    // Homonyms: the name index's file only.
    search('choose', { query: 'Saint-Denis' });
    expect(fileReads(wb.emulator)).toBe(3);
    // Nothing to look up: nothing read.
    search('notFound', { query: '1234' });
    expect(fileReads(wb.emulator)).toBe(3);
  });

  it('is the file the search reads: without it the search fails, the form still fills', () => {
    wb.close();
    wb = openWorkbook({ withData: false });
    expect(ok(getCollectivitesStart({}))).toEqual({ homeCommune: '', kinds: [] });
    expect(() => searchCollectivitesAround({ query: 'Villeurbanne' })).toThrow(
      /^No HTML file named Collectivites-noms-\d+ was found\.$/,
    );
  });

  it('answers a search in well under a second in the emulator (parse and search)', () => {
    const start = performance.now();
    search('proposals', { query: 'Villeurbanne' });
    // Measured about 150 ms on the development machine; generous for a loaded CI.
    expect(performance.now() - start).toBeLessThan(1500);
  });
});
