/**
 * Compacts @etalab/decoupage-administratif (12 MB of JSON) at build time into the files the
 * add-on searches, each a file whose whole text is JSON read with
 * HtmlService.createHtmlOutputFromFile(name).getContent() only when a search is made (Code.js,
 * which Apps Script evaluates on every run, does not carry them): one part per département, the
 * groupings, and the name index (src/domain/collectivites/name-index.ts). The whole directory
 * is built too, as the reference the tests compare the parts with, but not written to dist/.
 *
 * `npx tsx scripts/collectivites-data.ts --bounds` recomputes the name index's bounds
 * (src/domain/collectivites/name-bounds.ts) after a new edition of the data makes a file too large.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  COLLECTIVITES_FORMAT,
  type CompactCollectivites,
  departmentFile,
  departmentOfCommune,
  departmentsOfPostalCode,
  EPCI_INDEX_WIDTH,
  GROUPINGS_FILE,
  sirenStem,
} from '../src/domain/collectivites/data-format';
import { NAME_BOUNDS, NAME_END_BOUNDS } from '../src/domain/collectivites/name-bounds';
import {
  bucketOf,
  type CompactNames,
  endKey,
  endsFile,
  filingKeys,
  isShortName,
  NAMES_FORMAT,
  nameFile,
  SHORT_KEY_LENGTH,
  SHORT_NAMES_FILE,
} from '../src/domain/collectivites/name-index';
import { byPopulation, communeChoice, MAX_SUGGESTIONS } from '../src/domain/collectivites/search';
import { bareSearchKey } from '../src/domain/collectivites/search-key';

const PACKAGE = '@etalab/decoupage-administratif';

interface SourceCommune {
  code: string;
  nom: string;
  type: string;
  typeLiaison?: number;
  departement: string;
  region: string;
  codesPostaux?: string[];
  population?: number;
  siren?: string;
}

interface SourceEpci {
  code: string;
  nom: string;
  type: string;
  membres: { code: string }[];
}

interface SourceArea {
  code: string;
  nom: string;
  typeLiaison?: number;
  region?: string;
}

export interface CollectivitesSource {
  version: string;
  communes: SourceCommune[];
  epci: SourceEpci[];
  departements: SourceArea[];
  regions: SourceArea[];
  /** Bytes of the four source files, for the report. */
  bytes: number;
}

/** Reads the package's data files from node_modules (it is a devDependency: build time only). */
export function readSource(): CollectivitesSource {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve(`${PACKAGE}/package.json`));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  let bytes = 0;
  const read = <T>(name: string): T => {
    const text = readFileSync(join(root, 'data', `${name}.json`), 'utf8');
    bytes += Buffer.byteLength(text);
    return JSON.parse(text) as T;
  };
  return {
    version,
    communes: read<SourceCommune[]>('communes'),
    epci: read<SourceEpci[]>('epci'),
    departements: read<SourceArea[]>('departements'),
    regions: read<SourceArea[]>('regions'),
    bytes,
  };
}

const liaison = (value: number | undefined): string =>
  value !== undefined && Number.isInteger(value) && value >= 0 && value <= 8 ? String(value) : '?';

