import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Proposal } from '../../../src/domain/collectivites';
import {
  addCollectivitesToTracking,
  addTrackingRequest,
  searchCollectivitesAround,
  setUpTrackingTable,
} from '../../../src/server';
import { fileReads, ok, openWorkbook, shown, type Workbook } from './harness';

const SUIVI = 'Suivi des demandes';
const JOURNAL = 'Journal des démarches';

let wb: Workbook;
beforeEach(() => {
  wb = openWorkbook();
});
afterEach(() => wb.close());

/** The proposals around `query`, as the sidebar receives them. */
function proposalsAround(query: string): Proposal[] {
  const found = ok(searchCollectivitesAround({ query }));
  if (found.status !== 'proposals') throw new Error(`No proposals for ${query}`);
  return [...found.proposals];
}

const pick = (proposals: readonly Proposal[], ...names: string[]) =>
  names.map((name) => {
    const found = proposals.find((p) => p.body === name);
    if (!found) throw new Error(`No proposal ${name}`);
    return found;
  });

/** The data rows of Suivi as displayed, by header. */
function rows(): Record<string, string>[] {
  const [header = [], ...data] = shown(wb.emulator, SUIVI);
  return data.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

describe('« Ajouter au suivi »', () => {
  it('creates the table when needed and adds the chosen proposals « À contacter », with their journal lines', () => {
    const proposals = proposalsAround('Villeurbanne');
    const chosen = pick(
      proposals,
      'Mairie de Villeurbanne',
      'Métropole de Lyon',
      'Conseil régional d’Auvergne-Rhône-Alpes',
    );
    const report = ok(addCollectivitesToTracking({ proposals: chosen }));
    expect(report.message).toBe('Le tableau de suivi a été créé. 3 demandes ajoutées.');
    expect(report.added).toEqual([
      { requestId: 'D-001', row: 2, collectivity: 'Mairie de Villeurbanne' },
      { requestId: 'D-002', row: 3, collectivity: 'Métropole de Lyon' },
      { requestId: 'D-003', row: 4, collectivity: 'Conseil régional d’Auvergne-Rhône-Alpes' },
    ]);
    expect(rows().map((r) => [r['N°'], r.Collectivité, r.Type, r['Code (INSEE/SIREN)'], r.Étape])).toEqual([
      ['D-001', 'Mairie de Villeurbanne', 'Commune', '69266', 'À contacter'],
      ['D-002', 'Métropole de Lyon', 'Intercommunalité', chosen[1]?.siren, 'À contacter'],
      ['D-003', 'Conseil régional d’Auvergne-Rhône-Alpes', 'Région', '84', 'À contacter'],
    ]);
    // The Métropole de Lyon's special statute is kept next to its request.
    expect(rows()[1]?.Notes).toContain('compétences du département');
    expect(shown(wb.emulator, JOURNAL).slice(1)).toEqual(
      report.added.map((a) => [
        '28/11/2026',
        a.requestId,
        a.collectivity,
        'Note',
        'Demande ajoutée depuis la recherche de collectivités.',
        'camille.martin@example.org',
      ]),
    );
  });

  it('never adds a collectivité already in the table, and says which ones were', () => {
    ok(setUpTrackingTable({}));
    ok(addTrackingRequest({ collectivity: 'Mairie de Lyon', collectivityType: 'Commune' }));
    const proposals = proposalsAround('Villeurbanne');
    const chosen = pick(
      proposals,
      'Mairie de Villeurbanne',
      'Mairie de Lyon',
      'Mairie de Vénissieux',
      'Mairie de Bron',
    );
    expect(ok(addCollectivitesToTracking({ proposals: chosen })).message).toBe(
      '3 demandes ajoutées ; la Mairie de Lyon était déjà dans votre suivi.',
    );
    const again = ok(addCollectivitesToTracking({ proposals: chosen.slice(0, 2) }));
    expect(again).toMatchObject({ added: [], alreadyTracked: ['Mairie de Villeurbanne', 'Mairie de Lyon'] });
    expect(again.message).toBe(
      'Aucune demande ajoutée ; la Mairie de Villeurbanne et la Mairie de Lyon étaient déjà dans votre suivi.',
    );
    expect(rows().map((r) => r.Collectivité)).toEqual([
      'Mairie de Lyon',
      'Mairie de Villeurbanne',
      'Mairie de Vénissieux',
      'Mairie de Bron',
    ]);
    expect(rows().map((r) => r['N°'])).toEqual(['D-001', 'D-002', 'D-003', 'D-004']);
  });

  it('recognises a commune already tracked by its code, even when Sheets dropped its leading zero', () => {
    ok(setUpTrackingTable({}));
    ok(
      addTrackingRequest({ collectivity: 'Châtillon (mairie)', collectivityType: 'Commune', code: '01093' }),
    );
    // A person typing « 01093 » in a cell not formatted as text leaves the number 1093.
    wb.emulator.spreadsheet.getSheetByName(SUIVI)?.getRange('D2').setNumberFormat('0').setValue(1093);
    const chosen = pick(proposalsAround('Châtillon-sur-Chalaronne'), 'Mairie de Châtillon-sur-Chalaronne');
    expect(ok(addCollectivitesToTracking({ proposals: chosen })).message).toBe(
      'Aucune demande ajoutée ; la Mairie de Châtillon-sur-Chalaronne était déjà dans votre suivi.',
    );
  });

  it('writes all the rows with one setValues and the journal with another, whatever their number', () => {
    ok(setUpTrackingTable({}));
    const proposals = proposalsAround('Villeurbanne');
    const costOf = (chosen: Proposal[]) => {
      wb.emulator.calls.reset();
      const report = ok(addCollectivitesToTracking({ proposals: chosen }));
      expect(report.added).toHaveLength(chosen.length);
      return wb.emulator.calls.snapshot();
    };
    // The first write of a session also records where the columns are: not this operation's cost.
    costOf(proposals.slice(0, 1));
    const few = costOf(proposals.slice(1, 3));
    const many = costOf(proposals.slice(3, 23));
    expect(few['Range.setValues']).toBe(2);
    expect(few['Sheet.appendRow']).toBeUndefined();
    expect(few['LockService.getDocumentLock']).toBe(1);
    expect(many).toEqual(few);
    // Adding never reads the data file again: the sidebar sends the proposals back.
    expect(fileReads(wb.emulator)).toBe(0);
  });

  it('writes a name starting with « = » as text, never as a formula', () => {
    const [commune] = proposalsAround('Bron');
    if (!commune) throw new Error('No proposal');
    ok(addCollectivitesToTracking({ proposals: [{ ...commune, code: '69029', body: '=IMPORTXML("x")' }] }));
    const cell = wb.emulator.spreadsheet.getSheetByName(SUIVI)?.getRange('B2');
    expect(cell?.getFormula()).toBe('');
    expect(cell?.getDisplayValue()).toBe('=IMPORTXML("x")');
  });

  it('refuses an empty choice or a forged proposal in French, and writes nothing', () => {
    expect(addCollectivitesToTracking({ proposals: [] })).toMatchObject({
      ok: false,
      fields: { proposals: 'Cochez au moins une collectivité à ajouter.' },
    });
    const [commune] = proposalsAround('Bron');
    if (!commune) throw new Error('No proposal');
    expect(addCollectivitesToTracking({ proposals: [{ ...commune, code: 'abc' }] })).toMatchObject({
      ok: false,
    });
    expect(wb.emulator.spreadsheet.getSheetByName(SUIVI)).toBeNull();
  });
});
