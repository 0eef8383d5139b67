/**
 * What a search of collectivités by name reads (issue 14): for a representative set of what
 * people type, the files the built add-on reads through HtmlService, their bytes and the calls,
 * each search as the sidebar sends it (one execution evaluating Code.js). The budget test
 * enforces ≤ 60 KB and two calls per file; `npm run bench` prints the largest and the median.
 */
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
  /** Data files read, in order (names as HtmlService is asked for them). */
  files: string[];
  /** Files of code read (the part holding the search, src/server/parts.ts). */
  codeFiles: string[];
  /** Bytes of the data files. */
  bytes: number;
  /** HtmlService and HtmlOutput calls (two per file, data and code). */
  htmlCalls: number;
  calls: number;
  executions: number;
}

/** One search by name on the built add-on in `htmlDir`, the files it reads recorded. */
export function measureNameSearch(code: string, htmlDir: string, query: string): NameSearchMeasure {
  const wb = freshWorkbook(code, htmlDir);
  const before = wb.runtime.executions;
  wb.emulator.htmlFilesRead.length = 0;
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
  const read = [...wb.emulator.htmlFilesRead];
  // The data; the code of the part that searches (Part-collectivites.html) is counted apart.
  const data = read.filter((file) => file.name.startsWith('Collectivites-'));
  return {
    query,
    status: answer.value?.status ?? '',
    files: data.map((file) => file.name),
    codeFiles: read.filter((file) => !data.includes(file)).map((file) => file.name),
    bytes: data.reduce((sum, file) => sum + file.bytes, 0),
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
