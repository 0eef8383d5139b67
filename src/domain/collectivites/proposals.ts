/**
 * The collectivités around a commune, in the order a job seeker would consider them: the
 * commune, its intercommunalité, the département, the région, then the other communes of the
 * intercommunalité, largest first. Each carries what the tracking table and the letters need.
 */
import type { Civility, CollectivityKind, Recipient } from '../letters/types';
import { type Body, communeBody, departmentBody, epciBody, regionBody } from './bodies';
import type { Commune, Directory } from './directory';

export type ProposalKind = Exclude<CollectivityKind, 'other'>;

/** The words of the tracking table's « Type » column (tracking/vocabulary COLLECTIVITY_TYPES). */
export const KIND_LABELS = {
  commune: 'Commune',
  intercommunality: 'Intercommunalité',
  department: 'Département',
  region: 'Région',
} as const satisfies Record<ProposalKind, string>;

export interface Proposal extends Body {
  readonly kind: ProposalKind;
  /** Why it is proposed: the commune searched, its groupings, or another member of its EPCI. */
  readonly relation: 'searched' | 'intercommunality' | 'department' | 'region' | 'member';
  readonly typeLabel: (typeof KIND_LABELS)[ProposalKind];
  /** INSEE code for a commune, a département or a région; SIREN for an intercommunalité. */
  readonly code: string;
  readonly siren: string | null;
  /** Inhabitants; for a département, a région or an EPCI, the sum of its communes'. */
  readonly population: number | null;
}

export interface ProposalFilters {
  /** Kinds to keep; all when absent or empty (the plan may not say). */
  readonly kinds?: readonly ProposalKind[];
  /** Drops any proposal known to have fewer inhabitants. */
  readonly minPopulation?: number;
}

function communeProposal(commune: Commune, relation: Proposal['relation']): Proposal {
  return {
    ...communeBody(commune.name, commune.liaison),
    kind: 'commune',
    relation,
    typeLabel: KIND_LABELS.commune,
    code: commune.code,
    siren: commune.siren,
    population: commune.population,
  };
}

function groupingProposal(
  body: Body | null,
  kind: Exclude<ProposalKind, 'commune'>,
  code: string,
  siren: string | null,
  population: number,
): Proposal[] {
  if (body === null) return [];
  return [{ ...body, kind, relation: kind, typeLabel: KIND_LABELS[kind], code, siren, population }];
}

const sumPopulation = (communes: readonly Commune[]) =>
  communes.reduce((total, commune) => total + (commune.population ?? 0), 0);

/**
 * The proposals for the commune with INSEE code `communeCode` (from a search's choice).
 * Throws a RangeError for an unknown code: the sidebar only sends codes the search returned.
 */
export function proposeCollectivites(
  directory: Directory,
  communeCode: string,
  filters: ProposalFilters = {},
): Proposal[] {
  const commune = directory.byCode(communeCode);
  if (!commune) throw new RangeError(`No commune has the INSEE code ${communeCode}`);
  const epci = directory.epci(commune.epci);
  const members = epci ? directory.members(epci.index).map((i) => directory.commune(i)) : [];
  const department = directory.department(commune.departmentCode);
  const region = department && directory.region(department.regionCode);

  const proposals: Proposal[] = [
    communeProposal(commune, 'searched'),
    ...(epci
      ? groupingProposal(
          epciBody(epci.name, epci.type),
          'intercommunality',
          epci.siren,
          epci.siren,
          sumPopulation(members),
        )
      : []),
    // Where the Métropole de Lyon holds the département's powers, the Rhône is not proposed.
    ...(department && epci?.type !== 'MET69'
      ? groupingProposal(
          departmentBody(department),
          'department',
          department.code,
          null,
          directory.departmentPopulation(department.code),
        )
      : []),
    ...(region
      ? groupingProposal(
          regionBody(region),
          'region',
          region.code,
          null,
          directory.regionPopulation(region.code),
        )
      : []),
    ...members
      .filter((member) => member.code !== commune.code)
      .sort((a, b) => (b.population ?? -1) - (a.population ?? -1) || a.name.localeCompare(b.name, 'fr'))
      .map((member) => communeProposal(member, 'member')),
  ];

  const kinds = filters.kinds && filters.kinds.length > 0 ? new Set(filters.kinds) : null;
  const min = filters.minPopulation ?? 0;
  return proposals.filter(
    (p) => (kinds === null || kinds.has(p.kind)) && (p.population === null || p.population >= min),
  );
}

/** What the letters need about the addressee (letters/types Recipient), for a known or unknown civility. */
export function recipientOf(
  proposal: Proposal,
  civility: Civility | 'unknown',
): Pick<Recipient, 'kind' | 'name' | 'nameWithArticle' | 'head'> {
  return {
    kind: proposal.kind,
    name: proposal.body,
    ...(proposal.headOf === null ? {} : { nameWithArticle: proposal.headOf }),
    head: { civility, title: proposal.head },
  };
}
