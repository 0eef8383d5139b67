/**
 * Java SimpleDateFormat, as Utilities.formatDate applies it (English names, a time zone by ID).
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * "Formats date according to specification described in Java SE SimpleDateFormat class":
 * https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
 *
 * Time zones: IANA IDs through Intl; `GMT`, `UTC`, custom `GMT+hh:mm`; Java's old three-letter
 * IDs that are not IANA names (JST, PST, …) through an alias table; an unknown ID falls back to
 * GMT as Java's TimeZone.getTimeZone does. Week-based fields (Y, w, W) follow the en-US
 * calendar Java uses by default: weeks start on Sunday and week 1 contains 1 January.
 */
import { fail } from '../errors';

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

/** Java's legacy IDs that Intl does not know (EST, MST, HST, CET, … are IANA names already). */
const JAVA_ALIASES: Record<string, string> = {
  ACT: 'Australia/Darwin',
  AET: 'Australia/Sydney',
  AGT: 'America/Argentina/Buenos_Aires',
  ART: 'Africa/Cairo',
  AST: 'America/Anchorage',
  BET: 'America/Sao_Paulo',
  BST: 'Asia/Dhaka',
  CAT: 'Africa/Harare',
  CNT: 'America/St_Johns',
  CST: 'America/Chicago',
  CTT: 'Asia/Shanghai',
  EAT: 'Africa/Addis_Ababa',
  ECT: 'Europe/Paris',
  IET: 'America/Indiana/Indianapolis',
  IST: 'Asia/Kolkata',
  JST: 'Asia/Tokyo',
  MIT: 'Pacific/Apia',
  NET: 'Asia/Yerevan',
  NST: 'Pacific/Auckland',
  PLT: 'Asia/Karachi',
  PNT: 'America/Phoenix',
  PRT: 'America/Puerto_Rico',
  PST: 'America/Los_Angeles',
  SST: 'Pacific/Guadalcanal',
  VST: 'Asia/Ho_Chi_Minh',
};

interface Fields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number;
}

interface Zone {
  fields(date: Date): Fields;
  shortName(date: Date, offsetMinutes: number): string;
  longName(date: Date, offsetMinutes: number): string;
}

