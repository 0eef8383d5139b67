import { describe, expect, it } from 'vitest';
import { JOURNAL_COLUMNS, REQUEST_COLUMNS } from '../../../src/domain/tracking/columns';
import { locateColumns } from '../../../src/domain/tracking/layout';
import {
  changedKeys,
  journalRow,
  mergeRow,
  newRequestRow,
  readRequest,
  requestCells,
} from '../../../src/domain/tracking/request-rows';
import { PARIS, request, sheetDate, standardLayout } from './fixtures';

describe('readRequest', () => {
  it('reads a row as getValues returns it, wherever the columns are', () => {
    // The counsellor moved Étape first and inserted a column of their own.
    const header = [
      'Étape',
      'Perso',
      'N°',
      'Collectivité',
      'Téléphone',
      'Dernière démarche',
      'Prochaine relance',
    ];
    const layout = locateColumns(REQUEST_COLUMNS, header, []);
    const row = [
      'Courrier envoyé',
      'x',
      'D-004',
      ' Ville de Bron ',
      478123456,
      sheetDate('2026-11-03'),
      'demain',
    ];
    const req = readRequest(row, layout, PARIS);
    expect(req).toMatchObject({
      requestId: 'D-004',
      collectivity: 'Ville de Bron',
      phone: '478123456',
      step: 'Courrier envoyé',
      lastActionDate: '2026-11-03',
      nextFollowUpDate: null,
      notes: '',
    });
  });
});

describe('writing requests', () => {
  it('writes dates as midnight in Paris and neutralises user text', () => {
    const layout = standardLayout();
    const row = newRequestRow(
      request({
        collectivity: '=HYPERLINK("http://x")',
        phone: '+33 4 78 12 34 56',
        lastActionDate: '2026-11-03',
      }),
      layout,
      PARIS,
    );
    expect(row).toHaveLength(REQUEST_COLUMNS.length);
    expect(row[layout.columns.collectivity - 1]).toBe('\'=HYPERLINK("http://x")');
    expect(row[layout.columns.phone - 1]).toBe("'+33 4 78 12 34 56");
    expect(row[layout.columns.lastActionDate - 1]).toEqual(new Date('2026-11-02T23:00:00Z'));
    expect(row[layout.columns.firstContactDate - 1]).toBe('');
  });

  it('returns only the cells asked for, and knows which changed', () => {
    const layout = standardLayout();
    const before = request();
    const after = request({ step: 'Appel passé', notes: '@rappeler' });
    expect(changedKeys(before, after)).toEqual(['step', 'notes']);
    expect(requestCells(after, layout, PARIS, changedKeys(before, after))).toEqual([
      { column: 12, value: 'Appel passé' },
      { column: 18, value: "'@rappeler" },
    ]);
  });

  it('merges the cells into the row, keeping the user’s formulas and text that looks like one', () => {
    const values = ['D-001', 'Lyon', 42, '=pas une formule', ''];
    const formulas = ['', '', '=6*7', '', ''];
    const merged = mergeRow(values, formulas, [
      { column: 5, value: 'Appel passé' },
      { column: 7, value: 'x' },
    ]);
    expect(merged).toEqual(['D-001', 'Lyon', '=6*7', "'=pas une formule", 'Appel passé', '', 'x']);
  });

  it('writes a journal line in the journal’s own column order', () => {
    const layout = locateColumns(JOURNAL_COLUMNS, ['N°', 'Date', 'Auteur'], []);
    const row = journalRow(
      {
        date: '2026-11-03',
        requestId: 'D-001',
        collectivity: 'Lyon',
        action: 'Appel',
        detail: '-> rappeler lundi',
        author: 'claire@example.fr',
      },
      layout,
      PARIS,
    );
    expect(row).toEqual([
      'D-001',
      new Date('2026-11-02T23:00:00Z'),
      'claire@example.fr',
      'Lyon',
      'Appel',
      "'-> rappeler lundi",
    ]);
  });
});
