import { describe, expect, it } from 'vitest';
import {
  AUTOMATIC_FORMAT,
  cellText,
  isInertText,
  labelWords,
  neutraliseCellText,
  normaliseLabel,
  textContent,
} from '../../../src/domain/tracking/text';

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
    expect(neutraliseCellText(' =pas au début')).toBe("' =pas au début");
    expect(neutraliseCellText('')).toBe('');
    expect(neutraliseCellText(12)).toBe(12);
    const date = new Date();
    expect(neutraliseCellText(date)).toBe(date);
  });
});

// Sheets parses written strings like typing (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption).
describe('isInertText: text Sheets stores as written whatever the cell (deliberately wider than Sheets)', () => {
  it.each([
    '007',
    'TRUE',
    'vrai',
    '12/09/2026',
    "'texte",
    '=1+1',
    '3,5',
    '+33 6 12 34 56 78',
    '-',
    '1/2',
    '50 %',
    '06 12 34 56 78',
    '01053',
    '14:30',
    'sept. 2026',
    'Mars 2026',
    '#N/A',
    '€5',
    ' Lyon',
  ])('%j may be parsed', (text) => {
    expect(isInertText(text)).toBe(false);
    expect(neutraliseCellText(text)).toBe(`'${text}`);
  });

  it.each([
    'Mairie de Lyon',
    'D-001',
    'Appel passé',
    'claire.dupont2@example.fr',
    'Œuvre',
    'À contacter',
    '',
  ])('%j is stored as written', (text) => {
    expect(isInertText(text)).toBe(true);
  });
});

describe('textContent: text and the format that keeps it', () => {
  it('puts text in a Plain-text cell, as written (no apostrophe that could show there)', () => {
    expect(textContent('007')).toEqual({ value: '007', format: '@' });
    expect(textContent('+33 6 12 34 56 78')).toEqual({ value: '+33 6 12 34 56 78', format: '@' });
  });

  it("puts text starting with ' or = in an Automatic cell behind an apostrophe", () => {
    expect(textContent("'texte")).toEqual({ value: "''texte", format: AUTOMATIC_FORMAT });
    expect(textContent('=1+1')).toEqual({ value: "'=1+1", format: AUTOMATIC_FORMAT });
  });
});
