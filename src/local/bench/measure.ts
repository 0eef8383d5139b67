/**
 * Runs the operations on workbooks of several sizes and measures, for each: the Apps Script
 * service calls by method (what production pays for, tens of ms each) and the emulated wall
 * time (what this machine pays, for orientation only).
 */
import { performance } from 'node:perf_hooks';
import { OPERATIONS, type Operation } from './operations';
import { benchWorkbook } from './workbook';

export interface Measure {
  operation: string;
  requests: number;
  calls: number;
  byMethod: Record<string, number>;
  /** Apps Script executions the operation started (each evaluates Code.js). */
  executions: number;
  wallMs: number;
}

export interface OperationReport {
  id: string;
  label: string;
  budget: number;
  built: boolean;
  measures: Measure[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

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
  for (let i = 0; i < repeats; i++) {
    const wb = benchWorkbook(code, htmlDir, requests);
    op.prepare?.(wb, requests);
    wb.emulator.calls.reset();
    const before = wb.runtime.executions;
    const start = performance.now();
    op.run(wb);
    times.push(performance.now() - start);
    byMethod = wb.emulator.calls.snapshot();
    executions = wb.runtime.executions - before;
  }
  const calls = Object.values(byMethod).reduce((sum, n) => sum + n, 0);
  return { operation: op.id, requests, calls, byMethod, executions, wallMs: median(times) };
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
    return {
      id: op.id,
      label: op.label,
      budget: op.budget,
      built,
      measures: built ? sizes.map((n) => measureOperation(op, code, htmlDir, n, repeats)) : [],
    };
  });
}
