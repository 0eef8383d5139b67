/**
 * Workbooks of a given size for the benchmark: the add-on's own set-up, then N requests
 * written straight into the emulated sheet (uncounted), as if the person had worked for months.
 */

import {
  type IsoDay,
  locateColumns,
  newRequestRow,
  REQUEST_COLUMNS,
  REQUESTS_SHEET_NAME,
  type Request,
  STEPS,
} from '../../domain/tracking';
import { writeContents } from '../../server/cell-writes';
import { AddonRuntime } from '../addon-runtime';
import { createEmulator, type Emulator } from '../emulator';

export const BENCH_NOW = new Date('2026-11-28T09:00:00+01:00');

export interface BenchWorkbook {
  emulator: Emulator;
  runtime: AddonRuntime;
}

function isoDaysBefore(days: number): IsoDay {
  const date = new Date(BENCH_NOW.getTime() - days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

function sampleRequest(i: number): Request {
  const step = STEPS[i % STEPS.length] ?? 'À contacter';
  const contacted = step !== 'À contacter';
  const last = contacted ? isoDaysBefore(5 + (i % 40)) : null;
  return {
    requestId: `D-${String(i + 1).padStart(3, '0')}`,
    collectivity: `Mairie de Commune ${i + 1}`,
    collectivityType: 'Commune',
    code: String(1001 + i).padStart(5, '0'),
    service: 'Accueil',
    contactName: `Personne ${i + 1}`,
    civility: i % 2 ? 'Madame' : 'Monsieur',
    contactRole: 'Chef du service',
    phone: '04 78 00 00 00',
    email: `contact${i + 1}@mairie.example`,
    address: '1 place de la Mairie',
    step,
    firstContactDate: last,
    lastActionDate: last,
    nextFollowUpDate: null,
    refusalReason: step === 'Refusé' ? 'Pas de tuteur disponible' : '',
    letter: '',
    notes: '',
    counsellorComment: '',
    headCivility: '',
    headName: '',
  };
}

/** A new workbook, as on the add-on's first day: no sheet of the add-on, no cache. */
export function freshWorkbook(code: string, htmlDir: string): BenchWorkbook {
  const emulator = createEmulator({
    now: BENCH_NOW,
    users: ['camille.martin@example.org', 'conseillere.durand@francetravail.example'],
    spreadsheetName: 'Ma recherche de stage',
    htmlDir,
  });
  return { emulator, runtime: new AddonRuntime(emulator, code) };
}

/** A workbook with the tracking table holding `requests` rows, ready for one operation. */
export function benchWorkbook(code: string, htmlDir: string, requests: number): BenchWorkbook {
  const { emulator, runtime } = freshWorkbook(code, htmlDir);
  runtime.runFromSidebar('setUpTrackingTable', [{}]);
  const sheet = emulator.spreadsheet.getSheetByName(REQUESTS_SHEET_NAME);
  if (!sheet) throw new Error('The tracking table was not created');
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
  const layout = locateColumns(REQUEST_COLUMNS, header, []);
  const tz = emulator.spreadsheet.getSpreadsheetTimeZone();
  const rows = Array.from({ length: requests }, (_, i) => newRequestRow(sampleRequest(i), layout, tz));
  const lacking = rows.length + 1 - sheet.getMaxRows();
  if (lacking > 0) sheet.insertRowsAfter(sheet.getMaxRows(), lacking);
  writeContents(sheet, 2, 1, rows);
  // A workbook in use: the column searches of both sheets are cached (src/server/metadata-cache.ts).
  runtime.runFromSidebar('setUpTrackingTable', [{}]);
  emulator.calls.reset();
  return { emulator, runtime };
}
