import { describe, expect, it } from 'vitest';
import {
  COLUMN_METADATA_KEY,
  JOURNAL_COLUMNS,
  REQUEST_COLUMNS,
  type RequestColumnKey,
} from '../../../src/domain/tracking/columns';
import { type ColumnMetadata, columnLetters, locateColumns } from '../../../src/domain/tracking/layout';
import { CIVILITIES, HEAD_CIVILITIES, REFUSAL_REASONS, STEPS } from '../../../src/domain/tracking/vocabulary';

const headers = REQUEST_COLUMNS.map((c) => c.header);
const meta = (value: string, column: number): ColumnMetadata => ({ key: COLUMN_METADATA_KEY, value, column });

describe('column definitions', () => {
  it('lists the product’s columns in order, with unique keys', () => {
    expect(headers).toEqual([
      'N°',
      'Collectivité',
      'Type',
      'Code (INSEE/SIREN)',
      'Service visé',
      'Interlocuteur',
      'Civilité',
      'Fonction',
      'Téléphone',
      'Courriel',
      'Adresse',
      'Étape',
      'Date du premier contact',
      'Dernière démarche',
      'Prochaine relance',
      'Motif de refus',
      'Courrier',
      'Notes',
      'Commentaire du conseiller',
      'Civilité du maire ou du président',
      'Nom du maire ou du président',
    ]);
    expect(new Set(REQUEST_COLUMNS.map((c) => c.key)).size).toBe(REQUEST_COLUMNS.length);
    expect(JOURNAL_COLUMNS.map((c) => c.header)).toEqual([
      'Date',
      'N°',
      'Collectivité',
      'Démarche',
      'Détail',
      'Auteur',
    ]);
  });

  it('gives dates the dd/mm/yyyy format and keeps codes and phones as text', () => {
    const format = (key: RequestColumnKey) => REQUEST_COLUMNS.find((c) => c.key === key)?.numberFormat;
    expect(format('firstContactDate')).toBe('dd/mm/yyyy');
    expect(format('lastActionDate')).toBe('dd/mm/yyyy');
    expect(format('nextFollowUpDate')).toBe('dd/mm/yyyy');
    expect(format('code')).toBe('@');
    expect(format('phone')).toBe('@');
    expect(format('collectivity')).toBeNull();
    expect(JOURNAL_COLUMNS[0].numberFormat).toBe('dd/mm/yyyy');
  });

  it('has dropdowns for Étape, Type, the two civilities and Motif de refus only', () => {
    const withDropdown = REQUEST_COLUMNS.filter((c) => c.dropdown !== null).map((c) => c.key);
    expect(withDropdown).toEqual(['collectivityType', 'civility', 'step', 'refusalReason', 'headCivility']);
    expect(REQUEST_COLUMNS.find((c) => c.key === 'headCivility')?.dropdown).toEqual(HEAD_CIVILITIES);
    expect(REQUEST_COLUMNS.find((c) => c.key === 'step')?.dropdown).toEqual(STEPS);
    expect(REQUEST_COLUMNS.find((c) => c.key === 'civility')?.dropdown).toEqual(CIVILITIES);
    expect(REQUEST_COLUMNS.find((c) => c.key === 'refusalReason')?.dropdown).toEqual(REFUSAL_REASONS);
    for (const c of REQUEST_COLUMNS) expect(c.width).toBeGreaterThanOrEqual(60);
  });
});

