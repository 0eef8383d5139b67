/**
 * A tracking table of realistic size, written straight into the emulated workbook (uncounted),
 * as months of work would leave it: requests at every step, and the journal lines of their answers.
 */

import {
  addDays,
  JOURNAL_COLUMNS,
  type JournalEntry,
  journalRow,
  locateColumns,
  newRequestRow,
  REFUSAL_REASONS,
  REQUEST_COLUMNS,
  type Request,
  STEPS,
} from '../../../src/domain/tracking';
import { setUpTrackingTable } from '../../../src/server';
import { writeContents } from '../../../src/server/cell-writes';
import { ok, type Workbook } from '../tracking/harness';

export const TODAY = '2026-11-28';
const PARIS = 'Europe/Paris';

export interface Seeded {
  readonly requests: Request[];
  readonly answers: JournalEntry[];
}

function requestNumber(i: number): Request {
  const step = STEPS[i % STEPS.length] ?? 'À contacter';
  const contacted = step !== 'À contacter';
  const first = contacted ? addDays(TODAY, -(10 + (i % 40))) : null;
  // Waiting requests: last action 0 to 29 days ago, so some are due today and some late.
  const last = contacted ? addDays(TODAY, -(i % 30)) : null;
  return {
    requestId: `D-${String(i + 1).padStart(3, '0')}`,
    collectivity: `Mairie n° ${i + 1}`,
    collectivityType: 'Commune',
    code: '',
    service: i % 2 === 0 ? 'Espaces verts' : 'Accueil',
    contactName: i % 3 === 0 ? 'Martin' : '',
    civility: i % 3 === 0 ? 'Madame' : '',
    contactRole: '',
    phone: i % 3 === 0 ? '0478123456' : '',
    email: '',
    address: '',
    step,
    firstContactDate: first,
    lastActionDate: last,
    nextFollowUpDate: null,
    refusalReason: step === 'Refusé' ? (REFUSAL_REASONS[i % REFUSAL_REASONS.length] ?? '') : '',
    letter: '',
    notes: '',
    counsellorComment: '',
    headCivility: '',
    headName: '',
  };
}

/** Creates the tracking sheets with the add-on, then fills them with `count` requests. */
export function seedTracking(wb: Workbook, count: number): Seeded {
  ok(setUpTrackingTable({}));
  const requests = Array.from({ length: count }, (_, i) => requestNumber(i));
  const answers: JournalEntry[] = requests.flatMap((r) =>
    ['Réponse positive', 'Rencontre prévue', 'Stage accepté', 'Refusé'].includes(r.step) && r.firstContactDate
      ? [
          {
            date: addDays(r.firstContactDate, 5),
            requestId: r.requestId,
            collectivity: r.collectivity,
            action: 'Réponse' as const,
            detail: '',
            author: 'camille.martin@example.org',
          },
        ]
      : [],
  );
  const layout = locateColumns(
    REQUEST_COLUMNS,
    REQUEST_COLUMNS.map((c) => c.header),
    [],
  );
  const journalLayout = locateColumns(
    JOURNAL_COLUMNS,
    JOURNAL_COLUMNS.map((c) => c.header),
    [],
  );
  const s = wb.emulator.spreadsheet;
  const suivi = s.getSheetByName('Suivi des demandes');
  const journal = s.getSheetByName('Journal des démarches');
  if (!suivi || !journal) throw new Error('The set-up made no tracking sheets');
  if (count > 0) {
    if (suivi.getMaxRows() < count + 1)
      suivi.insertRowsAfter(suivi.getMaxRows(), count + 1 - suivi.getMaxRows());
    writeContents(
      suivi,
      2,
      1,
      requests.map((r) => newRequestRow(r, layout, PARIS)),
    );
  }
  if (answers.length > 0) {
    if (journal.getMaxRows() < answers.length + 1)
      journal.insertRowsAfter(journal.getMaxRows(), answers.length + 1 - journal.getMaxRows());
    writeContents(
      journal,
      2,
      1,
      answers.map((a) => journalRow(a, journalLayout, PARIS)),
    );
  }
  return { requests, answers };
}
