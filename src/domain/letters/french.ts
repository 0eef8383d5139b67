/**
 * Small pieces of written French: dates in full, numbers in words, « de » and « d' », lists,
 * and the person's own phrases made ready to sit inside a sentence.
 */
import type { IsoDay } from './types';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The day in "yyyy-mm-dd", or null when it is not a real day ("2026-02-30"). */
export function parseIsoDay(text: string | undefined): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text?.trim() ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  const real =
    check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  return real ? { year, month, day } : null;
}

function dayOfMonth(day: number): string {
  return day === 1 ? '1er' : String(day);
}

function monthName(month: number): string {
  const name = MONTHS[month - 1];
  if (name === undefined) throw new RangeError(`No month ${month}`);
  return name;
}

function parsed(text: IsoDay): Day {
  const day = parseIsoDay(text);
  if (day === null) throw new RangeError(`Not a day: ${text}`);
  return day;
}

/** « 28 novembre 2026 », « 1er mars 2027 ». The caller checks the day first (parseIsoDay). */
export function frenchDate(text: IsoDay): string {
  const { year, month, day } = parsed(text);
  return `${dayOfMonth(day)} ${monthName(month)} ${year}`;
}

/** « le 3 mars 2027 », « du 1er au 26 mars 2027 », « du 22 février au 19 mars 2027 », « du 28 décembre 2026 au 22 janvier 2027 ». */
export function frenchDateRange(startText: IsoDay, endText: IsoDay): string {
  const start = parsed(startText);
  const end = parsed(endText);
  if (startText === endText) return `le ${frenchDate(startText)}`;
  if (start.year !== end.year) return `du ${frenchDate(startText)} au ${frenchDate(endText)}`;
  const from =
    start.month === end.month ? dayOfMonth(start.day) : `${dayOfMonth(start.day)} ${monthName(start.month)}`;
  return `du ${from} au ${frenchDate(endText)}`;
}

const NUMBER_WORDS = ['zéro', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];

/** « une semaine », « quatre semaines », « 12 semaines ». */
export function weeks(count: number): string {
  const word = NUMBER_WORDS[count] ?? String(count);
  return `${word} semaine${count > 1 ? 's' : ''}`;
}

/** « 35 heures par semaine », « 17,5 heures par semaine ». */
export function hoursPerWeek(hours: number): string {
  const number = String(hours).replace('.', ',');
  return `${number} heure${hours >= 2 ? 's' : ''} par semaine`;
}

// Words before which « de » and « le » do not elide (h aspiré, numbers).
const NO_ELISION = /^(huit|onze|hall|hameau|handicap|hangar|haut|hiérarchie|hockey|hors)/i;

export function startsWithVowelSound(text: string): boolean {
  return /^[aeiouyàâäéèêëîïôöùûüœæh]/i.test(text) && !NO_ELISION.test(text);
}

/** « de quatre semaines », « d'une semaine », « d'agent ». */
export function de(text: string): string {
  return startsWithVowelSound(text) ? `d'${text}` : `de ${text}`;
}

/** « A », « A et B », « A, B et C ». */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

/** All runs of spaces and line breaks as one space, trimmed. */
export function squash(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The person's text as whole sentences: a capital first, a full stop last when none. */
export function asSentences(text: string): string {
  const clean = squash(text).replace(/[,;:]+$/, '');
  if (clean === '') return '';
  return capitalise(/[.!?…]$/.test(clean) ? clean : `${clean}.`);
}

/** The person's phrase, ready to sit inside a sentence: no bullet before, no full stop after. */
export function asPhrase(text: string | undefined): string {
  return squash(text)
    .replace(/^[-–—•*·]+\s*/, '')
    .replace(/[\s.;,:!]+$/, '');
}

/**
 * The first letter in lower case when the word is a common word written at the start of a line
 * (« Agent » → « agent », « L'accueil » → « l'accueil »), not an acronym (« ATSEM »).
 */
export function lowerFirst(text: string): string {
  return /^(\p{Lu}\p{Ll}|L['’])/u.test(text) ? text.charAt(0).toLocaleLowerCase('fr') + text.slice(1) : text;
}

/** The length in characters the person sees (an emoji or an accented letter counts once). */
export function visibleLength(text: string): number {
  return [...text.normalize('NFC')].length;
}
