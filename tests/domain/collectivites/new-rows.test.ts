import { beforeAll, describe, expect, it } from 'vitest';
import { type Directory, newCollectivities, proposeCollectivites } from '../../../src/domain/collectivites';
import { normaliseCode } from '../../../src/domain/collectivites/new-rows';
import { realData } from './real-data';

let directory: Directory;
beforeAll(() => {
  directory = realData().directory;
});

describe('new rows for « Suivi des demandes », without duplicates', () => {
  it('keeps only the collectivités not yet in the table, by code or by name', () => {
    const chosen = proposeCollectivites(directory, '69123').slice(0, 5);
    const { added, alreadyTracked } = newCollectivities(chosen, [
      { name: 'Ville de Lyon', code: '69123', type: 'Commune' },
      { name: 'conseil departemental du rhone', code: '', type: '' },
      { name: 'Métropole', code: '200 046 977' },
    ]);
    expect(added.map((p) => p.body)).toEqual([
      'Conseil régional d’Auvergne-Rhône-Alpes',
      'Mairie de Villeurbanne',
      'Mairie de Vénissieux',
    ]);
    expect(alreadyTracked.map((p) => p.code)).toEqual(['69123', '200046977']);
  });

  it('does not add the same collectivité twice when chosen twice (two searches in one session)', () => {
    const fromLyon = proposeCollectivites(directory, '69123');
    const fromVilleurbanne = proposeCollectivites(directory, '69266');
    const { added, alreadyTracked } = newCollectivities([...fromLyon, ...fromVilleurbanne], []);
    expect(added).toHaveLength(fromLyon.length);
    expect(new Set(added.map((p) => `${p.kind} ${p.code}`)).size).toBe(added.length);
    expect(alreadyTracked).toHaveLength(fromVilleurbanne.length);
  });

  it('tells a département from a région with the same code by the row’s type (« 01 » is the Ain and the Guadeloupe)', () => {
    const ain = proposeCollectivites(directory, '01053', { kinds: ['department'] });
    expect(newCollectivities(ain, [{ name: 'Guadeloupe', code: '01', type: 'Région' }]).added).toHaveLength(
      1,
    );
    expect(newCollectivities(ain, [{ name: 'Ain', code: '01', type: 'Département' }]).added).toHaveLength(0);
  });

  it('reads a code Sheets turned into a number (« 01001 » shown as 1001)', () => {
    expect(normaliseCode('1001')).toBe('01001');
    expect(normaliseCode(' 2a004 ')).toBe('2A004');
    const chosen = proposeCollectivites(directory, '01001', { kinds: ['commune'] }).slice(0, 1);
    expect(newCollectivities(chosen, [{ name: '', code: '1001' }]).added).toEqual([]);
  });
});
