import { afterEach, describe, expect, it } from 'vitest';
import { RULE_COLOURS } from '../../../src/domain/tracking';
import {
  addTrackingRequest,
  changeTrackingStep,
  getTracking,
  recordTrackingAction,
  setUpTrackingTable,
} from '../../../src/server';
import { ok, openWorkbook, type Workbook } from './harness';

const SUIVI = 'Suivi des demandes';
let wb: Workbook;
afterEach(() => wb.close());

const background = (row: number, column = 2) =>
  wb.emulator.view.sheet(SUIVI, { maxRows: row }).rows[row - 1]?.[column - 1]?.background;

describe('follow-up colours: the exact pushed formulas, evaluated by the emulator', () => {
  it('orange from the 21st day after the last action, not on the 20th', () => {
    wb = openWorkbook();
    ok(setUpTrackingTable({}));
    for (const name of ['Lyon', 'Bron', 'Vénissieux'])
      ok(addTrackingRequest({ collectivity: `Mairie de ${name}` }));
    // Last actions 22, 21 and 20 days before 19 December.
    ok(recordTrackingAction({ requestId: 'D-001', kind: 'call', date: '2026-11-27' }));
    ok(recordTrackingAction({ requestId: 'D-002', kind: 'letter', date: '2026-11-28' }));
    wb.advanceDays(1);
    ok(recordTrackingAction({ requestId: 'D-003', kind: 'call', date: '2026-11-29' }));
    expect([background(2), background(3), background(4)]).toEqual(['#ffffff', '#ffffff', '#ffffff']);
    wb.advanceDays(20); // 19 December
    expect([background(2), background(3), background(4)]).toEqual([
      RULE_COLOURS.followUp,
      RULE_COLOURS.followUp,
      '#ffffff',
    ]);
    // The whole row, the person's own columns up to the add-on's last one included.
    expect(background(2, 19)).toBe(RULE_COLOURS.followUp);
    // The sidebar agrees with the colours.
    expect(ok(getTracking({})).followUps.map((f) => f.requestId)).toEqual(['D-001', 'D-002']);
  });

  it('blue for a positive answer, green for an accepted stage, grey for a refusal', () => {
    wb = openWorkbook();
    ok(setUpTrackingTable({}));
    for (const name of ['Lyon', 'Bron', 'Vénissieux'])
      ok(addTrackingRequest({ collectivity: `Mairie de ${name}` }));
    for (const id of ['D-001', 'D-002', 'D-003'])
      ok(recordTrackingAction({ requestId: id, kind: 'call', date: '2026-11-28' }));
    ok(recordTrackingAction({ requestId: 'D-001', kind: 'positiveAnswer', date: '2026-11-28' }));
    ok(changeTrackingStep({ requestId: 'D-002', step: 'Stage accepté', date: '2026-11-28' }));
    ok(
      recordTrackingAction({
        requestId: 'D-003',
        kind: 'negativeAnswer',
        date: '2026-11-28',
        refusalReason: 'Service non adapté',
      }),
    );
    wb.advanceDays(40);
    expect([background(2), background(3), background(4)]).toEqual([
      RULE_COLOURS.proposeMeeting,
      RULE_COLOURS.accepted,
      RULE_COLOURS.closed,
    ]);
  });
});

/** `rows` requests in the table, then the calls one operation makes, by method. */
function callsWith(rows: number, operation: () => unknown): Record<string, number> {
  wb = openWorkbook();
  ok(setUpTrackingTable({}));
  const sheet = wb.emulator.spreadsheet.getSheetByName(SUIVI);
  const values = Array.from({ length: rows }, (_, i) => {
    const row: unknown[] = Array.from({ length: 19 }, () => '');
    row[0] = `D-${String(i + 1).padStart(3, '0')}`;
    row[1] = `Commune ${i + 1}`;
    row[11] = 'Courrier envoyé';
    row[13] = new Date('2026-11-01T00:00:00+01:00');
    return row;
  });
  sheet?.insertRowsAfter(1000, rows);
  sheet?.getRange(2, 1, rows, 19).setValues(values);
  wb.emulator.select(SUIVI, 5, 2);
  wb.emulator.calls.reset();
  operation();
  const counts = wb.emulator.calls.snapshot();
  wb.close();
  return counts;
}

describe('read once, compute, write once: calls do not grow with the table', () => {
  const operations: Record<string, () => unknown> = {
    'list and follow-ups': () => ok(getTracking({})),
    'add a request': () => ok(addTrackingRequest({ collectivity: 'Mairie de Lyon' })),
    'record an action by N°': () =>
      ok(recordTrackingAction({ requestId: 'D-004', kind: 'followUp', date: '2026-11-28' })),
    'record an action on the selected row': () =>
      ok(recordTrackingAction({ kind: 'call', date: '2026-11-28', detail: 'Secrétariat' })),
    'change a step': () =>
      ok(changeTrackingStep({ requestId: 'D-004', step: 'Abandonné', date: '2026-11-28' })),
  };
  for (const [name, operation] of Object.entries(operations)) {
    it(`${name}: the same calls with 10 and 500 rows, one read and one write of the data`, () => {
      const small = callsWith(10, operation);
      const large = callsWith(500, operation);
      expect(large).toEqual(small);
      // One setValues for the row (none to list), one appendRow for the journal.
      expect(small['Range.setValues'] ?? 0).toBeLessThanOrEqual(1);
      expect(small['Sheet.appendRow'] ?? 0).toBe(
        name.startsWith('list') ? 0 : name.startsWith('add') ? 2 : 1,
      );
      console.info(
        `${name}: ${Object.values(small).reduce((a, b) => a + b, 0)} calls`,
        JSON.stringify(small),
      );
    });
  }
});
