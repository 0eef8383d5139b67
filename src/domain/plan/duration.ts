/**
 * The stage's length and the PMSMP's one-month ceiling. A PMSMP lasts at most one month,
 * understood as 30 calendar days whether continuous or not, and may be renewed once.
 */
import { daysBetween, type IsoDay } from '../tracking/calendar';
import { labelWords } from '../tracking/text';
import type { DurationUnit } from './vocabulary';

export interface Duration {
  readonly amount: number;
  readonly unit: DurationUnit;
}

export const PMSMP_MAX_DAYS = 30;

/** Calendar days the stage counts against the ceiling: a week is 7 days, a day is a day of presence. */
export function calendarDays(duration: Duration): number {
  return duration.unit === 'weeks' ? duration.amount * 7 : duration.amount;
}

export const exceedsPmsmpMaximum = (duration: Duration): boolean => calendarDays(duration) > PMSMP_MAX_DAYS;

/**
 * The shortest period, in calendar days counting both ends, that holds the stage: N weeks run
 * from the Monday of the first to the Friday of the last (7N − 2 days), N days need N days.
 */
export function shortestPeriodDays(duration: Duration): number {
  return duration.unit === 'weeks' ? duration.amount * 7 - 2 : duration.amount;
}

/** Days from `start` to `end`, both counted (same day: 1). */
export const periodDays = (start: IsoDay, end: IsoDay): number => daysBetween(start, end) + 1;

const UNIT_WORDS: Readonly<Record<DurationUnit, readonly [string, string]>> = {
  weeks: ['semaine', 'semaines'],
  days: ['jour', 'jours'],
};

/** « 1 semaine », « 4 semaines », « 10 jours ». */
export function durationText(duration: Duration): string {
  const [one, many] = UNIT_WORDS[duration.unit];
  return `${duration.amount} ${duration.amount === 1 ? one : many}`;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
};

const UNIT_OF_WORD: Readonly<Record<string, DurationUnit>> = {
  semaine: 'weeks',
  semaines: 'weeks',
  sem: 'weeks',
  jour: 'days',
  jours: 'days',
  j: 'days',
};

/** A duration as a person types it (« 4 semaines », « deux semaines », « 10 j »), or null. */
export function parseDuration(value: string): Duration | null {
  const words = labelWords(value);
  if (words.length !== 2) return null;
  const [count = '', unitWord = ''] = words;
  const amount = /^\d+$/.test(count) ? Number(count) : NUMBER_WORDS[count];
  const unit = UNIT_OF_WORD[unitWord];
  if (amount === undefined || amount < 1 || unit === undefined) return null;
  return { amount, unit };
}
