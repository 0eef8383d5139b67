/**
 * The benchmark's call-count targets, enforced: every operation stays within its budget of
 * Apps Script service calls, and no operation's count grows with the number of requests.
 * Counts, not times: times vary with the machine, counts are what production pays for.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { measureOperation } from '../../src/local/bench/measure';
import { OPERATIONS } from '../../src/local/bench/operations';
import { type BuiltAddon, buildAddon } from '../bundle/build-output';

let built: BuiltAddon;
beforeAll(async () => {
  built = await buildAddon();
});

describe('service calls per operation (npm run bench measures the same on 10 to 5,000 requests)', () => {
  it.each(OPERATIONS.map((op) => [op.id, op] as const))(
    '%s: within budget and independent of the table size',
    (_id, op) => {
      const missing = op.needs.filter((name) => !built.report.exports.includes(name));
      expect(missing, `functions not built: ${missing.join(', ')}`).toEqual([]);
      const small = measureOperation(op, built.code, built.dir, 5, 1);
      const large = measureOperation(op, built.code, built.dir, 300, 1);
      expect(large.byMethod).toEqual(small.byMethod);
      expect(small.calls).toBeGreaterThan(0);
      expect(small.calls).toBeLessThanOrEqual(op.budget);
    },
  );

  it('opening the workbook makes no call beyond building the menu', () => {
    const op = OPERATIONS.find((o) => o.id === 'openMenu');
    if (!op) throw new Error('no openMenu operation');
    const measure = measureOperation(op, built.code, built.dir, 5, 1);
    expect(
      Object.keys(measure.byMethod).every((name) => /^(SpreadsheetApp\.getUi|Ui\.create|Menu\.)/.test(name)),
    ).toBe(true);
  });
});
