import { describe, expect, it } from 'vitest';
import { createUtilities } from '../../../src/local/emulator/services/utilities';
import { testContext, thrown } from './context';

// Utilities.formatDate "Formats date according to specification described in Java SE
// SimpleDateFormat class": https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
const FORMAT_DATE =
  'https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)';

function utilities() {
  const { ctx } = testContext();
  return { ctx, u: createUtilities(ctx).global };
}

describe(`Utilities.formatDate (${FORMAT_DATE})`, () => {
  it('numeric fields: yyyy, yy, MM, M, dd, d, HH, mm, ss, SSS', () => {
    const { u } = utilities();
    const date = new Date('2024-07-05T06:07:08.009Z');
    expect(u.formatDate(date, 'UTC', 'yyyy-MM-dd HH:mm:ss.SSS')).toBe('2024-07-05 06:07:08.009');
    expect(u.formatDate(date, 'UTC', 'd/M/yy')).toBe('5/7/24');
    expect(u.formatDate(date, 'UTC', 'h:mm a')).toBe('6:07 AM');
  });

  it('Europe/Paris in summer is UTC+2 and moves a late UTC evening to the next day (CEST)', () => {
    const { u } = utilities();
    const date = new Date('2024-07-14T22:30:00Z');
    expect(u.formatDate(date, 'Europe/Paris', 'yyyy-MM-dd HH:mm')).toBe('2024-07-15 00:30');
    expect(u.formatDate(date, 'UTC', 'yyyy-MM-dd HH:mm')).toBe('2024-07-14 22:30');
    expect(u.formatDate(date, 'Europe/Paris', 'Z XXX z')).toBe('+0200 +02:00 CEST');
  });

  it('Europe/Paris in winter is UTC+1 (CET); the DST change on 31 March 2024 at 01:00 UTC', () => {
    const { u } = utilities();
    expect(u.formatDate(new Date('2024-01-15T23:30:00Z'), 'Europe/Paris', 'yyyy-MM-dd HH:mm Z z')).toBe(
      '2024-01-16 00:30 +0100 CET',
    );
    expect(u.formatDate(new Date('2024-03-31T00:59:00Z'), 'Europe/Paris', 'HH:mm')).toBe('01:59');
    expect(u.formatDate(new Date('2024-03-31T01:00:00Z'), 'Europe/Paris', 'HH:mm')).toBe('03:00');
  });

  it('EEEE and MMMM are English names (the locale Apps Script formats with), EEE and MMM abbreviated', () => {
    const { u } = utilities();
    const date = new Date('2024-01-15T23:30:00Z'); // Tuesday 16 January in Paris
    expect(u.formatDate(date, 'Europe/Paris', 'EEEE d MMMM yyyy')).toBe('Tuesday 16 January 2024');
    expect(u.formatDate(date, 'Europe/Paris', 'EEE d MMM')).toBe('Tue 16 Jan');
    expect(u.formatDate(date, 'America/New_York', 'EEEE')).toBe('Monday');
  });

  it("quoted text is literal and '' is a quote; an unquoted unknown letter throws", () => {
    const { u } = utilities();
    const date = new Date('2024-07-14T22:30:00Z');
    expect(u.formatDate(date, 'Europe/Paris', "'Le' dd/MM/yyyy 'à' HH'h'mm")).toBe('Le 15/07/2024 à 00h30');
    expect(u.formatDate(date, 'Europe/Paris', "'l''an' yyyy ''")).toBe("l'an 2024 '");
    // Only ASCII letters are pattern letters: « à » is copied, the « t » of an unquoted "at" is not a field.
    expect(u.formatDate(date, 'Europe/Paris', 'dd/MM à HH:mm')).toBe('15/07 à 00:30');
    expect(thrown(() => u.formatDate(date, 'Europe/Paris', 'dd/MM at HH:mm')).message).toBe(
      "Illegal pattern character 't'",
    );
  });

  it('YYYY is the week year (en-US weeks): 30 December 2024 is in 2025, yyyy stays 2024', () => {
    const { u } = utilities();
    const date = new Date('2024-12-30T12:00:00Z');
    expect(u.formatDate(date, 'Europe/Paris', 'YYYY yyyy w')).toBe('2025 2024 1');
  });

  it('time zones by GMT offset, Java legacy ID, and an unknown ID falling back to GMT (java.util.TimeZone)', () => {
    const { u } = utilities();
    const date = new Date('2024-07-14T22:30:00Z');
    expect(u.formatDate(date, 'GMT+05:30', 'HH:mm')).toBe('04:00');
    expect(u.formatDate(date, 'JST', 'HH:mm')).toBe('07:30');
    expect(u.formatDate(date, 'Not/AZone', 'HH:mm z')).toBe('22:30 GMT');
  });

  it('a string instead of a Date does not match the method signature', () => {
    const { u } = utilities();
    const error = thrown(() => u.formatDate('2024-07-14' as unknown as Date, 'UTC', 'yyyy'));
    expect(error.message).toBe(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });
});

describe('Utilities.sleep and newBlob (https://developers.google.com/apps-script/reference/utilities/utilities)', () => {
  it('sleep(ms) advances the emulated clock instead of waiting', () => {
    const { ctx, u } = utilities();
    const before = ctx.clock.now().getTime();
    const real = Date.now();
    u.sleep(120_000);
    expect(ctx.clock.now().getTime() - before).toBe(120_000);
    expect(Date.now() - real).toBeLessThan(1000);
  });

  it('newBlob keeps text, content type and name', () => {
    const { u } = utilities();
    const blob = u.newBlob('Lettre é', 'text/plain', 'lettre.txt');
    expect(blob.getDataAsString()).toBe('Lettre é');
    expect(blob.getContentType()).toBe('text/plain');
    expect(blob.getName()).toBe('lettre.txt');
    expect(blob.getBytes()).toHaveLength(9);
  });
});
