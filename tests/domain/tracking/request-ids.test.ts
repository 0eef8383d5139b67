import { describe, expect, it } from 'vitest';
import { nextRequestId, nextRequestIds, requestIdNumber } from '../../../src/domain/tracking/request-ids';

describe('request ids', () => {
  it('starts at D-001', () => {
    expect(nextRequestId([])).toBe('D-001');
  });

  it('follows the highest id seen, not the count of rows', () => {
    expect(nextRequestId(['D-001', 'D-007', 'D-003', '', 'N°'])).toBe('D-008');
  });

  it('never gives again the id of a deleted request still named in the journal', () => {
    const requests = ['D-001', 'D-002']; // D-003 was deleted from the table…
    const journal = ['D-001', 'D-002', 'D-003']; // …but the journal remembers it.
    expect(nextRequestId([...requests, ...journal])).toBe('D-004');
    expect(nextRequestId(requests, 3)).toBe('D-004');
  });

  it('gives several ids at once for an import', () => {
    expect(nextRequestIds(['D-009'], 3)).toEqual(['D-010', 'D-011', 'D-012']);
    expect(nextRequestIds(['D-999'], 1)).toEqual(['D-1000']);
  });

  it('reads ids leniently but only ids', () => {
    expect(requestIdNumber(' d-012 ')).toBe(12);
    expect(requestIdNumber('D-')).toBeNull();
    expect(requestIdNumber('X-012')).toBeNull();
    expect(requestIdNumber(12)).toBeNull();
  });
});
