import { beforeAll, describe, expect, it } from 'vitest';
import { type CommuneSearch, type Directory, searchCommunes } from '../../../src/domain/collectivites';
import { realData } from './real-data';

let directory: Directory;
beforeAll(() => {
  directory = realData().directory;
});

function choices(search: CommuneSearch) {
  if (!search.found) throw new Error(search.message);
  return search.choices;
}

describe('searching a commune by name', () => {
  it('ignores accents, case, hyphens and « Saint »/« St »', () => {
    for (const typed of [
      'Saint-Étienne',
      'saint etienne',
      'ST ETIENNE',
      'st-étienne',
      '  Saint   Etienne ',
    ]) {
      expect(choices(searchCommunes(directory, typed)).map((c) => c.code)).toContain('42218');
    }
  });

  it('finds a commune without its article (« Havre » → Le Havre)', () => {
    expect(choices(searchCommunes(directory, 'havre')).map((c) => c.label)).toEqual([
      'Le Havre (Seine-Maritime)',
    ]);
  });

  it('returns every homonym with its département, largest first, for the person to choose', () => {
    const saintDenis = choices(searchCommunes(directory, 'Saint-Denis'));
    expect(saintDenis.map((c) => c.label)).toEqual([
      'Saint-Denis (La Réunion)',
      'Saint-Denis (Seine-Saint-Denis)',
      'Saint-Denis (Aude)',
      'Saint-Denis (Gard)',
    ]);
    const sainteMarie = choices(searchCommunes(directory, 'ste marie'));
    expect(sainteMarie).toHaveLength(9);
    expect(new Set(sainteMarie.map((c) => c.departmentCode)).size).toBe(9);
  });

  it('says so in French and suggests close names when nothing matches', () => {
    const search = searchCommunes(directory, 'Marseile');
    expect(search.found).toBe(false);
    if (search.found) return;
    expect(search.message).toBe(
      'Aucune commune ne s’appelle « Marseile ». Vouliez-vous dire : Marseille (Bouches-du-Rhône) ?',
    );
    expect(search.suggestions.map((c) => c.code)).toEqual(['13055']);
  });

  it('suggests several when several are close (« Lyonn »), and says when nothing is', () => {
    const lyonn = searchCommunes(directory, 'Lyonn');
    expect(lyonn.found ? [] : lyonn.suggestions.map((c) => c.name)).toContain('Lyon');
    const none = searchCommunes(directory, 'Qwxzt');
    expect(none).toMatchObject({ found: false, suggestions: [] });
    expect(none.found ? '' : none.message).toMatch(/ni rien d’approchant/);
  });

  it('asks for something to search', () => {
    expect(searchCommunes(directory, '  ')).toMatchObject({ found: false });
    expect(searchCommunes(directory, 'a')).toMatchObject({ found: false });
    expect(searchCommunes(directory, '690')).toMatchObject({ found: false });
  });
});

describe('searching by postal code or INSEE code', () => {
  it('a postal code shared by several communes returns them all', () => {
    const found = choices(searchCommunes(directory, '01400'));
    const byPostalCode = found.filter((c) => c.matchedBy === 'postalCode');
    expect(byPostalCode.length).toBeGreaterThan(5);
    expect(byPostalCode.every((c) => c.postalCodes.includes('01400'))).toBe(true);
    // « 01400 » is also Seillonnaz's INSEE code: it comes last, marked as such.
    expect(found.at(-1)).toMatchObject({ name: 'Seillonnaz', matchedBy: 'inseeCode' });
  });

  it('Paris, Marseille and Lyon are one commune each with all their arrondissements’ postal codes', () => {
    // The data's municipal arrondissements (75101…, 13201…, 69381…) are not communes: left out.
    expect(choices(searchCommunes(directory, '75116')).map((c) => c.code)).toEqual(['75056']);
    expect(choices(searchCommunes(directory, '13 016')).map((c) => [c.name, c.matchedBy])).toEqual([
      ['Marseille', 'postalCode'],
      ['La Bouilladisse', 'inseeCode'],
    ]);
    const marseille = choices(searchCommunes(directory, 'Marseille'))[0];
    expect(marseille?.postalCodes).toHaveLength(16);
    expect(directory.byCode('75056')?.postalCodes).toHaveLength(21);
    expect(directory.byCode('69381')).toBeUndefined();
  });

  it('a commune with several postal codes is found by each', () => {
    for (const postalCode of ['93200', '93210', '93380']) {
      expect(choices(searchCommunes(directory, postalCode)).map((c) => c.code)).toContain('93066');
    }
  });

  it('a 5-digit number may be a postal code and an INSEE code: both are returned, told apart', () => {
    const found = choices(searchCommunes(directory, '13001'));
    expect(found.map((c) => [c.name, c.matchedBy])).toEqual([
      ['Marseille', 'postalCode'],
      ['Aix-en-Provence', 'inseeCode'],
    ]);
    expect(choices(searchCommunes(directory, '2a004')).map((c) => c.name)).toEqual(['Ajaccio']);
  });

  it('an unknown code gets a French message', () => {
    const search = searchCommunes(directory, '99999');
    expect(search.found ? '' : search.message).toBe(
      'Aucune commune n’a le code postal ou le code INSEE 99999. Vérifiez-le, ou cherchez la commune par son nom.',
    );
  });
});
