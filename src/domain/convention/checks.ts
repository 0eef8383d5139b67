/**
 * The PMSMP rules checked before the link is given, the same as the plan's (src/domain/plan):
 * the agreed dates inside the plan's window, one month at most from date to date and never
 * more than the plan's ceiling of PMSMP_MAX_DAYS calendar days (art. D5135-3 of the Code du
 * travail), hours within the legal limits, one official objective (checked by the schema).
 * Each issue is a French message tied to the form's field.
 */
import { frenchDate } from '../french';
import { PMSMP_MAX_DAYS } from '../plan/duration';
import { HOURS_PER_WEEK_MAX } from '../plan/plan';
import type { RuleIssue } from '../plan/rules';
import { addDays, type IsoDay } from '../tracking/calendar';
import type { ConventionDetails } from './details';
import { frenchWeekday, minutesOf, periodMinutes, type TimePeriod } from './immersion-facile';

/** Maximum daily working time (Code du travail, art. L3121-18). */
export const HOURS_PER_DAY_MAX = 10;
/** Young workers under 18 (Code du travail, art. L3162-1): 8 h a day, 35 h a week. */
export const MINOR_HOURS_PER_DAY_MAX = 8;
export const MINOR_HOURS_PER_WEEK_MAX = 35;

export interface ConventionFrame {
  /** The plan's « Début au plus tôt » and « Fin au plus tard ». */
  readonly earliestStart?: IsoDay | undefined;
  readonly latestEnd?: IsoDay | undefined;
  /** The person is 16 or 17 at the start of the stage. */
  readonly minor: boolean;
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The last day a PMSMP starting on `start` may end: the day before the same date next month
 * (« du 2 novembre au 1er décembre »; a date the next month lacks gives its last day), and
 * never beyond PMSMP_MAX_DAYS calendar days, the plan's reading of « un mois ».
 */
export function lastAllowedDay(start: IsoDay): IsoDay {
  const [year = 0, month = 1, day = 1] = start.split('-').map(Number);
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  const lastOfNext = daysInMonth(nextYear, nextMonth);
  const sameDate = `${nextYear}-${String(nextMonth).padStart(2, '0')}-${String(Math.min(day, lastOfNext)).padStart(2, '0')}`;
  const monthEnd = day > lastOfNext ? sameDate : addDays(sameDate, -1);
  const ceiling = addDays(start, PMSMP_MAX_DAYS - 1);
  // ISO days compare as text: the earlier of the two.
  return [monthEnd, ceiling].sort()[0] as IsoDay;
}

const hours = (minutes: number): string => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} heure${h >= 2 ? 's' : ''}` : `${h} h ${String(m).padStart(2, '0')}`;
};

function periodIssues(periods: readonly TimePeriod[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  periods.forEach((period, index) => {
    if (minutesOf(period.end) <= minutesOf(period.start)) {
      issues.push({
        path: ['periods', index, 'end'],
        message: `L’heure de fin (${period.end}) doit venir après l’heure de début (${period.start}).`,
      });
    }
  });
  const sorted = [...periods].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1] as TimePeriod;
    const after = sorted[i] as TimePeriod;
    if (minutesOf(after.start) < minutesOf(before.end)) {
      issues.push({
        path: ['periods'],
        message: `Les plages ${before.start}-${before.end} et ${after.start}-${after.end} se chevauchent : corrigez l’une des deux.`,
      });
    }
  }
  return issues;
}

/** Issues with the agreed dates and hours; none when everything may go to the platform. */
export function conventionIssues(details: ConventionDetails, frame: ConventionFrame): RuleIssue[] {
  const { dateStart: start, dateEnd: end } = details;
  const issues: RuleIssue[] = [];
  if (end < start) {
    issues.push({
      path: ['dateEnd'],
      message: 'La date de fin ne peut pas être avant la date de début : corrigez l’une des deux dates.',
    });
    return issues;
  }
  const { earliestStart, latestEnd } = frame;
  if (earliestStart !== undefined && start < earliestStart) {
    issues.push({
      path: ['dateStart'],
      message: `Votre plan prévoit un début au plus tôt le ${frenchDate(earliestStart)} : choisissez une date à partir de celle-ci, ou changez d’abord la période dans « Mon plan ».`,
    });
  }
  if (latestEnd !== undefined && end > latestEnd) {
    issues.push({
      path: ['dateEnd'],
      message: `Votre plan prévoit une fin au plus tard le ${frenchDate(latestEnd)} : choisissez une date jusqu’à celle-ci, ou changez d’abord la période dans « Mon plan ».`,
    });
  }
  const last = lastAllowedDay(start);
  if (end > last) {
    issues.push({
      path: ['dateEnd'],
      message: `Une PMSMP dure au plus un mois de date à date (article D5135-3 du Code du travail) : commencée le ${frenchDate(start)}, elle se termine au plus tard le ${frenchDate(last)}. Si besoin, la convention pourra être renouvelée une fois.`,
    });
  }

  const periodProblems = periodIssues(details.periods);
  issues.push(...periodProblems);
  if (periodProblems.length > 0 || end > last) return issues;

  const daily = details.periods.reduce((sum, period) => sum + periodMinutes(period), 0);
  const dayMax = (frame.minor ? MINOR_HOURS_PER_DAY_MAX : HOURS_PER_DAY_MAX) * 60;
  if (daily > dayMax) {
    issues.push({
      path: ['periods'],
      message: frame.minor
        ? `Ces horaires font ${hours(daily)} par jour : avant 18 ans, une journée compte au plus ${MINOR_HOURS_PER_DAY_MAX} heures (article L3162-1 du Code du travail).`
        : `Ces horaires font ${hours(daily)} par jour : une journée compte au plus ${HOURS_PER_DAY_MAX} heures (article L3121-18 du Code du travail).`,
    });
  }

  // Calendar weeks from Monday to Sunday, as the platform counts them.
  const weekly = new Map<IsoDay, number>();
  let worked = 0;
  for (let day = start; day <= end; day = addDays(day, 1)) {
    const weekday = frenchWeekday(day);
    if (!details.weekdays.includes(weekday)) continue;
    worked++;
    const monday = addDays(day, -weekday);
    weekly.set(monday, (weekly.get(monday) ?? 0) + daily);
  }
  if (worked === 0) {
    issues.push({
      path: ['weekdays'],
      message:
        'Aucun des jours cochés ne tombe entre la date de début et la date de fin : cochez d’autres jours ou changez les dates.',
    });
  }
  const weekMax = (frame.minor ? MINOR_HOURS_PER_WEEK_MAX : HOURS_PER_WEEK_MAX) * 60;
  const heavy = [...weekly.entries()].find(([, minutes]) => minutes > weekMax);
  if (heavy !== undefined) {
    const [monday, minutes] = heavy;
    issues.push({
      path: ['periods'],
      message: frame.minor
        ? `Avec ces horaires, la semaine du ${frenchDate(monday)} compte ${hours(minutes)} : avant 18 ans, une semaine compte au plus ${MINOR_HOURS_PER_WEEK_MAX} heures (article L3162-1 du Code du travail). Réduisez les horaires ou le nombre de jours.`
        : `Avec ces horaires, la semaine du ${frenchDate(monday)} compte ${hours(minutes)} : une PMSMP ne peut pas dépasser ${HOURS_PER_WEEK_MAX} heures par semaine. Réduisez les horaires ou le nombre de jours.`,
    });
  }
  return issues;
}
