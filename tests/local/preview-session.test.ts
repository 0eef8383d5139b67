/**
 * The preview session on its own (no browser): a workbook that must always draw, the editor's
 * text, warning-only protections, pasted cells, CSV files and the simulated date.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator, loadEmulator } from '../../src/local/emulator';
import { parseClipboard, parseCsv } from '../../src/local/preview/delimited';
import { PROTECTION_WARNING, PreviewSession } from '../../src/local/preview/session';

// A tiny add-on: an onEdit that records the range it was given, as the real one reads e.range.
const CODE = `
function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem('Ouvrir', 'openIt').addToUi(); }
function openIt() {}
function onEdit(e) { PropertiesService.getDocumentProperties().setProperty('lastEdit', e.range.getA1Notation()); }
`;

function newSession(file: string | null = null) {
  const emulator = createEmulator({ now: new Date('2026-11-28T09:00:00+01:00') });
  const session = new PreviewSession(emulator, CODE, file);
  session.open();
  return { emulator, session, sheet: emulator.spreadsheet.getSheets()[0]?.getName() ?? '' };
}

const cell = (session: PreviewSession, row: number, column: number) =>
  session.state().grid?.rows[row - 1]?.[column - 1];

describe('preview session', () => {
  it('draws a sheet holding a formula the emulator cannot evaluate: /api/state never fails', () => {
    const { session, sheet } = newSession();
    session.edit(sheet, 1, 1, '=HYPERLINK("https://example.org";"site")');
    session.edit(sheet, 2, 1, 'Encore là');
    const state = session.state();
    expect(state.grid?.rows[0]?.[0]).toMatchObject({
      unevaluated: true,
      input: '=HYPERLINK("https://example.org";"site")',
    });
    expect(state.grid?.rows[1]?.[0]?.text).toBe('Encore là');
  });

  it('opens the editor on a text starting with « = » with its apostrophe, and on a formula with the formula', () => {
    const { session, sheet } = newSession();
    session.edit(sheet, 1, 1, "'=pas une formule");
    session.edit(sheet, 1, 2, '=1+2');
    session.edit(sheet, 1, 3, "'0612345678");
    session.edit(sheet, 1, 4, 'Mairie de Lyon');
    expect(cell(session, 1, 1)).toMatchObject({ text: '=pas une formule', input: "'=pas une formule" });
    expect(cell(session, 1, 2)).toMatchObject({ text: '3', input: '=1+2' });
    expect(cell(session, 1, 3)).toMatchObject({ text: '0612345678', input: "'0612345678" });
    expect(cell(session, 1, 4)?.input).toBe('Mairie de Lyon');
    // What the editor shows, sent back unchanged, keeps the cell as it was.
    session.edit(sheet, 1, 1, cell(session, 1, 1)?.input ?? '');
    expect(cell(session, 1, 1)?.text).toBe('=pas une formule');
  });

  it('asks before writing a cell under a warning-only protection, and writes once confirmed', () => {
    const { emulator, session, sheet } = newSession();
    emulator.spreadsheet.getSheets()[0]?.getRange('A1:B2').protect().setWarningOnly(true);
    expect(cell(session, 1, 1)?.warnOnEdit).toBe(true);
    expect(session.edit(sheet, 1, 1, 'x')).toEqual({ ok: false, warning: PROTECTION_WARNING });
    expect(cell(session, 1, 1)?.text).toBe('');
    expect(session.edit(sheet, 1, 1, 'x', true).ok).toBe(true);
    expect(cell(session, 1, 1)?.text).toBe('x');
    expect(cell(session, 3, 3)?.warnOnEdit).toBeUndefined();
  });

  it('pastes tab-separated cells from the selection on, with one onEdit for the whole range', () => {
    const { emulator, session, sheet } = newSession();
    const rows = parseClipboard('Collectivité\tÉtape\r\nMairie de Lyon\t"Appel\npassé"\r\n');
    expect(rows).toEqual([
      ['Collectivité', 'Étape'],
      ['Mairie de Lyon', 'Appel\npassé'],
    ]);
    expect(session.paste(sheet, 2, 2, rows).ok).toBe(true);
    expect(cell(session, 3, 3)?.text).toBe('Appel\npassé');
    expect(emulator.properties.state.document.lastEdit).toBe('B2:C3');
  });

  it('opens a CSV file as a new sheet, never over an existing one, text kept as text', () => {
    const { emulator, session } = newSession();
    const csv =
      '\uFEFFCollectivité;Contact;Note\n"Mairie de Lyon; RH";Mme Durand;=1+1\nCCAS;;"dit ""oui"""\n';
    expect(parseCsv(csv)[1]).toEqual(['Mairie de Lyon; RH', 'Mme Durand', '=1+1']);
    expect(session.importCsv('Mes démarches.csv', csv).ok).toBe(true);
    expect(session.importCsv('Mes démarches.csv', 'a,b\n1,2\n').ok).toBe(true);
    const names = emulator.spreadsheet.getSheets().map((s) => s.getName());
    expect(names.slice(-2)).toEqual(['Mes démarches', 'Mes démarches (2)']);
    const first = emulator.spreadsheet.getSheetByName('Mes démarches');
    expect(first?.getRange('A2:C3').getValues()).toEqual([
      ['Mairie de Lyon; RH', 'Mme Durand', '=1+1'],
      ['CCAS', '', 'dit "oui"'],
    ]);
    expect(first?.getRange('C2').getFormula()).toBe('');
    expect(session.state().grid?.name).toBe('Mes démarches (2)');
  });

  it('keeps the simulated date across a restart of a saved workbook', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stage-session-')), 'classeur.json');
    const { session } = newSession(file);
    expect(session.setToday('2026-12-24').ok).toBe(true);
    expect(readFileSync(PreviewSession.dateFile(file), 'utf8').trim()).toBe('2026-12-24');
    const reopened = new PreviewSession(loadEmulator(file), CODE, file);
    expect(reopened.restoreToday()).toBe('2026-12-24');
    expect(reopened.state().today).toBe('2026-12-24');
    PreviewSession.forgetToday(file);
    expect(existsSync(PreviewSession.dateFile(file))).toBe(false);
  });
});
