/**
 * The name index (issue 14): a search by name reads one small file instead of the whole
 * directory. The communes are sorted by their name keys (search-key.ts) and cut into ranges
 * of about 15 KB, each a file `Collectivites-noms-<n>.html`; the typed name's key says which
 * file holds every commune it can match. Keys of two letters or fewer (« Saint », « Le », « Eu »)
 * read `Collectivites-noms-courts.html`, the short names, instead: no « Saint » bucket of 4,000
 * communes.
 *
 * A commune is filed under its key and under that key without each article it may start with
 * (« Lachapelle » also under « chapelle », « L'Isle-Adam » under « isleadam »), so that a typed
 * name with an article (« La Chapelle ») and its bare form find, in one file, every commune the
 * whole directory would have answered. An entry holds what the list of communes shows (name,
 * INSEE code, postal codes, population, département); the proposals read the commune's
 * département part once it is chosen.
 *
 * A name not found gets close names (search.ts): those near it in the order of keys are in the
 * same file, and the endings' files `Collectivites-noms-fins-<n>.html` (the communes sorted by
 * their key backwards) give those whose first letters differ (« Gnnat » → Gannat).
 *
 * The ranges' bounds (name-bounds.ts) are part of the code, so that the file to read is known
 * without reading anything: any bounds give right answers (the build files each commune by the
 * same bounds); only the files' sizes depend on them, and the build refuses a file too large.
 */
import { COLLECTIVITES_FILE, departmentOfCommune } from './data-format';
import { NAME_BOUNDS, NAME_END_BOUNDS } from './name-bounds';
import {
  type Candidate,
  type CommuneChoice,
  communeChoice,
  MAX_SUGGESTIONS,
  type NameSource,
} from './search';
import { bareSearchKey, searchKey, searchKeys } from './search-key';

/** Bumped whenever the shape changes, so that a stale file is refused rather than misread. */
export const NAMES_FORMAT = 'collectivites-noms/1';

/** A key this long or shorter reads the short names' file. */
export const SHORT_KEY_LENGTH = 2;

/** The file of names whose keys start at `NAME_BOUNDS[bucket]`. */
export const nameFile = (bucket: number) => `${COLLECTIVITES_FILE}-noms-${bucket}`;

/** The file of names whose keys backwards start at `NAME_END_BOUNDS[bucket]`. */
export const endsFile = (bucket: number) => `${COLLECTIVITES_FILE}-noms-fins-${bucket}`;

/** The key the endings' files sort a name by: its key without article, backwards. */
export const endKey = (name: string) => [...bareSearchKey(name)].reverse().join('');

/** The communes whose name has a key of two letters or fewer, or a bare key of three or fewer. */
export const SHORT_NAMES_FILE = `${COLLECTIVITES_FILE}-noms-courts`;

/** Articles a name's key may start with (search-key.ts's LEADING_ARTICLE, squeezed). */
const ARTICLES = ['les', 'le', 'la', 'l', 'aux', 'las', 'los'];

/**
 * The keys a commune is filed under: its key, and its key without each article it starts with.
 * Its key without article (bareSearchKey) is always one of them.
 */
export function filingKeys(name: string): string[] {
  const key = searchKey(name);
  const keys = [key];
  for (const article of ARTICLES) {
    if (key.length > article.length && key.startsWith(article)) keys.push(key.slice(article.length));
  }
  return [...new Set(keys)];
}

/** True when a name is filed in the short names' file. */
export function isShortName(name: string): boolean {
  return (
    filingKeys(name).some((key) => key.length <= SHORT_KEY_LENGTH) ||
    bareSearchKey(name).length <= SHORT_KEY_LENGTH + 1
  );
}

