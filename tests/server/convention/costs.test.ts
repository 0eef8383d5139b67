/**
 * Calls per operation (emulator), for what the benchmark does not measure: tests/bench/budgets.test.ts
 * holds the convention opened and prepared again and the recap within their budgets on 5 and
 * 300 requests, but its workbook has no journal lines (the recap lists none) and never prepares
 * a convention for the first time. Here every request has its démarches in the journal, so the
 * recap lists more of them in a larger workbook, and « Conventions » is created by the first save.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_PLAN } from '../../../src/local/sample-plan';
import {
  addTrackingRequest,
  getConvention,
  makeRecap,
  prepareConventionLink,
  recordTrackingAction,
  savePlan,
  setUpTrackingTable,
} from '../../../src/server/api';
import { ok, openWorkbook, type Workbook } from '../tracking/harness';

let wb: Workbook;
afterEach(() => wb.close());

const DETAILS = {
  tutorFirstName: 'Sophie',
  tutorLastName: 'Lambert',
  dateStart: '2026-11-02',
  dateEnd: '2026-11-27',
  weekdays: [0, 1, 2, 3, 4],
  periods: [{ start: '09:00', end: '12:00' }],
  objective: 'confirm' as const,
};

function measure(requests: number) {
  wb = openWorkbook();
  ok(savePlan(SAMPLE_PLAN));
  ok(setUpTrackingTable({}));
  let last = '';
  for (let i = 0; i < requests; i++) {
    last = ok(addTrackingRequest({ collectivity: `Mairie n° ${i + 1}`, service: 'Accueil' })).requestId;
    ok(recordTrackingAction({ requestId: last, kind: 'call', date: '2026-11-02' }));
  }
  ok(recordTrackingAction({ requestId: last, kind: 'accept', date: '2026-11-20' }));
  const calls = wb.emulator.calls;
  const count = (run: () => unknown) => {
    calls.reset();
    run();
    return calls.snapshot();
  };
  return {
    // The first read after the plan was saved: the plan's rows are found from the cache its save wrote.
    firstGetConvention: count(() => ok(getConvention({ requestId: last }))),
    // The first save creates « Conventions », its columns and their metadata, and logs it once.
    firstPrepare: count(() => ok(prepareConventionLink({ ...DETAILS, requestId: last }))),
    recapDoc: count(() => ok(makeRecap({ from: '2026-11-01', to: '2026-11-28', format: 'doc' }))),
    recapSheet: count(() => ok(makeRecap({ from: '2026-11-01', to: '2026-11-28', format: 'sheet' }))),
  };
}

const total = (byMethod: Record<string, number>) => Object.values(byMethod).reduce((sum, n) => sum + n, 0);

describe('calls per operation', () => {
  it('are the same with 3 requests and with 60, the recap listing 20 times more démarches', () => {
    const small = measure(3);
    wb.close();
    const large = measure(60);
    expect(large).toEqual(small);
    // As a convention opened in a workbook in use (the bench's openConvention, without the part).
    expect(total(small.firstGetConvention)).toBeLessThanOrEqual(11);
    expect(total(small.firstPrepare)).toBeLessThanOrEqual(88);
    // The Doc is created, then written by one batchUpdate, however many démarches it lists.
    expect(small.recapDoc['Docs.Documents.create']).toBe(1);
    expect(small.recapDoc['Docs.Documents.batchUpdate']).toBe(1);
    expect(total(small.recapDoc)).toBeLessThanOrEqual(22);
    expect(total(small.recapSheet)).toBeLessThanOrEqual(28);
  });
});
