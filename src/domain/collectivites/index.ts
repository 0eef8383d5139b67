/**
 * Collectivités from official data (issue 6): the directory compacted at build time into
 * files of dist/ (parts by département, a name index), the search, the proposals with their French names and addressees,
 * and the new rows for the tracking table. Pure: the server reads the file and writes the rows.
 */
export type { Body, Head } from './bodies';
export { COLLECTIVITES_FILE, departmentFile, GROUPINGS_FILE } from './data-format';
export { type Commune, Directory, loadDirectory } from './directory';
export { type Liaison, withDe } from './names';
export { type NewRows, newCollectivities, type TrackedCollectivity } from './new-rows';
export {
  KIND_LABELS,
  type Proposal,
  type ProposalFilters,
  type ProposalKind,
  proposeCollectivites,
  recipientOf,
} from './proposals';
export { type CommuneChoice, type CommuneSearch, searchCommunes } from './search';
