import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateOf,
  dayOf,
  daysBetween,
  frenchShortDate,
  isIsoDay,
} from '../../../src/domain/tracking/calendar';

describe('calendar days in the spreadsheet zone', () => {
  it('reads a Sheets date (midnight in Paris) as its Paris day, not the UTC one', () => {
    // 3 November 2026 at 00:00 in Paris (winter, UTC+1) is 2 November 23:00 UTC.
    expect(dayOf(new Date('2026-11-02T23:00:00Z'), 'Europe/Paris')).toBe('2026-11-03');
    expect(dayOf(new Date('2026-11-02T23:00:00Z'), 'UTC')).toBe('2026-11-02');
    // 2 July 2026 at 00:00 in Paris (summer, UTC+2) is 1 July 22:00 UTC.
    expect(dayOf(new Date('2026-07-01T22:00:00Z'), 'Europe/Paris')).toBe('2026-07-02');
  });

  it('counts an evening in Paris as that day, even when UTC is already the next one', () => {
    expect(dayOf(new Date('2026-11-03T22:59:59Z'), 'Europe/Paris')).toBe('2026-11-03');
    expect(dayOf(new Date('2026-11-03T23:00:00Z'), 'Europe/Paris')).toBe('2026-11-04');
  });

  it('writes a day as midnight in the zone, summer and winter, and reads it back', () => {
    expect(dateOf('2026-11-03', 'Europe/Paris').toISOString()).toBe('2026-11-02T23:00:00.000Z');
    expect(dateOf('2026-07-02', 'Europe/Paris').toISOString()).toBe('2026-07-01T22:00:00.000Z');
    // Days of the clock changes.
    for (const day of ['2026-03-29', '2026-10-25', '2026-03-30', '2026-10-26']) {
      expect(dayOf(dateOf(day, 'Europe/Paris'), 'Europe/Paris')).toBe(day);
    }
    expect(dateOf('2026-11-03', 'America/New_York').toISOString()).toBe('2026-11-03T05:00:00.000Z');
  });

  it('adds and counts whole days across months, years and clock changes', () => {
    expect(addDays('2026-10-15', 21)).toBe('2026-11-05');
    expect(addDays('2026-12-20', 21)).toBe('2027-01-10');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-10-15', '2026-11-05')).toBe(21);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-11-05', '2026-10-15')).toBe(-21);
  });

  it('knows a real day from a string that only looks like one', () => {
    expect(isIsoDay('2026-02-28')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2026-13-01')).toBe(false);
    expect(isIsoDay('3/11/2026')).toBe(false);
    expect(isIsoDay(20261103)).toBe(false);
  });

  it('shows a day as the date columns do', () => {
    expect(frenchShortDate('2026-11-03')).toBe('03/11/2026');
  });
});
