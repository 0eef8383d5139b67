import { describe, expect, it } from 'vitest';
import { cellText, labelWords, neutraliseCellText, normaliseLabel } from '../../../src/domain/tracking/text';

describe('normaliseLabel', () => {
  it('ignores accents, case, spaces and punctuation', () => {
    expect(normaliseLabel('  Dernière   DÉMARCHE ')).toBe('dernieredemarche');
    expect(normaliseLabel('E-mail')).toBe(normaliseLabel('email'));
    expect(normaliseLabel("Date d'envoi")).toBe('datedenvoi');
    expect(normaliseLabel('Œuvre')).toBe('oeuvre');
  });

  it('splits words the same way', () => {
    expect(labelWords("Date d'envoi du Courrier")).toEqual(['date', 'd', 'envoi', 'du', 'courrier']);
  });
});

describe('cellText', () => {
  it('reads what getValues returns as trimmed text', () => {
    expect(cellText('  Lyon ')).toBe('Lyon');
    expect(cellText(478123456)).toBe('478123456');
    expect(cellText(true)).toBe('true');
    expect(cellText('')).toBe('');
    expect(cellText(null)).toBe('');
  });
});

describe('neutraliseCellText (no formula injection)', () => {
  it.each([
    ['=IMPORTXML("http://x")', '\'=IMPORTXML("http://x")'],
    ['+33 4 78 12 34 56', "'+33 4 78 12 34 56"],
    ['-5 jours', "'-5 jours"],
    ['@Martin', "'@Martin"],
    ['\tcaché', "'\tcaché"],
    ['\rcaché', "'\rcaché"],
  ])('prefixes %j with an apostrophe', (input, output) => {
    expect(neutraliseCellText(input)).toBe(output);
  });

  it('leaves ordinary text and non-text values alone', () => {
    expect(neutraliseCellText('Mairie de Lyon = ville')).toBe('Mairie de Lyon = ville');
    expect(neutraliseCellText(' =pas au début')).toBe(' =pas au début');
    expect(neutraliseCellText('')).toBe('');
    expect(neutraliseCellText(12)).toBe(12);
    const date = new Date();
    expect(neutraliseCellText(date)).toBe(date);
  });
});
