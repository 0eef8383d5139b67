import { describe, expect, it } from 'vitest';
import { reminderRecordsFromStored, triggerIdsFor, withoutTriggers } from '../../../src/domain/dashboard';

describe('the reminder triggers recorded in a workbook', () => {
  it('reads what was stored and drops anything damaged without throwing', () => {
    expect(reminderRecordsFromStored(null)).toEqual([]);
    expect(reminderRecordsFromStored('pas du JSON')).toEqual([]);
    expect(reminderRecordsFromStored('{"triggerId":"1"}')).toEqual([]);
    expect(
      reminderRecordsFromStored(
        JSON.stringify([
          { triggerId: '4', documentId: 'a' },
          { triggerId: '' },
          7,
          { triggerId: '5', documentId: 'b' },
        ]),
      ),
    ).toEqual([
      { triggerId: '4', documentId: 'a' },
      { triggerId: '5', documentId: 'b' },
    ]);
  });

  it('gives the ids recorded for one workbook, and removes ids', () => {
    const records = [
      { triggerId: '4', documentId: 'a' },
      { triggerId: '5', documentId: 'b' },
      { triggerId: '6', documentId: 'a' },
    ];
    expect([...triggerIdsFor(records, 'a')]).toEqual(['4', '6']);
    expect(withoutTriggers(records, new Set(['4', '5']))).toEqual([{ triggerId: '6', documentId: 'a' }]);
  });
});
