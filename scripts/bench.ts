/**
 * `npm run bench`: what a person waits for. Each user action as the sidebar performs it (the
 * executions it starts and the Apps Script service calls across them) on tracking tables of 10,
 * 100, 1,000 and 5,000 requests, and on the first day (a new workbook); its lower bound and the
 * ratio to it; bundle sizes; the cost of evaluating Code.js against an empty script; an estimate
 * of each action's time in production. Prints a table; writes bench-results/bench.json, from
 * which `npm run bench:readme` regenerates README's table.
 *
 * `npm run bench -- --dist <dir> --out <file>` measures an add-on already built in <dir> (e.g.
 * an earlier commit's dist/, for a before/after) instead of building this one.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadCost } from '../src/local/bench/load-cost';
import { measureAll, type OperationReport } from '../src/local/bench/measure';
import { measureNameSearches } from '../src/local/bench/name-search';
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

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

/** Sizes of the files clasp pushes, read from a built dist/. */
function distFiles(dir: string) {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => {
      const text = readFileSync(join(dir, name));
      return { name, bytes: text.length, gzipBytes: gzipSync(text).length };
    });
}

const given = option('--dist');
const dir = given ? resolve(given) : mkdtempSync(join(tmpdir(), 'stage-bench-'));
const exports = given ? null : (await build(dir)).exports;
const code = readFileSync(join(dir, 'Code.js'), 'utf8');
const files = distFiles(dir);
const publicFunctions =
  exports ?? [...code.matchAll(/^function (\w+)\(\)\{return /gm)].map((m) => m[1] as string);

// Measured first, in a process not yet loaded by the operations' workbooks.
const load = {
  ...loadCost(code),
  // What an execution that needs a part pays on top of Code.js (src/server/parts.ts).
  parts: files
    .filter((f) => f.name.startsWith('Part-'))
    .map((f) => ({
      name: f.name,
      bytes: f.bytes,
      ms: loadCost(readFileSync(join(dir, f.name), 'utf8'), 41).codeMs,
    })),
};
const started = Date.now();
const operations = measureAll(code, publicFunctions, dir, SIZES);
const nameSearch = measureNameSearches(code, dir);

/**
 * Queries timed cold, each the first search in a fresh Node process
 * (src/local/bench/name-search-cold.ts), three processes each: the median.
 */
const COLD_QUERIES = ['Villeurbanne', 'Amiens', 'Saint-Denis', 'Saint', 'Sainte', 'Marseile', 'Gnnat'];
const coldOnce = (query: string) => {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src/local/bench/name-search-cold.ts'), dir, query],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n')[0] ?? '{}') as { query: string; status: string; ms: number };
};
// The cold script runs this tree's server code: only against this tree's own build.
const coldSearches = (given ? [] : COLD_QUERIES).map((query) => {
  const runs = [coldOnce(query), coldOnce(query), coldOnce(query)].sort((a, b) => a.ms - b.ms);
  const median = runs[1] ?? coldOnce(query);
  return { query, status: median.status, ms: median.ms, runsMs: runs.map((r) => r.ms) };
});

/**
 * Growing a full sheet (Sheets starts with 1,000 rows) is one insertRowsAfter per sheet the
 * first time a write passes its end: a step, not a cost per row.
 */
const ONE_OFF_GROWTH = 'Sheet.insertRowsAfter';

export interface ActionRow extends OperationReport {
  constant: boolean | null;
  /** Most calls and executions over the sizes measured. */
  calls: number | null;
  executions: number | null;
  ratio: number | null;
  estimateMs: number | null;
  withinBudget: boolean | null;
}

const rows: ActionRow[] = operations.map((op) => {
  if (!op.built)
    return {
      ...op,
      constant: null,
      calls: null,
      executions: null,
      ratio: null,
      estimateMs: null,
      withinBudget: null,
    };
  const counts = op.measures.map((m) => m.calls - (m.byMethod[ONE_OFF_GROWTH] ?? 0));
  const constant = counts.every((c) => c === counts[0]);
  const calls = Math.max(...op.measures.map((m) => m.calls));
  const executions = Math.max(...op.measures.map((m) => m.executions));
  const estimateMs = Math.round(calls * MS_PER_CALL + executions * MS_PER_EXECUTION);
  return {
    ...op,
    constant,
    calls,
    executions,
    ratio: calls / op.lowerBound.calls,
    estimateMs,
    // The one-off growth of a full sheet is left out of the budget, as of the constancy.
    withinBudget: Math.max(...counts) <= op.budget.calls && executions <= op.budget.executions,
  };
});

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const padL = (s: string | number, n: number) => String(s).padStart(n);
const header = (sizes: string[]) =>
  `${pad('action', 21)}${padL('exec.', 6)}${sizes.map((n) => padL(n, 10)).join('')}${padL('lower', 7)}${padL('ratio', 7)}${padL('budget', 9)}${padL('est. prod', 11)}${padL('wall', 10)}`;
