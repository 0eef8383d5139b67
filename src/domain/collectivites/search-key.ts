/**
 * How a typed name is compared with the official ones: accents, case, hyphens, apostrophes
 * and spaces do not count, and « Saint »/« Sainte » equal « St »/« Ste » (the post office and
 * road signs abbreviate them, people type both). Regular expressions over the whole string
 * rather than word arrays: the 35,000 names are keyed on every name search, in Apps Script.
 */

function base(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase();
}

const SAINT = /(^|[^a-z0-9])saint(e?s?)(?![a-z0-9])/g;
const SEPARATORS = /[^a-z0-9]+/g;
// Articles a commune's name may start with; « Havre » should find « Le Havre ».
const LEADING_ARTICLE = /^(?:le|la|les|l|aux|las|los)[^a-z0-9]+(?=[a-z0-9])/;

const squeeze = (text: string) => text.replace(SAINT, '$1st$2').replace(SEPARATORS, '');

/** « Saint-Étienne » and « st etienne » both give "stetienne". */
export function searchKey(text: string): string {
  return squeeze(base(text));
}

/** The key without a leading article: « Le Havre » and « Havre » both give "havre". */
export function bareSearchKey(text: string): string {
  return squeeze(base(text).replace(LEADING_ARTICLE, ''));
}

/** Both keys at once, normalising the text only once. */
export function searchKeys(text: string): { key: string; bare: string } {
  const normalised = base(text);
  return { key: squeeze(normalised), bare: squeeze(normalised.replace(LEADING_ARTICLE, '')) };
}
