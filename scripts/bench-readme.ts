/**
 * `npm run bench:readme`: regenerates README's performance table from the bench's output
 * (bench-results/bench.json, written by `npm run bench`) and the baseline measured by the same
 * bench on the add-on before issue 14 (scripts/bench-baseline.json), between the markers
 * <!-- bench:start --> and <!-- bench:end -->. Nothing in the table is typed by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build';

interface Row {
  id: string;
  label: string;
  phase: 'steady' | 'firstDay';
  budget: { executions: number; calls: number };
  lowerBound: { calls: number };
  calls: number | null;
  executions: number | null;
  ratio: number | null;
  estimateMs: number | null;
  measures?: { calls: number }[];
}

interface Bench {
  date: string;
  sizes: number[];
  msPerCall: number;
  msPerExecution: number;
  operations: Row[];
  files: { name: string; bytes: number; gzipBytes: number }[];
  load: {
    codeMs: number;
    emptyMs: number;
    ratio: number;
    /** The parts of the code loaded on demand (absent before issue 14). */
    parts?: { name: string; bytes: number; ms: number }[];
  };
  /** Since issue 14's name index: what a search by name reads (src/local/bench/name-search.ts). */
  nameSearch?: {
    measures: { query: string }[];
    largestBytes: number;
    medianBytes: number;
    mostFiles: number;
    cold?: { query: string; ms: number }[];
  };
}

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

const seconds = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number | undefined) => (bytes === undefined ? '—' : `${(bytes / 1024).toFixed(0)} KB`);

function table(now: Bench, before: Bench): string {
  const previous = new Map(before.operations.map((op) => [op.id, op]));
  // Calls on the smallest table: a larger one only adds the one-off growth of a full sheet.
  const atFirstSize = (row: Row | undefined) => row?.measures?.[0]?.calls ?? row?.calls;
  const line = (op: Row) => {
    const old = previous.get(op.id);
    const was = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value);
    return `| ${op.label} | ${was(old?.executions)} / ${was(atFirstSize(old))} | ${was(op.executions)} / ${was(atFirstSize(op))} | ${op.lowerBound.calls} | ${op.ratio === null ? '—' : `${op.ratio.toFixed(2)}×`} | ${op.budget.executions} / ${op.budget.calls} | ${seconds(old?.estimateMs)} → ${seconds(op.estimateMs)} |`;
  };
  const head = [
    '| action (as the sidebar does it) | before: executions / calls | now | lower bound (calls) | ratio | budget | estimate in production |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const steady = now.operations.filter((op) => op.phase === 'steady').map(line);
  const first = now.operations.filter((op) => op.phase === 'firstDay').map(line);
  const file = (bench: Bench, name: string) => bench.files.find((f) => f.name === name)?.bytes;
  /** What a search by name reads: the whole file before the name index, its files since. */
  const nameSearch = (bench: Bench) => {
    const whole = file(bench, 'Collectivites.html');
    const measured = bench.nameSearch;
    if (!measured) return `the whole collectivités file (${kb(whole)})`;
    const cold = measured.cold ?? [];
    const coldText =
      cold.length === 0
        ? ''
        : `, the first search in a fresh Node process taking ${Math.min(...cold.map((c) => c.ms)).toFixed(0)}–${Math.max(...cold.map((c) => c.ms)).toFixed(0)} ms`;
    return `at most ${kb(measured.largestBytes)} (median ${kb(measured.medianBytes)}, at most ${measured.mostFiles} files, over ${measured.measures.length} queries such as « Saint », « Le » and typos)${coldText}`;
  };
  /** What one commune's proposals or a letter read: the département's part, else the whole file. */
  const partSizes = (bench: Bench) => {
    const parts = bench.files
      .filter((f) => f.name.startsWith('Collectivites-') && !f.name.startsWith('Collectivites-noms-'))
      .map((f) => f.bytes);
    const whole = file(bench, 'Collectivites.html') ?? 0;
    if (parts.length === 0) return `the whole ${kb(whole)}`;
    parts.sort((a, b) => a - b);
    return `one département's part, median ${kb(parts[Math.floor(parts.length / 2)])}, largest ${kb(parts.at(-1))}`;
  };
  const parts = (now.load.parts ?? [])
    .map((p) => `${p.name.replace(/^Part-|\.html$/g, '')} ${kb(p.bytes)} (${p.ms.toFixed(1)} ms)`)
    .join(', ');
  return [
    `A workbook in use (the same counts on ${now.sizes.map((n) => n.toLocaleString('en')).join(', ')} requests, but for one insertRowsAfter the first time a full sheet grows):`,
    '',
    ...head,
    ...steady,
    '',
    'The first day (a new workbook):',
    '',
    ...head,
    ...first,
    '',
    `\`Code.js\`: ${kb(file(before, 'Code.js'))} before, ${kb(file(now, 'Code.js'))} now; evaluated in a fresh V8 context in ${before.load.codeMs.toFixed(1)} ms before (${before.load.ratio.toFixed(0)}× an empty script), ${now.load.codeMs.toFixed(1)} ms now (${now.load.ratio.toFixed(0)}×). A search by name read ${nameSearch(before)} before, ${nameSearch(now)} now; a search by postal code, the proposals around a chosen commune and a letter's addressee read ${partSizes(before)} before, ${partSizes(now)} now. Measured ${now.date.slice(0, 10)} by \`npm run bench\`; estimate = calls × ${now.msPerCall} ms + executions × ${now.msPerExecution} ms.`,
    '',
    `Code.js holds what is used every day (the menu, the sidebar, the plan, the tracking table, onEdit); the rest is loaded on demand, by the executions that need it, from parts (src/server/parts.ts; 2 calls, counted in the lower bounds above): ${parts}.`,
  ].join('\n');
}

export function updateReadme(readme: string, now: Bench, before: Bench): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md must contain ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n${table(now, before)}\n${readme.slice(end)}`;
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Bench;
const readmePath = join(ROOT, 'README.md');
writeFileSync(
  readmePath,
  updateReadme(
    readFileSync(readmePath, 'utf8'),
    read(join(ROOT, 'bench-results', 'bench.json')),
    read(join(ROOT, 'scripts', 'bench-baseline.json')),
  ),
);
console.log('README.md: performance table regenerated from bench-results/bench.json.');
