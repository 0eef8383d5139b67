import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addTrackingRequest, onEdit, recordTrackingAction, setUpTrackingTable } from '../../../src/server';
import { REFUSAL_NOTE } from '../../../src/server/tracking/on-edit';
import { ok, openWorkbook, shown, type Workbook } from './harness';

const SUIVI = 'Suivi des demandes';
const JOURNAL = 'Journal des démarches';
const STEP = 12; // L
const REASON = 16; // P

let wb: Workbook;
beforeEach(() => {
  wb = openWorkbook();
  ok(setUpTrackingTable({}));
  ok(addTrackingRequest({ collectivity: 'Mairie de Lyon' }));
  ok(recordTrackingAction({ requestId: 'D-001', kind: 'letter', date: '2026-11-20' }));
});
afterEach(() => wb.close());

/**
 * A person typing in the sheet, then Sheets running the simple trigger in the mode it gives
 * it (LIMITED here: the add-on is enabled in the workbook; the e-mail is hidden by default).
 */
function type(sheet: string, row: number, column: number, value: string): void {
  const edit = wb.emulator.userEdit(sheet, row, column, value);
  expect(edit.accepted).toBe(true);
  const event = edit.event as unknown as GoogleAppsScript.Events.SheetsOnEdit;
  wb.emulator.withAuthMode(edit.event?.authMode ?? 'LIMITED', () => onEdit(event));
}
const cell = (row: number, column: number) => wb.emulator.view.sheet(SUIVI).rows[row - 1]?.[column - 1];
const journalLines = () => shown(wb.emulator, JOURNAL).length - 1;

describe('onEdit: what a person types in the tracking table', () => {
  it('respects a step chosen in the sheet and logs it in the journal with its dates', () => {
    type(SUIVI, 2, STEP, 'Relance faite');
    expect(cell(2, STEP)?.display).toBe('Relance faite');
    expect(shown(wb.emulator, JOURNAL).at(-1)).toEqual([
      '28/11/2026',
      'D-001',
      'Mairie de Lyon',
      'Note',
      'Étape modifiée : Courrier envoyé → Relance faite.',
      // LIMITED: Google hides the editor's e-mail from simple triggers for most accounts.
      '',
    ]);
  });

  it('writes the editor as author when Google discloses e.user (same domain), never via Session', () => {
    wb.close();
    wb = openWorkbook({ identityInSimpleTriggers: true });
    ok(setUpTrackingTable({}));
    ok(addTrackingRequest({ collectivity: 'Mairie de Lyon' }));
    ok(recordTrackingAction({ requestId: 'D-001', kind: 'letter', date: '2026-11-20' }));
    wb.emulator.calls.reset();
    type(SUIVI, 2, STEP, 'Relance faite');
    expect(shown(wb.emulator, JOURNAL).at(-1)?.[5]).toBe('camille.martin@example.org');
    expect(wb.emulator.calls.count('Session.getActiveUser')).toBe(0);
  });

  it('asks for the reason of a refusal with a note and a toast, keeping what was chosen', () => {
    const lines = journalLines();
    type(SUIVI, 2, STEP, 'Refusé');
    expect(cell(2, STEP)?.display).toBe('Refusé');
    expect(cell(2, STEP)?.note).toBe(REFUSAL_NOTE);
    expect(wb.emulator.ui.toasts.at(-1)?.message).toBe(
      'Indiquez le motif du refus : il aide à mieux cibler les prochaines demandes.',
    );
    expect(journalLines()).toBe(lines);
    // The reason, once chosen, is logged and the note goes away.
    type(SUIVI, 2, REASON, 'Période ou durée inadaptée');
    expect(cell(2, STEP)?.note).toBeNull();
    expect(shown(wb.emulator, JOURNAL).at(-1)?.[4]).toBe('Motif du refus : Période ou durée inadaptée.');
  });

  it('takes a reason chosen in the dropdown of an earlier version, straight apostrophe and all', () => {
    const suivi = wb.emulator.spreadsheet.getSheetByName(SUIVI);
    const former = ["Pas de besoin ou de projet d'accueil", 'Pas de tuteur disponible', 'Autre (préciser)'];
    suivi
      ?.getRange(2, REASON, 10, 1)
      .setDataValidation(
        SpreadsheetApp.newDataValidation().requireValueInList(former, true).setAllowInvalid(false).build(),
      );
    type(SUIVI, 2, STEP, 'Refusé');
    type(SUIVI, 2, REASON, "Pas de besoin ou de projet d'accueil");
    expect(cell(2, STEP)?.note).toBeNull();
    expect(String(shown(wb.emulator, JOURNAL).at(-1)?.[4])).toMatch(
      /^Motif du refus.: Pas de besoin ou de projet d’accueil\.$/,
    );
  });

  it('drops the note once the step moves on from a refusal left without its reason', () => {
    type(SUIVI, 2, STEP, 'Refusé');
    expect(cell(2, STEP)?.note).toBe(REFUSAL_NOTE);
    type(SUIVI, 2, STEP, 'Abandonné');
    expect(cell(2, STEP)?.note).toBeNull();
    expect(shown(wb.emulator, JOURNAL).at(-1)?.[4]).toBe('Étape modifiée : Refusé → Abandonné.');
  });

  it('returns before any call for another sheet, another column or text that is no step', () => {
    wb.emulator.spreadsheet.insertSheet('Mes notes');
    const other = wb.emulator.userEdit('Mes notes', 1, 1, 'Bonjour');
    const notes = wb.emulator.userEdit(SUIVI, 2, 18, 'Appeler le matin');
    wb.emulator.calls.reset();
    onEdit(other.event as unknown as GoogleAppsScript.Events.SheetsOnEdit);
    onEdit(notes.event as unknown as GoogleAppsScript.Events.SheetsOnEdit);
    expect(wb.emulator.calls.count()).toBe(0);
    // A step's name typed on another sheet costs two calls: the sheet's name is checked first.
    const elsewhere = wb.emulator.userEdit('Mes notes', 2, 1, 'Refusé');
    onEdit(elsewhere.event as unknown as GoogleAppsScript.Events.SheetsOnEdit);
    expect(wb.emulator.calls.snapshot()).toEqual({ 'Range.getSheet': 1, 'Sheet.getName': 1 });
  });
});
