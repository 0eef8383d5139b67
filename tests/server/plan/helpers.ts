/** The plan tests' workbook: the tracking tests' harness (emulator, stand-ins, clock) and sheet helpers. */
import { PLAN_SHEET_NAME } from '../../../src/domain/plan';
import type { Emulator } from '../../../src/local/emulator';

export { COMPLETE } from '../../domain/plan/fixtures';
export { ok, openWorkbook, type Workbook } from '../tracking/harness';

/** The « Plan de stage » values as getValues() returns them, read without counting. */
export function planValues(emulator: Emulator): unknown[][] {
  const sheet = emulator.spreadsheet.getSheetByName(PLAN_SHEET_NAME);
  if (sheet === null) throw new Error('No « Plan de stage » sheet');
  return sheet.getDataRange().getValues();
}

/** 1-based row of the question (column A) `label`. */
export function rowOf(emulator: Emulator, label: string): number {
  const index = planValues(emulator).findIndex((row) => row[0] === label);
  if (index < 0) throw new Error(`No row « ${label} »`);
  return index + 1;
}

/** The answer (column B) of the question `label`. */
export const answerOf = (emulator: Emulator, label: string): unknown =>
  planValues(emulator)[rowOf(emulator, label) - 1]?.[1];
