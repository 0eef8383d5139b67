/**
 * The PMSMP rules that tie several answers together. Each returns French messages tied to the
 * field to change; a rule whose fields are not filled yet says nothing.
 */
import { capitalise, frenchDateRange } from '../french';
import { type IsoDay, isIsoDay } from '../tracking/calendar';
import {
  type Duration,
  durationText,
  exceedsPmsmpMaximum,
  PMSMP_MAX_DAYS,
  periodDays,
  shortestPeriodDays,
} from './duration';
import { phaseIssues, type RolePhase } from './role-phases';
import type { DurationUnit } from './vocabulary';

export interface RuleIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export const END_BEFORE_START_MESSAGE =
  'La date de fin au plus tard ne peut pas être avant la date de début au plus tôt : corrigez l’une des deux dates.';

// Code du travail, article D5135-3: one month at most from date to date, continuous or not;
// renewable once, for the same objectives, only when they were not reached.
export const TOO_LONG_MESSAGE = `Une PMSMP dure au plus un mois de date à date, soit ${PMSMP_MAX_DAYS} jours calendaires, que la présence soit continue ou non (Code du travail, article D5135-3)\u00A0: réduisez la durée. Si l’objectif n’est pas atteint, la convention pourra être renouvelée une fois, pour le même objectif.`;

/** Code du travail, article L3162-1: before 18, at most 8 hours a day and 35 hours a week. */
export const MINOR_HOURS_PER_WEEK_MAX = 35;
export const MINOR_HOURS_MESSAGE = `Avant 18 ans, la présence ne peut dépasser 8 heures par jour ni ${MINOR_HOURS_PER_WEEK_MAX} heures par semaine (Code du travail, article L3162-1)\u00A0: indiquez ${MINOR_HOURS_PER_WEEK_MAX} heures au plus.`;

interface MinorFields {
  readonly conditions: { readonly hoursPerWeek?: number | undefined };
  readonly contact: { readonly me: { readonly ageGroup?: string | undefined } };
}

/** The hours a minor may spend in the host service (L3162-1). Paths are from the plan's root. */
export function minorIssues(plan: MinorFields): RuleIssue[] {
  const hours = plan.conditions.hoursPerWeek;
  if (plan.contact.me.ageGroup !== 'minor' || hours === undefined || hours <= MINOR_HOURS_PER_WEEK_MAX)
    return [];
  return [{ path: ['conditions', 'hoursPerWeek'], message: MINOR_HOURS_MESSAGE }];
}

interface ConditionFields {
  readonly duration?: Duration | undefined;
  readonly earliestStart?: IsoDay | undefined;
  readonly latestEnd?: IsoDay | undefined;
}

/** Dates in order, at most one month, and a period long enough for the stage. Paths are inside `conditions`. */
export function conditionIssues(conditions: ConditionFields): RuleIssue[] {
  const { duration, earliestStart: start, latestEnd: end } = conditions;
  const issues: RuleIssue[] = [];
  if (duration !== undefined && Number.isInteger(duration.amount) && exceedsPmsmpMaximum(duration)) {
    issues.push({ path: ['duration'], message: TOO_LONG_MESSAGE });
  }
  // A date refused by its own field (zod still runs this rule) has its message there already.
  if (start !== undefined && end !== undefined && isIsoDay(start) && isIsoDay(end)) {
    if (end < start) {
      issues.push({ path: ['latestEnd'], message: END_BEFORE_START_MESSAGE });
    } else if (duration !== undefined && periodDays(start, end) < shortestPeriodDays(duration)) {
      issues.push({
        path: ['latestEnd'],
        message: `${capitalise(frenchDateRange(start, end))}, la période est trop courte pour un stage de ${durationText(duration)} : reculez la date de fin ou réduisez la durée.`,
      });
    }
  }
  return issues;
}

interface PlanFields {
  readonly role: { readonly phases?: readonly RolePhase[] | undefined };
  readonly conditions: { readonly duration?: Duration | undefined };
}

/** The unit phases count in: the duration's, weeks until a duration is given. */
export const phaseUnit = (plan: PlanFields): DurationUnit => plan.conditions.duration?.unit ?? 'weeks';

/**
 * Phases in order, without gap or overlap, and ending with the stage once its duration is
 * known; worded in the duration's unit. Paths are from the plan's root.
 */
export function roleIssues(plan: PlanFields): RuleIssue[] {
  const phases = plan.role.phases ?? [];
  return phaseIssues(phases, phaseUnit(plan), plan.conditions.duration?.amount).map((issue) => ({
    path: ['role', 'phases', ...issue.path],
    message: issue.message,
  }));
}
