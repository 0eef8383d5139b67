/**
 * « Préparer ma convention » against the emulator: only for an accepted request, the PMSMP
 * checks in French before anything is written, the answers in « Conventions » (created once,
 * one row per request, user text never a formula), the link, the SIRET from the Annuaire (opt-in).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANNUAIRE_RECORDS_URL } from '../../../src/domain/collectivites/annuaire';
import type { ConventionDetailsInput } from '../../../src/domain/convention';
import { SAMPLE_PLAN } from '../../../src/local/sample-plan';
import {
  addTrackingRequest,
  getConvention,
  prepareConventionLink,
  recordTrackingAction,
  saveAnnuaireSettings,
  savePlan,
  setUpTrackingTable,
} from '../../../src/server/api';
import { ok, openWorkbook, shown, type Workbook } from '../tracking/harness';

let wb: Workbook;
let requestId: string;

const DETAILS: ConventionDetailsInput = {
  requestId: '',
  tutorFirstName: 'Sophie',
  tutorLastName: 'Lambert',
  tutorRole: 'Responsable de l’accueil',
  tutorEmail: 'sophie.lambert@mairie.example',
  tutorPhone: '04 78 98 80 80',
  tutorSigns: true,
  siret: '732 829 320 00074',
  dateStart: '2026-11-02',
  dateEnd: '2026-11-27',
  weekdays: [0, 1, 2, 3, 4],
  periods: [
    { start: '09:00', end: '12:00' },
    { start: '13:30', end: '17:00' },
  ],
  objective: 'confirm',
};

function rows(sheet: string): Record<string, string>[] {
  const [header = [], ...data] = shown(wb.emulator, sheet);
  return data.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

beforeEach(() => {
  wb = openWorkbook();
  ok(savePlan(SAMPLE_PLAN));
  ok(setUpTrackingTable({}));
  ({ requestId } = ok(
    addTrackingRequest({
      collectivity: 'Mairie de Caluire-et-Cuire',
      collectivityType: 'Commune',
      code: '69034',
      service: 'Accueil',
      contactName: 'Lambert',
      contactRole: 'Responsable de l’accueil',
      phone: '04 78 98 80 80',
      address: '1 place du Docteur-Dugoujon, 69300 Caluire-et-Cuire',
    }),
  ));
  ok(recordTrackingAction({ requestId, kind: 'call', date: '2026-10-20' }));
});
afterEach(() => wb.close());

const accept = () => ok(recordTrackingAction({ requestId, kind: 'accept', date: '2026-10-28' }));

describe('Préparer ma convention', () => {
  it('is refused, in French, before the stage is accepted', () => {
    const answer = getConvention({ requestId });
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.message).toBe(
      'La demande D-001 est à l’étape « Appel passé » : la convention se prépare une fois le stage accepté. Notez d’abord l’accord de la collectivité dans « Suivi des demandes ».',
    );
    expect(prepareConventionLink({ ...DETAILS, requestId }).ok).toBe(false);
    expect(wb.emulator.spreadsheet.getSheetByName('Conventions')).toBeNull();
  });

  it('suggests the plan’s window, its objective and the person spoken to, and creates nothing', () => {
    accept();
    const view = ok(getConvention({ requestId }));
    expect(view.details).toMatchObject({
      tutorLastName: 'Lambert',
      tutorRole: 'Responsable de l’accueil',
      dateStart: '2026-11-02',
      dateEnd: '2026-11-27',
      weekdays: [0, 1, 2, 3, 4],
      objective: 'confirm',
    });
    expect(view.tutorFromRequest).toBe(true);
    expect(view.prepared).toBeNull();
    expect(wb.emulator.spreadsheet.getSheetByName('Conventions')).toBeNull();
  });

  it('checks the PMSMP rules first: a French message per field, nothing written', () => {
    accept();
    const answer = prepareConventionLink({
      ...DETAILS,
      requestId,
      dateStart: '2026-10-26',
      dateEnd: '2026-11-27',
    });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.fields.dateStart).toContain('Votre plan prévoit un début au plus tôt le 2 novembre 2026');
    expect(answer.fields.dateEnd).toContain('au plus un mois de date à date');
    expect(wb.emulator.spreadsheet.getSheetByName('Conventions')).toBeNull();
  });

  it('refuses a mistyped SIRET with the Luhn message, tied to its field', () => {
    accept();
    const answer = prepareConventionLink({ ...DETAILS, requestId, siret: '732 829 320 00075' });
    expect(!answer.ok && answer.fields.siret).toContain('clé de Luhn');
  });

  it('stores the answers in « Conventions », gives the link and logs it once', () => {
    accept();
    const prepared = ok(prepareConventionLink({ ...DETAILS, requestId }));
    const query = new URL(prepared.url).searchParams;
    expect(query.get('etLastName')).toBe('Lambert');
    expect(query.get('erFirstName')).toBe('Sophie');
    expect(query.get('businessName')).toBe('Mairie de Caluire-et-Cuire');
    expect(rows('Conventions')).toEqual([
      expect.objectContaining({
        'N°': 'D-001',
        Collectivité: 'Mairie de Caluire-et-Cuire',
        'Prénom du tuteur': 'Sophie',
        'Téléphone du tuteur': '04 78 98 80 80',
        'Le tuteur signe pour la collectivité': 'Oui',
        SIRET: '732 829 320 00074',
        Début: '02/11/2026',
        Fin: '27/11/2026',
        Jours: 'lundi, mardi, mercredi, jeudi, vendredi',
        Horaires: '09:00-12:00, 13:30-17:00',
        Objectif: 'Confirmer un projet professionnel',
        'Lien Immersion Facilitée': prepared.url,
        'Mise à jour': '28/11/2026',
      }),
    ]);
    const notes = rows('Journal des démarches').filter((r) =>
      (r.Détail ?? '').startsWith('Convention préparée'),
    );
    expect(notes).toHaveLength(1);

    // Prepared again with another tutor: the same row, no second journal line, the form shows it back.
    ok(prepareConventionLink({ ...DETAILS, requestId, tutorFirstName: 'Paul', tutorSigns: false }));
    expect(rows('Conventions')).toHaveLength(1);
    expect(rows('Conventions')[0]?.['Prénom du tuteur']).toBe('Paul');
    expect(
      rows('Journal des démarches').filter((r) => (r.Détail ?? '').startsWith('Convention préparée')),
    ).toHaveLength(1);
    const view = ok(getConvention({ requestId }));
    expect(view.details).toMatchObject({
      tutorFirstName: 'Paul',
      tutorSigns: false,
      siret: '732 829 320 00074',
      dateStart: '2026-11-02',
      weekdays: [0, 1, 2, 3, 4],
      periods: DETAILS.periods,
      objective: 'confirm',
    });
    expect(view.prepared?.url).toContain('etFirstName=Paul');
    expect(view.prepared?.toFill.map((f) => f.label)).toContain('Représentant de la structure d’accueil');
  });

  it('keeps user text as text (never a formula) and a column the person added', () => {
    accept();
    ok(prepareConventionLink({ ...DETAILS, requestId, tutorRole: '=IMPORTXML("http://x")' }));
    const sheet = wb.emulator.spreadsheet.getSheetByName('Conventions');
    if (sheet === null) throw new Error('no sheet');
    expect(sheet.getRange(2, 5).getFormula()).toBe('');
    expect(rows('Conventions')[0]?.['Fonction du tuteur']).toBe('=IMPORTXML("http://x")');
    sheet.getRange(1, 17).setValue('Mes remarques');
    sheet.getRange(2, 17).setValue('Appeler la DRH');
    ok(prepareConventionLink({ ...DETAILS, requestId }));
    expect(rows('Conventions')[0]?.['Mes remarques']).toBe('Appeler la DRH');
    expect(ok(getConvention({ requestId })).details.tutorRole).toBe('Responsable de l’accueil');
  });

  it('repairs « Conventions » when a column was deleted, and only then; the person’s column kept', () => {
    accept();
    ok(prepareConventionLink({ ...DETAILS, requestId }));
    const sheet = wb.emulator.spreadsheet.getSheetByName('Conventions');
    if (sheet === null) throw new Error('no sheet');
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getFilter()).not.toBeNull();
    const siret = shown(wb.emulator, 'Conventions')[0]?.indexOf('SIRET') ?? -1;
    expect(siret).toBeGreaterThanOrEqual(0);
    sheet.deleteColumn(siret + 1);
    const width = sheet.getLastColumn();
    sheet.getRange(1, width + 1).setValue('Mes remarques');
    sheet.getRange(2, width + 1).setValue('Appeler la DRH');
    // A renamed header is found by its metadata: nothing to repair for it.
    sheet.getRange(1, 1).setValue('Numéro');

    ok(prepareConventionLink({ ...DETAILS, requestId, tutorFirstName: 'Paul' }));
    const [row] = rows('Conventions');
    expect(row).toMatchObject({
      Numéro: 'D-001',
      'Prénom du tuteur': 'Paul',
      'Mes remarques': 'Appeler la DRH',
      SIRET: '732 829 320 00074',
    });
    // SIRET is appended at the right of everything there, the person’s column included.
    expect(sheet.getRange(1, width + 2).getValue()).toBe('SIRET');
    expect(rows('Conventions')).toHaveLength(1);
    expect(ok(getConvention({ requestId })).details.siret).toBe('732 829 320 00074');
  });

  it('takes the mairie’s SIRET from the API Annuaire when that setting is on', () => {
    accept();
    wb.emulator.urlFetch.respond(
      ANNUAIRE_RECORDS_URL,
      200,
      JSON.stringify({
        total_count: 1,
        results: [
          {
            nom: 'Mairie - Caluire-et-Cuire',
            siret: '21690034000011',
            pivot: '[{"type_service_local": "mairie"}]',
          },
        ],
      }),
    );
    expect(ok(getConvention({ requestId })).siretSource).toBe('none');
    expect(wb.emulator.urlFetch.requests()).toHaveLength(0);
    ok(saveAnnuaireSettings({ enabled: true }));
    const view = ok(getConvention({ requestId }));
    expect(view.siretSource).toBe('annuaire');
    expect(view.details.siret).toBe('21690034000011');
    const [request] = wb.emulator.urlFetch.requests();
    expect(new URL(request?.url ?? '').searchParams.get('select')).toBe('nom,siret,pivot');
  });
});
