import { beforeAll, describe, expect, it } from 'vitest';
import type { Directory } from '../../../src/domain/collectivites';
import { communeBody, departmentBody, holderOf, regionBody } from '../../../src/domain/collectivites/bodies';
import {
  epciOfficialName,
  epciWithDe,
  guessLiaison,
  withDe,
  withLigatures,
} from '../../../src/domain/collectivites/names';
import { realData } from './real-data';

let directory: Directory;
beforeAll(() => {
  directory = realData().directory;
});

const commune = (code: string) => {
  const found = directory.byCode(code);
  if (!found) throw new Error(`no commune ${code}`);
  return found;
};

describe('the article follows the INSEE type de liaison (product.md: Letters)', () => {
  // One real commune for each type that has one in the 2026 data.
  it.each([
    ['69123', 'Lyon', 0, 'Mairie de Lyon'],
    ['49007', 'Angers', 1, 'Mairie d’Angers'],
    ['76351', 'Le Havre', 2, 'Mairie du Havre'],
    ['17300', 'La Rochelle', 3, 'Mairie de La Rochelle'],
    ['78440', 'Les Mureaux', 4, 'Mairie des Mureaux'],
    ['94038', "L'Haÿ-les-Roses", 5, "Mairie de L'Haÿ-les-Roses"],
    ['60703', 'Aux Marais', 6, 'Mairie des Marais'],
    ['66104', 'Los Masos', 8, 'Mairie de Los Masos'],
  ])('%s %s (type %i) → « %s »', (code, name, liaison, body) => {
    const found = commune(code);
    expect(found.name).toBe(name);
    expect(found.liaison).toBe(liaison);
    expect(communeBody(found.name, found.liaison).body).toBe(body);
  });

  it('type 7 (« de las ») has no commune, département or région in the data: the rule alone is pinned', () => {
    const liaisons = new Set<number | null>();
    for (let i = 0; i < directory.communeCount; i++) liaisons.add(directory.commune(i).liaison);
    expect(liaisons.has(7)).toBe(false);
    expect(withDe('Las Tours', 7)).toBe('de Las Tours');
    expect(withDe('Tours', 7)).toBe('de las Tours');
  });

  it('départements, whose names carry no article: « de l’Ain », « du Rhône », « de la Haute-Savoie », « des Hauts-de-Seine »', () => {
    const body = (code: string) => {
      const department = directory.department(code);
      if (!department) throw new Error(code);
      return departmentBody(department);
    };
    expect(body('01')?.body).toBe('Conseil départemental de l’Ain');
    expect(body('69')?.ofName).toBe('du Rhône');
    expect(body('74')?.headOf).toBe('du Conseil départemental de la Haute-Savoie');
    expect(body('92')?.ofName).toBe('des Hauts-de-Seine');
    expect(body('49')?.ofName).toBe('de Maine-et-Loire');
    expect(body('974')?.ofName).toBe('de La Réunion');
  });

  it('régions, with the typeLiaison the data gives them', () => {
    const ofName = (code: string) => {
      const region = directory.region(code);
      if (!region) throw new Error(code);
      return regionBody(region);
    };
    expect(ofName('84')?.body).toBe('Conseil régional d’Auvergne-Rhône-Alpes');
    expect(ofName('44')?.body).toBe('Conseil régional du Grand Est');
    expect(ofName('32')?.body).toBe('Conseil régional des Hauts-de-France');
    expect(ofName('52')?.body).toBe('Conseil régional des Pays de la Loire');
    expect(ofName('75')?.body).toBe('Conseil régional de la Nouvelle-Aquitaine');
    expect(ofName('24')?.body).toBe('Conseil régional du Centre-Val de Loire');
  });

  it('EPCI names: the DGCL abbreviation spelled out, the article from their first word', () => {
    expect(epciWithDe('Communauté de communes Faucigny - Glières')).toBe(
      'de la Communauté de communes Faucigny - Glières',
    );
    expect(epciWithDe('Métropole de Lyon')).toBe('de la Métropole de Lyon');
    expect(epciWithDe('Eurométropole de Strasbourg')).toBe('de l’Eurométropole de Strasbourg');
    expect(epciWithDe('Toulouse Métropole')).toBe('de Toulouse Métropole');
    expect(epciWithDe('Orléans Métropole')).toBe('d’Orléans Métropole');
  });

  it('communes the data gives no type (outre-mer collectivités): guessed from the article or first letter', () => {
    expect(commune('98735').liaison).toBeNull();
    expect(communeBody('Papeete', null).body).toBe('Mairie de Papeete');
    expect(guessLiaison('Arue')).toBe(1);
    expect(guessLiaison('Le Mont-Dore')).toBe(2);
    expect(withDe('Le Mont-Dore', null)).toBe('du Mont-Dore');
  });
});

describe('names from the data, written as a letter writes them (issue 13)', () => {
  it('never doubles the type: « CA Communauté Paris-Saclay » is the « Communauté Paris-Saclay »', () => {
    expect(epciOfficialName('CA Communauté Paris-Saclay')).toBe('Communauté Paris-Saclay');
    expect(epciOfficialName('CA Agglo du Pays de Dreux')).toBe('Agglo du Pays de Dreux');
    expect(epciWithDe(epciOfficialName('CA Agglo du Pays de Dreux'))).toBe('de l’Agglo du Pays de Dreux');
    expect(epciOfficialName('CA Agglomération d’Agen')).toBe('Agglomération d’Agen');
    expect(epciOfficialName('CC du Pays de Gex')).toBe('Communauté de communes du Pays de Gex');
    expect(epciWithDe(epciOfficialName('CC du Pays de Gex'))).toBe(
      'de la Communauté de communes du Pays de Gex',
    );
  });

  it('writes « Cœur », not « Coeur »', () => {
    expect(epciOfficialName('CC Coeur de Sologne')).toBe('Communauté de communes Cœur de Sologne');
    expect(withLigatures('Coeur de Drôme, Oeuvre, soeur')).toBe('Cœur de Drôme, Œuvre, sœur');
  });
});

describe('a territory without a council of its own: the body that holds its powers', () => {
  it.each([
    ['department', 'Paris', 'Mairie de Paris'],
    ['department', '75', 'Mairie de Paris'],
    ['department', 'Conseil départemental de Paris', 'Mairie de Paris'],
    ['department', 'Corse-du-Sud', 'Collectivité de Corse'],
    ['department', 'Conseil départemental de la Haute-Corse', 'Collectivité de Corse'],
    ['department', '2B', 'Collectivité de Corse'],
    ['department', 'Martinique', 'Collectivité territoriale de Martinique'],
    ['department', 'Conseil départemental de Guyane', 'Collectivité territoriale de Guyane'],
    ['department', 'Bas-Rhin', 'Collectivité européenne d’Alsace'],
    ['region', 'Conseil régional de Mayotte', 'Conseil départemental de Mayotte'],
    ['region', '06', 'Conseil départemental de Mayotte'],
    ['region', 'Corse', 'Collectivité de Corse'],
  ] as const)('%s « %s » → %s', (kind, typed, body) => {
    expect(holderOf(kind, typed)?.body.body).toBe(body);
  });

  it('leaves every other territory to its own council', () => {
    expect(holderOf('department', 'Rhône')).toBeNull();
    expect(holderOf('department', '01')).toBeNull();
    expect(holderOf('region', 'Bretagne')).toBeNull();
  });
});
