/**
 * Every write to the tracking table runs under the document lock: two people acting at once
 * (the job seeker and the counsellor) must never lose a line or give the same N° twice.
 */
import { UserError } from '../../shared/validation';

/** Long enough for another person's operation (a few hundred ms) to end, short for the sidebar. */
const WAIT_MS = 10_000;

export const BUSY_MESSAGE = 'Quelqu’un d’autre modifie le classeur, réessayez dans un instant.';

export function withDocumentLock<T>(work: () => T): T {
  // Null outside a bound document: nobody else can then write to it through this script.
  const lock = LockService.getDocumentLock();
  if (lock === null) return work();
  if (!lock.tryLock(WAIT_MS)) throw new UserError(BUSY_MESSAGE);
  try {
    const result = work();
    // Writes are buffered: commit them before the next person reads under the lock.
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
