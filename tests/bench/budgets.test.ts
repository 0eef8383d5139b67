/**
 * The benchmark's targets, enforced: every user action, as the sidebar performs it, stays within
 * its budget of executions (each evaluates Code.js) and of Apps Script service calls across them;
 * no action's count grows with the number of requests, nor exceeds 1.3× its lower bound (the
 * fewest calls it could make, itemised in operations.ts); and each budget stays above the action's
 * stated lower bound (a budget under it would be a typo, not a target). Counts, not times: times
 * vary with the machine, counts are what production pays for.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../src/local/bench/measure';
import { measureOperation } from '../../src/local/bench/measure';
import { measureNameSearches, NAME_QUERIES } from '../../src/local/bench/name-search';
import { OPERATIONS, type Operation } from '../../src/local/bench/operations';
import { partFileName } from '../../src/server/parts';
import { type BuiltAddon, buildAddon } from '../bundle/build-output';

let built: BuiltAddon;
beforeAll(async () => {
  built = await buildAddon();
});

/** Issue 14: every action within 1.3× the fewest calls it could make (its itemised lower bound). */
const MAX_RATIO_TO_LOWER_BOUND = 1.3;

function expectNearItsLowerBound(op: Operation, measure: Measure): void {
  expect(
    measure.calls,
    `${op.id}: ${measure.calls} calls for a lower bound of ${op.lowerBound.calls}`,
  ).toBeLessThanOrEqual(MAX_RATIO_TO_LOWER_BOUND * op.lowerBound.calls);
}

/** The parts of the code an action loaded (src/server/parts.ts): exactly those it declares. */
function expectPartsAsDeclared(op: Operation, measure: Measure): void {
  const loaded = measure.filesRead.filter((f) => f.name.startsWith('Part-')).map((f) => f.name);
  expect(loaded).toEqual((op.parts ?? []).map(partFileName));
}

const steady = OPERATIONS.filter((op) => op.phase === 'steady');
const firstDay = OPERATIONS.filter((op) => op.phase === 'firstDay');

describe('a workbook in use (npm run bench measures the same on 10 to 5,000 requests)', () => {
  it.each(steady.map((op) => [op.id, op] as const))(
    '%s: within its budgets of executions and calls and 1.3× its lower bound, independent of the table size',
    (_id, op) => {
      const missing = op.needs.filter((name) => !built.report.exports.includes(name));
      expect(missing, `functions not built: ${missing.join(', ')}`).toEqual([]);
      const small = measureOperation(op, built.code, built.dir, 5, 1);
      const large = measureOperation(op, built.code, built.dir, 300, 1);
      expect(large.byMethod).toEqual(small.byMethod);
      expect(large.executions).toBe(small.executions);
      expect(small.calls).toBeGreaterThan(0);
      expect(small.executions).toBeLessThanOrEqual(op.budget.executions);
      expect(small.calls).toBeLessThanOrEqual(op.budget.calls);
      expectNearItsLowerBound(op, small);
      expectPartsAsDeclared(op, small);
    },
  );
});

describe('the first day (a new workbook, no cache written yet)', () => {
  it.each(firstDay.map((op) => [op.id, op] as const))(
    '%s: within its budgets and 1.3× its lower bound',
    (_id, op) => {
      const measure = measureOperation(op, built.code, built.dir, 0, 1);
      expect(measure.calls).toBeGreaterThan(0);
      expect(measure.executions).toBeLessThanOrEqual(op.budget.executions);
      expect(measure.calls).toBeLessThanOrEqual(op.budget.calls);
      expectNearItsLowerBound(op, measure);
      expectPartsAsDeclared(op, measure);
    },
  );
});

// Apps Script evaluates every script file of the project on every execution
// (https://developers.google.com/apps-script/guides/v8-runtime: the files share one global scope):
// each click and each onEdit pays for Code.js, whatever it does.
describe('Code.js, evaluated by every execution', () => {
  it('weighs at most 120 KB (the rarely used features are parts loaded on demand)', () => {
    expect(Buffer.byteLength(built.code)).toBeLessThanOrEqual(120 * 1024);
  });
});

describe('a search of collectivités by name (issue 14; npm run bench prints the same)', () => {
  it('reads at most 60 KB in all, two calls per file, at most two files, in one execution', () => {
    const report = measureNameSearches(built.code, built.dir);
    expect(report.measures.map((m) => m.query)).toEqual([...NAME_QUERIES]);
    expect(NAME_QUERIES).toEqual(expect.arrayContaining(['Saint', 'Sainte', 'Le', 'La', 'Sa']));
    for (const m of report.measures) {
      expect(m.bytes, m.query).toBeLessThanOrEqual(60 * 1024);
      expect(m.files.length, m.query).toBeGreaterThan(0);
      expect(m.files.length, m.query).toBeLessThanOrEqual(2);
      // createHtmlOutputFromFile + getContent per file (the data, and the part holding the
      // search's code), nothing else of HtmlService.
      expect(
        m.codeFiles.every((name) => name.startsWith('Part-')),
        m.query,
      ).toBe(true);
      expect(m.htmlCalls, m.query).toBe(2 * (m.files.length + m.codeFiles.length));
      expect(m.executions, m.query).toBe(1);
      // One file of the name index first; a second only for a commune's proposals or close names.
      expect(m.files[0], m.query).toMatch(/^Collectivites-noms-(\d+|courts)$/);
      if (m.files.length === 2)
        expect(m.files[1], m.query).toMatch(
          m.status === 'proposals' ? /^Collectivites-\d[\dAB]\d?$/ : /^Collectivites-noms-fins-\d+$/,
        );
    }
    // Homonyms and « Le », « La » read one file only.
    for (const query of ['Saint-Denis', 'Le', 'La', 'Sainte-Foy'])
      expect(report.measures.find((m) => m.query === query)?.files, query).toHaveLength(1);
  });
});

describe('the budgets themselves', () => {
  it.each(OPERATIONS.map((op) => [op.id, op] as const))(
    '%s: a lower bound stated, the budget above it',
    (_id, op) => {
      expect(op.lowerBound.calls).toBeGreaterThan(0);
      expect(op.lowerBound.why.length).toBeGreaterThan(10);
      expect(op.budget.calls).toBeGreaterThanOrEqual(op.lowerBound.calls);
      expect(op.budget.executions).toBeGreaterThanOrEqual(1);
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
