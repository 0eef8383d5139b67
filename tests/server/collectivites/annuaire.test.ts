/**
 * The opt-in « Annuaire de l'administration » completion against the emulator: off by default,
 * fills only empty cells, a failure leaves the row as it was; UrlFetchApp answers offline.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ANNUAIRE_FORMER_RECORDS_URL,
  ANNUAIRE_RECORDS_URL,
} from '../../../src/domain/collectivites/annuaire';
import {
  addTrackingRequest,
  completeRequestFromAnnuaire,
  getAnnuaire,
  saveAnnuaireSettings,
} from '../../../src/server';
import { ok, openWorkbook, shown, type Workbook } from './harness';

const SUIVI = 'Suivi des demandes';
const JOURNAL = 'Journal des démarches';

const ANSWER = JSON.stringify({
  total_count: 2,
  results: [
    {
      nom: 'Mairie annexe de Cusset',
      telephone: '[{"valeur": "04 78 00 00 01"}]',
      adresse:
        '[{"type_adresse": "Adresse", "numero_voie": "1 rue de l\'Annexe", "code_postal": "69100", "nom_commune": "Villeurbanne"}]',
      adresse_courriel: 'annexe@mairie.example',
      pivot: '[{"type_service_local": "mairie", "code_insee_commune": ["69266"]}]',
    },
    {
      nom: 'Mairie - Villeurbanne',
      telephone: '[{"valeur": "04 78 03 67 67", "description": ""}]',
      adresse:
        '[{"type_adresse": "Adresse", "numero_voie": "Place Lazare-Goujon", "code_postal": "69100", "nom_commune": "Villeurbanne"}]',
      adresse_courriel: 'contact@mairie.example;rh@mairie.example',
      pivot: '[{"type_service_local": "mairie", "code_insee_commune": ["69266"]}]',
      affectation_personne:
        '[{"fonction": "Maire", "personne": {"civilite": "Monsieur", "prenom": "Cédric", "nom": "VAN STYVENDAEL"}}]',
    },
  ],
});

let wb: Workbook;
beforeEach(() => {
  wb = openWorkbook({ withData: false });
});
afterEach(() => wb.close());

function rows(): Record<string, string>[] {
  const [header = [], ...data] = shown(wb.emulator, SUIVI);
  return data.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

function addMairie(extra: Record<string, string> = {}) {
  return ok(
    addTrackingRequest({
      collectivity: 'Mairie de Villeurbanne',
      collectivityType: 'Commune',
      code: '69266',
      ...extra,
    }),
  );
}

describe("« Compléter les coordonnées depuis l'Annuaire de l'administration »", () => {
  it('is off by default: refused in French, and nothing is fetched', () => {
    addMairie();
    expect(ok(getAnnuaire({})).settings).toEqual({ enabled: false });
    const result = completeRequestFromAnnuaire({ requestId: 'D-001' });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('est désactivée') });
    expect(wb.emulator.calls.count('UrlFetchApp.fetch')).toBe(0);
  });

  it('when on, fills only the empty cells, credits the source in Notes, logs a journal line', () => {
    addMairie({ phone: '06 11 22 33 44' });
    ok(addTrackingRequest({ collectivity: 'Métropole de Lyon', code: '200046977' }));
    const view = ok(saveAnnuaireSettings({ enabled: true }));
    expect(view.settings.enabled).toBe(true);
    // Only the request with a commune's INSEE code is offered.
    expect(view.requests.map((r) => [r.requestId, r.code, r.missing])).toEqual([
      ['D-001', '69266', ['courriel', 'adresse', 'civilité et nom du maire']],
    ]);
    wb.emulator.urlFetch.respond(ANNUAIRE_RECORDS_URL, 200, ANSWER);
    const before = rows()[0] as Record<string, string>;
    wb.emulator.calls.reset();

    const report = ok(completeRequestFromAnnuaire({ requestId: 'D-001' }));
    const calls = wb.emulator.calls.count();
    expect(report.filled).toEqual(['courriel', 'adresse', 'civilité et nom du maire']);
    expect(report.message).toContain('Source : Service-Public.gouv.fr / DILA');
    const after = rows()[0] as Record<string, string>;
    expect(after.Téléphone).toBe('06 11 22 33 44');
    expect(after.Courriel).toBe('contact@mairie.example');
    expect(after.Adresse).toBe('Place Lazare-Goujon, 69100 Villeurbanne');
    // The maire the letters are addressed to, in the table's own columns.
    expect(after['Civilité du maire ou du président']).toBe('Monsieur');
    expect(after['Nom du maire ou du président']).toBe('Cédric Van Styvendael');
    expect(after.Notes).toContain('Source : Service-Public.gouv.fr / DILA');
    expect(after.Notes).toContain('Autres adresses : rh@mairie.example');
    for (const key of ['N°', 'Collectivité', 'Étape', 'Code (INSEE/SIREN)'])
      expect(after[key]).toBe(before[key]);
    const journal = shown(wb.emulator, JOURNAL);
    expect(journal.at(-1)?.slice(1, 5)).toEqual([
      'D-001',
      'Mairie de Villeurbanne',
      'Note',
      'Coordonnées complétées depuis l’Annuaire de l’administration : courriel, adresse, civilité et nom du maire. Source : Service-Public.gouv.fr / DILA.',
    ]);
    // Only the INSEE code is sent.
    const [request] = wb.emulator.urlFetch.requests();
    expect(new URL(request?.url ?? '').searchParams.get('where')).toBe(
      'code_insee_commune="69266" and pivot LIKE "mairie"',
    );
    expect(wb.emulator.calls.count('UrlFetchApp.fetch')).toBe(1);
    // 32 today: one read of the table, one fetch (3 calls), one row write, one journal line.
    expect(calls).toBeLessThanOrEqual(35);

    // A second click has nothing left to fill and writes nothing.
    const again = ok(completeRequestFromAnnuaire({ requestId: 'D-001' }));
    expect(again.filled).toEqual([]);
    expect(shown(wb.emulator, JOURNAL)).toEqual(journal);
  });

  // Service-Public moved to service-public.gouv.fr on 1 October 2025 (dataset page,
  // https://www.data.gouv.fr/datasets/service-public-fr-annuaire-de-l-administration-base-de-donnees-locales/):
  // the current host first, the former one only when the current one fails.
  it.each([
    ['cannot be reached', () => undefined],
    ['answers an error code', () => wb.emulator.urlFetch.respond(ANNUAIRE_RECORDS_URL, 404, 'Not Found')],
    ['answers something unreadable', () => wb.emulator.urlFetch.respond(ANNUAIRE_RECORDS_URL, 200, '<html>')],
  ])('asks the former host when the current one %s', (_, arrange) => {
    addMairie();
    ok(saveAnnuaireSettings({ enabled: true }));
    arrange();
    wb.emulator.urlFetch.respond(ANNUAIRE_FORMER_RECORDS_URL, 200, ANSWER);
    expect(ok(completeRequestFromAnnuaire({ requestId: 'D-001' })).filled).toEqual([
      'téléphone',
      'courriel',
      'adresse',
      'civilité et nom du maire',
    ]);
    expect(wb.emulator.urlFetch.requests().map((r) => new URL(r.url).host)).toEqual([
      'api-lannuaire.service-public.gouv.fr',
      'api-lannuaire.service-public.fr',
    ]);
  });

  it('asks only the current host when it answers', () => {
    addMairie();
    ok(saveAnnuaireSettings({ enabled: true }));
    wb.emulator.urlFetch.respond(ANNUAIRE_RECORDS_URL, 200, ANSWER);
    wb.emulator.urlFetch.respond(ANNUAIRE_FORMER_RECORDS_URL, 200, ANSWER);
    ok(completeRequestFromAnnuaire({ requestId: 'D-001' }));
    expect(wb.emulator.urlFetch.requests().map((r) => new URL(r.url).host)).toEqual([
      'api-lannuaire.service-public.gouv.fr',
    ]);
  });

  it.each([
    ['a network failure', () => undefined, 'n’a pas pu être joint'],
    ['an error code', () => wb.emulator.urlFetch.respond(ANNUAIRE_RECORDS_URL, 503, 'down'), 'code 503'],
    [
      'an unexpected answer',
      () => wb.emulator.urlFetch.respond(ANNUAIRE_RECORDS_URL, 200, '<html>'),
      'n’est pas celle attendue',
    ],
    [
      'no mairie',
      () => wb.emulator.urlFetch.respond(ANNUAIRE_RECORDS_URL, 200, '{"total_count":0,"results":[]}'),
      'ne donne pas de mairie',
    ],
  ])('leaves the row as it was on %s, and says so in French', (_, arrange, words) => {
    addMairie();
    ok(saveAnnuaireSettings({ enabled: true }));
    arrange();
    const before = { suivi: shown(wb.emulator, SUIVI), journal: shown(wb.emulator, JOURNAL) };
    const result = completeRequestFromAnnuaire({ requestId: 'D-001' });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) {
      expect(result.message).toContain(words);
      expect(result.message).toContain('la ligne n’a pas été modifiée');
    }
    expect({ suivi: shown(wb.emulator, SUIVI), journal: shown(wb.emulator, JOURNAL) }).toEqual(before);
  });

  it('refuses a request without a commune INSEE code without fetching', () => {
    ok(addTrackingRequest({ collectivity: 'Métropole de Lyon', code: '200046977' }));
    ok(saveAnnuaireSettings({ enabled: true }));
    const result = completeRequestFromAnnuaire({ requestId: 'D-001' });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('n’a pas de code INSEE') });
    expect(wb.emulator.calls.count('UrlFetchApp.fetch')).toBe(0);
  });
});
