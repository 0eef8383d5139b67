/**
 * Small pieces of written French shared by the plan's pitch, the letters and the dashboard:
 * dates in full, numbers in words, « de » and « d' », lists, places, and the person's own
 * phrases made ready to sit inside a sentence.
 */
import { checkLetterText } from './letters/check';
import { ADDRESS_TOKEN } from './letters/typography';
import type { IsoDay } from './tracking/calendar';

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

/** « un jour », « dix jours », « 12 jours ». */
export function days(count: number): string {
  const word = count === 1 ? 'un' : (NUMBER_WORDS[count] ?? String(count));
  return `${word} jour${count > 1 ? 's' : ''}`;
}

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

/** « de quatre semaines », « d’une semaine », « d’agent ». */
export function de(text: string): string {
  return startsWithVowelSound(text) ? `d’${text}` : `de ${text}`;
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

/** « entre le 2 et le 27 novembre 2026 », « entre le 30 octobre et le 27 novembre 2026 »… */
export function periodBetween(startText: IsoDay, endText: IsoDay): string {
  const start = parsed(startText);
  const end = parsed(endText);
  if (start.year !== end.year) return `entre le ${frenchDate(startText)} et le ${frenchDate(endText)}`;
  const from =
    start.month === end.month ? dayOfMonth(start.day) : `${dayOfMonth(start.day)} ${monthName(start.month)}`;
  return `entre le ${from} et le ${frenchDate(endText)}`;
}

/** « à Lyon », « au Havre », « aux Mureaux », « à La Rochelle ». */
export function inTown(town: string): string {
  const match = /^(Le|Les)\s+(.*)$/i.exec(town);
  if (match === null) return `à ${town}`;
  return `${match[1]?.toLowerCase() === 'le' ? 'au' : 'aux'} ${match[2]}`;
}

/** Ends `sentence` with a full stop unless it already ends with punctuation. */
export const withFullStop = (sentence: string): string =>
  /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;

/** « 35 », « 17,5 »: numbers as written in French. */
export const frenchNumber = (value: number): string => String(value).replace('.', ',');

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** « samedi 28 novembre 2026 ». */
export function frenchDayWithWeekday(day: IsoDay): string {
  const weekday = WEEKDAYS[new Date(`${day}T12:00:00Z`).getUTCDay()] ?? '';
  return `${weekday} ${frenchDate(day)}`;
}

/** « 1 relance », « 3 relances »; French counts 0 and 1 as singular. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n > 1 ? plural : singular}`;
}

/** « 09:05 » as a clock in `timeZone` shows `date`. */
export function clockTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/**
 * The product's one French style, for every string a person reads (sidebar, server messages,
 * sheet texts; letters are set by letters/typography.ts and checked with the same rules):
 * typographic apostrophe, non-breaking space before « : ; ? ! » and inside « », « courriel »
 * rather than « e-mail », dates in words inside sentences (« le 3 novembre 2026 »).
 */
export type StyleProblemCode =
  | 'straightApostrophe'
  | 'straightQuote'
  | 'missingNonBreakingSpace'
  | 'guillemetSpacing'
  | 'eMail'
  | 'numericDate';

export interface StyleProblem {
  readonly code: StyleProblemCode;
  readonly excerpt: string;
}

const TYPOGRAPHY_CODES: ReadonlySet<string> = new Set<StyleProblemCode>([
  'straightApostrophe',
  'straightQuote',
  'missingNonBreakingSpace',
  'guillemetSpacing',
]);

/**
 * The style problems of `text`, one French phrase or sentence. The typography rules are the
 * letters' own (letters/check.ts); a numeric date given as the format to type (« par exemple
 * 03/11/2026 », « sous la forme 03/11/2026 ») is what the person must type, not prose.
 */
export function checkFrenchStyle(text: string): StyleProblem[] {
  const problems: StyleProblem[] = checkLetterText(text)
    .filter((p) => TYPOGRAPHY_CODES.has(p.code))
    .map((p) => ({ code: p.code as StyleProblemCode, excerpt: p.excerpt }));
  const words = text.replace(ADDRESS_TOKEN, 'adresse');
  for (const match of words.matchAll(/\b[Ee]-?mails?\b/g)) {
    problems.push({ code: 'eMail', excerpt: match[0] });
  }
  for (const match of words.matchAll(/(?<!(?:exemple|forme)[\s\u00A0]+)\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g)) {
    problems.push({ code: 'numericDate', excerpt: match[0] });
  }
  return problems;
}
