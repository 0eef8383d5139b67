import { beforeAll, describe, expect, it } from 'vitest';
import { buildCollectivitesFile } from '../../../scripts/collectivites-data';
import { type Directory, loadDirectory } from '../../../src/domain/collectivites/directory';
import type { Request } from '../../../src/domain/tracking';
import {
  addresseeOf,
  bodyOfName,
  interlocutorIsHead,
  isHeadFunction,
  kindOfRow,
  needsDirectory,
} from '../../../src/server/letters/addressee';
import { periodOf, postalAddressOf, situationOf, whyOf } from '../../../src/server/letters/letter-input';
import { plan } from '../../domain/plan/fixtures';

const row = (fields: Partial<Request>): Request =>
  ({
    requestId: 'D-001',
    collectivity: '',
    collectivityType: '',
    code: '',
    service: 'Accueil',
    contactName: '',
    civility: '',
    contactRole: '',
    phone: '',
    email: '',
    address: '',
    step: '',
    firstContactDate: null,
    lastActionDate: null,
    nextFollowUpDate: null,
    refusalReason: '',
    letter: '',
    notes: '',
    counsellorComment: '',
    headCivility: '',
    headName: '',
    ...fields,
  }) as Request;

let directory: Directory;
beforeAll(() => {
  // The whole directory, as the build cuts it into the files HtmlService serves to the add-on.
  directory = loadDirectory(buildCollectivitesFile().text);
});

