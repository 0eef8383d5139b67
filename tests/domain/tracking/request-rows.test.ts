import { describe, expect, it } from 'vitest';
import { JOURNAL_COLUMNS, REQUEST_COLUMNS } from '../../../src/domain/tracking/columns';
import { locateColumns } from '../../../src/domain/tracking/layout';
import {
  changedKeys,
  journalRow,
  newRequestRow,
  readRequest,
  requestCells,
} from '../../../src/domain/tracking/request-rows';
import { AUTOMATIC_FORMAT } from '../../../src/domain/tracking/text';
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

  it('reads text Sheets made a date (« 12/05 » typed in an Automatic cell) as the day the sheet shows', () => {
    const layout = standardLayout();
    const row = Array.from({ length: layout.width }, () => '' as unknown);
    row[layout.columns.contactName - 1] = sheetDate('2026-05-12');
    expect(readRequest(row, layout, PARIS).contactName).toBe('12/05/2026');
  });
});

describe('writing requests', () => {
  it('writes dates as Dates at midnight in Paris with a date format, and text as text (ValueInputOption USER_ENTERED: https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption)', () => {
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
    // = in an Automatic cell behind an apostrophe: never a formula, whatever a Plain-text cell does.
    expect(row[layout.columns.collectivity - 1]).toEqual({
      value: '\'=HYPERLINK("http://x")',
      format: AUTOMATIC_FORMAT,
    });
    // Anything else in a Plain-text cell, as typed (no apostrophe that could show).
    expect(row[layout.columns.phone - 1]).toEqual({ value: '+33 4 78 12 34 56', format: '@' });
    expect(row[layout.columns.lastActionDate - 1]).toEqual({
      value: new Date('2026-11-02T23:00:00Z'),
      format: 'dd/mm/yyyy',
    });
    expect(row[layout.columns.firstContactDate - 1]).toEqual({ value: '', format: 'dd/mm/yyyy' });
  });

  it('leaves the person’s own columns out of a new row (null: never written)', () => {
    const layout = locateColumns(REQUEST_COLUMNS, ['N°', 'Mon chiffre', 'Collectivité'], []);
    const row = newRequestRow(request(), layout, PARIS);
    expect(row[1]).toBeNull();
    expect(row[0]).toEqual({ value: 'D-001', format: '@' });
  });

  it('returns only the cells asked for, and knows which changed', () => {
    const layout = standardLayout();
    const before = request();
    const after = request({ step: 'Appel passé', notes: "'@rappeler" });
    expect(changedKeys(before, after)).toEqual(['step', 'notes']);
    expect(requestCells(after, layout, PARIS, changedKeys(before, after))).toEqual([
      { column: 12, content: { value: 'Appel passé', format: '@' } },
      { column: 18, content: { value: "''@rappeler", format: AUTOMATIC_FORMAT } },
    ]);
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
      { value: 'D-001', format: '@' },
      { value: new Date('2026-11-02T23:00:00Z'), format: 'dd/mm/yyyy' },
      { value: 'claire@example.fr', format: '@' },
      { value: 'Lyon', format: '@' },
      { value: 'Appel', format: '@' },
      { value: '-> rappeler lundi', format: '@' },
    ]);
  });
});
