/**
 * Utilities.formatDate(date, timeZone, format) with the Java SimpleDateFormat letters the
 * add-on may use (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * points to java.text.SimpleDateFormat). Names of months and days are English, as in Apps Script.
 * Utilities.sleep passes emulated time instead of waiting.
 */
import { counted } from './calls';
import type { EmulatedService, EmulatorContext } from './context';
import { fail } from './errors';
import { wallClock } from './tz';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function offsetMinutes(date: Date, timeZone: string): number {
  const w = wallClock(date, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  return Math.round((asUtc - date.getTime()) / 60_000);
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const w = wallClock(date, timeZone);
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === "'") {
      const close = pattern.indexOf("'", i + 1);
      if (close === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      const end = close < 0 ? pattern.length : close;
      out += pattern.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    const offset = offsetMinutes(date, timeZone);
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        break;
      case 'M':
        out += n >= 4 ? MONTHS[w.month - 1] : n === 3 ? MONTHS[w.month - 1]?.slice(0, 3) : pad(w.month, n);
        break;
      case 'd':
        out += pad(w.day, n);
        break;
      case 'E':
        out += n >= 4 ? DAYS[weekday] : DAYS[weekday]?.slice(0, 3);
        break;
      case 'u':
        out += String(weekday === 0 ? 7 : weekday);
        break;
      case 'H':
        out += pad(w.hour, n);
        break;
      case 'h':
        out += pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        break;
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'm':
        out += pad(w.minute, n);
        break;
      case 's':
        out += pad(w.second, n);
        break;
      case 'S':
        out += pad(w.ms, 3).slice(0, Math.max(n, 3));
        break;
      case 'Z':
        out += `${sign}${pad(Math.floor(abs / 60), 2)}${pad(abs % 60, 2)}`;
        break;
      case 'X':
        out += offset === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
        break;
      default:
        fail(`Invalid argument: format (${ch} is not supported by the emulator)`);
    }
  }
  return out;
}

export function createUtilities(
  ctx: EmulatorContext,
): EmulatedService<GoogleAppsScript.Utilities.Utilities, null> {
  const utilities = {
    formatDate: (date: Date, timeZone: string, format: string) => formatDate(date, timeZone, format),
    sleep: (milliseconds: number) => ctx.clock.advanceMs(milliseconds),
    getUuid: () => crypto.randomUUID(),
  } satisfies Partial<GoogleAppsScript.Utilities.Utilities>;
  return {
    global: counted(utilities, 'Utilities', ctx.calls) as unknown as GoogleAppsScript.Utilities.Utilities,
    toJSON: () => null,
  };
}
