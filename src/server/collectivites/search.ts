/**
 * « Collectivités »: from what the person typed (or the plan's home commune), the commune they
 * mean, then the collectivités around it. One call reads the data file once and answers one of
 * three ways: the proposals, a choice between homonyms, or a French message with close names.
 */
import {
  type CommuneChoice,
  type Directory,
  type Proposal,
  type ProposalFilters,
  proposeCollectivites,
  searchCommunes,
} from '../../domain/collectivites';
import { UserError } from '../../shared/validation';
import { readCommuneDirectory, readDirectory } from './directory-file';
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
  'Cette commune est introuvable dans les données officielles : relancez la recherche par son nom ou son code postal.';

function chooseMessage(query: string, choices: readonly CommuneChoice[]): string {
  return choices[0]?.matchedBy === 'name'
    ? `${choices.length} communes s'appellent « ${query} » : choisissez la vôtre.`
    : `${choices.length} communes correspondent au code ${query.replace(/\s/g, '')} : choisissez la vôtre.`;
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
  const directory = readDirectory();
  const searched: Searched = { query, fromPlan: typed === '' && query !== '', source: directory.source };

  const search = searchCommunes(directory, query);
  if (!search.found)
    return { ...searched, status: 'notFound', message: search.message, suggestions: search.suggestions };
  const byPostalCode = search.choices.filter((c) => c.matchedBy === 'postalCode');
  const [only, ...others] = byPostalCode.length === 1 ? byPostalCode : search.choices;
  if (only && others.length === 0) {
    const otherMatches = search.choices.filter((c) => c !== only);
    return { ...searched, ...proposalsFor(directory, only, filters, otherMatches) };
  }
  return {
    ...searched,
    status: 'choose',
    message: chooseMessage(query, search.choices),
    choices: search.choices,
  };
}
