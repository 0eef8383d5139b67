import { describe, expect, it } from 'vitest';
import { parseFrenchDate, readDateCell } from '../../../src/domain/tracking/french-dates';
import { PARIS, sheetDate } from './fixtures';

describe('readDateCell', () => {
  it('reads a Date from Sheets as its day in the spreadsheet zone', () => {
    expect(readDateCell(sheetDate('2026-11-03'), PARIS)).toEqual({ ok: true, day: '2026-11-03' });
  });

  it('reads an empty cell as no date', () => {
    expect(readDateCell('', PARIS)).toEqual({ ok: true, day: null });
    expect(readDateCell('   ', PARIS)).toEqual({ ok: true, day: null });
  });

  it('reads a date serial, but not any number', () => {
    expect(readDateCell(46329, PARIS)).toEqual({ ok: true, day: '2026-11-03' });
    expect(readDateCell(12, PARIS).ok).toBe(false);
    expect(readDateCell(Number.NaN, PARIS).ok).toBe(false);
    expect(readDateCell(new Date(Number.NaN), PARIS).ok).toBe(false);
    expect(readDateCell(true, PARIS).ok).toBe(false);
  });
});

describe('parseFrenchDate', () => {
  it.each([
    ['3/11/2026', '2026-11-03'],
    ['03/11/2026', '2026-11-03'],
    ['03/11/26', '2026-11-03'],
    ['3.11.2026', '2026-11-03'],
    ['3-11-2026', '2026-11-03'],
    ['3 novembre 2026', '2026-11-03'],
    ['3 Novembre 2026', '2026-11-03'],
    ['le 1er novembre 2026', '2026-11-01'],
    ['lundi 2 novembre 2026', '2026-11-02'],
    ['3 nov. 2026', '2026-11-03'],
    ['15 août 2026', '2026-08-15'],
    ['1er février 27', '2027-02-01'],
    ['2026-11-03', '2026-11-03'],
    ['29/02/2028', '2028-02-29'],
  ])('reads « %s »', (text, day) => {
    expect(parseFrenchDate(text)).toEqual({ ok: true, day });
  });

  it.each([
    ['31/11/2026', 'Cette date n’existe pas dans le calendrier.'],
    ['29/02/2027', 'Cette date n’existe pas dans le calendrier.'],
    ['30 février 2026', 'Cette date n’existe pas dans le calendrier.'],
    ['3/11', 'L’année manque : saisissez la date sous la forme 03/11/2026.'],
    ['3 novembre', 'L’année manque : saisissez la date sous la forme 03/11/2026.'],
    ['la semaine dernière', 'Date illisible : saisissez-la sous la forme 03/11/2026.'],
    ['3 brumaire 2026', 'Date illisible : saisissez-la sous la forme 03/11/2026.'],
  ])('refuses « %s » with a reason', (text, reason) => {
    expect(parseFrenchDate(text)).toEqual({ ok: false, reason });
  });
});
