/**
 * « Collectivités »: from what the person typed (or the plan's home commune), the commune they
 * mean, then the collectivités around it. One call answers one of three ways: the proposals, a
 * choice between homonyms, or a French message with close names. It reads one file of about
 * 15 KB (issue 14): the name index's file for a name, the département's part for a code or a
 * commune chosen. A second file, at most 60 KB in all: the commune's part after a name that
 * names one commune only (its proposals need its intercommunalité, département and région,
 * which the name index does not hold), or the endings' file after a name not found (close names
 * whose first letters differ).
 */
import {
  type CommuneChoice,
  type CommuneSearch,
  type Directory,
  type Proposal,
  type ProposalFilters,
  proposeCollectivites,
  searchCommunes,
} from '../../domain/collectivites';
import { departmentOfCommune, departmentsOfPostalCode } from '../../domain/collectivites/data-format';
import { isCodeQuery, nameQueryProblem, searchName, unknownCode } from '../../domain/collectivites/search';
import { UserError } from '../../shared/validation';
import { readCommuneDirectory, readNames, readPart } from './directory-file';
import { searchDefaults } from './plan-defaults';

export interface SearchRequest extends ProposalFilters {
  /** A name, a postal code or an INSEE code; empty or absent: the plan's home commune. */
  readonly query?: string | undefined;
  /** A commune the person picked among homonyms or suggestions: no search, its proposals. */
  readonly communeCode?: string | undefined;
}

interface Searched {
  /** What was looked for, as the sidebar shows it back. */
  readonly query: string;
  /** True when the query came from « Mon plan ». */
  readonly fromPlan: boolean;
  /** The data's origin, for the credit line. */
  readonly source: string;
}

export type CollectivitesSearch = Searched &
  (
    | {
        readonly status: 'proposals';
        readonly commune: CommuneChoice;
        readonly proposals: readonly Proposal[];
        /** Proposals the filters hid, so the person knows widening them shows more. */
        readonly filteredOut: number;
        /**
         * The commune whose INSEE code is the postal code typed (« 69100 » is Villeurbanne's
         * postal code and Irigny's INSEE code): offered aside, the postal code being the likely meaning.
         */
        readonly otherMatches: readonly CommuneChoice[];
      }
    | { readonly status: 'choose'; readonly message: string; readonly choices: readonly CommuneChoice[] }
    | {
        readonly status: 'notFound';
        readonly message: string;
        readonly suggestions: readonly CommuneChoice[];
      }
  );

const UNKNOWN_COMMUNE =
  'Cette commune est introuvable dans les données officielles : relancez la recherche par son nom ou son code postal.';

function chooseMessage(query: string, choices: readonly CommuneChoice[]): string {
  return choices[0]?.matchedBy === 'name'
    ? `${choices.length} communes s’appellent « ${query} » : choisissez la vôtre.`
    : `${choices.length} communes correspondent au code ${query.replace(/\s/g, '')} : choisissez la vôtre.`;
}

function proposalsFor(
  directory: Directory,
  commune: CommuneChoice,
  filters: ProposalFilters,
  otherMatches: readonly CommuneChoice[] = [],
) {
  const proposals = proposeCollectivites(directory, commune.code, filters);
  const all = proposeCollectivites(directory, commune.code).length;
  return {
    status: 'proposals' as const,
    commune,
    proposals,
    filteredOut: all - proposals.length,
    otherMatches,
  };
}

/** The part of the data holding this commune; no part for its département: no such commune. */
function communePart(code: string): Directory {
  try {
    return readCommuneDirectory(code);
  } catch (error) {
    console.warn(`Collectivités: ${String(error)}`);
    throw new UserError(UNKNOWN_COMMUNE, 'communeCode');
  }
}

/** The commune with this INSEE code, as a search would have returned it. */
function communeByCode(directory: Directory, code: string): CommuneChoice {
  const search = searchCommunes(directory, code);
  const commune = search.found ? search.choices.find((c) => c.code === code.toUpperCase()) : undefined;
  if (!commune) throw new UserError(UNKNOWN_COMMUNE, 'communeCode');
  return commune;
}

