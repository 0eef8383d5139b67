import { describe, expect, it } from 'vitest';
import { checkLetterText } from '../../../src/domain/letters';

const NBSP = '\u00A0';
const codes = (text: string) => checkLetterText(text).map((problem) => problem.code);

describe('checkLetterText', () => {
  it('finds nothing in clean French text', () => {
    expect(
      checkLetterText(
        `Objet${NBSP}: Demande de stage\nJe vous écris au sujet d’un stage${NBSP}; est-ce possible${NBSP}? Oui${NBSP}!\n` +
          `Il a écrit «${NBSP}oui${NBSP}». Tél.${NBSP}: 06 12 34 56 78 — o'neil@example.fr, de 9:30 à 12:00…`,
      ),
    ).toEqual([]);
  });

  it.each([
    ['deux  espaces', 'doubleSpace'],
    [`deux${NBSP} espaces`, 'doubleSpace'],
    [' ligne', 'spaceAtLineEdge'],
    ['Objet : demande', 'missingNonBreakingSpace'],
    ['Objet: demande', 'missingNonBreakingSpace'],
    ['vraiment ?', 'missingNonBreakingSpace'],
    ['« oui »', 'guillemetSpacing'],
    ["l'attention", 'straightApostrophe'],
    ['un "mot"', 'straightQuote'],
    ['Je me permets de vous écrire. Je me permets aussi de rappeler.', 'repeatedJeMePermets'],
    ['la date ()', 'emptyBrackets'],
    [`un objet «${NBSP}${NBSP}»`, 'emptyBrackets'],
    ['le undefined', 'placeholder'],
    ['Madame [Nom]', 'placeholder'],
    ['du {{date}}', 'placeholder'],
    ['le ____', 'placeholder'],
    ['au NaN semaines', 'placeholder'],
    ['oui , non', 'spaceBeforePunctuation'],
    ['fin..', 'doublePunctuation'],
    ['donc,.', 'doublePunctuation'],
    ['Dear Madame', 'englishWord'],
    ['un meeting', 'englishWord'],
  ])('finds « %s »: %s', (text, code) => {
    expect(codes(text)).toContain(code);
  });

  it('gives each problem a French message and an excerpt', () => {
    const [problem] = checkLetterText('Objet : demande');
    expect(problem).toEqual({
      code: 'missingNonBreakingSpace',
      excerpt: 'Objet : demande',
      message: 'Il manque une espace insécable avant « : », « ; », « ? » ou « ! ».',
    });
  });
});

describe('placeholders, with word edges that know accented letters', () => {
  it('sees « NaN » or « undefined » alone, never inside « Rhénan » (issue 13)', () => {
    expect(checkLetterText('Communauté de communes du Pays Rhénan')).toEqual([]);
    expect(checkLetterText('une durée de NaN semaines').map((p) => p.code)).toEqual(['placeholder']);
  });
});
