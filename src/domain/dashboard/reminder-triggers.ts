/**
 * Which daily reminder trigger serves which workbook. An add-on's triggers belong to a person
 * across all their documents (ScriptApp.getProjectTriggers() lists them all), so the workbook
 * keeps, in its document properties, the id of each reminder trigger installed for it and the
 * id of the workbook itself (a copy of the workbook carries the properties, not the triggers).
 */

export interface ReminderTriggerRecord {
  /** Trigger.getUniqueId(), and the time-driven event's `triggerUid`. */
  readonly triggerId: string;
  /** Spreadsheet.getId() of the workbook the trigger serves. */
  readonly documentId: string;
}

/** The stored records; anything damaged or foreign is dropped, never thrown. */
export function reminderRecordsFromStored(stored: string | null): ReminderTriggerRecord[] {
  if (stored === null || stored === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((r: unknown) => {
    if (r === null || typeof r !== 'object') return [];
    const { triggerId, documentId } = r as Record<string, unknown>;
    return typeof triggerId === 'string' && triggerId !== '' && typeof documentId === 'string'
      ? [{ triggerId, documentId }]
      : [];
  });
}

/** The ids of the triggers recorded for `documentId`. */
export function triggerIdsFor(records: readonly ReminderTriggerRecord[], documentId: string): Set<string> {
  return new Set(records.filter((r) => r.documentId === documentId).map((r) => r.triggerId));
}

export function withoutTriggers(
  records: readonly ReminderTriggerRecord[],
  triggerIds: ReadonlySet<string>,
): ReminderTriggerRecord[] {
  return records.filter((r) => !triggerIds.has(r.triggerId));
}
