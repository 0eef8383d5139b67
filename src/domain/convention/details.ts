/**
 * What a convention needs that the workbook does not hold: the tutor, the host's SIRET, the
 * agreed dates and hours, the objective. Asked in one short form after « Stage accepté »,
 * stored in the « Conventions » sheet by request N°. Every text is optional except what the
 * PMSMP checks need (dates, days, hours, objective): a field left empty is filled on the site.
 */
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { DATE_MESSAGE, dropBlanks, email, phone, TEXT_LIMITS, text } from '../plan/fields';
import { isIsoDay } from '../tracking/calendar';
import { type ObjectiveKey, PLATFORM_OBJECTIVES, TIME, type TimePeriod } from './immersion-facile';
import { siretProblem } from './siret';

export const WEEKDAY_NAMES = [
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
] as const;

const OBJECTIVE_KEYS = Object.keys(PLATFORM_OBJECTIVES) as [ObjectiveKey, ...ObjectiveKey[]];

export const OBJECTIVE_MESSAGE =
  'Choisissez l’objectif de la PMSMP : un seul des trois objectifs officiels figure sur la convention.';
export const TIME_MESSAGE = 'Indiquez une heure, par exemple 09:00.';
export const WEEKDAYS_MESSAGE = 'Cochez au moins un jour de présence.';

const time = () => z.string({ error: TIME_MESSAGE }).check(z.trim(), z.regex(TIME, { error: TIME_MESSAGE }));

const optionalText = (max: number) => z.optional(text(max));

const DetailsShape = lazy(() =>
  z.object({
    requestId: z.string().check(z.trim(), z.minLength(1, { error: 'Choisissez la demande acceptée.' })),
    tutorFirstName: optionalText(TEXT_LIMITS.short),
    tutorLastName: optionalText(TEXT_LIMITS.short),
    tutorRole: optionalText(TEXT_LIMITS.medium),
    tutorEmail: z.optional(email()),
    tutorPhone: z.optional(phone()),
    /** The tutor also signs for the collectivité (the platform's « représentant de l'entreprise »). */
    tutorSigns: z.optional(z.boolean({ error: 'Répondez par oui ou par non.' })),
    siret: z.optional(
      z.string().check(
        z.trim(),
        z.refine((value) => siretProblem(value) === null, {
          error: (issue) => siretProblem(String(issue.input)) ?? '',
        }),
      ),
    ),
    dateStart: z
      .string({ error: 'Indiquez la date de début convenue.' })
      .check(z.refine(isIsoDay, { error: DATE_MESSAGE })),
    dateEnd: z
      .string({ error: 'Indiquez la date de fin convenue.' })
      .check(z.refine(isIsoDay, { error: DATE_MESSAGE })),
    weekdays: z
      .array(z.int().check(z.gte(0), z.lte(6)), { error: WEEKDAYS_MESSAGE })
      .check(z.minLength(1, { error: WEEKDAYS_MESSAGE })),
    periods: z
      .array(z.object({ start: time(), end: time() }))
      .check(
        z.minLength(1, { error: 'Indiquez au moins une plage horaire.' }),
        z.maxLength(4, { error: 'Indiquez au plus quatre plages horaires par jour.' }),
      ),
    objective: z.enum(OBJECTIVE_KEYS, { error: OBJECTIVE_MESSAGE }),
  }),
);

/** The form as checked, whatever the sidebar sent; empty answers ('' or blanks) are dropped first. */
export const ConventionDetailsSchema = lazy(() => z.pipe(z.transform(dropBlanks), DetailsShape));

export type ConventionDetails = z.output<typeof DetailsShape>;
export type ConventionDetailsInput = z.input<typeof DetailsShape>;

/** « lundi, mardi, mercredi, jeudi, vendredi », for the sheet. */
export const weekdaysText = (weekdays: readonly number[]): string =>
  [...new Set(weekdays)]
    .sort((a, b) => a - b)
    .map((day) => WEEKDAY_NAMES[day] ?? '')
    .filter((name) => name !== '')
    .join(', ');

/** The weekdays named in `text` (« lundi, mardi » or « Lundi au vendredi » read as listed). */
export function weekdaysOf(text: string): number[] {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z]+/);
  return WEEKDAY_NAMES.flatMap((name, index) => (words.includes(name) ? [index] : []));
}

/** « 09:00-12:00, 13:30-17:00 », for the sheet. */
export const periodsText = (periods: readonly TimePeriod[]): string =>
  periods.map((p) => `${p.start}-${p.end}`).join(', ');

/** The periods written in `text`; a malformed one is skipped. */
export function periodsOf(text: string): TimePeriod[] {
  return [...text.matchAll(/(\d{1,2})[:h](\d{2})\s*[-–à]+\s*(\d{1,2})[:h](\d{2})/g)].map((m) => ({
    start: `${(m[1] ?? '').padStart(2, '0')}:${m[2]}`,
    end: `${(m[3] ?? '').padStart(2, '0')}:${m[4]}`,
  }));
}
