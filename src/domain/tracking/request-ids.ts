/**
 * Request numbers « D-001 », « D-002 »… A number is never given twice: a deleted request may
 * still be named in the journal, in a letter or in the counsellor's notes.
 */
const ID = /^D-(\d+)$/i;

export function formatRequestId(n: number): string {
  return `D-${String(n).padStart(3, '0')}`;
}

/** The number in « D-012 » (12), or null for anything else. */
export function requestIdNumber(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = ID.exec(value.trim());
  return match ? Number(match[1]) : null;
}

/**
 * The next `count` ids after every id ever seen. Pass the N° column of « Suivi des demandes »
 * AND of « Journal des démarches »: the journal is append-only and every new request writes a
 * line there, so it remembers the ids of deleted rows. `lastIssued` is an optional stored
 * counter for workbooks whose journal was trimmed by hand.
 */
export function nextRequestIds(seen: Iterable<unknown>, count = 1, lastIssued = 0): string[] {
  let highest = lastIssued;
  for (const value of seen) {
    const n = requestIdNumber(value);
    if (n !== null && n > highest) highest = n;
  }
  return Array.from({ length: count }, (_, i) => formatRequestId(highest + i + 1));
}

export function nextRequestId(seen: Iterable<unknown>, lastIssued = 0): string {
  return nextRequestIds(seen, 1, lastIssued)[0] as string;
}
