/**
 * What evaluating Code.js costs on every execution: the median time to compile and run it in a
 * fresh V8 context, against the same for an empty script measured in the same run (a ratio is
 * what carries over from this machine to Google's).
 */
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';

/**
 * A new name for every evaluation of the process: V8 keeps compiled scripts by source and name,
 * and a name used twice would measure its cache, not a compilation.
 */
let evaluations = 0;

function medianEvalMs(code: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    // A new Script each time: Apps Script compiles the project on every execution.
    new vm.Script(code, { filename: `run-${evaluations++}.js` }).runInContext(vm.createContext({}));
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export interface LoadCost {
  codeMs: number;
  emptyMs: number;
  ratio: number;
}

export function loadCost(code: string, runs = 101): LoadCost {
  // Warm the engine up: the first evaluations of a process are slower and vary more.
  medianEvalMs(code, 20);
  const emptyMs = medianEvalMs('', runs);
  const codeMs = medianEvalMs(code, runs);
  return { codeMs, emptyMs, ratio: emptyMs > 0 ? codeMs / emptyMs : Number.POSITIVE_INFINITY };
}
