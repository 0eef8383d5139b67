import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addTrackingRequest,
  changeTrackingStep,
  getTracking,
  recordTrackingAction,
  setUpTrackingTable,
} from '../../../src/server';
import { ok, openWorkbook, shown, type Workbook } from './harness';

const SUIVI = 'Suivi des demandes';
const JOURNAL = 'Journal des démarches';

let wb: Workbook;
beforeEach(() => {
  wb = openWorkbook();
  ok(setUpTrackingTable({}));
});
afterEach(() => wb.close());

const lyon = {
  collectivity: 'Mairie de Lyon',
  collectivityType: 'Commune' as const,
  service: 'Espaces verts',
  contactName: 'Martin',
  civility: 'Madame' as const,
  phone: '04 72 10 30 30',
};

/** Row `n` of Suivi as displayed, by header. */
function rowOf(n: number): Record<string, string> {
  const [header = [], ...rows] = shown(wb.emulator, SUIVI);
  return Object.fromEntries(header.map((h, i) => [h, rows[n - 2]?.[i] ?? '']));
}

describe('requests from the sidebar', () => {
  it('adds a request with a new N°, step « À contacter », and one journal line with the author', () => {
    const first = ok(addTrackingRequest(lyon));
    const second = ok(addTrackingRequest({ collectivity: 'Mairie de Bron' }));
    expect([first.requestId, first.row, second.requestId, second.row]).toEqual(['D-001', 2, 'D-002', 3]);
    expect(rowOf(2)).toMatchObject({
      'N°': 'D-001',
      Collectivité: 'Mairie de Lyon',
      Étape: 'À contacter',
      Téléphone: '04 72 10 30 30',
    });
    expect(shown(wb.emulator, JOURNAL).slice(1)).toEqual([
      [
        '28/11/2026',
        'D-001',
        'Mairie de Lyon',
        'Note',
        'Demande ajoutée. Service visé : Espaces verts.',
        'camille.martin@example.org',
      ],
      ['28/11/2026', 'D-002', 'Mairie de Bron', 'Note', 'Demande ajoutée.', 'camille.martin@example.org'],
    ]);
  });

  it('never gives a N° twice, even after a row was deleted', () => {
    ok(addTrackingRequest(lyon));
    ok(addTrackingRequest({ collectivity: 'Mairie de Bron' }));
    wb.emulator.spreadsheet.getSheetByName(SUIVI)?.deleteRow(3);
    expect(ok(addTrackingRequest({ collectivity: 'Mairie de Vénissieux' })).requestId).toBe('D-003');
  });

  it('refuses a request without a collectivité, with the message on the field', () => {
    const result = addTrackingRequest({ collectivity: '  ' });
    expect(result).toMatchObject({ ok: false, fields: { collectivity: 'Indiquez la collectivité.' } });
    expect(shown(wb.emulator, SUIVI)).toHaveLength(1);
  });

  it('records a call: Étape, Dernière démarche, Prochaine relance updated, one journal line', () => {
    ok(addTrackingRequest(lyon));
    wb.emulator.setActiveUser('conseillere.durand@francetravail.example');
    const value = ok(
      recordTrackingAction({
        requestId: 'D-001',
        kind: 'call',
        date: '2026-11-27',
        detail: 'Rappeler lundi',
      }),
    );
    expect(value).toMatchObject({
      step: 'Appel passé',
      lastActionDate: '2026-11-27',
      nextFollowUpDate: '2026-12-18',
    });
    expect(rowOf(2)).toMatchObject({
      Étape: 'Appel passé',
      'Date du premier contact': '27/11/2026',
      'Dernière démarche': '27/11/2026',
      'Prochaine relance': '18/12/2026',
    });
    expect(shown(wb.emulator, JOURNAL).at(-1)).toEqual([
      '27/11/2026',
      'D-001',
      'Mairie de Lyon',
      'Appel',
      'Rappeler lundi',
      'conseillere.durand@francetravail.example',
    ]);
  });

  it('acts on the row selected in the sheet when no N° is given', () => {
    ok(addTrackingRequest(lyon));
    ok(addTrackingRequest({ collectivity: 'Mairie de Bron' }));
    wb.emulator.select(SUIVI, 3, 2);
    expect(ok(recordTrackingAction({ kind: 'letter', date: '2026-11-28' })).requestId).toBe('D-002');
    expect(rowOf(3).Étape).toBe('Courrier envoyé');
    expect(rowOf(2).Étape).toBe('À contacter');
    wb.emulator.select(JOURNAL, 2, 1);
    expect(recordTrackingAction({ kind: 'letter', date: '2026-11-28' })).toMatchObject({
      ok: false,
      fields: { requestId: expect.stringContaining('Cliquez d') },
    });
  });

  it('refuses to act on a blank row selected in the sheet, and writes nothing into it', () => {
    ok(addTrackingRequest(lyon));
    ok(addTrackingRequest({ collectivity: 'Mairie de Bron' }));
    ok(addTrackingRequest({ collectivity: 'Mairie de Vénissieux' }));
    const sheet = wb.emulator.spreadsheet.getSheetByName(SUIVI);
    sheet?.getRange(3, 1, 1, sheet.getLastColumn()).clearContent();
    const before = shown(wb.emulator, SUIVI);
    wb.emulator.select(SUIVI, 3, 2);
    expect(recordTrackingAction({ kind: 'call', date: '2026-11-28' })).toMatchObject({
      ok: false,
      fields: { requestId: expect.stringContaining('La ligne 3 est vide') },
    });
    expect(shown(wb.emulator, SUIVI)).toEqual(before);
  });

  it('refuses a refusal without a reason, and changes nothing', () => {
    ok(addTrackingRequest(lyon));
    ok(recordTrackingAction({ requestId: 'D-001', kind: 'letter', date: '2026-11-20' }));
    const before = [shown(wb.emulator, SUIVI), shown(wb.emulator, JOURNAL)];
    expect(recordTrackingAction({ requestId: 'D-001', kind: 'negativeAnswer', date: '2026-11-28' })).toEqual({
      ok: false,
      message: 'Indiquez le motif du refus : il aide à mieux cibler les prochaines demandes.',
      fields: {
        refusalReason: 'Indiquez le motif du refus : il aide à mieux cibler les prochaines demandes.',
      },
    });
    expect(changeTrackingStep({ requestId: 'D-001', step: 'Refusé', date: '2026-11-28' })).toMatchObject({
      ok: false,
      fields: { refusalReason: expect.any(String) },
    });
    expect([shown(wb.emulator, SUIVI), shown(wb.emulator, JOURNAL)]).toEqual(before);
    // With its reason, the refusal is recorded.
    ok(
      recordTrackingAction({
        requestId: 'D-001',
        kind: 'negativeAnswer',
        date: '2026-11-28',
        refusalReason: 'Pas de tuteur disponible',
      }),
    );
    expect(rowOf(2)).toMatchObject({
      Étape: 'Refusé',
      'Motif de refus': 'Pas de tuteur disponible',
      'Prochaine relance': '',
    });
    expect(shown(wb.emulator, JOURNAL).at(-1)?.[4]).toBe('Refus : Pas de tuteur disponible.');
  });

  it('changes a step directly and logs it', () => {
    ok(addTrackingRequest(lyon));
    ok(changeTrackingStep({ requestId: 'D-001', step: 'Réponse positive', date: '2026-11-28' }));
    expect(rowOf(2).Étape).toBe('Réponse positive');
    expect(shown(wb.emulator, JOURNAL).at(-1)?.[4]).toBe('Étape modifiée : À contacter → Réponse positive.');
  });

  it('recreates a deleted journal rather than losing the line', () => {
    ok(addTrackingRequest(lyon));
    const spreadsheet = wb.emulator.spreadsheet;
    spreadsheet.deleteSheet(spreadsheet.getSheetByName(JOURNAL) as never);
    ok(recordTrackingAction({ requestId: 'D-001', kind: 'call', date: '2026-11-28' }));
    expect(shown(wb.emulator, JOURNAL).map((r) => r[3])).toEqual(['Démarche', 'Appel']);
  });

  it('names an unknown N° in French', () => {
    expect(recordTrackingAction({ requestId: 'D-404', kind: 'call', date: '2026-11-28' })).toMatchObject({
      ok: false,
      message:
        'La demande D-404 est introuvable dans « Suivi des demandes » : elle a peut-être été supprimée.',
    });
  });

  it('writes user text as text: a collectivité named like a formula stays what was typed', () => {
    const typed = '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/x","A1:Z")';
    ok(addTrackingRequest({ collectivity: typed, service: '+33 4 72', contactName: '@Martin' }));
    ok(recordTrackingAction({ requestId: 'D-001', kind: 'note', date: '2026-11-28', detail: '=1+1' }));
    const view = wb.emulator.view.sheet(SUIVI);
    const cells = view.rows[1]?.slice(1, 6) ?? [];
    expect(cells.every((c) => c.formula === null)).toBe(true);
    expect(rowOf(2)).toMatchObject({
      Collectivité: typed,
      'Service visé': '+33 4 72',
      Interlocuteur: '@Martin',
    });
    const journal = wb.emulator.view.sheet(JOURNAL);
    expect(journal.rows.flat().filter((c) => c.formula !== null)).toEqual([]);
    expect(shown(wb.emulator, JOURNAL).map((r) => r[2])).toEqual(['Collectivité', typed, typed]);
    expect(shown(wb.emulator, JOURNAL).at(-1)?.[4]).toBe('=1+1');
  });

  it('keeps a formula of the person’s in the row it rewrites', () => {
    ok(addTrackingRequest(lyon));
    const sheet = wb.emulator.spreadsheet.getSheetByName(SUIVI);
    sheet?.getRange('R2').setFormula('=B2&" (à voir)"');
    ok(recordTrackingAction({ requestId: 'D-001', kind: 'call', date: '2026-11-28' }));
    expect(sheet?.getRange('R2').getFormula()).toBe('=B2&" (à voir)"');
    expect(rowOf(2).Notes).toBe('Mairie de Lyon (à voir)');
  });
});