/** The bucket holding `key`: the last bound not after it. */
export function bucketOf(key: string, bounds: readonly string[] = NAME_BOUNDS): number {
  let low = 0;
  let high = bounds.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((bounds[middle] ?? '') <= key) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The file that holds every commune a typed name can match (not a code: see isCodeQuery). */
export function nameFileFor(typed: string): string {
  const key = bareSearchKey(typed);
  return key.length <= SHORT_KEY_LENGTH ? SHORT_NAMES_FILE : nameFile(bucketOf(key));
}

/** The endings' file of a typed name of three letters or more (the short names' file holds the others). */
export function endsFileFor(typed: string): string {
  return endsFile(bucketOf(endKey(typed), NAME_END_BOUNDS));
}

/** One file of the name index, as JSON. Row i of every column is entry i. */
export interface CompactNames {
  readonly format: typeof NAMES_FORMAT;
  readonly source: string;
  /** Filed by key (the names' files, the short names) or by key backwards (the endings' files). */
  readonly by: 'key' | 'end';
  /** The keys filed here: `from` ≤ key < `to` (`to` empty: no end). Both empty: the short names. */
  readonly from: string;
  readonly to: string;
  /** The names of the départements of the entries, by code. */
  readonly departments: Readonly<Record<string, string>>;
  /** Names joined by '|'. */
  readonly names: string;
  /** INSEE codes, 5 characters each. */
  readonly codes: string;
  /** As in data-format.ts: entries separated by '|', codes by ',', « 01400 » of 01001 as « 400 ». */
  readonly postalCodes: string;
  /** -1 when unknown. */
  readonly population: readonly number[];
  /**
   * For a key whose names run past this file (« ste » of « Sainte-… »): the largest communes
   * whose bare key starts with it, at most MAX_SUGGESTIONS, as entry indexes. The suggestions
   * after a name not found need no other file.
   */
  readonly startingWith: Readonly<Record<string, readonly number[]>>;
}

interface Entry {
  readonly key: string;
  readonly bare: string;
  readonly index: number;
}

/** One file of the name index, read: a source of names for searchName (search.ts). */
export class NameIndex implements NameSource {
  readonly source: string;
  private readonly names: string[];
  private readonly postal: string[];
  private entries_?: Entry[];

  constructor(private readonly data: CompactNames) {
    if (data.format !== NAMES_FORMAT)
      throw new Error(`Collectivites: names format ${data.format} is not ${NAMES_FORMAT}`);
    this.source = data.source;
    this.names = data.names === '' ? [] : data.names.split('|');
    this.postal = data.postalCodes.split('|');
  }

  /** Whether this file is the one for `typed` (a stale or misplaced file answers wrong). */
  holds(typed: string): boolean {
    const { by, from, to } = this.data;
    const key = by === 'end' ? endKey(typed) : bareSearchKey(typed);
    if (by === 'key' && from === '' && to === '') return key.length <= SHORT_KEY_LENGTH;
    return key.length > SHORT_KEY_LENGTH && from <= key && (to === '' || key < to);
  }

  get size(): number {
    return this.names.length;
  }

  choice(index: number): CommuneChoice {
    const code = this.data.codes.slice(index * 5, index * 5 + 5);
    const departmentCode = departmentOfCommune(code);
    const packed = this.postal[index] ?? '';
    const population = this.data.population[index] ?? -1;
    const commune = {
      code,
      name: this.names[index] ?? '',
      departmentCode,
      postalCodes:
        packed === '' ? [] : packed.split(',').map((p) => (p.length === 3 ? code.slice(0, 2) + p : p)),
      population: population < 0 ? null : population,
    };
    return communeChoice(commune, this.data.departments[departmentCode] ?? departmentCode, 'name');
  }

  private entries(): Entry[] {
    if (!this.entries_) {
      this.entries_ = this.names.map((name, index) => ({ ...searchKeys(name), index }));
    }
    return this.entries_;
  }

  named(typed: string): CommuneChoice[] {
    const key = searchKey(typed);
    let found = this.entries().filter((e) => e.key === key);
    if (found.length === 0) {
      const bare = bareSearchKey(typed);
      found = this.entries().filter((e) => e.bare === bare);
    }
    return found.map((e) => this.choice(e.index));
  }

  *candidates(): Iterable<Candidate> {
    for (const entry of this.entries()) yield { bare: entry.bare, choice: () => this.choice(entry.index) };
  }

  largestStartingWith(key: string): readonly CommuneChoice[] | undefined {
    const indexes = this.data.startingWith[key];
    return indexes?.slice(0, MAX_SUGGESTIONS).map((i) => this.choice(i));
  }
}

/**
 * A name's file of the name index, and its endings' file read only if the name is not found and
 * fewer than five names start with it: close names from both (search.ts).
 */
export function withEndings(names: NameIndex, ends: () => NameIndex): NameSource {
  return {
    named: (typed) => names.named(typed),
    candidates: () => names.candidates(),
    moreCandidates: () => ends().candidates(),
    largestStartingWith: (key) => names.largestStartingWith(key),
  };
}

/** Parses one file of the name index (what HtmlOutput.getContent() returns). */
export function loadNameIndex(text: string): NameIndex {
  return new NameIndex(JSON.parse(text) as CompactNames);
}
