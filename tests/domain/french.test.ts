import { describe, expect, it } from 'vitest';
import { de, frenchDate, frenchDateRange, hoursPerWeek, lowerFirst, weeks } from '../../src/domain/french';
import { typeset } from '../../src/domain/letters/typography';

const NBSP = '\u00A0';

describe('dates in full French', () => {
  it.each([
    ['2026-11-28', '28 novembre 2026'],
    ['2026-12-01', '1er décembre 2026'],
    ['2027-02-03', '3 février 2027'],
    ['2027-08-15', '15 août 2027'],
  ])('%s reads « %s » (no leading zero, « 1er » for the first)', (day, expected) => {
    expect(frenchDate(day)).toBe(expected);
  });

  it.each([
    ['2027-03-01', '2027-03-26', 'du 1er au 26 mars 2027'],
    ['2027-02-22', '2027-03-19', 'du 22 février au 19 mars 2027'],
    ['2026-12-28', '2027-01-22', 'du 28 décembre 2026 au 22 janvier 2027'],
    ['2027-03-03', '2027-03-03', 'le 3 mars 2027'],
  ])('the stage from %s to %s reads « %s »', (start, end, expected) => {
    expect(frenchDateRange(start, end)).toBe(expected);
  });

  it('refuses a day that does not exist (a programming error: the pieces are checked first)', () => {
    expect(() => frenchDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('a phrase inside a sentence', () => {
  it('lowers the capital a list item starts with, elided article included, but not an acronym', () => {
    expect(lowerFirst('La prise de rendez-vous')).toBe('la prise de rendez-vous');
    expect(lowerFirst("L'accueil du public")).toBe("l'accueil du public");
    expect(lowerFirst('L’accueil du public')).toBe('l’accueil du public');
    expect(lowerFirst('ATSEM')).toBe('ATSEM');
  });
});

describe('numbers and elision', () => {
  it('writes small durations in words', () => {
    expect(weeks(1)).toBe('une semaine');
    expect(weeks(4)).toBe('quatre semaines');
    expect(weeks(12)).toBe('12 semaines');
    expect(de(weeks(1))).toBe('d’une semaine');
    expect(de(weeks(8))).toBe('de huit semaines');
    expect(de('agent des espaces verts')).toBe('d’agent des espaces verts');
    expect(de('horticulteur')).toBe('d’horticulteur');
  });

  it('writes hours with a decimal comma', () => {
    expect(hoursPerWeek(35)).toBe('35 heures par semaine');
    expect(hoursPerWeek(17.5)).toBe('17,5 heures par semaine');
  });
});

describe('typography', () => {
  it('puts a non-breaking space (U+00A0) before « : ; ? ! » and inside guillemets', () => {
    expect(typeset('Objet : demande')).toBe(`Objet${NBSP}: demande`);
    expect(typeset('Objet: demande ; suite? oui!')).toBe(
      `Objet${NBSP}: demande${NBSP}; suite${NBSP}? oui${NBSP}!`,
    );
    expect(typeset('« Demande »')).toBe(`«${NBSP}Demande${NBSP}»`);
    expect(typeset('un "mot" ici')).toBe(`un «${NBSP}mot${NBSP}» ici`);
  });

  it('uses the typographic apostrophe everywhere but in addresses', () => {
    expect(typeset("l'attention d'un agent")).toBe('l’attention d’un agent');
    expect(typeset("Courriel : o'neil@example.fr")).toBe(`Courriel${NBSP}: o'neil@example.fr`);
  });

  it('leaves no double space, no space before a comma, and keeps times and web addresses', () => {
    expect(typeset('  deux   espaces ,  ici .  ')).toBe('deux espaces, ici.');
    expect(typeset('de 9:30 à 12:00')).toBe('de 9:30 à 12:00');
    expect(typeset('voir https://www.lyon.fr')).toBe('voir https://www.lyon.fr');
    expect(typeset('et puis...')).toBe('et puis…');
  });
});
