/**
 * French names with their article. The INSEE type de liaison (TNCC) says which form « de »
 * takes before a name: 0 de, 1 d', 2 du, 3 de la, 4 des, 5 de l', 6 des, 7 de las, 8 de los.
 * A commune's name already holds its article (« Le Havre », « La Rochelle »), a département's
 * does not (« Haute-Savoie », type 3): « du Havre », « de La Rochelle », « de la Haute-Savoie ».
 */

export type Liaison = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

interface LiaisonForm {
  /** The article a name of this type may start with. */
  readonly article: RegExp | null;
  /** « de » + article, when the name does not carry the article. */
  readonly of: string;
  /**
   * Le, Les and Aux merge with « de » (du, des) and leave the name; La, L', Las and Los do not,
   * and stay in the name with their capital: « de La Rochelle », « de L'Haÿ-les-Roses ».
   */
  readonly contracts: boolean;
}

const FORMS: Readonly<Record<Liaison, LiaisonForm>> = {
  0: { article: null, of: 'de ', contracts: false },
  1: { article: null, of: 'd’', contracts: false },
  2: { article: /^le\s+/i, of: 'du ', contracts: true },
  3: { article: /^la\s+/i, of: 'de la ', contracts: false },
  4: { article: /^les\s+/i, of: 'des ', contracts: true },
  5: { article: /^l['’]\s*/i, of: 'de l’', contracts: false },
  6: { article: /^aux\s+/i, of: 'des ', contracts: true },
  7: { article: /^las\s+/i, of: 'de las ', contracts: false },
  8: { article: /^los\s+/i, of: 'de los ', contracts: false },
};

const VOWEL_START = /^[aeiouyàâäéèêëîïôöùûüÿæœ]/i;

export function isLiaison(value: number): value is Liaison {
  return Number.isInteger(value) && value >= 0 && value <= 8;
}

/**
 * The type de liaison a name would have, for the few communes the data gives none (the
 * collectivités d'outre-mer): from its article, else from its first letter. A name starting
 * with « H » is taken as aspirated (« de Hitiaa »), the safer guess.
 */
export function guessLiaison(name: string): Liaison {
  for (const liaison of [2, 3, 4, 5, 6, 7, 8] as const) {
    if (FORMS[liaison].article?.test(name)) return liaison;
  }
  return VOWEL_START.test(name) ? 1 : 0;
}

/** « de Lyon », « d'Angers », « du Havre », « de la Haute-Savoie », « des Hauts-de-Seine », « de l'Ain ». */
export function withDe(name: string, liaison: Liaison | null): string {
  const type = liaison ?? guessLiaison(name);
  const form = FORMS[type];
  const article = form.article?.exec(name);
  if (!article) return `${form.of}${name}`;
  return form.contracts ? `${form.of}${name.slice(article[0].length)}` : `de ${name}`;
}

// The DGCL abbreviates the nature of most EPCI in their names.
const EPCI_NATURES: readonly [RegExp, string][] = [
  [/^CC\s+/, 'Communauté de communes '],
  [/^CA\s+/, 'Communauté d’agglomération '],
  [/^CU\s+/, 'Communauté urbaine '],
];

// The ligatures French writes and the data often spells out (« Coeur de Sologne »).
const LIGATURES: readonly [RegExp, string][] = [
  [/\b([Cc])oeur/g, '$1œur'],
  [/\b([Ss])oeur/g, '$1œur'],
  [/\b([Vv])oeu/g, '$1œu'],
  [/\b([Nn])oeud/g, '$1œud'],
  [/\b([Mm])anoeuvre/g, '$1anœuvre'],
  [/\bOeuvre/g, 'Œuvre'],
  [/\boeuvre/g, 'œuvre'],
];

/** « Coeur de Chartreuse » → « Cœur de Chartreuse ». */
export function withLigatures(name: string): string {
  return LIGATURES.reduce((text, [pattern, written]) => text.replace(pattern, written), name);
}

// A name that already says its nature (« CA Communauté Paris-Saclay », « CA Agglo du Pays de
// Dreux »): the abbreviation is dropped rather than doubled.
const OWN_NATURE = /^(communauté|agglo|agglomération|métropole)(?![\p{L}])/iu;

/**
 * « CC Faucigny - Glières » → « Communauté de communes Faucigny - Glières »; « CA Communauté
 * Paris-Saclay » → « Communauté Paris-Saclay » (no doubled type); other names as they are.
 */
export function epciOfficialName(name: string): string {
  const written = withLigatures(name.replace(/\s+/g, ' ').trim());
  for (const [abbreviation, nature] of EPCI_NATURES) {
    if (!abbreviation.test(written)) continue;
    const rest = written.replace(abbreviation, '');
    return OWN_NATURE.test(rest) ? rest : `${nature}${rest}`;
  }
  return written;
}

/**
 * An EPCI's name after « de »: « de la Communauté de communes … », « de la Métropole de Lyon »,
 * « de l'Eurométropole de Strasbourg », « de Toulouse Métropole » (a town's name first).
 */
export function epciWithDe(officialName: string): string {
  // Not \b: it does not see the end of « Communauté » (é is no word character for it).
  if (/^(communauté|métropole)(?![\p{L}])/iu.test(officialName)) return `de la ${officialName}`;
  if (/^(eurométropole|agglo|agglomération)(?![\p{L}])/iu.test(officialName)) return `de l’${officialName}`;
  return withDe(officialName, null);
}
