/**
 * A workbook made by an earlier version holds the former spellings of the product's texts: a
 * straight apostrophe, « E-mail » rather than « Courriel », a plain space before « : ». Whatever
 * reads a sheet back accepts them, and set-up repairs such a workbook without a second column or
 * a second colour rule. Each test makes a workbook with today's add-on, writes the former
 * spellings over it (and drops the add-on's developer metadata, so that rows and columns are
 * found by their labels, as in a workbook that lost them), and reads it back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PLAN_SHEET_NAME } from '../../src/domain/plan';
import { REFUSAL_REASONS } from '../../src/domain/tracking';
import {
  addTrackingRequest,
  changeTrackingStep,
  getPlan,
  getTracking,
  recordTrackingAction,
  refreshDashboard,
  savePlan,
  setUpTrackingTable,
} from '../../src/server';
import { COMPLETE } from './plan/helpers';
import { ok, openWorkbook, shown, type Workbook } from './tracking/harness';

const SUIVI = 'Suivi des demandes';
const JOURNAL = 'Journal des démarches';
const BOARD = 'Tableau de bord';

let wb: Workbook;
afterEach(() => wb.close());

/** Today's text as an earlier version wrote it. */
const former = (text: string): string =>
  text
    .replace(/’/g, "'")
    .replace(/\u00a0/g, ' ')
    .replace(/^Courriel/, 'E-mail');

function sheetNamed(name: string) {
  const sheet = wb.emulator.spreadsheet.getSheetByName(name);
  if (sheet === null) throw new Error(`No sheet ${name}`);
  return sheet;
}

/** Rewrites the cells `which` selects with their former spelling; drops the sheet's developer metadata. */
function writeFormerSpellings(name: string, which: (row: number, column: number, text: string) => boolean) {
  const sheet = sheetNamed(name);
  const range = sheet.getDataRange();
  const values = range.getValues();
  const rewritten = values.map((row, r) =>
    row.map((value, c) => (typeof value === 'string' && which(r + 1, c + 1, value) ? former(value) : value)),
  );
  range.setValues(rewritten);
  const metadata = sheet.createDeveloperMetadataFinder().find();
  for (const item of metadata) item.remove();
  expect(sheet.createDeveloperMetadataFinder().find()).toHaveLength(0);
  return rewritten;
}

