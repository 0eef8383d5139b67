/**
 * The API Annuaire de l'administration's answers, written from the documented format
 * (Opendatasoft Explore v2.1 records of `api-lannuaire-administration`; product.md: `telephone`,
 * `adresse` and `pivot` are JSON inside strings, `adresse_courriel` may hold several addresses
 * separated by `;`, `LIKE "mairie"` also returns annex town halls). No real answer is used.
 */
import { describe, expect, it } from 'vitest';
import {
  ANNUAIRE_CREDIT,
  annuaireSettingsFromStored,
  completeContact,
  hasContactDetails,
  mairieQueryUrl,
  readMairieAnswer,
} from '../../../src/domain/collectivites/annuaire';

const pivot = (type: string, code: string) =>
  JSON.stringify([{ type_service_local: type, code_insee_commune: [code] }]);

const MAIN = {
  nom: 'Mairie - Villeurbanne',
  telephone: JSON.stringify([{ valeur: '04 78 03 67 67', description: '' }]),
  adresse: JSON.stringify([
    {
      type_adresse: 'Adresse postale',
      numero_voie: 'BP 5051',
      code_postal: '69601',
      nom_commune: 'Villeurbanne Cedex',
    },
    {
      type_adresse: 'Adresse',
      complement1: 'Hôtel de ville',
      complement2: '',
      numero_voie: 'Place Lazare-Goujon',
      service_distribution: '',
      code_postal: '69100',
      nom_commune: 'Villeurbanne',
    },
  ]),
  adresse_courriel: 'contact@mairie-villeurbanne.example ; rh@mairie-villeurbanne.example',
  pivot: pivot('mairie', '69266'),
  // The people of the service, JSON inside a string like the other lists; the maire among deputies.
  affectation_personne: JSON.stringify([
    { fonction: 'Adjointe au maire', personne: { civilite: 'Madame', prenom: 'Agnès', nom: 'THOUVENOT' } },
    { fonction: 'Maire', personne: { civilite: 'Monsieur', prenom: 'Cédric', nom: 'VAN STYVENDAEL' } },
  ]),
};

const ANNEX = {
  nom: 'Mairie annexe de Cusset',
  telephone: JSON.stringify([{ valeur: '04 78 00 00 01' }]),
  adresse: JSON.stringify([
    {
      type_adresse: 'Adresse',
      numero_voie: '1 rue de la Annexe',
      code_postal: '69100',
      nom_commune: 'Villeurbanne',
    },
  ]),
  adresse_courriel: 'annexe@mairie-villeurbanne.example',
  pivot: pivot('mairie', '69266'),
};

const answer = (...results: unknown[]) => JSON.stringify({ total_count: results.length, results });

describe('mairieQueryUrl', () => {
  it('asks the explore v2.1 records of api-lannuaire-administration for the mairie of one INSEE code, and sends nothing else', () => {
    const url = mairieQueryUrl(' 69266 ');
    expect(
      url.startsWith(
        'https://api-lannuaire.service-public.gouv.fr/api/explore/v2.1/catalog/datasets/api-lannuaire-administration/records?',
      ),
    ).toBe(true);
    const params = new URL(url).searchParams;
    expect(params.get('where')).toBe('code_insee_commune="69266" and pivot LIKE "mairie"');
    expect(params.get('select')).toBe('nom,telephone,adresse,adresse_courriel,pivot,affectation_personne');
    expect(params.get('limit')).toBe('20');
    expect(mairieQueryUrl('2a004')).toContain(encodeURIComponent('"2A004"'));
  });

  it('refuses anything but a commune code (no injection into the where clause)', () => {
    expect(() => mairieQueryUrl('69" or "1"="1')).toThrow();
    expect(() => mairieQueryUrl('200046977')).toThrow();
  });
});

