/**
 * The link to Immersion Facilitée's convention request form, prefilled through its URL query.
 * Nothing is sent by the add-on: the person opens the link, checks, completes and submits.
 *
 * Everything here is read from the platform's public source, gip-inclusion/immersion-facile:
 * - the route: front/src/app/routes/routes.ts (`conventionImmersion`, path
 *   `/${frontRoutes.conventionImmersionRoute}`), with shared/src/routes/routes.ts
 *   (`conventionImmersionRoute: "demande-immersion"`);
 * - the parameters and how each is parsed: front/src/app/routes/routeParams/convention.ts
 *   (commit 84637000701791892aefeffb03ca8479a106ea90), `conventionValuesFromUrl`: every
 *   parameter is `param.query.optional.string`, except `isRqth`, `sanitaryPrevention`,
 *   `individualProtection` (booleans) and `schedule`, `immersionAppellation`, parsed with
 *   `JSON.parse` (`scheduleSerializer`, `appellationDtoSerializer`). The same keys are listed
 *   in front/src/app/components/forms/convention/makeValuesToWatchInUrl.ts (commit
 *   1c8f3506b8e8582e9a99d87e8b61f44fb3289cff), the form writing its values back to the URL;
 * - dates: shared/src/utils/date.ts (commit a5b53cc7aecebe2a2d9cb2689fee71e8ce9d0043),
 *   `toDateString` = `format(date, "yyyy-MM-dd")`;
 * - the schedule: shared/src/schedule/Schedule.dto.ts (commit
 *   1b96732d1391219b0117ea114576782658ec498b) `ScheduleDto = { totalHours, workedDays,
 *   isSimple, selectedIndex, complexSchedule: { date, timePeriods: { start, end }[] }[] }`,
 *   times « HH:mm »; shared/src/schedule/ScheduleUtils.ts (commit
 *   817a37c3659e2cb9288c46378d5f117d09e64385): one daily entry per calendar day from start to
 *   end (`makeComplexSchedule`), each `date` an ISO instant (`date.toISOString()` of
 *   `new Date("yyyy-mm-dd")`, i.e. « yyyy-mm-ddT00:00:00.000Z »), `totalHours` the sum of the
 *   periods' minutes over 60 and `workedDays` the days with at least one period, both checked
 *   by `validateSchedule` together with 48 h at most in each week;
 * - the objectives: shared/src/convention/convention.dto.ts, `conventionObjectiveOptions`
 *   (straight apostrophe, as the platform stores it);
 * - phones: shared/src/phone.schema.ts, `phoneSchema` checks the number with libphonenumber
 *   for France and overseas and stores it in E.164 (« +33612345678 »).
 */
import { addDays, type IsoDay } from '../tracking/calendar';

export const IMMERSION_FACILE_ORIGIN = 'https://immersion-facile.beta.gouv.fr';
export const CONVENTION_FORM_PATH = '/demande-immersion';

/** The three objectives, word for word as the platform's `conventionObjectiveOptions`. */
export const PLATFORM_OBJECTIVES = {
  confirm: 'Confirmer un projet professionnel',
  discover: "Découvrir un métier ou un secteur d'activité",
  recruit: 'Initier une démarche de recrutement',
} as const;
export type ObjectiveKey = keyof typeof PLATFORM_OBJECTIVES;

/** The query parameters this add-on fills, with the platform's names. */
export const CONVENTION_PARAMETERS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'dateStart',
  'dateEnd',
  'siret',
  'businessName',
  'immersionAddress',
  'etFirstName',
  'etLastName',
  'etJob',
  'etEmail',
  'etPhone',
  'erFirstName',
  'erLastName',
  'erEmail',
  'erPhone',
  'immersionObjective',
  'immersionActivities',
  'immersionSkills',
  'schedule',
] as const;
export type ConventionParameter = (typeof CONVENTION_PARAMETERS)[number];

export interface TimePeriod {
  /** « 09:00 », 24-hour, with its leading zero (the platform's `timeHHmmRegExp`). */
  readonly start: string;
  readonly end: string;
}

/** A regular week: the same periods on each chosen weekday (0 = lundi … 6 = dimanche). */
export interface WeeklySchedule {
  readonly weekdays: readonly number[];
  readonly periods: readonly TimePeriod[];
}

export interface DailySchedule {
  readonly date: string;
  readonly timePeriods: readonly TimePeriod[];
}

/** The platform's ScheduleDto. */
export interface PlatformSchedule {
  readonly totalHours: number;
  readonly workedDays: number;
  readonly isSimple: boolean;
  readonly selectedIndex: number;
  readonly complexSchedule: readonly DailySchedule[];
}

