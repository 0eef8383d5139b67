/**
 * Reading a date cell: a Date from Sheets, a date serial, or text as a French person types it
 * (« 3/11/2026 », « 03/11/26 », « 3 novembre 2026 », « le 1er nov. 2026 », « 2026-11-03 »).
 */
import { dayOf, type IsoDay, isIsoDay, isoDay } from './calendar';
import { labelWords } from './text';

export type DateReading = { ok: true; day: IsoDay | null } | { ok: false; reason: string };

// biome-ignore format: one line per month reads better than one per spelling
const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, janv: 1, jan: 1,
  fevrier: 2, fevr: 2, fev: 2,
  mars: 3,
  avril: 4, avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7, juil: 7,
  aout: 8,
  septembre: 9, sept: 9, sep: 9,
  octobre: 10, oct: 10,
  novembre: 11, nov: 11,
  decembre: 12, dec: 12,
};

const UNREADABLE = 'Date illisible : saisissez-la sous la forme 03/11/2026.';
const IMPOSSIBLE = 'Cette date n’existe pas dans le calendrier.';
const NO_YEAR = 'L’année manque : saisissez la date sous la forme 03/11/2026.';

// Sheets' serials of 2000-01-01 and 2100-01-01: a bare number outside is not a date.
const SERIAL_MIN = 36_526;
const SERIAL_MAX = 73_051;
const EPOCH_1899 = Date.UTC(1899, 11, 30);

function checked(year: number, month: number, day: number): DateReading {
  const fullYear = year < 100 ? 2000 + year : year;
  const text = isoDay(fullYear, month, day);
  return isIsoDay(text) ? { ok: true, day: text } : { ok: false, reason: IMPOSSIBLE };
}

/**
 * The day a cell holds: `day: null` for an empty cell, a reason in French when the cell is
 * not empty but not a date. `timeZone` is the spreadsheet's (a Date is midnight there).
 */
export function readDateCell(value: unknown, timeZone: string): DateReading {
  if (value === null || value === undefined || value === '') return { ok: true, day: null };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { ok: false, reason: UNREADABLE }
      : { ok: true, day: dayOf(value, timeZone) };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < SERIAL_MIN || value > SERIAL_MAX)
      return { ok: false, reason: UNREADABLE };
    const utc = new Date(EPOCH_1899 + Math.floor(value) * 86_400_000);
    return { ok: true, day: isoDay(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate()) };
  }
  if (typeof value !== 'string') return { ok: false, reason: UNREADABLE };
  return parseFrenchDate(value);
}

/** Text typed by a person; day first, as everywhere in France. */
export function parseFrenchDate(text: string): DateReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, day: null };

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(trimmed);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  const numeric = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2}|\d{4}))?(?:\s+.*)?$/.exec(trimmed);
  if (numeric) {
    if (numeric[3] === undefined) return { ok: false, reason: NO_YEAR };
    return checked(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  }

  // « lundi 3 novembre 2026 », « le 1er nov. 2026 », « 3 Novembre 26 »
  const words = labelWords(trimmed).filter(
    (w) => !['le', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'].includes(w),
  );
  const [dayWord, monthWord, yearWord, ...rest] = words;
  if (dayWord !== undefined && monthWord !== undefined && rest.length === 0) {
    const day = /^(\d{1,2})(?:er)?$/.exec(dayWord);
    const month = MONTHS[monthWord];
    if (day && month !== undefined) {
      if (yearWord === undefined) return { ok: false, reason: NO_YEAR };
      if (!/^(\d{2}|\d{4})$/.test(yearWord)) return { ok: false, reason: UNREADABLE };
      return checked(Number(yearWord), month, Number(day[1]));
    }
  }
  return { ok: false, reason: UNREADABLE };
}
