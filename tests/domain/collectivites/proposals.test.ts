import { beforeAll, describe, expect, it } from 'vitest';
import { type Directory, proposeCollectivites, recipientOf } from '../../../src/domain/collectivites';
import { recipientLines } from '../../../src/domain/letters/addressing';
import type { Civility } from '../../../src/domain/letters/types';
import { realData } from './real-data';

let directory: Directory;
beforeAll(() => {
  directory = realData().directory;
});

const summary = (code: string, filters = {}) =>
  proposeCollectivites(directory, code, filters).map((p) => `${p.relation}: ${p.body}`);

describe('proposals around a commune', () => {
  it('Lyon: the commune, the Métropole de Lyon (special statute, no Rhône: it holds the département’s powers), the région, then the members largest first', () => {
    const proposals = proposeCollectivites(directory, '69123');
    expect(proposals.slice(0, 4).map((p) => [p.kind, p.body, p.code])).toEqual([
      ['commune', 'Mairie de Lyon', '69123'],
      ['intercommunality', 'Métropole de Lyon', '200046977'],
      ['region', 'Conseil régional d’Auvergne-Rhône-Alpes', '84'],
      ['commune', 'Mairie de Villeurbanne', '69266'],
    ]);
    expect(proposals[1]?.note).toMatch(/statut particulier/);
    const members = proposals.filter((p) => p.relation === 'member');
    expect(members).toHaveLength(57);
    const populations = members.map((p) => p.population ?? 0);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });

  it('a commune in a communauté de communes: Bonneville in the CC Faucigny - Glières, name spelled out', () => {
    const [, epci] = proposeCollectivites(directory, '74042');
    expect(epci).toMatchObject({
      kind: 'intercommunality',
      name: 'Communauté de communes Faucigny - Glières',
      headOf: 'de la Communauté de communes Faucigny - Glières',
      code: '200000172',
      siren: '200000172',
      head: 'president',
      typeLabel: 'Intercommunalité',
    });
  });

  it('carries the codes the table needs: INSEE for a commune (with its SIREN), SIREN for an EPCI', () => {
    const [lyon] = proposeCollectivites(directory, '69123');
    expect(lyon).toMatchObject({ code: '69123', siren: '216901231', population: 519127, head: 'mayor' });
    const [saintDenis] = proposeCollectivites(directory, '93066');
    expect(saintDenis?.siren).toBe('929939411'); // a SIREN out of the usual pattern
  });

  it('filters by kind and minimum population', () => {
    expect(summary('74042', { kinds: ['department', 'region'] })).toEqual([
      'department: Conseil départemental de la Haute-Savoie',
      'region: Conseil régional d’Auvergne-Rhône-Alpes',
    ]);
    const big = proposeCollectivites(directory, '74042', { kinds: ['commune'], minPopulation: 5000 });
    expect(big.map((p) => p.name)).toEqual(['Bonneville', 'Marignier']);
  });

  it('Paris is commune and département at once: no conseil départemental is proposed', () => {
    expect(summary('75056').slice(0, 3)).toEqual([
      'searched: Mairie de Paris',
      'intercommunality: Métropole du Grand Paris',
      'region: Conseil régional d’Île-de-France',
    ]);
  });

  it('Corse, Martinique and Alsace: the collectivité that replaced the département or the région', () => {
    expect(summary('2A004').slice(0, 3)).toEqual([
      'searched: Mairie d’Ajaccio',
      'intercommunality: Communauté d’agglomération du Pays Ajaccien',
      'region: Collectivité de Corse',
    ]);
    expect(summary('97209')[2]).toBe('region: Collectivité territoriale de Martinique');
    expect(summary('67482')[2]).toBe('department: Collectivité européenne d’Alsace');
  });

  it('communes in no EPCI (Île-de-Sein) get the others', () => {
    expect(summary('29083')).toEqual([
      'searched: Mairie d’Île-de-Sein',
      'department: Conseil départemental du Finistère',
      'region: Conseil régional de Bretagne',
    ]);
  });

  it('refuses an unknown code (the sidebar sends only codes the search returned)', () => {
    expect(() => proposeCollectivites(directory, '00000')).toThrow(RangeError);
  });
});

describe('addressee lines, through the letters module', () => {
  const lines = (code: string, index: number, civility: Civility) => {
    const proposal = proposeCollectivites(directory, code)[index];
    if (!proposal) throw new Error(`${code}#${index}`);
    return recipientLines({ ...recipientOf(proposal, civility), service: '' });
  };

  it('« Monsieur le Maire / Mairie de Lyon », « Madame la Présidente du Conseil départemental de l’Ain »', () => {
    expect(lines('69123', 0, 'Monsieur')).toEqual(['Monsieur le Maire', 'Mairie de Lyon']);
    expect(lines('01053', 2, 'Madame')).toEqual(['Madame la Présidente du Conseil départemental de l’Ain']);
    expect(lines('76351', 0, 'Madame')).toEqual(['Madame la Maire', 'Mairie du Havre']);
    expect(lines('74042', 1, 'Monsieur')).toEqual([
      'Monsieur le Président de la Communauté de communes Faucigny - Glières',
    ]);
    expect(lines('69123', 2, 'Madame')).toEqual([
      'Madame la Présidente du Conseil régional d’Auvergne-Rhône-Alpes',
    ]);
    expect(lines('2A004', 2, 'Monsieur')).toEqual(['Monsieur le Président du Conseil exécutif de Corse']);
  });
});
