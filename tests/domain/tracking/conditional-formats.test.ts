import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDay } from '../../../src/domain/tracking/calendar';
import { REQUEST_COLUMNS } from '../../../src/domain/tracking/columns';
import {
  followUpFormatRules,
  ownRuleId,
  RULE_COLOURS,
  type RuleId,
} from '../../../src/domain/tracking/conditional-formats';
import { followUpKind } from '../../../src/domain/tracking/follow-up';
import { columnLetters, locateColumns } from '../../../src/domain/tracking/layout';
import { request, standardLayout } from './fixtures';

// fast-formula-parser ships no types; this is the little of it the test uses.
interface Parser {
  parse(formula: string, position: { sheet: string; row: number; col: number }): unknown;
}
type ParserClass = new (config: {
  onCell: (ref: { row: number; col: number }) => unknown;
  functions: Record<string, () => number>;
}) => Parser;
const FormulaParser = createRequire(import.meta.url)('fast-formula-parser') as ParserClass;

const serial = (day: IsoDay) => (Date.parse(`${day}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** Evaluates a rule formula for sheet row `row`, with the relative row shifted as Sheets does. */
function evaluate(formula: string, cells: Record<string, unknown>, today: IsoDay, row = 2): unknown {
  const parser = new FormulaParser({
    onCell: (ref) => cells[`${columnLetters(ref.col)}${ref.row}`] ?? null,
    functions: { TODAY: () => serial(today) },
  });
  const shifted = formula.slice(1).replace(/\$([A-Z]+)2\b/g, `$$$1${row}`);
  return parser.parse(shifted, { sheet: 'Suivi des demandes', row, col: 1 });
}

describe('followUpFormatRules', () => {
  it('gives the exact formulas for the standard layout (Étape in L, Dernière démarche in N)', () => {
    expect(followUpFormatRules(standardLayout(), 21)).toEqual([
      {
        id: 'followUp',
        formula:
          '=AND(N("Stage en collectivité : à relancer")=0,OR($L2="Appel passé",$L2="Courrier envoyé",$L2="Relance faite"),ISNUMBER($N2),TODAY()-INT(N($N2))>=21)',
        background: '#f9cb9c',
      },
      {
        id: 'proposeMeeting',
        formula: '=AND(N("Stage en collectivité : proposer une rencontre")=0,$L2="Réponse positive")',
        background: '#c9daf8',
      },
      {
        id: 'accepted',
        formula: '=AND(N("Stage en collectivité : stage accepté")=0,$L2="Stage accepté")',
        background: '#b6d7a8',
      },
      {
        id: 'closed',
        formula: '=AND(N("Stage en collectivité : demande close")=0,OR($L2="Refusé",$L2="Abandonné"))',
        background: '#d9d9d9',
      },
    ]);
  });

  it('follows moved columns, the delay and the first row', () => {
    const layout = locateColumns(REQUEST_COLUMNS, ['Dernière démarche', 'Collectivité', 'Étape'], []);
    const [followUp] = followUpFormatRules(layout, 14, 3);
    expect(followUp?.formula).toBe(
      '=AND(N("Stage en collectivité : à relancer")=0,OR($C3="Appel passé",$C3="Courrier envoyé",$C3="Relance faite"),ISNUMBER($A3),TODAY()-INT(N($A3))>=14)',
    );
  });

  it('refuses a delay that is not a whole number of days', () => {
    expect(() => followUpFormatRules(standardLayout(), 0)).toThrow();
    expect(() => followUpFormatRules(standardLayout(), 2.5)).toThrow();
  });
});

describe('the formulas, evaluated, agree with the domain rule', () => {
  const rules = followUpFormatRules(standardLayout(), 21);
  const formula = (id: RuleId) => rules.find((r) => r.id === id)?.formula ?? '';
  const SENT = '2026-10-15';

  it.each([
    [20, false],
    [21, true],
    [22, true],
  ])('À relancer on day %i after the letter: %s', (days, orange) => {
    const today = addDays(SENT, days);
    const cells = { L5: 'Courrier envoyé', N5: serial(SENT) };
    expect(evaluate(formula('followUp'), cells, today, 5)).toBe(orange);
    expect(
      followUpKind(request({ step: 'Courrier envoyé', lastActionDate: SENT }), today, 21) === 'followUp',
    ).toBe(orange);
  });

  it('counts a date typed with a time as its day', () => {
    const cells = { L2: 'Relance faite', N2: serial(SENT) + 0.75 };
    expect(evaluate(formula('followUp'), cells, addDays(SENT, 21))).toBe(true);
  });

  it('does not colour an empty or text date, nor another step', () => {
    expect(evaluate(formula('followUp'), { L2: 'Courrier envoyé' }, '2027-01-01')).toBe(false);
    expect(evaluate(formula('followUp'), { L2: 'Courrier envoyé', N2: 'hier' }, '2027-01-01')).toBe(false);
    expect(evaluate(formula('followUp'), { L2: 'Réponse positive', N2: serial(SENT) }, '2027-01-01')).toBe(
      false,
    );
  });

  it('colours the other steps', () => {
    expect(evaluate(formula('proposeMeeting'), { L2: 'Réponse positive' }, SENT)).toBe(true);
    expect(evaluate(formula('proposeMeeting'), { L2: 'Rencontre prévue' }, SENT)).toBe(false);
    expect(evaluate(formula('accepted'), { L2: 'Stage accepté' }, SENT)).toBe(true);
    expect(evaluate(formula('closed'), { L2: 'Refusé' }, SENT)).toBe(true);
    expect(evaluate(formula('closed'), { L2: 'Abandonné' }, SENT)).toBe(true);
    expect(evaluate(formula('closed'), { L2: '' }, SENT)).toBe(false);
  });
});

describe('ownRuleId', () => {
  it('recognises the add-on’s rules, even respaced or recased, and nothing else', () => {
    for (const rule of followUpFormatRules(standardLayout(), 30)) {
      expect(ownRuleId(rule.formula)).toBe(rule.id);
      expect(ownRuleId(rule.formula.toUpperCase().replaceAll(',', ', '))).toBe(rule.id);
    }
    expect(ownRuleId('=$L2="Refusé"')).toBeNull();
    expect(ownRuleId('=N("Stage en collectivité")=0')).toBeNull();
    expect(ownRuleId(null)).toBeNull();
  });
});

describe('colours', () => {
  // WCAG relative luminance; black text needs (L + 0.05) / 0.05 ≥ 7 for AAA.
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };

  it('are four distinct light colours, readable with black text', () => {
    const colours = Object.values(RULE_COLOURS);
    expect(new Set(colours).size).toBe(4);
    for (const colour of colours) {
      expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      expect((luminance(colour) + 0.05) / 0.05).toBeGreaterThanOrEqual(7);
    }
  });
});
