/**
 * `npm run bench`: Apps Script service calls per operation for tracking tables of 10, 100,
 * 1,000 and 5,000 requests, bundle sizes, the cost of evaluating Code.js, and an estimate of
 * the time each operation takes in production. Prints a table; writes bench-results/bench.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCost } from '../src/local/bench/load-cost';
import { measureAll } from '../src/local/bench/measure';
import { build, ROOT } from './build';

/**
 * Assumed cost of one service call in production. Google's best-practices page says calls to
 * other services are slow compared with JavaScript ("tens of milliseconds" is the order this
 * project plans for): https://developers.google.com/apps-script/guides/support/best-practices
 */
export const MS_PER_CALL = 40;
/** Assumed cost of starting one execution and evaluating an empty project in production. */
export const MS_PER_EXECUTION = 150;

const SIZES = (process.env.BENCH_SIZES ?? '10,100,1000,5000').split(',').map(Number);

const dir = mkdtempSync(join(tmpdir(), 'stage-bench-'));
const report = await build(dir);
const code = readFileSync(join(dir, 'Code.js'), 'utf8');

const started = Date.now();
const operations = measureAll(code, report.exports, dir, SIZES);
const load = loadCost(code);

/**
 * Growing a full sheet (Sheets starts with 1,000 rows) is one insertRowsAfter per sheet the
 * first time a write passes its end: a step, not a cost per row.
 */
const ONE_OFF_GROWTH = 'Sheet.insertRowsAfter';

const rows = operations.map((op) => {
  if (!op.built) return { ...op, constant: null, estimateMs: null, withinBudget: null };
  const counts = op.measures.map((m) => m.calls - (m.byMethod[ONE_OFF_GROWTH] ?? 0));
  const constant = counts.every((c) => c === counts[0]);
  const worst = Math.max(...counts);
  const executions = op.measures[0]?.byMethod
    ? op.id === 'openSidebar' || op.id === 'importTable'
      ? 2
      : 1
    : 1;
  const estimateMs = Math.round(worst * MS_PER_CALL + executions * MS_PER_EXECUTION);
  return { ...op, constant, estimateMs, withinBudget: worst <= op.budget };
});

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const padL = (s: string | number, n: number) => String(s).padStart(n);
console.log(`\nService calls per operation (tracking table of ${SIZES.join(' / ')} requests)\n`);
console.log(
  `${pad('operation', 21)}${SIZES.map((n) => padL(`${n} req.`, 11)).join('')}${padL('budget', 8)}${padL('constant', 10)}${padL('est. prod', 11)}${padL('wall (max)', 12)}`,
);
for (const row of rows) {
  if (!row.built) {
    console.log(`${pad(row.id, 21)}  not built yet`);
    continue;
  }
  const wall = Math.max(...row.measures.map((m) => m.wallMs));
  console.log(
    `${pad(row.id, 21)}${row.measures.map((m) => padL(m.calls, 11)).join('')}${padL(row.budget, 8)}${padL(row.constant ? 'yes' : 'NO', 10)}${padL(`${row.estimateMs} ms`, 11)}${padL(`${wall.toFixed(1)} ms`, 12)}`,
  );
}
console.log('\nSizes');
for (const f of report.files) {
  console.log(
    `  ${pad(f.name, 20)}${padL((f.bytes / 1024).toFixed(1), 9)} KB   gzip ${(f.gzipBytes / 1024).toFixed(1)} KB`,
  );
}
console.log(
  `\nEvaluating Code.js in a fresh V8 context: ${load.codeMs.toFixed(2)} ms (median), empty script ${load.emptyMs.toFixed(3)} ms, ratio ${load.ratio.toFixed(0)}×`,
);
console.log(
  `Production estimate = calls × ${MS_PER_CALL} ms + executions × ${MS_PER_EXECUTION} ms (assumptions in scripts/bench.ts).`,
);
console.log(`« constant » leaves out ${ONE_OFF_GROWTH}: a full sheet grows once, not per row.`);
const failures = rows.filter((r) => r.built && (!r.constant || !r.withinBudget));
console.log(
  failures.length === 0
    ? '\nEvery built operation is within its budget and independent of the table size.'
    : `\nOver budget or growing with the table: ${failures.map((f) => f.id).join(', ')}`,
);

const out = join(ROOT, 'bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'bench.json'),
  `${JSON.stringify({ date: new Date().toISOString(), sizes: SIZES, msPerCall: MS_PER_CALL, msPerExecution: MS_PER_EXECUTION, operations: rows, files: report.files, load }, null, 2)}\n`,
);
console.log(`\nWritten to bench-results/bench.json in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
