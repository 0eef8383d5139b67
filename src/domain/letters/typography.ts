/**
 * The letters' typography, applied once to every line of a finished document (template and
 * the person's own words alike), so that the choices below hold everywhere:
 * - apostrophes are typographic (’, U+2019), never straight;
 * - a non-breaking space (U+00A0) stands before « : ; ? ! » and inside « guillemets »
 *   (U+00A0 rather than the narrow U+202F: every font of Google Docs draws it);
 * - no double space, no space before a comma or a full stop, "..." is « … ».
 * E-mail addresses and web addresses are left exactly as written.
 */

export const NBSP = '\u00A0';
export const APOSTROPHE = '\u2019';

/** E-mail and web addresses: never touched by the typography, skipped by the checker. */
export const ADDRESS_TOKEN = /(\S+@\S+|https?:\/\/\S+|www\.\S+)/g;

function typesetWords(text: string): string {
  return (
    text
      .replace(/['‘`´]/g, APOSTROPHE)
      .replace(/"([^"]*)"/g, '«$1»')
      .replace(/[“”]/g, (mark) => (mark === '“' ? '«' : '»'))
      .replace(/\.{3}/g, '…')
      .replace(/«\s*/g, `«${NBSP}`)
      .replace(/\s*»/g, `${NBSP}»`)
      // A colon between digits is a time or a ratio (« 9:30 »), not punctuation.
      .replace(/([^\s:;!?])\s?([:;!?]+)(?!\d)/g, `$1${NBSP}$2`)
      .replace(/ +([,.)])/g, '$1')
      .replace(/\( +/g, '(')
  );
}

/** One line in the letters' typography (see the module comment). */
export function typeset(line: string): string {
  const squashed = line.replace(/[\s\u00A0\u202F\u2009]+/g, ' ').trim();
  return squashed
    .split(ADDRESS_TOKEN)
    .map((part, index) => (index % 2 === 1 ? part : typesetWords(part)))
    .join('');
}
