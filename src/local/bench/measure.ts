/**
 * Runs the operations on workbooks of several sizes and measures, for each: the executions it
 * starts (each evaluates Code.js), the Apps Script service calls by method across them (what
 * production pays for, tens of ms each) and the emulated wall time (for orientation only).
 */
import { performance } from 'node:perf_hooks';
import { OPERATIONS, type Operation } from './operations';
import { benchWorkbook, freshWorkbook } from './workbook';

export interface Measure {
  operation: string;
  /** Requests in the tracking table (0: a new workbook, on its first day). */
  requests: number;
  calls: number;
  byMethod: Record<string, number>;
  /** Apps Script executions the operation started (each evaluates Code.js). */
  executions: number;
  /** Project files read through HtmlService (the sidebar's page, parts of the code, data). */
  filesRead: { name: string; bytes: number }[];
  wallMs: number;
}

export interface OperationReport {
  id: string;
  label: string;
  phase: Operation['phase'];
  budget: Operation['budget'];
  lowerBound: Operation['lowerBound'];
  built: boolean;
  measures: Measure[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Measures `op` on a workbook of `requests` requests (a first-day operation: on a new workbook). */
export function measureOperation(
  op: Operation,
  code: string,
  htmlDir: string,
  requests: number,
  repeats = 3,
): Measure {
  const times: number[] = [];
  let byMethod: Record<string, number> = {};
  let executions = 0;
  let filesRead: Measure['filesRead'] = [];
  const size = op.phase === 'firstDay' ? 0 : requests;
  for (let i = 0; i < repeats; i++) {
    const wb = op.phase === 'firstDay' ? freshWorkbook(code, htmlDir) : benchWorkbook(code, htmlDir, size);
    op.prepare?.(wb, size);
    wb.emulator.calls.reset();
    wb.emulator.htmlFilesRead.length = 0;
    const before = wb.runtime.executions;
    const start = performance.now();
    op.run(wb);
    times.push(performance.now() - start);
    byMethod = wb.emulator.calls.snapshot();
    executions = wb.runtime.executions - before;
    filesRead = [...wb.emulator.htmlFilesRead];
  }
  const calls = Object.values(byMethod).reduce((sum, n) => sum + n, 0);
  return { operation: op.id, requests: size, calls, byMethod, executions, filesRead, wallMs: median(times) };
}

export function measureAll(
  code: string,
  exports: readonly string[],
  htmlDir: string,
  sizes: readonly number[],
  repeats = 3,
): OperationReport[] {
  return OPERATIONS.map((op) => {
    const built = op.needs.every((name) => exports.includes(name));
    // A first-day operation starts from a new workbook: the table's size does not apply.
    const measured = op.phase === 'firstDay' ? [0] : sizes;
    return {
      id: op.id,
      label: op.label,
      phase: op.phase,
      budget: op.budget,
      lowerBound: op.lowerBound,
      built,
      measures: built ? measured.map((n) => measureOperation(op, code, htmlDir, n, repeats)) : [],
    };
  });
}
