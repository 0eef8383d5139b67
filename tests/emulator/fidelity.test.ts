/**
 * The fidelity cases (src/local/fidelity): each behaviour the emulator claims, with the page
 * that states it, run against the emulator. The same cases run on real Google from the project
 * `npm run build:google-checks` writes (README, « Checks on real Google »).
 */
import { describe, expect, it } from 'vitest';
import { ALL_CASES } from '../../src/local/fidelity';
import { runCaseInEmulator } from '../../src/local/fidelity/emulator-runner';

describe('fidelity cases, run against the emulator', () => {
  it('have unique ids named after their area, a reference page and a JSON expectation', () => {
    const ids = ALL_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of ALL_CASES) {
      expect(c.id).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
      expect(c.reference).toMatch(/^https:\/\//);
      expect(JSON.parse(JSON.stringify(c.expected))).toEqual(c.expected);
    }
  });

  it.each(ALL_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const { outcome } = runCaseInEmulator(c);
    expect(outcome, `${c.behaviour} (${c.reference})`).toMatchObject({ verdict: 'agrees' });
  });

  it('a case the emulator does not reproduce is reported as « differs » with both results', () => {
    const [first] = ALL_CASES;
    if (first === undefined) throw new Error('no case');
    const { outcome } = runCaseInEmulator({ ...first, expected: 'something else' });
    expect(outcome).toMatchObject({ verdict: 'differs', expected: 'something else' });
  });
});
