/**
 * Calls per operation (emulator): the convention and the recap read each sheet once, whatever
 * the number of requests; the counts are written down in README.md's performance table.
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

function measure(requests: number): Record<string, number> {
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
    if (process.env.COST_DETAIL) process.stderr.write(`DETAIL ${JSON.stringify(calls.snapshot())}\n`);
    return calls.count();
  };
  return {
    // The first read after the plan changed: the plan's rows are found from the cache its save wrote.
    firstGetConvention: count(() => ok(getConvention({ requestId: last }))),
    getConvention: count(() => ok(getConvention({ requestId: last }))),
    firstPrepare: count(() => ok(prepareConventionLink({ ...DETAILS, requestId: last }))),
    prepareAgain: count(() => ok(prepareConventionLink({ ...DETAILS, requestId: last }))),
    recapDoc: count(() => ok(makeRecap({ from: '2026-11-01', to: '2026-11-28', format: 'doc' }))),
    recapSheet: count(() => ok(makeRecap({ from: '2026-11-01', to: '2026-11-28', format: 'sheet' }))),
  };
}

describe('calls per operation', () => {
  it('are the same with 3 requests and with 60, the Doc included (issue 14: two Docs calls whatever its length)', () => {
    const small = measure(3);
    wb.close();
    const large = measure(60);
    process.stderr.write(`COSTS ${JSON.stringify({ small, large })}\n`);
    expect(large).toEqual(small);
    expect(small.getConvention).toBeLessThanOrEqual(15);
    expect(small.prepareAgain).toBeLessThanOrEqual(35);
    expect(small.recapSheet).toBeLessThanOrEqual(45);
    // The Doc is created, then written by one batchUpdate, however many démarches it lists.
    expect(small.recapDoc).toBeLessThanOrEqual(35);
  });
});
