/**
 * One execution per click (issue 14): an action on the tracking table answers with the list as
 * it is now, exactly what getTracking would answer right after it, so that the sidebar does not
 * start a second execution to show it. And the first day: the column caches are written when
 * the add-on creates its sheets, so the first add does not search the metadata it just wrote.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addTrackingRequest,
  changeTrackingStep,
  getTracking,
  recordTrackingAction,
  setUpTrackingTable,
} from '../../../src/server';
import { ok, openWorkbook, type Workbook } from './harness';

let wb: Workbook;
beforeEach(() => {
  wb = openWorkbook();
});
afterEach(() => wb.close());

describe('an action answers with the refreshed list', () => {
  it('set-up, add, record and change step: the answer’s overview is what getTracking then reads', () => {
    const setUp = ok(setUpTrackingTable({}));
    expect(setUp.overview).toEqual(ok(getTracking({})));
    expect(setUp.overview).toMatchObject({ exists: true, requests: [] });

    const added = ok(addTrackingRequest({ collectivity: 'Mairie de Lyon', contactName: 'Martin' }));
    ok(addTrackingRequest({ collectivity: 'Mairie de Bron' }));
    const third = ok(addTrackingRequest({ collectivity: 'Mairie de Vénissieux' }));
    expect(third.overview).toEqual(ok(getTracking({})));
    expect(third.overview.requests.map((r) => r.requestId)).toEqual(['D-001', 'D-002', 'D-003']);
    expect(added.overview.requests).toHaveLength(1);

    const recorded = ok(
      recordTrackingAction({ requestId: 'D-001', kind: 'call', date: '2026-11-28', detail: 'Appel' }),
    );
    expect(recorded.overview).toEqual(ok(getTracking({})));
    expect(recorded.overview.requests[0]?.step).toBe(recorded.step);

    wb.advanceDays(30);
    const changed = ok(
      changeTrackingStep({ requestId: 'D-002', step: 'Réponse positive', date: '2026-12-28' }),
    );
    const after = ok(getTracking({}));
    expect(changed.overview).toEqual(after);
    // A month later, D-001's call is due a follow-up: the answer says so too.
    expect(changed.overview.followUps.map((f) => f.requestId)).toContain('D-001');
  });

  it('a repair of an existing table answers with its rows, read once', () => {
    ok(setUpTrackingTable({}));
    ok(addTrackingRequest({ collectivity: 'Mairie de Lyon' }));
    const repaired = ok(setUpTrackingTable({}));
    expect(repaired.overview.requests.map((r) => r.collectivity)).toEqual(['Mairie de Lyon']);
  });
});

describe('the first day: caches written with the sheets', () => {
  it('the first add after the set-up searches no developer metadata', () => {
    ok(setUpTrackingTable({}));
    wb.emulator.calls.reset();
    ok(addTrackingRequest({ collectivity: 'Mairie de Lyon' }));
    const calls = wb.emulator.calls.snapshot();
    expect(calls['DeveloperMetadataFinder.find'] ?? 0).toBe(0);
    expect(calls['Sheet.createDeveloperMetadataFinder'] ?? 0).toBe(0);
  });

  it('a column the person moves afterwards is still found by its metadata (the cache is not trusted blindly)', () => {
    ok(setUpTrackingTable({}));
    const sheet = wb.emulator.globals.SpreadsheetApp.getActive().getSheetByName('Suivi des demandes');
    if (!sheet) throw new Error('no sheet');
    // The person renames « Interlocuteur »: the header changes, so does its fingerprint.
    sheet.getRange(1, 6).setValue('Personne à joindre');
    wb.emulator.calls.reset();
    const added = ok(addTrackingRequest({ collectivity: 'Mairie de Lyon', contactName: 'Martin' }));
    expect(wb.emulator.calls.count('DeveloperMetadataFinder.find')).toBeGreaterThan(0);
    expect(sheet.getRange(added.row, 6).getValue()).toBe('Martin');
  });
});
