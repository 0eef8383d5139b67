/**
 * Calendar days. A date in the workbook is a day, not an instant: Sheets returns it as a Date
 * at midnight in the spreadsheet's time zone (Europe/Paris by default), which is 22:00 or 23:00
 * UTC the day before. Every comparison is therefore made on the day seen in that zone, and days
 * travel as ISO strings ("2026-11-03"), which are plain JSON and cross google.script.run.
 */

/** A calendar day, "yyyy-mm-dd". */
export type IsoDay = string;

/** The spreadsheet's default zone (appsscript.json and new workbooks). */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** Year, month (1-12), day, hour… that a clock in `timeZone` shows at `date`. */
function wallClock(date: Date, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts;
}

export function isoDay(year: number, month: number, day: number): IsoDay {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when `text` is a real day ("2026-02-30" is not). */
export function isIsoDay(text: unknown): text is IsoDay {
  if (typeof text !== 'string') return false;
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

/** The day a clock in `timeZone` shows at `date` (a Date read from Sheets, or "now"). */
export function dayOf(date: Date, timeZone: string = DEFAULT_TIME_ZONE): IsoDay {
  const wall = wallClock(date, timeZone);
  return isoDay(wall.year ?? 0, wall.month ?? 1, wall.day ?? 1);
}

/** The Date to write for `day`: midnight in `timeZone`, as Sheets itself stores a date. */
export function dateOf(day: IsoDay, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const guess = utcMs(day);
  let instant = guess;
  // Two corrections reach the zone's offset for that day, summer time included.
  for (let i = 0; i < 3; i++) {
    const wall = wallClock(new Date(instant), timeZone);
    const shown = Date.UTC(
      wall.year ?? 0,
      (wall.month ?? 1) - 1,
      wall.day ?? 1,
      wall.hour ?? 0,
      wall.minute ?? 0,
    );
    instant = guess - (shown - instant);
  }
  return new Date(instant);
}

function utcMs(day: IsoDay): number {
  const match = ISO_DAY.exec(day);
  if (!match) throw new Error(`Not an ISO day: ${day}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export function addDays(day: IsoDay, days: number): IsoDay {
  const moved = new Date(utcMs(day) + days * MS_PER_DAY);
  return isoDay(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((utcMs(to) - utcMs(from)) / MS_PER_DAY);
}

/** « 03/11/2026 », the format of the date columns, for messages and notes. */
export function frenchShortDate(day: IsoDay): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}