describe('follow-ups due today', () => {
  it('lists a request 21 days without an answer with « Rappeler Mme Martin au … » first', () => {
    ok(addTrackingRequest(lyon));
    ok(addTrackingRequest({ collectivity: 'Mairie de Bron' }));
    ok(recordTrackingAction({ requestId: 'D-001', kind: 'call', date: '2026-11-28' }));
    ok(recordTrackingAction({ requestId: 'D-002', kind: 'letter', date: '2026-11-28' }));
    expect(ok(getTracking({})).followUps).toEqual([]);
    wb.advanceDays(21);
    const overview = ok(getTracking({}));
    expect(overview.today).toBe('2026-12-19');
    expect(overview.followUps).toEqual([
      {
        requestId: 'D-001',
        row: 2,
        kind: 'followUp',
        summary: 'Mairie de Lyon — Espaces verts : sans réponse depuis 21 jours',
        // A call without a letter: call back, then write (no « relance écrite » of a letter never sent).
        suggestions: ['Rappeler Mme Martin au 04 72 10 30 30', 'Envoyer la demande écrite au maire'],
      },
      {
        requestId: 'D-002',
        row: 3,
        kind: 'followUp',
        summary: 'Mairie de Bron : sans réponse depuis 21 jours',
        suggestions: ['Envoyer une relance écrite'],
      },
    ]);
    expect(overview.requests.map((r) => [r.requestId, r.step])).toEqual([
      ['D-001', 'Appel passé'],
      ['D-002', 'Courrier envoyé'],
    ]);
  });

  it('agrees with the sheet’s colours: a date typed as text is not « à relancer » in the sidebar either', () => {
    ok(addTrackingRequest(lyon));
    ok(addTrackingRequest({ collectivity: 'Mairie de Bron' }));
    ok(recordTrackingAction({ requestId: 'D-001', kind: 'letter', date: '2026-11-01' }));
    ok(recordTrackingAction({ requestId: 'D-002', kind: 'letter', date: '2026-11-01' }));
    const sheet = wb.emulator.spreadsheet.getSheetByName(SUIVI);
    const header = sheet?.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
    const column = header.indexOf('Dernière démarche') + 1;
    sheet?.getRange(3, column).setNumberFormat('@').setValue('01/11/2026');
    wb.advanceDays(30);
    const overview = ok(getTracking({}));
    expect(overview.followUps.map((f) => f.requestId)).toEqual(['D-001']);
    const view = wb.emulator.view.sheet(SUIVI);
    const coloured = (row: number) => view.rows[row - 1]?.[0]?.background;
    expect([coloured(2), coloured(3)]).toEqual(['#f9cb9c', '#ffffff']);
  });

  it('says the table does not exist yet rather than failing', () => {
    wb.emulator.spreadsheet.deleteSheet(wb.emulator.spreadsheet.getSheetByName(SUIVI) as never);
    expect(ok(getTracking({}))).toMatchObject({ exists: false, requests: [], followUps: [] });
  });
});