describe('locateColumns', () => {
  it('finds a fresh table by its headers and asks for metadata on each column', () => {
    const layout = locateColumns(REQUEST_COLUMNS, headers, []);
    expect(layout.columns.requestId).toBe(1);
    expect(layout.columns.step).toBe(12);
    expect(layout.columns.lastActionDate).toBe(14);
    expect(layout.missing).toEqual([]);
    expect(layout.metadataToAdd).toHaveLength(21);
    expect(layout.width).toBe(21);
  });

  it('finds headers whatever their accents, case and spaces', () => {
    const layout = locateColumns(REQUEST_COLUMNS, ['  ETAPE ', 'derniere   demarche', 'e mail', 'Tél.'], []);
    expect(layout.columns.step).toBe(1);
    expect(layout.columns.lastActionDate).toBe(2);
    expect(layout.columns.email).toBe(3);
    expect(layout.columns.phone).toBe(4);
  });

  it('prefers metadata: a moved and renamed column is still found', () => {
    // The counsellor renamed « Étape » to « Où j'en suis » and moved it to column B.
    const header = ['N°', "Où j'en suis", 'Collectivité', 'Dernière démarche'];
    const layout = locateColumns(REQUEST_COLUMNS, header, [meta('step', 2), meta('requestId', 1)]);
    expect(layout.columns.step).toBe(2);
    expect(layout.located.find((l) => l.key === 'step')?.foundBy).toBe('metadata');
    expect(layout.columns.collectivity).toBe(3);
    expect(layout.columns.lastActionDate).toBe(4);
    expect(layout.metadataToAdd).toEqual([
      { key: 'collectivity', column: 3 },
      { key: 'lastActionDate', column: 4 },
    ]);
  });

  it('is not misled by a user column inserted beside ours, nor by a header stolen by metadata', () => {
    // A user column « Étape » (their own) sits at A; ours, with metadata, was moved to D.
    const header = ['Étape', 'N°', 'Collectivité', 'Statut perso'];
    const layout = locateColumns(REQUEST_COLUMNS, header, [meta('step', 4)]);
    expect(layout.columns.step).toBe(4);
    expect(layout.columns.requestId).toBe(2);
  });

  it('ignores other add-ons’ metadata and unknown values', () => {
    const layout = locateColumns(
      REQUEST_COLUMNS,
      ['Étape'],
      [
        { key: 'autre.module', value: 'step', column: 5 },
        { key: COLUMN_METADATA_KEY, value: 'inconnue', column: 6 },
        { key: COLUMN_METADATA_KEY, value: null, column: 7 },
      ],
    );
    expect(layout.columns.step).toBe(1);
  });

  it('takes the leftmost column when metadata was copied with a column', () => {
    const layout = locateColumns(
      REQUEST_COLUMNS,
      ['Étape', 'Étape (copie)'],
      [meta('step', 2), meta('step', 1)],
    );
    expect(layout.columns.step).toBe(1);
  });

  it('appends missing columns after the last used column, never over one', () => {
    const header = ['Collectivité', 'Mes notes perso', '', 'Étape'];
    const layout = locateColumns(REQUEST_COLUMNS, header, []);
    expect(layout.missing[0]).toEqual({ key: 'requestId', column: 5, header: 'N°' });
    expect(layout.missing.map((m) => m.column)).toEqual(Array.from({ length: 19 }, (_, i) => 5 + i));
    expect(layout.width).toBe(23);
    const used = Object.values(layout.columns);
    expect(new Set(used).size).toBe(used.length);
    expect(used).not.toContain(2);
    expect(used).not.toContain(3);
  });

  it('appends after a metadata column lying beyond the header', () => {
    const layout = locateColumns(JOURNAL_COLUMNS, ['Date'], [meta('author', 9)]);
    expect(layout.columns.author).toBe(9);
    expect(layout.columns.requestId).toBe(10);
    expect(layout.width).toBe(13);
  });

  it('creates every column on an empty sheet', () => {
    const layout = locateColumns(JOURNAL_COLUMNS, [], []);
    expect(layout.missing.map((m) => [m.column, m.header])).toEqual([
      [1, 'Date'],
      [2, 'N°'],
      [3, 'Collectivité'],
      [4, 'Démarche'],
      [5, 'Détail'],
      [6, 'Auteur'],
    ]);
  });
});

describe('columnLetters', () => {
  it.each([
    [1, 'A'],
    [12, 'L'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
  ])('%i is %s', (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
  });

  it('refuses what is not a column', () => {
    expect(() => columnLetters(0)).toThrow();
  });
});
