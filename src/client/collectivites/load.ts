/** The section's calls to the server, each answering a value or throwing the French message. */
import type { Proposal, ProposalKind } from '../../domain/collectivites';
import type { AddReport } from '../../server/collectivites/add';
import type { SearchDefaults } from '../../server/collectivites/plan-defaults';
import type { CollectivitesSearch } from '../../server/collectivites/search';
import { takeServed } from '../initial-data';
import { server } from '../rpc';

export type { AddReport, CollectivitesSearch, SearchDefaults };

export interface SearchFilters {
  readonly kinds: readonly ProposalKind[];
  readonly minPopulation: number;
}

export async function loadDefaults(): Promise<SearchDefaults> {
  // Served in the page when the sidebar opened on this section.
  const result = takeServed('getCollectivitesStart') ?? (await server.getCollectivitesStart({}));
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** By what was typed, or by the commune the person picked (`communeCode`). */
export async function search(
  query: string,
  filters: SearchFilters,
  communeCode?: string,
): Promise<CollectivitesSearch> {
  const result = await server.searchCollectivitesAround({
    query,
    kinds: [...filters.kinds],
    minPopulation: filters.minPopulation,
    ...(communeCode === undefined ? {} : { communeCode }),
  });
  if (!result.ok) throw new Error(Object.values(result.fields)[0] ?? result.message);
  return result.value;
}

export async function addToTracking(proposals: readonly Proposal[]): Promise<AddReport> {
  const result = await server.addCollectivitesToTracking({ proposals: [...proposals] });
  if (!result.ok) throw new Error(Object.values(result.fields)[0] ?? result.message);
  return result.value;
}
