/**
 * Compacts @etalab/decoupage-administratif (12 MB of JSON) at build time into the directory the
 * add-on searches: dist/Collectivites.html, a file whose whole text is JSON. The server reads it
 * with HtmlService.createHtmlOutputFromFile('Collectivites').getContent() only when a search is
 * made, so Code.js, which Apps Script evaluates on every run, does not carry it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  COLLECTIVITES_FILE,
  COLLECTIVITES_FORMAT,
  type CompactCollectivites,
  departmentFile,
  departmentOfCommune,
  departmentsOfPostalCode,
  EPCI_INDEX_WIDTH,
  GROUPINGS_FILE,
  sirenStem,
} from '../src/domain/collectivites/data-format';

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

export interface CollectivitesFile {
  /** File name in dist/. */
  name: string;
  text: string;
  /** Current communes kept, and bytes of the package's data files read. */
  communes: number;
  sourceBytes: number;
  /** The directory's parts: one per département, and the groupings. */
  parts: { name: string; text: string }[];
}

/** What scripts/build.ts writes to dist/: the whole directory (the name search) and its parts. */
export function buildCollectivitesFile(): CollectivitesFile {
  const source = readSource();
  const data = compactCollectivites(source);
  const { departments, groupings } = splitByDepartment(data);
  return {
    name: `${COLLECTIVITES_FILE}.html`,
    text: collectivitesFileText(withAreaPopulations(data)),
    communes: data.communes.population.length,
    sourceBytes: source.bytes,
    parts: [
      ...[...departments].map(([code, part]) => ({
        name: `${departmentFile(code)}.html`,
        text: collectivitesFileText(part),
      })),
      { name: `${GROUPINGS_FILE}.html`, text: collectivitesFileText(groupings) },
    ],
  };
}
