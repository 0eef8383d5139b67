/**
 * What a search of collectivités by name reads (issue 14): for a representative set of what
 * people type, the files the built add-on reads through HtmlService, their bytes and the calls,
 * each search as the sidebar sends it (one execution evaluating Code.js). The budget test
 * enforces ≤ 60 KB and two calls per file; `npm run bench` prints the largest and the median.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { freshWorkbook } from './workbook';

/**
 * What people type: whole names, casual forms (no accents, « St », hyphens as spaces), homonyms,
 * articles, « Saint » or « Le » alone, two letters (the sidebar sends whatever is typed; the
 * domain asks for two letters at least), typos, nothing close.
 */
export const NAME_QUERIES = [
  'Villeurbanne',
  'Amiens',
  'Saint-Denis',
  'saint etienne',
  'St-Étienne',
  'Sainte-Foy',
  'ste marie',
  "L'Isle",
  "L'Isle-Adam",
  'Le Puy',
  'puy en velay',
  'La Chapelle',
  'Saint-Martin',
  'Saint',
  'Sainte',
  'Le',
  'La',
  'Les',
  'Sa',
  'Vi',
  'Villeurbane',
  'Marseile',
  'Gnnat',
  'Qwxzt',
] as const;

export interface NameSearchMeasure {
  query: string;
  status: string;
  /** Files read, in order (names as HtmlService is asked for them). */
  files: string[];
  bytes: number;
  /** HtmlService and HtmlOutput calls (two per file). */
  htmlCalls: number;
  calls: number;
  executions: number;
}

/** One search by name on the built add-on in `htmlDir`, the files it reads recorded. */
export function measureNameSearch(code: string, htmlDir: string, query: string): NameSearchMeasure {
  const wb = freshWorkbook(code, htmlDir);
  const files: string[] = [];
  const globals = wb.emulator.globals as { HtmlService: GoogleAppsScript.HTML.HtmlService };
  const service = globals.HtmlService;
  // Records the file names only; the emulator's own service still serves (and counts) the call.
  globals.HtmlService = new Proxy(service, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop !== 'createHtmlOutputFromFile' || typeof value !== 'function') return value;
      return (name: string) => {
        files.push(name);
        return value.call(target, name);
      };
    },
  });
  const before = wb.runtime.executions;
  const answer = wb.runtime.runFromSidebar('searchCollectivitesAround', [{ query, kinds: [] }]) as {
    ok: boolean;
    value?: { status: string };
    message?: string;
  };
  if (!answer.ok) throw new Error(`searchCollectivitesAround « ${query} » was refused: ${answer.message}`);
  const byMethod = wb.emulator.calls.snapshot();
  const htmlCalls = Object.entries(byMethod)
    .filter(([name]) => name.startsWith('HtmlService.') || name.startsWith('HtmlOutput.'))
    .reduce((sum, [, n]) => sum + n, 0);
  return {
    query,
    status: answer.value?.status ?? '',
    files,
    bytes: files.reduce((sum, name) => sum + statSync(join(htmlDir, `${name}.html`)).size, 0),
    htmlCalls,
    calls: Object.values(byMethod).reduce((sum, n) => sum + n, 0),
    executions: wb.runtime.executions - before,
  };
}

export interface NameSearchReport {
  measures: NameSearchMeasure[];
  largestBytes: number;
  medianBytes: number;
  mostFiles: number;
}

export function measureNameSearches(
  code: string,
  htmlDir: string,
  queries: readonly string[] = NAME_QUERIES,
): NameSearchReport {
  const measures = queries.map((query) => measureNameSearch(code, htmlDir, query));
  const sorted = measures.map((m) => m.bytes).sort((a, b) => a - b);
  return {
    measures,
    largestBytes: sorted.at(-1) ?? 0,
    medianBytes: sorted[Math.floor(sorted.length / 2)] ?? 0,
    mostFiles: Math.max(...measures.map((m) => m.files.length)),
  };
}