function gmtName(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'GMT';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `GMT${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

function utcFields(t: number, offsetMinutes: number): Fields {
  const d = new Date(t + offsetMinutes * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    offsetMinutes,
  };
}

function fixedZone(offsetMinutes: number, name?: string): Zone {
  return {
    fields: (date) => utcFields(date.getTime(), offsetMinutes),
    shortName: () => name ?? gmtName(offsetMinutes),
    longName: () => (name === 'UTC' ? 'Coordinated Universal Time' : (name ?? gmtName(offsetMinutes))),
  };
}

const intlCache = new Map<string, Intl.DateTimeFormat>();
function intl(timeZone: string, locale = 'en-US', timeZoneName?: 'short' | 'long'): Intl.DateTimeFormat {
  const key = `${timeZone}|${locale}|${timeZoneName ?? ''}`;
  let f = intlCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      ...(timeZoneName ? { timeZoneName } : {}),
    });
    intlCache.set(key, f);
  }
  return f;
}

function intlZone(timeZone: string): Zone {
  const fields = (date: Date): Fields => {
    const parts: Record<string, number> = {};
    for (const p of intl(timeZone).formatToParts(date)) {
      if (p.type !== 'literal') parts[p.type] = Number(p.value);
    }
    const t = date.getTime();
    const ms = ((t % 1000) + 1000) % 1000;
    const wall = Date.UTC(
      parts.year ?? 1970,
      (parts.month ?? 1) - 1,
      parts.day ?? 1,
      (parts.hour ?? 0) % 24,
      parts.minute ?? 0,
      parts.second ?? 0,
      ms,
    );
    return utcFields(t, Math.round((wall - t) / 60_000));
  };
  const name = (date: Date, style: 'short' | 'long', offsetMinutes: number): string => {
    for (const locale of ['en-US', 'en-GB']) {
      const part = intl(timeZone, locale, style)
        .formatToParts(date)
        .find((p) => p.type === 'timeZoneName')?.value;
      if (part && !/^GMT[+-−]/.test(part)) return part;
    }
    return gmtName(offsetMinutes);
  };
  return {
    fields,
    shortName: (date, offset) => name(date, 'short', offset),
    longName: (date, offset) => name(date, 'long', offset),
  };
}

const zones = new Map<string, Zone>();
export function resolveZone(id: string): Zone {
  let zone = zones.get(id);
  if (zone) return zone;
  const custom = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(id);
  if (id === 'GMT' || id === 'UTC') zone = fixedZone(0, id);
  else if (custom) {
    const minutes = Number(custom[2]) * 60 + Number(custom[3] ?? 0);
    zone = fixedZone(custom[1] === '-' ? -minutes : minutes);
  } else {
    const iana = JAVA_ALIASES[id] ?? id;
    try {
      intl(iana);
      zone = intlZone(iana);
    } catch {
      zone = fixedZone(0, 'GMT'); // Java: "the GMT zone if the given ID cannot be understood"
    }
  }
  zones.set(id, zone);
  return zone;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function dayOfYear(f: Fields): number {
  return (Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 86_400_000 + 1;
}

/** en-US weeks: Sunday first, week 1 is the one holding 1 January. */
function weekOfYear(f: Fields): { week: number; weekYear: number } {
  const doy = dayOfYear(f);
  const jan1Weekday = (f.weekday - ((doy - 1) % 7) + 7) % 7;
  const weekStart = Date.UTC(f.year, f.month - 1, f.day) - f.weekday * 86_400_000;
  if (weekStart + 6 * 86_400_000 >= Date.UTC(f.year + 1, 0, 1)) return { week: 1, weekYear: f.year + 1 };
  return { week: Math.floor((doy - 1 + jan1Weekday) / 7) + 1, weekYear: f.year };
}

function offsetText(offsetMinutes: number, colon: boolean, withMinutes: boolean): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = pad(Math.floor(abs / 60), 2);
  if (!withMinutes) return `${sign}${hh}`;
  return `${sign}${hh}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

function field(letter: string, count: number, f: Fields, date: Date, zone: Zone): string {
  switch (letter) {
    case 'G':
      return f.year > 0 ? 'AD' : 'BC';
    case 'y':
      return count === 2 ? pad(f.year % 100, 2) : pad(f.year, count);
    case 'Y': {
      const { weekYear } = weekOfYear(f);
      return count === 2 ? pad(weekYear % 100, 2) : pad(weekYear, count);
    }
    case 'M':
    case 'L': {
      const name = MONTHS[f.month - 1] ?? '';
      if (count >= 4) return name;
      if (count === 3) return name.slice(0, 3);
      return pad(f.month, count);
    }
    case 'w':
      return pad(weekOfYear(f).week, count);
    case 'W': {
      const firstWeekday = (f.weekday - ((f.day - 1) % 7) + 7) % 7;
      return pad(Math.floor((f.day - 1 + firstWeekday) / 7) + 1, count);
    }
    case 'D':
      return pad(dayOfYear(f), count);
    case 'd':
      return pad(f.day, count);
    case 'F':
      return pad(Math.floor((f.day - 1) / 7) + 1, count);
    case 'E': {
      const name = DAYS[f.weekday] ?? '';
      return count >= 4 ? name : name.slice(0, 3);
    }
    case 'u':
      return pad(f.weekday === 0 ? 7 : f.weekday, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(f.hour, count);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return pad(f.hour % 12, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.ms, count);
    case 'z':
      return count >= 4 ? zone.longName(date, f.offsetMinutes) : zone.shortName(date, f.offsetMinutes);
    case 'Z':
      return offsetText(f.offsetMinutes, false, true);
    case 'X':
      if (f.offsetMinutes === 0) return 'Z';
      if (count > 3) fail(`invalid ISO 8601 format: length=${count}`);
      return offsetText(f.offsetMinutes, count === 3, count >= 2);
    default:
      return fail(`Illegal pattern character '${letter}'`);
  }
}

export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const zone = resolveZone(timeZone);
  const f = zone.fields(date);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= pattern.length) fail('Unterminated quote');
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern[j];
        j++;
      }
      out += text;
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      out += field(c, j - i, f, date, zone);
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
