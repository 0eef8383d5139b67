/**
 * The field schemas the plan is made of, with their French messages. Every field of a draft
 * is optional, but what is filled must be well-formed.
 */
import * as z from 'zod/mini';
import { EMAIL_PATTERN } from '../email';
import { isIsoDay } from '../tracking/calendar';

/** Text lengths, in characters: short enough for a one-page letter, long enough to say things. */
export const TEXT_LIMITS = {
  /** A name, a town, a postal line. */
  short: 100,
  /** A job, an agency, an address, one item of a list. */
  medium: 200,
  /** A free answer (skills, what the stage adds…). */
  long: 1000,
  /** The presentation of the approach: a few sentences read on the phone. */
  pitch: 1500,
} as const;

/** Items of one list (reasons, tasks, services…): beyond that, a list stops being read. */
export const LIST_MAX_ITEMS = 20;

export const tooLongMessage = (max: number, length: number): string =>
  `Ce texte ne peut pas dépasser ${max} caractères (il en compte ${length}) : raccourcissez-le.`;

const lengthOf = (input: unknown): number => (typeof input === 'string' ? input.length : 0);

/** Trimmed text of at most `max` characters, the message saying the limit and the actual length. */
export function text(max: number) {
  return z
    .string()
    .check(z.trim(), z.maxLength(max, { error: (issue) => tooLongMessage(max, lengthOf(issue.input)) }));
}

/** A list of short texts (one task, one service…), without duplicates. */
export function textList(max: number = TEXT_LIMITS.medium) {
  return z.pipe(
    z.array(text(max)).check(
      z.maxLength(LIST_MAX_ITEMS, {
        error: `Indiquez au plus ${LIST_MAX_ITEMS} éléments : regroupez ceux qui se ressemblent.`,
      }),
    ),
    z.transform(unique),
  );
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

export const EMAIL_MESSAGE = 'Saisissez une adresse de courriel valide, par exemple prenom.nom@exemple.fr.';

export const email = () =>
  z
    .string()
    .check(
      z.trim(),
      z.maxLength(254, { error: EMAIL_MESSAGE }),
      z.regex(EMAIL_PATTERN, { error: EMAIL_MESSAGE }),
    );

export const PHONE_MESSAGE =
  'Saisissez un numéro de téléphone français à 10 chiffres, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.';

// +33 for metropolitan France; overseas departments have their own country codes.
const INTERNATIONAL = /^(?:\+|00)(?:33|262|269|508|590|594|596)(?:\(0\))?([1-9]\d{8})$/;
const NATIONAL = /^0[1-9]\d{8}$/;

/**
 * True for a French number as people write it: « 06 12 34 56 78 », « 06.12.34.56.78 »,
 * « 0612345678 », « +33 6 12 34 56 78 », « +33 (0)6 12… », « 0033 6… ».
 */
export function isFrenchPhone(value: string): boolean {
  const compact = value.replace(/[\s.\-/]/g, '');
  return NATIONAL.test(compact) || INTERNATIONAL.test(compact);
}

export const phone = () => z.string().check(z.trim(), z.refine(isFrenchPhone, { error: PHONE_MESSAGE }));

export const POSTAL_CODE_MESSAGE = 'Le code postal compte 5 chiffres, par exemple 69003.';

export const postalCode = () =>
  z.string().check(z.trim(), z.regex(/^\d{5}$/, { error: POSTAL_CODE_MESSAGE }));

export const DATE_MESSAGE = 'Indiquez une date qui existe, par exemple 03/11/2026.';

/** A calendar day as ISO text: Date objects do not cross google.script.run. */
export const isoDay = () => z.string().check(z.refine(isIsoDay, { error: DATE_MESSAGE }));

/**
 * Removes what a form sends for « nothing typed » (empty or blank text, null, NaN) at any
 * depth, so that an empty answer is simply absent from the plan and never an error.
 */
export function dropBlanks(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => !isBlank(item)).map(dropBlanks);
  if (isPlainObject(value)) {
    const kept = Object.entries(value).filter(([, item]) => !isBlank(item));
    return Object.fromEntries(kept.map(([key, item]) => [key, dropBlanks(item)]));
  }
  return value;
}

/**
 * A plain object from any realm: what google.script.run hands over may come from another
 * global scope than the script's (the local runtime's vm), whose Object.prototype differs.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function isBlank(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '') ||
    (typeof value === 'number' && Number.isNaN(value))
  );
}