export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const minutesOf = (time: string): number => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

export const periodMinutes = (period: TimePeriod): number =>
  Math.max(0, minutesOf(period.end) - minutesOf(period.start));

/** 0 = lundi … 6 = dimanche, as the platform's `frenchDayMapping`. */
export function frenchWeekday(day: IsoDay): number {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return (new Date(Date.UTC(year, month - 1, date)).getUTCDay() + 6) % 7;
}

/** The platform's schedule for the days from `start` to `end`: one entry a calendar day. */
export function platformSchedule(start: IsoDay, end: IsoDay, week: WeeklySchedule): PlatformSchedule {
  const complexSchedule: DailySchedule[] = [];
  let minutes = 0;
  let workedDays = 0;
  for (let day = start; day <= end; day = addDays(day, 1)) {
    const worked = week.weekdays.includes(frenchWeekday(day));
    const timePeriods = worked ? week.periods.map(({ start: s, end: e }) => ({ start: s, end: e })) : [];
    if (timePeriods.length > 0) workedDays++;
    minutes += timePeriods.reduce((sum, period) => sum + periodMinutes(period), 0);
    complexSchedule.push({ date: `${day}T00:00:00.000Z`, timePeriods });
  }
  return { totalHours: minutes / 60, workedDays, isSimple: true, selectedIndex: 0, complexSchedule };
}

// Overseas numbers keep their own country code (the platform accepts GF, YT, GP, MQ, RE…).
const OVERSEAS_PREFIXES: readonly (readonly [RegExp, string])[] = [
  [/^0(262|263|269|639|692|693)/, '262'],
  [/^0(590|690|691)/, '590'],
  [/^0(594|694)/, '594'],
  [/^0(596|696|697)/, '596'],
];

/** « 06 12 34 56 78 » → « +33612345678 »: the E.164 form the platform stores; '' when not a French number. */
export function e164(phone: string): string {
  const compact = phone.replace(/[\s.\-/()]/g, '');
  const international = /^(?:\+|00)(33|262|269|508|590|594|596)0?([1-9]\d{8})$/.exec(compact);
  if (international) return `+${international[1]}${international[2]}`;
  if (!/^0[1-9]\d{8}$/.test(compact)) return '';
  const overseas = OVERSEAS_PREFIXES.find(([prefix]) => prefix.test(compact));
  return `+${overseas?.[1] ?? '33'}${compact.slice(1)}`;
}

/** What goes into the link: each parameter's value as text, '' when unknown (left out). */
export type ConventionValues = Partial<Record<Exclude<ConventionParameter, 'schedule'>, string>> & {
  readonly schedule?: PlatformSchedule;
};

/** Long links are cut by some servers and mail clients: beyond this, long texts are left out. */
export const MAX_LINK_LENGTH = 8000;

export interface ConventionLink {
  readonly url: string;
  /** Parameters filled, in the link's order. */
  readonly filled: readonly ConventionParameter[];
  /** Parameters known but left out so that the link stays short enough. */
  readonly leftOut: readonly ConventionParameter[];
}

/** Texts dropped first, longest first, when the link would be too long. */
const DROPPABLE: readonly ConventionParameter[] = ['immersionActivities', 'immersionSkills', 'schedule'];

function encoded(name: ConventionParameter, values: ConventionValues): string | null {
  if (name === 'schedule') {
    return values.schedule === undefined ? null : encodeURIComponent(JSON.stringify(values.schedule));
  }
  const value = values[name]?.trim() ?? '';
  return value === '' ? null : encodeURIComponent(value);
}

/**
 * The prefilled link: `https://immersion-facile.beta.gouv.fr/demande-immersion?firstName=…`,
 * each value URI-encoded (type-route reads the query with decodeURIComponent), the schedule
 * as JSON. Empty values are left out: the form then shows its own empty field.
 */
export function conventionLink(values: ConventionValues): ConventionLink {
  const parts = new Map<ConventionParameter, string>();
  for (const name of CONVENTION_PARAMETERS) {
    const value = encoded(name, values);
    if (value !== null) parts.set(name, `${name}=${value}`);
  }
  const base = `${IMMERSION_FACILE_ORIGIN}${CONVENTION_FORM_PATH}`;
  const urlOf = () => `${base}?${[...parts.values()].join('&')}`;
  const leftOut: ConventionParameter[] = [];
  for (const name of DROPPABLE) {
    if (urlOf().length <= MAX_LINK_LENGTH) break;
    if (parts.delete(name)) leftOut.push(name);
  }
  return { url: parts.size === 0 ? base : urlOf(), filled: [...parts.keys()], leftOut };
}
