/**
 * The follow-up colours as native conditional-format rules, so they show for anyone who opens
 * the workbook, with no script run. The adapter pushes each rule with
 * newConditionalFormatRule().whenFormulaSatisfied(formula).setBackground(background)
 * .setRanges([range]) where range starts at row `firstRow` and covers the table's columns.
 *
 * Each formula starts with N("Stage en collectivité : …")=0: always true (N of a text is 0 in
 * Google Sheets and in fast-formula-parser), harmless, readable by a person looking at the
 * rule, and the marker by which the add-on recognises its own rules among the user's.
 */
import type { RequestColumnKey } from './columns';
import { columnLetters, type Layout } from './layout';
import { normaliseLabel } from './text';
import { CLOSED_STEPS, type Step, WAITING_STEPS } from './vocabulary';

export type RuleId = 'followUp' | 'proposeMeeting' | 'accepted' | 'closed';

export interface FormatRule {
  readonly id: RuleId;
  /** Text of the whenFormulaSatisfied formula, relative to the range's top-left cell. */
  readonly formula: string;
  /** Background, light enough for black text (contrast ≥ 7:1). */
  readonly background: string;
}

export const RULE_MARKER = 'Stage en collectivité';

const LABELS: Readonly<Record<RuleId, string>> = {
  followUp: 'à relancer',
  proposeMeeting: 'proposer une rencontre',
  accepted: 'stage accepté',
  closed: 'demande close',
};

/** Google Sheets' palette: light orange 2, light cornflower blue 2, light green 2, light gray 1. */
export const RULE_COLOURS: Readonly<Record<RuleId, string>> = {
  followUp: '#f9cb9c',
  proposeMeeting: '#c9daf8',
  accepted: '#b6d7a8',
  closed: '#d9d9d9',
};

const marker = (id: RuleId) => `N("${RULE_MARKER} : ${LABELS[id]}")=0`;

/** `$L2="Appel passé"`, or an OR of several. */
function stepIs(cell: string, steps: readonly Step[]): string {
  const tests = steps.map((step) => `${cell}="${step}"`);
  return tests.length === 1 ? (tests[0] as string) : `OR(${tests.join(',')})`;
}

/**
 * The add-on's rules, in the order to push them (first match wins in Sheets, though these never
 * overlap: each depends on a different step). Columns are `$`-fixed and rows relative, so the
 * rule colours a whole row from its own Étape and Dernière démarche, wherever they were moved.
 */
export function followUpFormatRules(
  layout: Layout<RequestColumnKey>,
  followUpDays: number,
  firstRow = 2,
): FormatRule[] {
  if (!Number.isInteger(followUpDays) || followUpDays < 1)
    throw new Error(`Bad follow-up delay: ${followUpDays}`);
  const step = `$${columnLetters(layout.columns.step)}${firstRow}`;
  const last = `$${columnLetters(layout.columns.lastActionDate)}${firstRow}`;
  // ISNUMBER: a date is a number to Sheets; text typed in the date cell never colours the row.
  // INT: a date typed with a time still counts as its calendar day, as in follow-up.ts.
  // N: text in the date cell gives 0, not an error; both Sheets and fast-formula-parser evaluate
  // every argument of AND, and an error is no colour in Sheets but a failure in the emulator.
  const conditions: Readonly<Record<RuleId, string>> = {
    followUp: `${stepIs(step, WAITING_STEPS)},ISNUMBER(${last}),TODAY()-INT(N(${last}))>=${followUpDays}`,
    proposeMeeting: stepIs(step, ['Réponse positive']),
    accepted: stepIs(step, ['Stage accepté']),
    closed: stepIs(step, CLOSED_STEPS),
  };
  return (['followUp', 'proposeMeeting', 'accepted', 'closed'] as const).map((id) => ({
    id,
    formula: `=AND(${marker(id)},${conditions[id]})`,
    background: RULE_COLOURS[id],
  }));
}

/**
 * Which of the add-on's rules a formula read back (getBooleanCondition().getCriteriaValues()[0])
 * belongs to, or null for a rule of the user's, which must be kept. Blind to case, accents and
 * spacing in case Sheets normalises the text it stores.
 */
export function ownRuleId(formula: unknown): RuleId | null {
  if (typeof formula !== 'string') return null;
  const text = normaliseLabel(formula);
  const ids = Object.keys(LABELS) as RuleId[];
  return ids.find((id) => text.includes(normaliseLabel(`N("${RULE_MARKER} : ${LABELS[id]}")`))) ?? null;
}