describe('a workbook written with the former spellings', () => {
  it('reads back the same plan: labels, section titles, chosen reasons, objective and role lines', () => {
    wb = openWorkbook();
    ok(savePlan(COMPLETE));
    const before = ok(getPlan({}));
    // Column A (labels and titles) and C (hints) all; in column B only the answers written from
    // the product's own words (reasons, objective, role lines), never the person's text.
    const vocabularyAnswers = [
      'Pourquoi je veux faire un stage',
      'Objectif de la PMSMP',
      'Mon rôle au fil du stage',
    ];
    const labels = new Map<number, string>();
    const written = writeFormerSpellings(PLAN_SHEET_NAME, (row, column, text) => {
      if (column === 1) labels.set(row, text);
      return column !== 2 || vocabularyAnswers.includes(labels.get(row) ?? '');
    });
    const formerLabels = written.map((row) => row[0]);
    expect(formerLabels).toEqual(
      expect.arrayContaining([
        'E-mail',
        'E-mail du conseiller ou de la conseillère',
        "J'ai besoin d'un ordinateur",
        '1. Pourquoi un stage ?',
        "4. Conditions idéales d'accueil",
      ]),
    );
    expect(written.flat().join('\n')).toMatch(/d'activité|S'immerger|Semaine 1 : /);

    expect(ok(getPlan({}))).toEqual(before);
  });

  it('reads back the same requests, journal figures and colours; set-up adds no column and no rule', () => {
    wb = openWorkbook();
    ok(setUpTrackingTable({}));
    ok(addTrackingRequest({ collectivity: 'Mairie de Lyon', email: 'accueil@mairie-lyon.example' }));
    ok(addTrackingRequest({ collectivity: 'Mairie de Bron' }));
    ok(recordTrackingAction({ requestId: 'D-001', kind: 'email', date: '2026-11-20' }));
    ok(recordTrackingAction({ requestId: 'D-002', kind: 'letter', date: '2026-11-02' }));
    ok(
      recordTrackingAction({
        requestId: 'D-002',
        kind: 'negativeAnswer',
        date: '2026-11-25',
        refusalReason: 'Pas de besoin ou de projet d’accueil',
      }),
    );
    ok(addTrackingRequest({ collectivity: 'Mairie de Vénissieux' }));
    ok(recordTrackingAction({ requestId: 'D-003', kind: 'letter', date: '2026-11-03' }));
    ok(changeTrackingStep({ requestId: 'D-003', step: 'Réponse positive', date: '2026-11-24' }));
    const tracking = ok(getTracking({}));
    ok(refreshDashboard({}));
    const board = shown(wb.emulator, BOARD);
    const suivi = sheetNamed(SUIVI);
    const rules = suivi.getConditionalFormatRules().length;
    const width = suivi.getLastColumn();

    const formerSuivi = writeFormerSpellings(SUIVI, () => true);
    expect(formerSuivi[0]).toContain('E-mail');
    expect(formerSuivi.flat()).toContain("Pas de besoin ou de projet d'accueil");
    const formerJournal = writeFormerSpellings(JOURNAL, () => true);
    expect(formerJournal.map((row) => row[3])).toContain('E-mail');
    expect(formerJournal.map((row) => String(row[4]))).toContain(
      "Refus : Pas de besoin ou de projet d'accueil.",
    );
    expect(formerJournal.map((row) => String(row[4]))).toContain(
      'Étape modifiée : Courrier envoyé → Réponse positive.',
    );

    expect(ok(getTracking({}))).toEqual(tracking);
    ok(refreshDashboard({}));
    expect(shown(wb.emulator, BOARD)).toEqual(board);

    ok(setUpTrackingTable({}));
    expect(suivi.getLastColumn()).toBe(width);
    expect(suivi.getConditionalFormatRules()).toHaveLength(rules);
    expect(shown(wb.emulator, SUIVI)[0]).toContain('E-mail');
    expect(ok(getTracking({}))).toEqual(tracking);
  });

  it('gets a refusal reason written as its own dropdown spells it, and read back in today’s words', () => {
    wb = openWorkbook();
    ok(setUpTrackingTable({}));
    ok(addTrackingRequest({ collectivity: 'Mairie de Bron' }));
    ok(recordTrackingAction({ requestId: 'D-001', kind: 'letter', date: '2026-11-02' }));
    // The dropdown an earlier version put on « Motif de refus », straight apostrophe included.
    const suivi = sheetNamed(SUIVI);
    const header = suivi.getRange(1, 1, 1, suivi.getLastColumn()).getValues()[0] ?? [];
    const column = header.indexOf('Motif de refus') + 1;
    const formerList = REFUSAL_REASONS.map(former);
    expect(formerList).toContain("Pas de besoin ou de projet d'accueil");
    suivi
      .getRange(2, column, suivi.getMaxRows() - 1, 1)
      .setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList(formerList, true)
          .setAllowInvalid(false)
          .build(),
      );

    ok(
      recordTrackingAction({
        requestId: 'D-001',
        kind: 'negativeAnswer',
        date: '2026-11-25',
        refusalReason: 'Pas de besoin ou de projet d’accueil',
      }),
    );
    expect(suivi.getRange(2, column).getValue()).toBe("Pas de besoin ou de projet d'accueil");
    const [request] = ok(getTracking({})).requests;
    expect(request?.refusalReason).toBe('Pas de besoin ou de projet d’accueil');
  });
});
