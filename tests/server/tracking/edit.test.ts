/**
 * « Modifier la demande » (updateTrackingRequest): the request is found by its N°, only the
 * cells that changed are written, text comes back exactly as typed (a string written with
 * setValues is read "as if the user typed them into the UI":
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption, USER_ENTERED),
 * and the journal gets one line only when something changed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { JOURNAL_SHEET_NAME, REQUESTS_SHEET_NAME } from '../../../src/domain/tracking';
import type { PlainTextRules } from '../../../src/local/emulator';
import {
  addTrackingRequest,
  getTracking,
  setUpTrackingTable,
  updateTrackingRequest,
} from '../../../src/server';
import { ok, openWorkbook, type Workbook } from './harness';

let wb: Workbook | undefined;
afterEach(() => wb?.close());

function open(plainText?: PlainTextRules): Workbook {
  wb = openWorkbook(plainText ? { plainText } : {});
  ok(setUpTrackingTable({}));
  ok(addTrackingRequest({ collectivity: 'Mairie de Lyon', service: 'Espaces verts', contactName: 'Martin' }));
  ok(addTrackingRequest({ collectivity: 'Mairie de Bron', contactName: 'Petit', phone: '04 72 36 13 13' }));
  ok(addTrackingRequest({ collectivity: 'Mairie de Vénissieux' }));
  return wb;
}

function suivi(workbook: Workbook) {
  const sheet = workbook.emulator.spreadsheet.getSheetByName(REQUESTS_SHEET_NAME);
  if (!sheet) throw new Error('no Suivi');
  return sheet;
}

/** 1-based column of `header` in Suivi. */
function columnOf(workbook: Workbook, header: string): number {
  const sheet = suivi(workbook);
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return index + 1;
}

/** What a cell holds, as exactly as the API tells it. */
function cell(workbook: Workbook, row: number, column: number) {
  const range = suivi(workbook).getRange(row, column);
  return { value: range.getValue(), formula: range.getFormula(), format: range.getNumberFormat() };
}

function journalLines(workbook: Workbook): unknown[][] {
  const sheet = workbook.emulator.spreadsheet.getSheetByName(JOURNAL_SHEET_NAME);
  if (!sheet) throw new Error('no journal');
  return sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).getValues();
}

/** The person sorts the data rows in reverse, values and formats moving together as in Sheets. */
function reverseRows(workbook: Workbook): void {
  const sheet = suivi(workbook);
  const range = sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn());
  const formats = range.getNumberFormats().reverse();
  const values = range.getValues().reverse();
  range.setNumberFormats(formats);
  range.setValues(values);
}

