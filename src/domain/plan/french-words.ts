/**
 * Small pieces of written French used to build sentences from the plan's answers.
 */
import type { IsoDay } from '../tracking/calendar';

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

function parts(day: IsoDay): { year: number; month: string; date: string } {
  const [year = '', month = '', date = ''] = day.split('-');
  const dayNumber = Number(date);
  return {
    year: Number(year),
    month: MONTHS[Number(month) - 1] ?? '',
    date: dayNumber === 1 ? '1er' : String(dayNumber),
  };
}

/** « 3 novembre 2026 », « 1er décembre 2026 ». */
export function longDate(day: IsoDay): string {
  const { year, month, date } = parts(day);
  return `${date} ${month} ${year}`;
}

/** « entre le 2 et le 27 novembre 2026 », « entre le 30 octobre et le 27 novembre 2026 »… */
export function periodBetween(start: IsoDay, end: IsoDay): string {
  const from = parts(start);
  const to = parts(end);
  if (from.year !== to.year) return `entre le ${longDate(start)} et le ${longDate(end)}`;
  if (from.month !== to.month) return `entre le ${from.date} ${from.month} et le ${longDate(end)}`;
  return `entre le ${from.date} et le ${longDate(end)}`;
}

/** « a », « a et b », « a, b et c ». */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
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

/** « Agent d'accueil » → « agent d'accueil » after a colon; « ATSEM » and « CCAS » stay as typed. */
export function lowerFirst(text: string): string {
  const second = text.charAt(1);
  return second !== '' && second === second.toLowerCase()
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/** « de » before `words`, elided before a vowel or a mute h: « de confirmer », « d'initier ». */
export const of = (words: string): string =>
  /^[aeiouyhàâéèêëîïôûü]/i.test(words) ? `d'${words}` : `de ${words}`;
