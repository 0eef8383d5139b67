/**
 * The directory read from one of its parts in dist/ (a département's, the groupings; the whole,
 * in the tests, as the reference). Apps Script starts every call afresh, so a search parses the
 * file and builds only the index it needs (names, postal codes or codes): the indexes are lazy,
 * and a commune becomes an object only when it is looked at.
 */
import {
  COLLECTIVITES_FORMAT,
  type CompactCollectivites,
  departmentOfCommune,
  EPCI_INDEX_WIDTH,
  sirenStem,
} from './data-format';
import { isLiaison, type Liaison } from './names';
import { bareSearchKey, searchKey, searchKeys } from './search-key';

export interface Commune {
  readonly index: number;
  readonly code: string;
  readonly name: string;
  readonly liaison: Liaison | null;
  readonly departmentCode: string;
  readonly postalCodes: readonly string[];
  readonly population: number | null;
  readonly siren: string | null;
  /** Index of its EPCI, or -1. */
  readonly epci: number;
}

export interface Area {
  readonly code: string;
  readonly name: string;
  readonly liaison: Liaison | null;
}

export interface Department extends Area {
  readonly regionCode: string;
}

export interface Epci {
  readonly index: number;
  readonly siren: string;
  /** As the DGCL writes it (« CC Faucigny - Glières »). */
  readonly name: string;
  readonly type: string;
}

const liaisonAt = (column: string, index: number): Liaison | null => {
  const value = Number(column.charAt(index));
  return column.charAt(index) !== '?' && isLiaison(value) ? value : null;
};

function multiMap<K, V>(entries: Iterable<[K, V]>): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const [key, value] of entries) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}

export class Directory {
  readonly source: string;
  readonly communeCount: number;
  private readonly names: string[];
  private readonly postal: string[];
  private readonly sirenExceptionAt = new Map<number, string>();
  private readonly departmentByCode: Map<string, Department>;
  private readonly regionByCode: Map<string, Area>;
  private codeIndex?: Map<string, number>;
  private nameIndex?: { exact: Map<string, number[]>; bare: Map<string, number[]> };
  private membersIndex?: Map<number, number[]>;
  private departmentPopulations?: Map<string, number>;

  constructor(private readonly data: CompactCollectivites) {
    if (data.format !== COLLECTIVITES_FORMAT)
      throw new Error(`Collectivites: format ${data.format} is not ${COLLECTIVITES_FORMAT}`);
    this.source = data.source;
    this.names = data.communes.name.split('|');
    this.postal = data.communes.postalCodes.split('|');
    this.communeCount = data.communes.population.length;
    const { sirenKey, sirenExceptions } = data.communes;
    for (let i = 0, next = 0; i < sirenKey.length; i++) {
      if (sirenKey.charAt(i) === '.')
        this.sirenExceptionAt.set(i, sirenExceptions.slice(next * 9, ++next * 9));
    }
    const { regions, departments } = data;
    this.regionByCode = new Map(
      regions.code.map((code, i) => [
        code,
        { code, name: regions.name[i] ?? '', liaison: liaisonAt(regions.liaison, i) },
      ]),
    );
    this.departmentByCode = new Map(
      departments.code.map((code, i) => [
        code,
        {
          code,
          name: departments.name[i] ?? '',
          liaison: liaisonAt(departments.liaison, i),
          regionCode: regions.code[departments.region[i] ?? -1] ?? '',
        },
      ]),
    );
  }

  commune(index: number): Commune {
    const { communes } = this.data;
    const code = communes.code.slice(index * 5, index * 5 + 5);
    const prefix = code.slice(0, 2);
    const postal = this.postal[index] ?? '';
    const population = communes.population[index] ?? -1;
    const key = communes.sirenKey.charAt(index);
    const epci = communes.epci.slice(index * EPCI_INDEX_WIDTH, (index + 1) * EPCI_INDEX_WIDTH);
    return {
      index,
      code,
      name: this.names[index] ?? '',
      liaison: liaisonAt(communes.liaison, index),
      departmentCode: departmentOfCommune(code),
      postalCodes: postal === '' ? [] : postal.split(',').map((p) => (p.length === 3 ? prefix + p : p)),
      population: population < 0 ? null : population,
      siren:
        key === '-' ? null : key === '.' ? (this.sirenExceptionAt.get(index) ?? null) : sirenStem(code) + key,
      epci: epci.startsWith('-') ? -1 : Number.parseInt(epci, 36),
    };
  }

  department(code: string): Department | undefined {
    return this.departmentByCode.get(code);
  }

