/**
 * Which chosen proposals become new rows of « Suivi des demandes »: a collectivité already
 * there, by its code or by its name, is not added twice, nor one chosen twice.
 */
import type { Proposal } from './proposals';
import { searchKey } from './search-key';

/** A collectivité as a row of the tracking table gives it (cells read as text). */
export interface TrackedCollectivity {
  readonly name: string;
  readonly code: string;
  /** The « Type » cell: « Commune », « Département »…, or empty. */
  readonly type?: string;
}

/**
 * A code as typed or read: spaces dropped, upper case (« 2a004 »), and a 4-digit INSEE code
 * padded back to 5, which is what Sheets leaves of « 01001 » in a cell not formatted as text.
 */
export function normaliseCode(code: string): string {
  const clean = code.replace(/\s/g, '').toUpperCase();
  return /^\d{4}$/.test(clean) ? `0${clean}` : clean;
}

// Département and région codes overlap (« 01 » is the Ain and the Guadeloupe): a code alone
// identifies a collectivité only with its type, or when it is an INSEE commune code or a SIREN.
const sameType = (row: TrackedCollectivity, proposal: Proposal) =>
  !row.type || searchKey(row.type) === searchKey(proposal.typeLabel);

function isTracked(proposal: Proposal, rows: readonly TrackedCollectivity[]): boolean {
  const codes = [proposal.code, proposal.siren].filter((c): c is string => c !== null).map(normaliseCode);
  const names = new Set([proposal.body, proposal.name].map(searchKey));
  return rows.some((row) => {
    if (!sameType(row, proposal)) return false;
    const code = normaliseCode(row.code);
    return (code !== '' && codes.includes(code)) || names.has(searchKey(row.name));
  });
}

export interface NewRows {
  /** To write, in the order chosen. */
  readonly added: readonly Proposal[];
  /** Already in the table, or chosen twice: to tell the person, not to write. */
  readonly alreadyTracked: readonly Proposal[];
}

export function newCollectivities(
  chosen: readonly Proposal[],
  rows: readonly TrackedCollectivity[],
): NewRows {
  const seen: TrackedCollectivity[] = [...rows];
  const added: Proposal[] = [];
  const alreadyTracked: Proposal[] = [];
  for (const proposal of chosen) {
    if (isTracked(proposal, seen)) {
      alreadyTracked.push(proposal);
      continue;
    }
    added.push(proposal);
    seen.push({ name: proposal.body, code: proposal.code, type: proposal.typeLabel });
  }
  return { added, alreadyTracked };
}