function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  return new Map(items.map((item, index) => [key(item), index]));
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${PACKAGE}: ${what}`);
  return value;
}

/** Postal codes of one commune, the département prefix dropped where it is the commune's. */
function packPostalCodes(code: string, postalCodes: readonly string[]): string {
  const prefix = code.slice(0, 2);
  return postalCodes.map((p) => (p.length === 5 && p.startsWith(prefix) ? p.slice(2) : p)).join(',');
}

/**
 * Keeps only current communes (type 'commune-actuelle': delegated and associated communes and
 * the municipal arrondissements of Paris, Lyon and Marseille are not collectivités one writes to).
 */
export function compactCollectivites(source: CollectivitesSource): CompactCollectivites {
  const regions = [...source.regions].sort((a, b) => a.code.localeCompare(b.code));
  const departments = [...source.departements].sort((a, b) => a.code.localeCompare(b.code));
  const regionIndex = indexBy(regions, (r) => r.code);
  const departmentIndex = indexBy(departments, (d) => d.code);
  const epcis = [...source.epci].sort((a, b) => a.code.localeCompare(b.code));
  const epciOfCommune = new Map<string, number>();
  epcis.forEach((epci, index) => {
    for (const member of epci.membres) {
      if (epciOfCommune.has(member.code)) throw new Error(`${PACKAGE}: ${member.code} is in two EPCI`);
      epciOfCommune.set(member.code, index);
    }
  });
  const communes = source.communes
    .filter((c) => c.type === 'commune-actuelle')
    .sort((a, b) => a.code.localeCompare(b.code));

  let sirenKey = '';
  let sirenExceptions = '';
  for (const c of communes) {
    if (!c.siren) sirenKey += '-';
    else if (c.siren.length === 9 && c.siren.startsWith(sirenStem(c.code))) sirenKey += c.siren.charAt(8);
    else if (/^\d{9}$/.test(c.siren)) {
      sirenKey += '.';
      sirenExceptions += c.siren;
    } else throw new Error(`${PACKAGE}: SIREN ${c.siren} of ${c.code} is not 9 digits`);
    // The reader finds the département from the code: refuse data where that would be wrong.
    if (departmentOfCommune(c.code) !== c.departement)
      throw new Error(`${PACKAGE}: ${c.code} is not in ${c.departement}`);
    need(departmentIndex.get(c.departement), `no département ${c.departement}`);
  }
  if (epcis.length > 36 ** EPCI_INDEX_WIDTH) throw new Error(`${PACKAGE}: too many EPCI for the index width`);
  const epciIndex = (code: string): string => {
    const index = epciOfCommune.get(code);
    return index === undefined
      ? '-'.repeat(EPCI_INDEX_WIDTH)
      : index.toString(36).padStart(EPCI_INDEX_WIDTH, '0');
  };

  return {
    format: COLLECTIVITES_FORMAT,
    source: `${PACKAGE} ${source.version}`,
    regions: {
      code: regions.map((r) => r.code),
      name: regions.map((r) => r.nom),
      liaison: regions.map((r) => liaison(r.typeLiaison)).join(''),
    },
    departments: {
      code: departments.map((d) => d.code),
      name: departments.map((d) => d.nom),
      liaison: departments.map((d) => liaison(d.typeLiaison)).join(''),
      region: departments.map((d) => need(regionIndex.get(d.region ?? ''), `no région ${d.region}`)),
    },
    epci: {
      siren: epcis.map((e) => e.code).join(''),
      name: epcis.map((e) => e.nom),
      type: epcis.map((e) => e.type),
    },
    communes: {
      code: communes.map((c) => c.code).join(''),
      name: communes.map((c) => c.nom).join('|'),
      liaison: communes.map((c) => liaison(c.typeLiaison)).join(''),
      postalCodes: communes.map((c) => packPostalCodes(c.code, c.codesPostaux ?? [])).join('|'),
      population: communes.map((c) => c.population ?? -1),
      sirenKey,
      sirenExceptions,
      epci: communes.map((c) => epciIndex(c.code)).join(''),
    },
  };
}

/** Checks the invariants the reader relies on; a new edition of the data that breaks one fails the build. */
function check(data: CompactCollectivites): void {
  const { communes } = data;
  const count = communes.population.length;
  if (communes.code.length !== count * 5) throw new Error('INSEE codes are not all 5 characters');
  if (data.epci.siren.length !== data.epci.name.length * 9)
    throw new Error('EPCI SIRENs are not all 9 digits');
  if (communes.liaison.length !== count || communes.sirenKey.length !== count)
    throw new Error('a column is short');
  if (communes.epci.length !== count * EPCI_INDEX_WIDTH) throw new Error('the EPCI column is short');
  for (const column of [communes.name, communes.postalCodes]) {
    if (count === 0 ? column !== '' : column.split('|').length !== count)
      throw new Error('a commune name or postal code holds "|"');
  }
}

/**
 * The file's text: the JSON itself. HtmlService would not alter it: createHtmlOutputFromFile
 * evaluates no scriptlet (only templates do, and `<?` never occurs), and `<`, `>` and `&` are
 * escaped as \u003c… so that no markup can appear even if a future name held one.
 */
export function collectivitesFileText(data: CompactCollectivites): string {
  check(data);
  return jsonFileText(data);
}

function jsonFileText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `data` with each département's and région's population: the sum of its communes'. */
export function withAreaPopulations(data: CompactCollectivites): CompactCollectivites {
  const byDepartment = new Map<string, number>();
  const { communes } = data;
  communes.population.forEach((population, i) => {
    const department = departmentOfCommune(communes.code.slice(i * 5, i * 5 + 5));
    byDepartment.set(department, (byDepartment.get(department) ?? 0) + Math.max(0, population));
  });
  const departmentPopulation = data.departments.code.map((code) => byDepartment.get(code) ?? 0);
  const regionPopulation = data.regions.code.map((_code, r) =>
    data.departments.region.reduce(
      (sum, region, d) => (region === r ? sum + (departmentPopulation[d] ?? 0) : sum),
      0,
    ),
  );
  return {
    ...data,
    departments: { ...data.departments, population: departmentPopulation },
    regions: { ...data.regions, population: regionPopulation },
  };
}

/** The rows `kept` (ascending commune indexes) and the EPCIs `epcis` (ascending) of `data`, re-indexed. */
function subset(
  data: CompactCollectivites,
  kept: readonly number[],
  epcis: readonly number[],
): CompactCollectivites {
  const { communes, epci } = data;
  const newEpci = new Map(epcis.map((old, i) => [old, i]));
  const names = communes.name.split('|');
  const postal = communes.postalCodes.split('|');
  // The SIREN exceptions are consumed in row order: find each kept row's own.
  const exceptionAt = new Map<number, string>();
  for (let i = 0, next = 0; i < communes.sirenKey.length; i++) {
    if (communes.sirenKey.charAt(i) === '.')
      exceptionAt.set(i, communes.sirenExceptions.slice(next * 9, ++next * 9));
  }
  const epciOf = (i: number) => {
    const value = communes.epci.slice(i * EPCI_INDEX_WIDTH, (i + 1) * EPCI_INDEX_WIDTH);
    if (value.startsWith('-')) return value;
    const index = newEpci.get(Number.parseInt(value, 36));
    return index === undefined
      ? '-'.repeat(EPCI_INDEX_WIDTH)
      : index.toString(36).padStart(EPCI_INDEX_WIDTH, '0');
  };
  return {
    ...data,
    epci: {
      siren: epcis.map((e) => epci.siren.slice(e * 9, e * 9 + 9)).join(''),
      name: epcis.map((e) => epci.name[e] ?? ''),
      type: epcis.map((e) => epci.type[e] ?? ''),
    },
    communes: {
      code: kept.map((i) => communes.code.slice(i * 5, i * 5 + 5)).join(''),
      name: kept.map((i) => names[i] ?? '').join('|'),
      liaison: kept.map((i) => communes.liaison.charAt(i)).join(''),
      postalCodes: kept.map((i) => postal[i] ?? '').join('|'),
      population: kept.map((i) => communes.population[i] ?? -1),
      sirenKey: kept.map((i) => communes.sirenKey.charAt(i)).join(''),
      sirenExceptions: kept.map((i) => exceptionAt.get(i) ?? '').join(''),
      epci: kept.map(epciOf).join(''),
    },
  };
}

/**
 * One part per département: its communes, every EPCI one of them belongs to with all that
 * EPCI's members (in whatever département: an EPCI may span two), the communes of other
 * départements whose postal code starts like this one's, and the populations of every
 * département and région (computed on the whole data). Plus the groupings alone, no commune.
 */
export function splitByDepartment(whole: CompactCollectivites): {
  departments: Map<string, CompactCollectivites>;
  groupings: CompactCollectivites;
} {
  const data = withAreaPopulations(whole);
  const count = data.communes.population.length;
  const epciOf = (i: number) => {
    const value = data.communes.epci.slice(i * EPCI_INDEX_WIDTH, (i + 1) * EPCI_INDEX_WIDTH);
    return value.startsWith('-') ? -1 : Number.parseInt(value, 36);
  };
  const membersOf = new Map<number, number[]>();
  const rowsOf = new Map<string, number[]>();
  // Communes whose postal code starts like another département's: a postal search reads that part.
  const byPostalOf = new Map<string, number[]>();
  const postal = data.communes.postalCodes.split('|');
  for (let i = 0; i < count; i++) {
    const e = epciOf(i);
    if (e >= 0) membersOf.set(e, [...(membersOf.get(e) ?? []), i]);
    const code = data.communes.code.slice(i * 5, i * 5 + 5);
    const department = departmentOfCommune(code);
    rowsOf.set(department, [...(rowsOf.get(department) ?? []), i]);
    for (const packed of (postal[i] ?? '').split(',')) {
      if (packed === '') continue;
      const full = packed.length === 3 ? code.slice(0, 2) + packed : packed;
      for (const other of departmentsOfPostalCode(full)) {
        if (other !== department) byPostalOf.set(other, [...(byPostalOf.get(other) ?? []), i]);
      }
    }
  }
  const departments = new Map<string, CompactCollectivites>();
  for (const [department, rows] of rowsOf) {
    const epcis = [...new Set(rows.map(epciOf).filter((e) => e >= 0))].sort((a, b) => a - b);
    const kept = [
      ...new Set([
        ...rows,
        ...epcis.flatMap((e) => membersOf.get(e) ?? []),
        ...(byPostalOf.get(department) ?? []),
      ]),
    ].sort((a, b) => a - b);
    departments.set(department, subset(data, kept, epcis));
  }
  const all = data.epci.name.map((_n, i) => i);
  return { departments, groupings: subset(data, [], all) };
}

/** Most bytes any search by name may read, all files together (issue 14). */
export const NAME_SEARCH_BUDGET = 60 * 1024;
/**
 * What the bounds aim at for one file of the name index, its own entries before the lists
 * added: a name found alone reads it and the commune's département part (40 KB at most), a name
 * not found reads it and one file of the endings.
 */
const NAME_FILE_TARGET = 14 * 1024;
const ENDS_FILE_TARGET = 34 * 1024;

interface NameRow {
  index: number;
  name: string;
  code: string;
  bare: string;
  keys: string[];
  /** Bytes of its entry in a file, about. */
  bytes: number;
}

function nameRows(data: CompactCollectivites): NameRow[] {
  const names = data.communes.name.split('|');
  const postal = data.communes.postalCodes.split('|');
  return names.map((name, index) => ({
    index,
    name,
    code: data.communes.code.slice(index * 5, index * 5 + 5),
    bare: bareSearchKey(name),
    keys: filingKeys(name).filter((key) => key.length > SHORT_KEY_LENGTH),
    bytes:
      Buffer.byteLength(name) +
      8 +
      (postal[index] ?? '').length +
      String(data.communes.population[index]).length,
  }));
}

interface Filing {
  key: string;
  rows: NameRow[];
}

/** The communes by the keys `keysOf` gives each, sorted by key. */
function filed(rows: readonly NameRow[], keysOf: (row: NameRow) => readonly string[]): Filing[] {
  const byKey = new Map<string, NameRow[]>();
  for (const row of rows) for (const key of keysOf(row)) byKey.set(key, [...(byKey.get(key) ?? []), row]);
  return [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, rows]) => ({ key, rows }));
}

const byKeys = (row: NameRow) => row.keys;
/** The file of endings a name is in: its bare key backwards. */
const byEnd = (row: NameRow) => (row.bare.length > SHORT_KEY_LENGTH ? [endKey(row.name)] : []);

const commonPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && a.charAt(i) === b.charAt(i)) i++;
  return i;
};

const sizeOf = (filing: Filing | undefined) => (filing?.rows ?? []).reduce((sum, row) => sum + row.bytes, 0);

/**
 * Where the files start: about `target` bytes each, cut where two neighbouring keys differ
 * earliest (« sainte » | « saintf », rather than inside « saintmartin… »), each bound the
 * shortest string that separates them.
 */
function chooseBounds(keys: readonly Filing[], target: number): string[] {
  const bounds = [''];
  let start = 0;
  while (start < keys.length) {
    let bytes = 0;
    let end = start;
    while (end < keys.length && bytes + sizeOf(keys[end]) <= target) bytes += sizeOf(keys[end++]);
    if (end === start) end++;
    if (end >= keys.length) break;
    // Among the last quarter of the range, the cut whose keys share the shortest prefix.
    let cut = end;
    let best = Number.POSITIVE_INFINITY;
    for (let i = end, room = bytes; i > start && room >= target * 0.75; i--) {
      const shared = commonPrefix(keys[i - 1]?.key ?? '', keys[i]?.key ?? '');
      if (shared < best) {
        best = shared;
        cut = i;
      }
      room -= sizeOf(keys[i - 1]);
    }
    const previous = keys[cut - 1]?.key ?? '';
    const next = keys[cut]?.key ?? '';
    bounds.push(next.slice(0, commonPrefix(previous, next) + 1));
    start = cut;
  }
  return bounds;
}

/** The bounds of the name index's files and of its endings' files, for name-bounds.ts. */
export function chooseNameBounds(data: CompactCollectivites): { names: string[]; ends: string[] } {
  const rows = nameRows(data);
  return {
    names: chooseBounds(filed(rows, byKeys), NAME_FILE_TARGET),
    ends: chooseBounds(filed(rows, byEnd), ENDS_FILE_TARGET),
  };
}

/** The text of one file of the name index: `own` (its communes), and the lists of `startingWith`. */
function namesFileText(
  data: CompactCollectivites,
  range: Pick<CompactNames, 'by' | 'from' | 'to'>,
  own: readonly NameRow[],
  startingWith: ReadonlyMap<string, readonly NameRow[]> = new Map(),
): string {
  const rows = [...new Map([...own, ...[...startingWith.values()].flat()].map((r) => [r.index, r])).values()];
  rows.sort((a, b) => a.index - b.index);
  const at = new Map(rows.map((row, i) => [row.index, i]));
  const postal = data.communes.postalCodes.split('|');
  const departmentName = new Map(
    data.departments.code.map((code, i) => [code, data.departments.name[i] ?? '']),
  );
  const departments: Record<string, string> = {};
  for (const row of rows) {
    const code = departmentOfCommune(row.code);
    departments[code] = departmentName.get(code) ?? code;
  }
  const names: CompactNames = {
    format: NAMES_FORMAT,
    source: data.source,
    ...range,
    departments,
    names: rows.map((r) => r.name).join('|'),
    codes: rows.map((r) => r.code).join(''),
    postalCodes: rows.map((r) => postal[r.index] ?? '').join('|'),
    population: rows.map((r) => data.communes.population[r.index] ?? -1),
    startingWith: Object.fromEntries(
      [...startingWith].map(([key, list]) => [key, list.map((r) => at.get(r.index) ?? -1)]),
    ),
  };
  return jsonFileText(names);
}

/** The communes of each range of keys between `bounds`. */
function bucketed(keys: readonly Filing[], bounds: readonly string[]): Map<number, NameRow>[] {
  const buckets = bounds.map(() => new Map<number, NameRow>());
  for (const filing of keys) {
    const bucket = buckets[bucketOf(filing.key, bounds)];
    for (const row of filing.rows) bucket?.set(row.index, row);
  }
  return buckets;
}

/**
 * The name index's files: the short names, one file per range of keys between `bounds.names`,
 * one per range of endings between `bounds.ends`. Throws when what one search reads is over
 * NAME_SEARCH_BUDGET: a file of names and the largest département part (a name found alone),
 * or a file of names and the largest file of endings (a name not found).
 */
export function nameIndexFiles(
  data: CompactCollectivites,
  largestPart: number,
  bounds: { names: readonly string[]; ends: readonly string[] } = {
    names: NAME_BOUNDS,
    ends: NAME_END_BOUNDS,
  },
): { name: string; text: string }[] {
  const rows = nameRows(data);
  const populationOf = (row: NameRow) => {
    const population = data.communes.population[row.index] ?? -1;
    return population < 0 ? null : population;
  };
  const asChoice = (row: NameRow) =>
    communeChoice(
      { code: row.code, name: row.name, departmentCode: '', postalCodes: [], population: populationOf(row) },
      '',
      'name',
    );
  /** The largest communes whose bare key starts with `prefix`. */
  const largest = (prefix: string) =>
    rows
      .filter((row) => row.bare.startsWith(prefix))
      .map((row) => ({ row, choice: asChoice(row) }))
      .sort((a, b) => byPopulation(a.choice, b.choice))
      .slice(0, MAX_SUGGESTIONS)
      .map((r) => r.row);
  const short = {
    name: `${SHORT_NAMES_FILE}.html`,
    text: namesFileText(
      data,
      { by: 'key', from: '', to: '' },
      rows.filter((row) => isShortName(row.name)),
    ),
  };
  const names = bucketed(filed(rows, byKeys), bounds.names).map((own, bucket) => {
    const from = bounds.names[bucket] ?? '';
    const to = bounds.names[bucket + 1] ?? '';
    // The keys that start here and run past the file: prefixes of the next bound.
    const startingWith = new Map<string, NameRow[]>();
    for (let length = SHORT_KEY_LENGTH + 1; length <= to.length; length++) {
      const prefix = to.slice(0, length);
      if (prefix >= from) startingWith.set(prefix, largest(prefix));
    }
    return {
      name: `${nameFile(bucket)}.html`,
      text: namesFileText(data, { by: 'key', from, to }, [...own.values()], startingWith),
    };
  });
  const ends = bucketed(filed(rows, byEnd), bounds.ends).map((own, bucket) => ({
    name: `${endsFile(bucket)}.html`,
    text: namesFileText(
      data,
      { by: 'end', from: bounds.ends[bucket] ?? '', to: bounds.ends[bucket + 1] ?? '' },
      [...own.values()],
    ),
  }));
  const largestOf = (files: { text: string }[]) => Math.max(...files.map((f) => Buffer.byteLength(f.text)));
  const after = Math.max(largestPart, largestOf(ends));
  for (const file of names) {
    const bytes = Buffer.byteLength(file.text) + after;
    if (bytes > NAME_SEARCH_BUDGET)
      throw new Error(
        `${file.name} and the largest file read after it make ${bytes} bytes, over ${NAME_SEARCH_BUDGET}: run npx tsx scripts/collectivites-data.ts --bounds`,
      );
  }
  return [short, ...names, ...ends];
}

export interface CollectivitesFile {
  /** The whole directory's text: the reference the parts are tested against, not written to dist/. */
  text: string;
  /** Current communes kept, and bytes of the package's data files read. */
  communes: number;
  sourceBytes: number;
  /** What dist/ holds: one part per département, the groupings, the name index's files. */
  parts: { name: string; text: string }[];
}

/** What scripts/build.ts writes to dist/: the parts of the directory and the name index. */
export function buildCollectivitesFile(): CollectivitesFile {
  const source = readSource();
  const data = withAreaPopulations(compactCollectivites(source));
  const { departments, groupings } = splitByDepartment(data);
  const departmentParts = [...departments].map(([code, part]) => ({
    name: `${departmentFile(code)}.html`,
    text: collectivitesFileText(part),
  }));
  const largestPart = Math.max(...departmentParts.map((part) => Buffer.byteLength(part.text)));
  return {
    text: collectivitesFileText(data),
    communes: data.communes.population.length,
    sourceBytes: source.bytes,
    parts: [
      ...departmentParts,
      { name: `${GROUPINGS_FILE}.html`, text: collectivitesFileText(groupings) },
      ...nameIndexFiles(data, largestPart),
    ],
  };
}

if (
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url) &&
  process.argv.includes('--bounds')
) {
  const bounds = chooseNameBounds(withAreaPopulations(compactCollectivites(readSource())));
  // As Biome writes it (keys are [a-z0-9] only): lint passes without a format run.
  const list = (keys: string[]) => `[\n${keys.map((key) => `  '${key}',\n`).join('')}]`;
  const file = join(dirname(fileURLToPath(import.meta.url)), '../src/domain/collectivites/name-bounds.ts');
  writeFileSync(
    file,
    `/**
 * Generated by \`npx tsx scripts/collectivites-data.ts --bounds\` from the data; do not edit.
 * Where the name index's files start (name-index.ts): ${bounds.names.length} files of names by
 * their keys, ${bounds.ends.length} by their endings.
 */
export const NAME_BOUNDS: readonly string[] = ${list(bounds.names)};

export const NAME_END_BOUNDS: readonly string[] = ${list(bounds.ends)};
`,
  );
  console.log(`${file}: ${bounds.names.length} + ${bounds.ends.length} bounds`);
}
