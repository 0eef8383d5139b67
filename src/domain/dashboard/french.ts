/** Dates and counts as a French reader expects them in the dashboard and the reminder. */
import { frenchDate } from '../letters/french';
import type { IsoDay } from '../tracking';

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