export function searchCollectivites(request: SearchRequest): CollectivitesSearch {
  const typed = request.query?.trim() ?? '';
  // The plan is read only when it has something to give: no query typed, or no filter chosen.
  const defaults =
    typed === '' || request.kinds === undefined ? searchDefaults() : { homeCommune: '', kinds: [] };
  const query = typed === '' ? defaults.homeCommune : typed;
  const filters: ProposalFilters = {
    kinds: request.kinds ?? defaults.kinds,
    ...(request.minPopulation === undefined ? {} : { minPopulation: request.minPopulation }),
  };

  if (request.communeCode) {
    // A commune already chosen: its département's part of the data is enough.
    const part = communePart(request.communeCode);
    return {
      query,
      fromPlan: typed === '' && query !== '',
      source: part.source,
      ...proposalsFor(part, communeByCode(part, request.communeCode), filters),
    };
  }
  const fromPlan = typed === '' && query !== '';
  const byCode = isCodeQuery(query) ? byCodeSearch(query) : null;
  const byName = byCode === null ? nameSearch(query) : null;
  const search = byCode?.search ?? byName?.search ?? unknownCode(query);
  const searched: Searched = { query, fromPlan, source: byCode?.source ?? byName?.source ?? '' };

  if (!search.found)
    return { ...searched, status: 'notFound', message: search.message, suggestions: search.suggestions };
  const byPostalCode = search.choices.filter((c) => c.matchedBy === 'postalCode');
  const [only, ...others] = byPostalCode.length === 1 ? byPostalCode : search.choices;
  if (only && others.length === 0) {
    const otherMatches = search.choices.filter((c) => c !== only);
    // A commune copied into another département's part for its postal code, or found by its
    // name: its own part proposes.
    const own =
      byCode?.directory && byCode.departments.includes(only.departmentCode)
        ? byCode.directory
        : communePart(only.code);
    return { ...searched, ...proposalsFor(own, only, filters, otherMatches) };
  }
  return {
    ...searched,
    status: 'choose',
    message: chooseMessage(query, search.choices),
    choices: search.choices,
  };
}

/** A name: the one file of the name index that holds it, unless the query says what is missing. */
function nameSearch(query: string): { search: CommuneSearch; source: string } {
  const problem = nameQueryProblem(query);
  if (problem) return { search: problem, source: '' };
  const { names, source } = readNames(query);
  return { search: searchName(names, query), source };
}

/**
 * A postal or INSEE code reads only the départements' parts it can be in (issue 14): about
 * 15 KB each. A code whose département has no part names no commune (every commune's postal
 * and INSEE codes lead to a part: tests/domain/collectivites/parts.test.ts).
 */
function byCodeSearch(query: string): {
  directory: Directory | null;
  departments: string[];
  search: CommuneSearch;
  source: string;
} {
  const compact = query.replace(/\s/g, '').toUpperCase();
  const departments = /^\d/.test(compact.slice(1, 2))
    ? departmentsOfPostalCode(compact)
    : [departmentOfCommune(compact)];
  let parts: Directory[];
  try {
    parts = departments.map((department) => readPart(department));
  } catch (error) {
    console.warn(`Collectivités: ${String(error)}`);
    return { directory: null, departments, search: unknownCode(compact), source: '' };
  }
  const searches = parts.map((part) => searchCommunes(part, compact));
  const [first] = parts;
  if (first === undefined) return { directory: null, departments, search: unknownCode(compact), source: '' };
  const found = searches.flatMap((search) => (search.found ? search.choices : []));
  if (found.length === 0)
    return {
      directory: first,
      departments,
      search: searches[0] ?? unknownCode(compact),
      source: first.source,
    };
  // The same commune may sit in both Corsican parts: once, postal codes first, the largest first.
  const unique = found.filter((choice, i) => found.findIndex((c) => c.code === choice.code) === i);
  const rank = (c: CommuneChoice) => (c.matchedBy === 'postalCode' ? 0 : 1);
  unique.sort(
    (a, b) =>
      rank(a) - rank(b) || (b.population ?? -1) - (a.population ?? -1) || a.name.localeCompare(b.name, 'fr'),
  );
  return { directory: first, departments, search: { found: true, choices: unique }, source: first.source };
}