describe('readMairieAnswer', () => {
  it('keeps the main mairie, not the annex, and reads the JSON inside strings', () => {
    const reading = readMairieAnswer(answer(ANNEX, MAIN), 'Villeurbanne');
    expect(reading).toEqual({
      status: 'found',
      contact: {
        name: 'Mairie - Villeurbanne',
        phone: '04 78 03 67 67',
        addressLines: ['Hôtel de ville', 'Place Lazare-Goujon', '69100 Villeurbanne'],
        emails: ['contact@mairie-villeurbanne.example', 'rh@mairie-villeurbanne.example'],
        head: { civility: 'Monsieur', name: 'Cédric Van Styvendael' },
        credit: ANNUAIRE_CREDIT,
      },
    });
    expect(ANNUAIRE_CREDIT).toBe('Source : Service-Public.gouv.fr / DILA');
  });

  it('without the commune name, still skips annexes and delegated mairies', () => {
    const delegated = { ...ANNEX, nom: 'Mairie déléguée de Saint-Julien' };
    const reading = readMairieAnswer(answer(delegated, ANNEX, MAIN));
    expect(reading.status === 'found' && reading.contact.name).toBe('Mairie - Villeurbanne');
  });

  it('prefers « Mairie - <commune> » among several non-annex records', () => {
    const other = { ...MAIN, nom: 'Mairie de quartier Gratte-Ciel', telephone: '[]' };
    const reading = readMairieAnswer(answer(other, { ...MAIN, nom: 'Mairie - Le Havre' }), 'Le Havre');
    expect(reading.status === 'found' && reading.contact.name).toBe('Mairie - Le Havre');
  });

  it('gives empty fields when they are missing', () => {
    const reading = readMairieAnswer(answer({ nom: 'Mairie - Sainte-Foy', pivot: pivot('mairie', '69202') }));
    expect(reading).toEqual({
      status: 'found',
      contact: {
        name: 'Mairie - Sainte-Foy',
        phone: '',
        addressLines: [],
        emails: [],
        credit: ANNUAIRE_CREDIT,
      },
    });
    if (reading.status === 'found') expect(hasContactDetails(reading.contact)).toBe(false);
  });

  it('ignores a malformed JSON string field without losing the others', () => {
    const reading = readMairieAnswer(
      answer({
        ...MAIN,
        telephone: '[{"valeur": "04 78',
        adresse: '{not json',
        adresse_courriel: 'pas une adresse; ok@mairie.example',
      }),
    );
    expect(reading.status === 'found' && reading.contact).toMatchObject({
      phone: '',
      addressLines: [],
      emails: ['ok@mairie.example'],
    });
  });

  it('accepts the fields as arrays too, should the API stop wrapping them in strings', () => {
    const reading = readMairieAnswer(
      answer({ ...MAIN, telephone: [{ valeur: '04 78 03 67 67' }], adresse: JSON.parse(MAIN.adresse) }),
    );
    expect(reading.status === 'found' && reading.contact.phone).toBe('04 78 03 67 67');
  });

  it('answers notFound when only annexes or other services come back, or nothing', () => {
    expect(readMairieAnswer(answer())).toEqual({ status: 'notFound' });
    expect(readMairieAnswer(answer(ANNEX))).toEqual({ status: 'notFound' });
    expect(readMairieAnswer(answer({ ...MAIN, pivot: pivot('mairie_mobile', '69266') }))).toEqual({
      status: 'notFound',
    });
  });

  it('calls anything else unexpected, never a guess', () => {
    expect(readMairieAnswer('<html>Maintenance</html>').status).toBe('unexpected');
    expect(readMairieAnswer(JSON.stringify({ error_code: 'ODSQLError', message: 'bad where' })).status).toBe(
      'unexpected',
    );
    expect(readMairieAnswer(JSON.stringify({ results: 'none' })).status).toBe('unexpected');
  });
});

describe('the maire in affectation_personne', () => {
  const headOf = (people: unknown) => {
    const reading = readMairieAnswer(answer({ ...MAIN, affectation_personne: people }), 'Villeurbanne');
    if (reading.status !== 'found') throw new Error('sample');
    return reading.contact.head;
  };

  it('is the person whose function is exactly « Maire », the name in its usual case', () => {
    expect(headOf(MAIN.affectation_personne)).toEqual({
      civility: 'Monsieur',
      name: 'Cédric Van Styvendael',
    });
    expect(
      headOf([{ fonction: 'Maire', personne: { civilite: 'Mme', prenom: 'Anne', nom: 'Hidalgo' } }]),
    ).toEqual({ civility: 'Madame', name: 'Anne Hidalgo' });
  });

  it('is nobody when only a deputy or a delegated maire is named, or the civility is missing', () => {
    expect(
      headOf(JSON.stringify([{ fonction: 'Maire délégué', personne: { civilite: 'M.', nom: 'X' } }])),
    ).toBe(undefined);
    expect(headOf(JSON.stringify([{ fonction: 'Maire', personne: { nom: 'Durand' } }]))).toBe(undefined);
    expect(headOf('not json')).toBe(undefined);
    expect(headOf(undefined)).toBe(undefined);
  });
});

describe('completeContact', () => {
  const reading = readMairieAnswer(answer(MAIN), 'Villeurbanne');
  if (reading.status !== 'found') throw new Error('sample');
  const contact = reading.contact;

  it('fills only the empty cells and appends the credit to Notes', () => {
    const result = completeContact(
      {
        phone: '06 12 34 56 78',
        email: '',
        address: '',
        notes: 'Rappeler lundi',
        headCivility: '',
        headName: '',
      },
      contact,
    );
    expect(result.filled).toEqual(['courriel', 'adresse', 'civilité et nom du maire']);
    expect(result.cells).toEqual({
      email: 'contact@mairie-villeurbanne.example',
      address: 'Hôtel de ville, Place Lazare-Goujon, 69100 Villeurbanne',
      headCivility: 'Monsieur',
      headName: 'Cédric Van Styvendael',
      notes:
        'Rappeler lundi\nCoordonnées complétées depuis l’Annuaire de l’administration (courriel, adresse, civilité et nom du maire). Autres adresses : rh@mairie-villeurbanne.example. Source : Service-Public.gouv.fr / DILA.',
    });
  });

  it('writes nothing when every cell is already filled (« Inconnue » is the person’s answer too)', () => {
    const full = { phone: 'x', email: 'y', address: 'z', notes: '', headCivility: 'Inconnue', headName: '' };
    expect(completeContact(full, contact)).toEqual({ cells: {}, filled: [] });
  });
});

describe('the setting', () => {
  it('is off by default and when damaged', () => {
    expect(annuaireSettingsFromStored(null)).toEqual({ enabled: false });
    expect(annuaireSettingsFromStored('{oops')).toEqual({ enabled: false });
    expect(annuaireSettingsFromStored('{"enabled":"yes"}')).toEqual({ enabled: false });
    expect(annuaireSettingsFromStored('{"enabled":true}')).toEqual({ enabled: true });
  });
});
