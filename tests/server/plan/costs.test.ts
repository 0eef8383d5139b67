import { afterEach, describe, expect, it } from 'vitest';
import { PLAN_SHEET_NAME, type PlanInput } from '../../../src/domain/plan';
import { getPlan, savePlan } from '../../../src/server';
import { COMPLETE, ok, openWorkbook, type Workbook } from './helpers';

let wb: Workbook;
afterEach(() => wb.close());

/** The largest plan the schema allows: every list full, every text at its limit. */
const LARGE: PlanInput = {
  ...COMPLETE,
  content: {
    ...COMPLETE.content,
    currentSkills: 'a'.repeat(1000),
    tasksToSee: Array.from({ length: 20 }, (_, i) => `Tâche à voir ${i + 1}`),
    tasksToDo: Array.from({ length: 20 }, (_, i) => `Tâche à faire ${i + 1}`),
  },
  conditions: {
    ...COMPLETE.conditions,
    serviceTypes: Array.from({ length: 20 }, (_, i) => `Service ${i + 1}`),
  },
};

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Calls of one operation on a workbook where the plan was saved once. */
function costOf(operation: () => void, options: { extraRows: number }): Record<string, number> {
  wb = openWorkbook();
  ok(savePlan(COMPLETE));
  const sheet = wb.emulator.spreadsheet.getSheetByName(PLAN_SHEET_NAME);
  const last = sheet?.getLastRow() ?? 0;
  if (options.extraRows > 0) {
    sheet
      ?.getRange(last + 1, 1, options.extraRows, 2)
      .setValues(Array.from({ length: options.extraRows }, (_, i) => [`Ma ligne ${i + 1}`, `note ${i + 1}`]));
  }
  // A workbook in use: the row search was made and cached by an earlier reading.
  ok(getPlan({}));
  wb.emulator.calls.reset();
  operation();
  const counts = wb.emulator.calls.snapshot();
  wb.close();
  return counts;
}

describe('calls per operation, whatever the size of the plan and of the sheet', () => {
  it('a save: one read of the sheet, the cached row search, one write of the answers', () => {
    const small = costOf(() => ok(savePlan({ why: { objective: 'discover' } })), { extraRows: 0 });
    const large = costOf(() => ok(savePlan(LARGE)), { extraRows: 300 });
    expect(large).toEqual(small);
    expect(small['Range.getValues']).toBe(1);
    expect(small['DeveloperMetadataFinder.find'] ?? 0).toBe(0);
    expect(small['Properties.getProperties']).toBe(1);
    expect(small['Range.setValues']).toBe(1);
    expect(small['Range.setNumberFormats'] ?? 0).toBe(0);
    expect(total(small)).toBeLessThanOrEqual(20);
  });

  it('a reading (getPlan): one read, the cached row search, nothing written', () => {
    const small = costOf(() => ok(getPlan({})), { extraRows: 0 });
    const large = costOf(() => ok(getPlan({})), { extraRows: 300 });
    expect(large).toEqual(small);
    expect(small['Range.getValues']).toBe(1);
    expect(small['DeveloperMetadataFinder.find'] ?? 0).toBe(0);
    expect(Object.keys(small).filter((name) => /\.(set|add|insert|append)/.test(name))).toEqual([]);
    expect(total(small)).toBeLessThanOrEqual(10);
  });

  it('searches the rows again, once, when a person moved them (a row inserted above the questions)', () => {
    wb = openWorkbook();
    ok(savePlan(COMPLETE));
    ok(getPlan({}));
    wb.emulator.spreadsheet.getSheetByName(PLAN_SHEET_NAME)?.insertRowsBefore(3, 1);
    wb.emulator.calls.reset();
    const moved = ok(getPlan({}));
    expect(wb.emulator.calls.count('DeveloperMetadataFinder.find')).toBe(1);
    expect(moved.plan.contact.me?.lastName).toBe('Martin');
    wb.emulator.calls.reset();
    ok(getPlan({}));
    expect(wb.emulator.calls.count('DeveloperMetadataFinder.find')).toBe(0);
  });

  it('the first reading after the sheet is created searches nothing: the save cached its rows (issue 14)', () => {
    wb = openWorkbook();
    ok(savePlan(COMPLETE));
    wb.emulator.calls.reset();
    const first = ok(getPlan({}));
    expect(wb.emulator.calls.count('DeveloperMetadataFinder.find')).toBe(0);
    expect(total(wb.emulator.calls.snapshot())).toBeLessThanOrEqual(7);
    expect(first.plan.contact.me?.lastName).toBe('Martin');
  });
});