function line(row: ActionRow): string {
  if (row.calls === null) return `${pad(row.id, 21)}  not built yet`;
  const wall = Math.max(...row.measures.map((m) => m.wallMs));
  return `${pad(row.id, 21)}${padL(row.executions ?? '', 6)}${row.measures.map((m) => padL(m.calls, 10)).join('')}${padL(row.lowerBound.calls, 7)}${padL(`${(row.ratio ?? 0).toFixed(2)}×`, 7)}${padL(`${row.budget.executions}/${row.budget.calls}`, 9)}${padL(`${row.estimateMs} ms`, 11)}${padL(`${wall.toFixed(0)} ms`, 10)}${row.constant === false ? '  GROWS' : ''}`;
}

console.log('\nWhat a person waits for: executions and service calls per action (as the sidebar does it)');
console.log(`\nA workbook in use, tracking table of ${SIZES.join(' / ')} requests\n`);
console.log(header(SIZES.map((n) => `${n} req.`)));
for (const row of rows.filter((r) => r.phase === 'steady')) console.log(line(row));
console.log('\nThe first day (a new workbook)\n');
console.log(header(['new']));
for (const row of rows.filter((r) => r.phase === 'firstDay')) console.log(line(row));

console.log('\nSizes');
const parts = files.filter(
  (f) => f.name.startsWith('Collectivites-') && !f.name.startsWith('Collectivites-noms-'),
);
const nameFiles = files.filter((f) => f.name.startsWith('Collectivites-noms-'));
for (const f of files.filter((f) => !parts.includes(f) && !nameFiles.includes(f))) {
  console.log(
    `  ${pad(f.name, 24)}${padL((f.bytes / 1024).toFixed(1), 9)} KB   gzip ${(f.gzipBytes / 1024).toFixed(1)} KB`,
  );
}
const group = (list: typeof files, what: string) => {
  if (list.length === 0) return;
  const sorted = list.map((f) => f.bytes).sort((a, b) => a - b);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `  ${what}: ${list.length} files, median ${kb(sorted[Math.floor(sorted.length / 2)] ?? 0)}, largest ${kb(sorted.at(-1) ?? 0)}`,
  );
};
group(parts, 'Collectivites-<département>.html and -groupements (the parts)');
group(nameFiles, 'Collectivites-noms-*.html (the name index)');
console.log('\nA search of collectivités by name (issue 14): the files it reads, as the sidebar sends it\n');
for (const m of nameSearch.measures) {
  console.log(
    `  ${pad(`« ${m.query} »`, 20)}${pad(m.status, 11)}${padL((m.bytes / 1024).toFixed(1), 6)} KB  ${m.htmlCalls} HtmlService calls  ${m.files.join(' + ')}${m.codeFiles.length > 0 ? ` (and the code, ${m.codeFiles.join(', ')})` : ''}`,
  );
}
console.log(
  `  Largest ${(nameSearch.largestBytes / 1024).toFixed(1)} KB, median ${(nameSearch.medianBytes / 1024).toFixed(1)} KB over ${nameSearch.measures.length} queries; at most ${nameSearch.mostFiles} files.`,
);
console.log(
  `  Cold, first search in a fresh Node process (median of 3): ${coldSearches.map((c) => `« ${c.query} » ${c.ms.toFixed(1)} ms`).join(', ')}.`,
);
console.log(
  `\nEvaluating Code.js in a fresh V8 context: ${load.codeMs.toFixed(2)} ms (median), empty script ${load.emptyMs.toFixed(3)} ms, ratio ${load.ratio.toFixed(0)}×`,
);
for (const part of load.parts) {
  console.log(
    `  ${pad(part.name, 24)} evaluated on demand in ${part.ms.toFixed(2)} ms (the executions that need it, on top of Code.js)`,
  );
}
console.log(
  `Production estimate = calls × ${MS_PER_CALL} ms + executions × ${MS_PER_EXECUTION} ms (assumptions in scripts/bench.ts).`,
);
console.log(
  '« exec./budget »: executions / calls allowed; « lower »: the fewest calls the action could make (src/local/bench/operations.ts).',
);
console.log(
  `A count that grows with the table leaves out ${ONE_OFF_GROWTH}: a full sheet grows once, not per row.`,
);
const failures = rows.filter((r) => r.built && (!r.constant || !r.withinBudget));
console.log(
  failures.length === 0
    ? '\nEvery built action is within its budget and independent of the table size.'
    : `\nOver budget or growing with the table: ${failures.map((f) => f.id).join(', ')}`,
);

const outFile = option('--out') ?? join(ROOT, 'bench-results', 'bench.json');
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(
  outFile,
  `${JSON.stringify({ date: new Date().toISOString(), sizes: SIZES, msPerCall: MS_PER_CALL, msPerExecution: MS_PER_EXECUTION, operations: rows, files, load, nameSearch: { ...nameSearch, cold: coldSearches } }, null, 2)}\n`,
);
console.log(`\nWritten to ${outFile} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
