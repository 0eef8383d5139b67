import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addTrackingRequest,
  findTrackingImports,
  getTracking,
  importTrackingTable,
} from '../../../src/server';
import { ok, openWorkbook, shown, type Workbook } from './harness';

const SUIVI = 'Suivi des demandes';
const JOURNAL = 'Journal des démarches';
const OWN = 'Mes démarches';

let wb: Workbook;
beforeEach(() => {
  wb = openWorkbook();
  const sheet = wb.emulator.spreadsheet.getSheets()[0];
  sheet?.setName(OWN);
  sheet?.getRange('D2:D5').setNumberFormat('@');
  sheet?.getRange(1, 1, 5, 6).setValues([
    ['Date', 'Organisme', 'Contact', 'Téléphone', 'Statut', 'Remarques'],
    [
      new Date('2026-10-06T00:00:00+02:00'),
      'Mairie de Villeurbanne',
      'Mme Bernard',
      '04 78 03 67 67',
      'Appel passé',
      'Rappeler après les vacances',
    ],
    [
      new Date('2026-10-13T00:00:00+02:00'),
      'Mairie de Bron',
      'M. Petit',
      '04 72 36 13 13',
      'Courrier envoyé',
      '',
    ],
    ['bientôt', 'Métropole de Lyon', '', '04 78 63 40 40', 'Refus', 'Pas de tuteur disponible'],
    ['', '', '', '', '', ''],
  ]);
  wb.emulator.spreadsheet
    .insertSheet('Communes')
    .getRange('A1:B2')
    .setValues([
      ['Commune', 'Population'],
      ['Lyon', 520774],
    ]);
});
afterEach(() => wb.close());

describe('adopting a table the person already keeps', () => {
  it('detects it, proposes the mapping, imports after confirmation and leaves the original untouched', () => {
    const [candidate, ...others] = ok(findTrackingImports({}));
    expect(others).toEqual([]); // « Communes » is not a tracking table
    expect(candidate?.sheetName).toBe(OWN);
    expect(candidate?.rowCount).toBe(3);
    expect(candidate?.columns.map((c) => [c.header, c.target])).toEqual([
      ['Date', 'firstContactDate'],
      ['Organisme', 'collectivity'],
      ['Contact', 'contactName'],
      ['Téléphone', 'phone'],
      ['Statut', 'step'],
      ['Remarques', 'notes'],
    ]);
    ok(addTrackingRequest({ collectivity: 'Mairie de Lyon' }));
    const original = JSON.stringify(wb.emulator.view.sheet(OWN));

    const report = ok(
      importTrackingTable({
        sheetName: OWN,
        columns: (candidate?.columns ?? []).map(({ column, target }) => ({ column, target })),
      }),
    );
    expect(report).toMatchObject({ imported: 3, firstRequestId: 'D-002', lastRequestId: 'D-004' });
    expect(report.problems).toEqual([
      expect.objectContaining({ row: 4, header: 'Date', value: 'bientôt' }),
      expect.objectContaining({ row: 4, header: 'Statut', value: 'Refus' }),
    ]);
    expect(JSON.stringify(wb.emulator.view.sheet(OWN))).toBe(original);

    const requests = ok(getTracking({})).requests;
    expect(requests.map((r) => [r.requestId, r.collectivity, r.step])).toEqual([
      ['D-001', 'Mairie de Lyon', 'À contacter'],
      ['D-002', 'Mairie de Villeurbanne', 'Appel passé'],
      ['D-003', 'Mairie de Bron', 'Courrier envoyé'],
      ['D-004', 'Métropole de Lyon', 'Refusé'],
    ]);
    const rows = shown(wb.emulator, SUIVI);
    expect(rows[2]?.slice(12, 15)).toEqual(['06/10/2026', '06/10/2026', '27/10/2026']);
    expect(rows[2]?.[8]).toBe('04 78 03 67 67');
    // One journal line per imported request: their N° are never given again.
    expect(
      shown(wb.emulator, JOURNAL)
        .slice(2)
        .map((r) => [r[1], r[4]]),
    ).toEqual([
      ['D-002', 'Demande reprise de la feuille « Mes démarches ».'],
      ['D-003', 'Demande reprise de la feuille « Mes démarches ».'],
      ['D-004', 'Demande reprise de la feuille « Mes démarches ».'],
    ]);
  });

  it('imports a sheet once: a second time copies nothing, says so, and the sheet is no longer offered', () => {
    const [candidate] = ok(findTrackingImports({}));
    const columns = (candidate?.columns ?? []).map(({ column, target }) => ({ column, target }));
    expect(ok(importTrackingTable({ sheetName: OWN, columns })).imported).toBe(3);
    const before = shown(wb.emulator, SUIVI);
    expect(ok(importTrackingTable({ sheetName: OWN, columns }))).toMatchObject({
      imported: 0,
      alreadyInTable: 3,
    });
    expect(shown(wb.emulator, SUIVI)).toEqual(before);
    expect(ok(findTrackingImports({}))).toEqual([]);
    // A row added to the sheet later makes it worth offering again, for that row only.
    wb.emulator.spreadsheet.getSheetByName(OWN)?.getRange('B5').setValue('Mairie de Caluire');
    expect(ok(findTrackingImports({}))).toMatchObject([{ sheetName: OWN, rowCount: 4, alreadyInTable: 3 }]);
    expect(ok(importTrackingTable({ sheetName: OWN, columns }))).toMatchObject({
      imported: 1,
      alreadyInTable: 3,
    });
  });

  it('creates the tracking table when it does not exist yet', () => {
    const [candidate] = ok(findTrackingImports({}));
    const columns = (candidate?.columns ?? []).map(({ column, target }) => ({ column, target }));
    expect(ok(importTrackingTable({ sheetName: OWN, columns })).imported).toBe(3);
    expect(wb.emulator.view.sheets().map((s) => s.name)).toEqual([OWN, 'Communes', SUIVI, JOURNAL]);
  });

  it('refuses a mapping without the collectivité, or with a target twice, in French', () => {
    expect(
      importTrackingTable({ sheetName: OWN, columns: [{ column: 1, target: 'firstContactDate' }] }),
    ).toMatchObject({ ok: false, fields: { columns: expect.stringContaining('collectivité') } });
    expect(
      importTrackingTable({
        sheetName: OWN,
        columns: [
          { column: 2, target: 'collectivity' },
          { column: 3, target: 'collectivity' },
        ],
      }),
    ).toMatchObject({
      ok: false,
      message: 'Deux colonnes vont vers la même destination : choisissez-en une seule.',
    });
    expect(wb.emulator.spreadsheet.getSheetByName(SUIVI)).toBeNull();
  });
});
