/**
 * A careful reader's eye on a finished letter: the typography problems it would spot. Used by
 * the tests on every generated letter; it may also check a letter the person edited.
 */
import { ADDRESS_TOKEN } from './typography';

export type TextProblemCode =
  | 'doubleSpace'
  | 'spaceAtLineEdge'
  | 'missingNonBreakingSpace'
  | 'guillemetSpacing'
  | 'straightApostrophe'
  | 'straightQuote'
  | 'repeatedJeMePermets'
  | 'emptyBrackets'
  | 'placeholder'
  | 'spaceBeforePunctuation'
  | 'doublePunctuation'
  | 'englishWord';

export interface TextProblem {
  readonly code: TextProblemCode;
  /** The text around the problem. */
  readonly excerpt: string;
  readonly message: string;
}

const MESSAGES: Readonly<Record<TextProblemCode, string>> = {
  doubleSpace: 'Deux espaces se suivent.',
  spaceAtLineEdge: 'Une ligne commence ou finit par une espace.',
  missingNonBreakingSpace: 'Il manque une espace insécable avant « : », « ; », « ? » ou « ! ».',
  guillemetSpacing: 'Il manque une espace insécable à l’intérieur des guillemets.',
  straightApostrophe: 'Apostrophe droite : le courrier utilise l’apostrophe typographique (’).',
  straightQuote: 'Guillemets droits : le courrier utilise les guillemets français (« »).',
  repeatedJeMePermets: '« Je me permets » revient plusieurs fois.',
  emptyBrackets: 'Des parenthèses, crochets ou guillemets sont vides.',
  placeholder: 'Un élément à remplacer est resté dans le texte.',
  spaceBeforePunctuation: 'Une espace précède une virgule ou un point.',
  doublePunctuation: 'Deux signes de ponctuation se suivent.',
  englishWord: 'Un mot anglais est resté dans le texte.',
};

// A small list: words that slip into letters written from English models or from code.
const ENGLISH_WORDS = new Set([
  'the',
  'and',
  'of',
  'with',
  'for',
  'dear',
  'regards',
  'sincerely',
  'please',
  'thanks',
  'internship',
  'request',
  'meeting',
  'email',
  'manager',
  'feedback',
  'deadline',
  'planning',
  'job',
  'call',
  'follow-up',
  'undefined',
]);

const PATTERNS: readonly (readonly [TextProblemCode, RegExp])[] = [
  ['doubleSpace', /[ \u00A0\u202F\u2009]{2,}/g],
  ['spaceAtLineEdge', /^[ \u00A0\u202F\t]+\S|\S[ \u00A0\u202F\t]+$/gm],
  // « : ; ? ! » after anything but a non-breaking space or another of them; « 9:30 » is a time.
  ['missingNonBreakingSpace', /(?:^|[^\u00A0\u202F:;!?\d])[:;!?]|\d[;!?]|\d:(?!\d)/gm],
  ['guillemetSpacing', /«(?![\u00A0\u202F])|(?<![\u00A0\u202F])»/g],
  ['straightApostrophe', /'/g],
  ['straightQuote', /"/g],
  ['emptyBrackets', /\(\s*\)|\[\s*\]|\{\s*\}|«\s*»/g],
  [
    'placeholder',
    // Word edges that know accented letters: « Rhénan » holds no « NaN ».
    /(?<![\p{L}\d])(undefined|null|NaN|X{2,}|TODO)(?![\p{L}\d])|\[object Object\]|\{\{|\}\}|\$\{|<[^<>\n]*>|\?{3}|_{2,}|\[[^\]\n]*\]/giu,
  ],
  ['spaceBeforePunctuation', /[ \u00A0\u202F][,.](?!\.)/g],
  // « Tél. : » is an abbreviation before a colon, not a double punctuation.
  ['doublePunctuation', /[,;:][ \u00A0\u202F]*[,;:.]|\.[ \u00A0\u202F]*[,;.]|[!?][ \u00A0\u202F]*[,.]/g],
];

function excerptAround(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 20), index + length + 20).replace(/\n/g, ' / ');
}

/** The typography problems found in `text` (a whole letter, lines separated by line breaks). */
export function checkLetterText(text: string): TextProblem[] {
  // Addresses keep their own spelling (an e-mail may hold an apostrophe or a run of dots).
  const words = text.replace(ADDRESS_TOKEN, 'adresse');
  const problems: TextProblem[] = [];
  const add = (code: TextProblemCode, excerpt: string) =>
    problems.push({ code, excerpt, message: MESSAGES[code] });

  for (const [code, pattern] of PATTERNS) {
    for (const match of words.matchAll(pattern))
      add(code, excerptAround(words, match.index, match[0].length));
  }
  const permets = [...words.matchAll(/je me permets/gi)];
  if (permets.length > 1) add('repeatedJeMePermets', permets.map((m) => m[0]).join(' … '));
  for (const word of words.toLowerCase().split(/[^\p{L}-]+/u)) {
    if (ENGLISH_WORDS.has(word)) add('englishWord', word);
  }
  return problems;
}
