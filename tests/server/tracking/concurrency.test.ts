import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addTrackingRequest, recordTrackingAction, setUpTrackingTable } from '../../../src/server';
import { ok, openWorkbook, shown, USERS, type Workbook } from './harness';

const SUIVI = 'Suivi des demandes';
const JOURNAL = 'Journal des démarches';
const [CAMILLE = '', COUNSELLOR = ''] = USERS;
const BUSY = 'Quelqu’un d’autre modifie le classeur, réessayez dans un instant.';

let wb: Workbook;
beforeEach(() => {
  wb = openWorkbook();
  ok(setUpTrackingTable({}));
  ok(addTrackingRequest({ collectivity: 'Mairie de Lyon' }));
});
afterEach(() => wb.close());

/**
 * Runs `during` in the middle of the next operation, while it holds the document lock: the
 * operation asks Session for its author between its read and its write.
 */
function interleave(during: () => void): () => void {
  const g = globalThis as unknown as { Session: GoogleAppsScript.Base.Session };
  const real = g.Session;
  let done = false;
  g.Session = {
    getActiveUser: () => {
      if (!done) {
        done = true;
        during();
      }
      return real.getActiveUser();
    },
  } as GoogleAppsScript.Base.Session;
  return () => {
    g.Session = real;
  };
}

describe('two people at once: the document lock is really contended', () => {
  it('the second waits its turn, is told so in French, and no N° is given twice', () => {
    const { executions } = wb.emulator;
    wb.emulator.setActiveUser(CAMILLE);
    const camille = executions.begin();
    let counsellor = 0;
    let refused: unknown = null;
    let holdersDuring: Record<string, number> = {};
    let journalDuring = 0;
    const restore = interleave(() => {
      // The counsellor adds a request while Camille's addition holds the lock.
      wb.emulator.setActiveUser(COUNSELLOR);
      counsellor = executions.begin();
      holdersDuring = executions.holders();
      journalDuring = shown(wb.emulator, JOURNAL).length;
      refused = addTrackingRequest({ collectivity: 'Mairie de Vénissieux' });
      executions.switchTo(camille);
      wb.emulator.setActiveUser(CAMILLE);
    });
    try {
      expect(ok(addTrackingRequest({ collectivity: 'Mairie de Bron' })).requestId).toBe('D-002');
    } finally {
      restore();
    }
    expect(Object.values(holdersDuring)).toEqual([camille]);
    expect(refused).toEqual({ ok: false, message: BUSY, fields: {} });
    expect(journalDuring).toBe(2); // the header and D-001's line: nothing of the counsellor's
    executions.end(camille);

    // Her turn: she tries again and gets the next N°.
    executions.switchTo(counsellor);
    wb.emulator.setActiveUser(COUNSELLOR);
    expect(ok(addTrackingRequest({ collectivity: 'Mairie de Vénissieux' })).requestId).toBe('D-003');
    expect(shown(wb.emulator, SUIVI).map((row) => [row[0], row[1]])).toEqual([
      ['N°', 'Collectivité'],
      ['D-001', 'Mairie de Lyon'],
      ['D-002', 'Mairie de Bron'],
      ['D-003', 'Mairie de Vénissieux'],
    ]);
    expect(shown(wb.emulator, JOURNAL).map((row) => [row[1], row[5]])).toEqual([
      ['N°', 'Auteur'],
      ['D-001', CAMILLE],
      ['D-002', CAMILLE],
      ['D-003', COUNSELLOR],
    ]);
  });

  it('an action refused for a busy lock changes no cell of the row', () => {
    const { executions } = wb.emulator;
    const first = executions.begin();
    const restore = interleave(() => {
      executions.begin();
      const before = shown(wb.emulator, SUIVI);
      expect(recordTrackingAction({ requestId: 'D-001', kind: 'letter', date: '2026-11-28' })).toMatchObject({
        ok: false,
        message: BUSY,
      });
      expect(shown(wb.emulator, SUIVI)).toEqual(before);
      executions.switchTo(first);
    });
    try {
      ok(recordTrackingAction({ requestId: 'D-001', kind: 'call', date: '2026-11-28' }));
    } finally {
      restore();
    }
    expect(shown(wb.emulator, SUIVI)[1]?.[11]).toBe('Appel passé');
    expect(shown(wb.emulator, JOURNAL).map((row) => row[3])).toEqual(['Démarche', 'Note', 'Appel']);
  });
});