describe('the addressee of a row', () => {
  it('from the Code, the official body and its head, whatever the name typed', () => {
    expect(
      addresseeOf(row({ collectivity: 'Le Havre', code: '76351', collectivityType: 'Commune' }), directory),
    ).toEqual({
      kind: 'commune',
      name: 'Mairie du Havre',
      head: { civility: 'unknown', title: 'mayor', unasked: true },
    });
    expect(
      addresseeOf(row({ collectivity: 'CD 01', code: '01', collectivityType: 'Département' }), directory),
    ).toEqual({
      kind: 'department',
      name: 'Conseil départemental de l’Ain',
      nameWithArticle: 'du Conseil départemental de l’Ain',
      head: { civility: 'unknown', title: 'president', unasked: true },
    });
  });

  it('without a Code, from the Type and the name', () => {
    expect(bodyOfName('commune', 'Villeurbanne')).toEqual({ body: 'Mairie de Villeurbanne', headOf: null });
    expect(bodyOfName('department', 'Conseil départemental du Rhône').headOf).toBe(
      'du Conseil départemental du Rhône',
    );
    expect(bodyOfName('region', 'Conseil régional de Bretagne').headOf).toBe(
      'du Conseil régional de Bretagne',
    );
    expect(bodyOfName('intercommunality', 'Métropole de Lyon').headOf).toBe('de la Métropole de Lyon');
    expect(kindOfRow(row({ collectivity: 'Conseil départemental du Rhône' }))).toBe('department');
    expect(kindOfRow(row({ collectivity: 'Villeurbanne', code: '200046977' }))).toBe('intercommunality');
  });

  it('a département or a région typed by its bare name takes its article from the data', () => {
    const ain = addresseeOf(row({ collectivity: 'Ain', collectivityType: 'Département' }), directory);
    expect(ain.nameWithArticle).toBe('du Conseil départemental de l’Ain');
    const savoie = addresseeOf(
      row({ collectivity: 'haute savoie', collectivityType: 'Département' }),
      directory,
    );
    expect(savoie.name).toBe('Conseil départemental de la Haute-Savoie');
    expect(needsDirectory(row({ collectivity: 'Ain', collectivityType: 'Département' }))).toBe(true);
    expect(needsDirectory(row({ collectivity: 'Mairie de Lyon', collectivityType: 'Commune' }))).toBe(false);
  });

  it('the head’s civility from its own columns, else from the person spoken to when that is the head', () => {
    const mayor = row({
      collectivity: 'Mairie de Lyon',
      civility: 'Madame',
      contactRole: 'Maire',
      contactName: 'Martin',
    });
    expect(addresseeOf(mayor, null).head).toEqual({ civility: 'Madame', title: 'mayor', name: 'Martin' });
    expect(interlocutorIsHead(mayor)).toBe(true);
    const serviceHead = row({
      collectivity: 'Mairie de Lyon',
      civility: 'Madame',
      contactRole: 'cheffe de service',
      contactName: 'Martin',
    });
    expect(addresseeOf(serviceHead, null).head).toEqual({
      civility: 'unknown',
      title: 'mayor',
      unasked: true,
    });
    const recorded = { ...serviceHead, headCivility: 'Monsieur', headName: 'Grégory Doucet' };
    expect(addresseeOf(recorded, null).head).toEqual({
      civility: 'Monsieur',
      title: 'mayor',
      name: 'Grégory Doucet',
    });
    // « Inconnue »: asked, and nobody knows; the letter opens « Madame, Monsieur ».
    expect(addresseeOf({ ...serviceHead, headCivility: 'Inconnue' }, null).head).toEqual({
      civility: 'unknown',
      title: 'mayor',
    });
    const other = row({
      collectivity: 'Office de tourisme de Bron',
      collectivityType: 'Autre organisme public',
      civility: 'Monsieur',
      contactRole: 'directeur',
    });
    expect(addresseeOf(other, null).head).toEqual({
      civility: 'Monsieur',
      title: 'other',
      otherTitle: 'directeur',
    });
  });

  it('a deputy, a district mayor, a président of a commission or of a CCAS are not the head', () => {
    for (const role of [
      'Maire adjointe',
      'Adjoint au maire chargé du personnel',
      'Maire du 11e arrondissement',
      'Maire déléguée',
      'Président de la commission des finances',
      'Présidente du CCAS',
      'Vice-président',
      'Conseillère municipale déléguée',
    ]) {
      expect(isHeadFunction(role), role).toBe(false);
      const request = row({
        collectivity: 'Mairie de Lyon',
        civility: 'Madame',
        contactRole: role,
        contactName: 'Roux',
      });
      expect(addresseeOf(request, null).head.civility, role).toBe('unknown');
    }
    for (const role of ['Maire', 'maire de Lyon', 'Présidente', 'Président du Conseil départemental']) {
      expect(isHeadFunction(role), role).toBe(true);
    }
  });

  it('never a body that does not exist: Paris, Corse, Martinique, Guyane, Mayotte go to the body holding the powers', () => {
    const paris = addresseeOf(
      row({ collectivity: 'Conseil départemental de Paris', collectivityType: 'Département' }),
      directory,
    );
    expect([paris.kind, paris.name, paris.head.title]).toEqual(['commune', 'Mairie de Paris', 'mayor']);
    const corse = addresseeOf(
      row({ collectivity: 'Corse-du-Sud', collectivityType: 'Département', code: '2A' }),
      directory,
    );
    expect([corse.name, corse.nameWithArticle]).toEqual([
      'Collectivité de Corse',
      'du Conseil exécutif de Corse',
    ]);
    const mayotte = addresseeOf(row({ collectivity: 'Mayotte', collectivityType: 'Région' }), null);
    expect(mayotte.name).toBe('Conseil départemental de Mayotte');
    expect(needsDirectory(row({ collectivity: 'Guyane', collectivityType: 'Département' }))).toBe(false);
  });

  it('a commune typed with an H takes its article from the data: « d’Hyères », « de Haguenau »', () => {
    expect(needsDirectory(row({ collectivity: 'Mairie d’Hyères', collectivityType: 'Commune' }))).toBe(true);
    expect(addresseeOf(row({ collectivity: 'Hyères', collectivityType: 'Commune' }), directory).name).toBe(
      'Mairie d’Hyères',
    );
    expect(addresseeOf(row({ collectivity: 'Haguenau', collectivityType: 'Commune' }), directory).name).toBe(
      'Mairie de Haguenau',
    );
  });

  it('a CCAS is an établissement public whose head is its président', () => {
    const ccas = row({ collectivity: 'CCAS de Bron', collectivityType: 'Autre organisme public' });
    expect(addresseeOf(ccas, null)).toEqual({
      kind: 'other',
      name: 'CCAS de Bron',
      nameWithArticle: 'du CCAS de Bron',
      head: { civility: 'unknown', title: 'president', unasked: true },
    });
    expect(addresseeOf({ ...ccas, headCivility: 'Madame' }, null).head).toEqual({
      civility: 'Madame',
      title: 'president',
    });
  });

  it('splits a one-cell address into street lines, postal code and town', () => {
    expect(postalAddressOf('1 place de la Comédie, 69001 Lyon')).toEqual({
      lines: ['1 place de la Comédie'],
      postalCode: '69001',
      town: 'Lyon',
    });
    expect(postalAddressOf('Hôtel de ville\nBP 12\n74000 Annecy')).toEqual({
      lines: ['Hôtel de ville', 'BP 12'],
      postalCode: '74000',
      town: 'Annecy',
    });
  });

  it('gives the stage’s dates when the window fits the duration, else the window', () => {
    const conditions = { duration: { amount: 4, unit: 'weeks' as const } };
    expect(
      periodOf(plan({ conditions: { ...conditions, earliestStart: '2027-03-01', latestEnd: '2027-03-26' } })),
    ).toEqual({
      kind: 'dates',
      start: '2027-03-01',
      end: '2027-03-26',
    });
    expect(
      periodOf(plan({ conditions: { ...conditions, earliestStart: '2027-03-01', latestEnd: '2027-05-31' } })),
    ).toEqual({
      kind: 'text',
      text: 'entre le 1er mars 2027 et le 31 mai 2027',
    });
    expect(periodOf(plan({ conditions: { earliestStart: '2027-03-01' } }))).toEqual({
      kind: 'text',
      text: 'à partir du 1er mars 2027',
    });
  });

  it('tells who writes and why in the first person, from the plan’s answers', () => {
    expect(situationOf(plan({}))).toBe('Je suis actuellement en recherche d’emploi.');
    expect(situationOf(plan({ content: { currentSkills: "J'ai été caissière pendant six ans" } }))).toBe(
      "Je suis actuellement en recherche d’emploi. J'ai été caissière pendant six ans.",
    );
    expect(
      whyOf(
        plan({
          why: { reasons: ['network'] },
          content: { expectedGains: 'Une première expérience en mairie' },
        }),
      ),
    ).toBe(
      'Cette immersion serait pour moi l’occasion de me créer un réseau de contacts professionnels. J’en attends une première expérience en mairie.',
    );
    expect(whyOf(plan({}))).toBe('');
  });

  it('turns answers of any form into sentences, never « Mes compétences actuelles : … »', () => {
    const skills = (currentSkills: string) => situationOf(plan({ content: { currentSkills } })).slice(44);
    expect(skills('Accueil du public\nla gestion du courrier\n- Permis B')).toBe(
      'J’ai le permis B. J’ai des compétences en accueil du public et en gestion du courrier.',
    );
    expect(skills('tailler les haies ; conduire un tracteur')).toBe(
      'Je sais tailler les haies et conduire un tracteur.',
    );
    expect(skills('CAP Travaux paysagers\ndix ans de vente')).toBe(
      'Je suis titulaire d’un CAP Travaux paysagers. J’ai dix ans de vente.',
    );
    expect(skills('Dossier administratif')).toBe('J’ai des compétences en dossier administratif.');
    const gains = (expectedGains: string) => whyOf(plan({ content: { expectedGains } }));
    expect(gains('découvrir le travail en équipe\nreprendre confiance')).toBe(
      'J’espère ainsi découvrir le travail en équipe et reprendre confiance.',
    );
    expect(gains('une expérience récente ; un réseau')).toBe(
      'J’en attends une expérience récente et un réseau.',
    );
    for (const text of [skills('Accueil'), gains('une expérience')]) expect(text).not.toMatch(/ : /);
  });
});