  region(code: string): Area | undefined {
    return this.regionByCode.get(code);
  }

  epci(index: number): Epci | undefined {
    const { epci } = this.data;
    const name = epci.name[index];
    if (name === undefined) return undefined;
    return { index, siren: epci.siren.slice(index * 9, index * 9 + 9), name, type: epci.type[index] ?? '' };
  }

  /** The commune with this INSEE code (« 2A004 » and « 2a004 » alike). */
  byCode(code: string): Commune | undefined {
    if (!this.codeIndex) {
      const codes = this.data.communes.code;
      this.codeIndex = new Map();
      for (let i = 0; i < this.communeCount; i++) this.codeIndex.set(codes.slice(i * 5, i * 5 + 5), i);
    }
    const index = this.codeIndex.get(code.toUpperCase());
    return index === undefined ? undefined : this.commune(index);
  }

  /**
   * Every commune served by this postal code (up to 46 share one). A scan, not an index: one
   * search per run, and `includes` rules out almost every commune before any splitting.
   */
  byPostalCode(postalCode: string): Commune[] {
    const found: Commune[] = [];
    const tail = postalCode.slice(2);
    const codes = this.data.communes.code;
    this.postal.forEach((packed, i) => {
      if (!packed.includes(tail)) return;
      const prefix = codes.slice(i * 5, i * 5 + 2);
      if (packed.split(',').some((p) => (p.length === 3 ? prefix + p : p) === postalCode))
        found.push(this.commune(i));
    });
    return found;
  }

  private names_(): { exact: Map<string, number[]>; bare: Map<string, number[]> } {
    if (!this.nameIndex) {
      const exact: [string, number][] = [];
      const bare: [string, number][] = [];
      this.names.forEach((name, i) => {
        const keys = searchKeys(name);
        exact.push([keys.key, i]);
        bare.push([keys.bare, i]);
      });
      this.nameIndex = { exact: multiMap(exact), bare: multiMap(bare) };
    }
    return this.nameIndex;
  }

  /** Communes whose name is the typed one, accents, case, hyphens and « Saint »/« St » aside. */
  byName(typed: string): Commune[] {
    const index = this.names_();
    const exact = index.exact.get(searchKey(typed));
    const found = exact ?? index.bare.get(bareSearchKey(typed)) ?? [];
    return found.map((i) => this.commune(i));
  }

  /** The distinct name keys (without article), each with its communes: what suggestions are drawn from. */
  nameKeys(): ReadonlyMap<string, readonly number[]> {
    return this.names_().bare;
  }

  /** Indexes of the member communes of an EPCI. */
  members(epci: number): readonly number[] {
    if (!this.membersIndex) {
      const column = this.data.communes.epci;
      const pairs: [number, number][] = [];
      for (let i = 0; i < this.communeCount; i++) {
        const value = column.slice(i * EPCI_INDEX_WIDTH, (i + 1) * EPCI_INDEX_WIDTH);
        if (!value.startsWith('-')) pairs.push([Number.parseInt(value, 36), i]);
      }
      this.membersIndex = multiMap(pairs);
    }
    return this.membersIndex.get(epci) ?? [];
  }

  /**
   * Population of a département: the sum of its communes' (the data gives none for it),
   * computed at build when the file holds it (a département's part lacks the other communes).
   */
  departmentPopulation(code: string): number {
    const { departments } = this.data;
    const at = departments.code.indexOf(code);
    const stored = at < 0 ? undefined : departments.population?.[at];
    return stored ?? this.populations().get(code) ?? 0;
  }

  regionPopulation(code: string): number {
    const { regions } = this.data;
    const at = regions.code.indexOf(code);
    const stored = at < 0 ? undefined : regions.population?.[at];
    if (stored !== undefined) return stored;
    let total = 0;
    for (const [department, population] of this.populations()) {
      if (this.department(department)?.regionCode === code) total += population;
    }
    return total;
  }

  private populations(): Map<string, number> {
    if (!this.departmentPopulations) {
      const { code, population } = this.data.communes;
      this.departmentPopulations = new Map();
      for (let i = 0; i < this.communeCount; i++) {
        const department = departmentOfCommune(code.slice(i * 5, i * 5 + 5));
        const known = Math.max(0, population[i] ?? 0);
        this.departmentPopulations.set(department, (this.departmentPopulations.get(department) ?? 0) + known);
      }
    }
    return this.departmentPopulations;
  }
}

/** Parses the text of a part of the directory (what HtmlOutput.getContent() returns). */
export function loadDirectory(text: string): Directory {
  return new Directory(JSON.parse(text) as CompactCollectivites);
}
