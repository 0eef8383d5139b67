/**
 * Time-zone arithmetic for spreadsheet dates. Sheets stores a date as a serial number of days
 * since 1899-12-30 read as wall-clock time in the spreadsheet's time zone, which can differ from
 * the script's; these helpers convert between JS instants and those serials.
 */
const MS_PER_DAY = 86_400_000;
const EPOCH_1899 = Date.UTC(1899, 11, 30);

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function wallClock(date: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(date)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
    ms: date.getUTCMilliseconds(),
  };
}

function wallAsUtc(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
}

/** The instant at which the wall clock in `timeZone` shows `w` (DST gaps resolve forward). */
export function fromWallClock(w: WallClock, timeZone: string): Date {
  const guess = wallAsUtc(w);
  let t = guess;
  for (let i = 0; i < 3; i++) {
    const offset = wallAsUtc(wallClock(new Date(t), timeZone)) - t;
    t = guess - offset;
  }
  return new Date(t);
}

export function dateToSerial(date: Date, timeZone: string): number {
  return (wallAsUtc(wallClock(date, timeZone)) - EPOCH_1899) / MS_PER_DAY;
}

export function serialToDate(serial: number, timeZone: string): Date {
  const utc = new Date(EPOCH_1899 + Math.round(serial * MS_PER_DAY));
  return fromWallClock(
    {
      year: utc.getUTCFullYear(),
      month: utc.getUTCMonth() + 1,
      day: utc.getUTCDate(),
      hour: utc.getUTCHours(),
      minute: utc.getUTCMinutes(),
      second: utc.getUTCSeconds(),
      ms: utc.getUTCMilliseconds(),
    },
    timeZone,
  );
}