describe('« Modifier la demande »', () => {
  it('writes only the changed cells: the person’s other cells and own column keep their exact content', () => {
    const w = open();
    const sheet = suivi(w);
    // The person's own column, and a date typed in Notes of the request to edit.
    sheet.insertColumnAfter(sheet.getLastColumn());
    const own = sheet.getLastColumn();
    sheet.getRange(1, own).setValue('Mes remarques');
    sheet.getRange(3, own).setFormula('=LEN(B3)');
    const notes = columnOf(w, 'Notes');
    sheet.getRange(3, notes).setValue('12/09/2026');
    const address = columnOf(w, 'Adresse');
    sheet.getRange(3, address).setValue('1 place de la Mairie');
    const before = [
      cell(w, 3, own),
      cell(w, 3, notes),
      cell(w, 3, address),
      cell(w, 3, columnOf(w, 'Téléphone')),
    ];
    const journalBefore = journalLines(w).length;

    const answer = ok(
      updateTrackingRequest({
        requestId: 'D-002',
        contactName: 'Durand',
        civility: 'Madame',
        email: 'accueil@mairie-bron.example',
        address: '1 place de la Mairie',
      }),
    );

    expect(answer.changed).toEqual(['contactName', 'civility', 'email']);
    expect(cell(w, 3, columnOf(w, 'Interlocuteur')).value).toBe('Durand');
    expect(cell(w, 3, columnOf(w, 'Civilité')).value).toBe('Madame');
    expect(cell(w, 3, columnOf(w, 'Courriel')).value).toBe('accueil@mairie-bron.example');
    expect([
      cell(w, 3, own),
      cell(w, 3, notes),
      cell(w, 3, address),
      cell(w, 3, columnOf(w, 'Téléphone')),
    ]).toEqual(before);
    expect(before[0]?.formula).toBe('=LEN(B3)');
    const lines = journalLines(w);
    expect(lines).toHaveLength(journalBefore + 1);
    expect(lines.at(-1)?.slice(1, 5)).toEqual([
      'D-002',
      'Mairie de Bron',
      'Note',
      'Coordonnées modifiées\u00a0: interlocuteur, civilité, courriel.',
    ]);
    // One execution: the answer carries the list as getTracking reads it.
    expect(answer.overview).toEqual(ok(getTracking({})));
    expect(answer.overview.requests[1]).toMatchObject({ requestId: 'D-002', contactName: 'Durand' });
  });

  it('writes nothing and logs nothing when nothing changed', () => {
    const w = open();
    const journalBefore = journalLines(w).length;
    w.emulator.calls.reset();
    const answer = ok(
      updateTrackingRequest({ requestId: 'D-001', service: 'Espaces verts', contactName: 'Martin' }),
    );
    expect(answer.changed).toEqual([]);
    expect(w.emulator.calls.count('Range.setValues')).toBe(0);
    expect(w.emulator.calls.count('Sheet.appendRow')).toBe(0);
    expect(journalLines(w)).toHaveLength(journalBefore);
  });

  it('finds the request by its N° after the person sorted the rows', () => {
    const w = open();
    reverseRows(w);
    expect(cell(w, 2, 1).value).toBe('D-003');
    const answer = ok(updateTrackingRequest({ requestId: 'D-001', contactRole: 'Cheffe du service' }));
    expect(answer.row).toBe(4);
    expect(cell(w, 4, columnOf(w, 'Fonction')).value).toBe('Cheffe du service');
    expect(cell(w, 2, columnOf(w, 'Fonction')).value).toBe('');
    expect(cell(w, 3, columnOf(w, 'Fonction')).value).toBe('');
  });

  it('refuses a N° no longer in the table, in French, and writes nothing', () => {
    const w = open();
    suivi(w).deleteRow(3);
    const journalBefore = journalLines(w).length;
    const result = updateTrackingRequest({ requestId: 'D-002', contactName: 'Durand' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message.replace(/\u00a0/g, ' ')).toBe(
      'La demande D-002 est introuvable dans « Suivi des demandes » : elle a peut-être été supprimée.',
    );
    expect(journalLines(w)).toHaveLength(journalBefore);
  });

  it('checks the fields with the rules and messages of « Ajouter une demande »', () => {
    open();
    expect(updateTrackingRequest({ requestId: 'D-001', phone: '12' })).toMatchObject({
      ok: false,
      fields: { phone: 'Le numéro de téléphone semble incomplet.' },
    });
    expect(updateTrackingRequest({ requestId: 'D-001', civility: 'Docteur' as never })).toMatchObject({
      ok: false,
      fields: { civility: 'Choisissez Madame ou Monsieur.' },
    });
    expect(updateTrackingRequest({ requestId: ' ' })).toMatchObject({
      ok: false,
      fields: { requestId: 'Choisissez la demande à modifier.' },
    });
  });
});

const READINGS: Array<[string, PlainTextRules]> = [
  ["' kept, = a formula (strictest)", { apostrophe: 'kept', formula: 'formula' }],
  ["' eaten, = text", { apostrophe: 'stripped', formula: 'text' }],
];

describe.each(READINGS)('hostile text comes back as typed (%s)', (_reading, plainText) => {
  it.each(['007', "'texte", '=1+1', '12/09/2026', 'TRUE', '3,5'])('%j', (typed) => {
    const w = open(plainText);
    ok(
      updateTrackingRequest({
        requestId: 'D-002',
        service: typed,
        contactName: typed,
        contactRole: typed,
        address: typed,
      }),
    );
    for (const header of ['Service visé', 'Interlocuteur', 'Fonction', 'Adresse']) {
      expect(cell(w, 3, columnOf(w, header)).value, header).toBe(typed);
      expect(cell(w, 3, columnOf(w, header)).formula, header).toBe('');
    }
    expect(ok(getTracking({})).requests[1]).toMatchObject({
      service: typed,
      contactName: typed,
      contactRole: typed,
      address: typed,
    });
  });
});
