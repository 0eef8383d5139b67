/**
 * Finding the commune a person means, from what they type in the sidebar or the plan's home
 * commune: a name, a postal code or an INSEE code. Several answers are normal (« Saint-Denis »,
 * « 01400 ») and the person chooses; no answer gets a French message and close names.
 */
import type { Commune, Directory } from './directory';
import { bareSearchKey } from './search-key';

export interface CommuneChoice {
  readonly code: string;
  readonly name: string;
  readonly departmentCode: string;
  readonly departmentName: string;
  readonly postalCodes: readonly string[];
  readonly population: number | null;
  /** What to show in a list of homonyms: « Saint-Denis (Seine-Saint-Denis) ». */
  readonly label: string;
  readonly matchedBy: 'name' | 'postalCode' | 'inseeCode';
}

export type CommuneSearch =
  | { readonly found: true; readonly choices: readonly CommuneChoice[] }
  | { readonly found: false; readonly message: string; readonly suggestions: readonly CommuneChoice[] };

export const MAX_SUGGESTIONS = 5;

/** A commune as a search returns it, with its département's name. */
export function communeChoice(
  commune: Pick<Commune, 'code' | 'name' | 'departmentCode' | 'postalCodes' | 'population'>,
  departmentName: string,
  matchedBy: CommuneChoice['matchedBy'],
): CommuneChoice {
  return {
    code: commune.code,
    name: commune.name,
    departmentCode: commune.departmentCode,
    departmentName,
    postalCodes: commune.postalCodes,
    population: commune.population,
    label: `${commune.name} (${departmentName})`,
    matchedBy,
  };
}

function choice(
  directory: Directory,
  commune: Commune,
  matchedBy: CommuneChoice['matchedBy'],
): CommuneChoice {
  const departmentName = directory.department(commune.departmentCode)?.name ?? commune.departmentCode;
  return communeChoice(commune, departmentName, matchedBy);
}

/** A commune that may be suggested, by its key without article. */
export interface Candidate {
  readonly bare: string;
  choice(): CommuneChoice;
}

/**
 * Where a name is looked up: the whole directory, or one file of the name index built for the
 * server (name-index.ts), which holds every commune the typed name can match.
 */
export interface NameSource {
  /** Communes whose name is the typed one (its key, else its key without article), in any order. */
  named(typed: string): CommuneChoice[];
  /** Each commune once with its key without article: what close names are drawn from. */
  candidates(): Iterable<Candidate>;
  /**
   * More candidates, asked for only when fewer than MAX_SUGGESTIONS names start with the typed
   * one (the endings' file of the name index: one more file read).
   */
  moreCandidates?(): Iterable<Candidate>;
  /**
   * The communes whose key without article starts with `key`, largest first, at most
   * MAX_SUGGESTIONS, when the source knows them beyond its own candidates; else undefined.
   */
  largestStartingWith?(key: string): readonly CommuneChoice[] | undefined;
}

/** Largest first: the commune a person most likely means heads the list. */
export const byPopulation = (a: CommuneChoice, b: CommuneChoice) =>
  (b.population ?? -1) - (a.population ?? -1) || a.name.localeCompare(b.name, 'fr');

const notFound = (message: string, suggestions: CommuneChoice[] = []): CommuneSearch => ({
  found: false,
  message,
  suggestions,
});

/** Edit distance, given up as soon as it exceeds `limit` (most names are far from the typed one). */
export function distanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * Names close to the typed one: one typo per four letters, or names that start with it (« Saint-
 * Denis-d » → « Saint-Denis-d'Oléron »…); the nearest first, then the largest.
 */
function suggestions(source: NameSource, typed: string): CommuneChoice[] {
  const key = bareSearchKey(typed);
  const limit = Math.max(1, Math.floor(key.length / 4));
  const prefixed = key.length >= 3 ? source.largestStartingWith?.(key) : undefined;
  const scored: { distance: number; choice: CommuneChoice }[] = (prefixed ?? []).map((choice) => ({
    distance: 0.5,
    choice,
  }));
  const seen = new Set(scored.map((s) => s.choice.code));
  const score = (candidates: Iterable<Candidate>) => {
    for (const candidate of candidates) {
      const starts = candidate.bare.startsWith(key) && key.length >= 3;
      // The names starting with the key are all known already when the source gave them.
      if (starts && prefixed !== undefined) continue;
      const distance = starts ? 0.5 : distanceWithin(key, candidate.bare, limit);
      if (distance > limit) continue;
      const choice = candidate.choice();
      if (seen.has(choice.code)) continue;
      seen.add(choice.code);
      scored.push({ distance, choice });
    }
  };
  score(source.candidates());
  // Names that start with the typed one come first: with enough of them, no other can show.
  if (source.moreCandidates && scored.filter((s) => s.distance < 1).length < MAX_SUGGESTIONS)
    score(source.moreCandidates());
  scored.sort((a, b) => a.distance - b.distance || byPopulation(a.choice, b.choice));
  return scored.slice(0, MAX_SUGGESTIONS).map((s) => s.choice);
}

/** The whole directory as a source of names. */
function directoryNames(directory: Directory): NameSource {
  return {
    named: (typed) => directory.byName(typed).map((c) => choice(directory, c, 'name')),
    *candidates() {
      for (const [bare, indexes] of directory.nameKeys())
        for (const index of indexes)
          yield { bare, choice: () => choice(directory, directory.commune(index), 'name') };
    },
  };
}

const POSTAL_OR_INSEE = /^\d{5}$/;
const CORSICAN_INSEE = /^2[AB]\d{3}$/i;

/** A five-character query the search reads as a postal or INSEE code. */
export function isCodeQuery(query: string): boolean {
  const compact = query.replace(/\s/g, '');
  return POSTAL_OR_INSEE.test(compact) || CORSICAN_INSEE.test(compact);
}

/** The answer when no commune has this postal or INSEE code. */
export function unknownCode(query: string): CommuneSearch {
  return notFound(
    `Aucune commune n’a le code postal ou le code INSEE ${query.replace(/\s/g, '')}. Vérifiez-le, ou cherchez la commune par son nom.`,
  );
}

/** The communes that `query` names: by name, postal code or INSEE code (a 5-digit number may be either). */
export function searchCommunes(directory: Directory, query: string): CommuneSearch {
  const typed = query.trim().replace(/\s+/g, ' ');
  const compact = typed.replace(/\s/g, '');
  if (isCodeQuery(compact)) {
    const byPostal = directory.byPostalCode(compact).map((c) => choice(directory, c, 'postalCode'));
    const byCode = directory.byCode(compact);
    const choices = [...byPostal.sort(byPopulation)];
    if (byCode && !choices.some((c) => c.code === byCode.code))
      choices.push(choice(directory, byCode, 'inseeCode'));
    if (choices.length > 0) return { found: true, choices };
    return unknownCode(compact);
  }
  return searchName(directoryNames(directory), typed);
}

/** What a query that is no name lacks (nothing, digits, one letter); null for a name to look up. */
export function nameQueryProblem(query: string): CommuneSearch | null {
  const typed = query.trim();
  if (typed === '') return notFound('Indiquez le nom d’une commune, son code postal ou son code INSEE.');
  if (/^\d+$/.test(typed.replace(/\s/g, ''))) {
    return notFound(
      'Un code postal a cinq chiffres (par exemple 69001). Vérifiez-le, ou cherchez la commune par son nom.',
    );
  }
  if (bareSearchKey(typed).length < 2) return notFound('Tapez au moins deux lettres du nom de la commune.');
  return null;
}

/**
 * The communes a typed name (not a code) names, from the whole directory or from the file of the
 * name index that holds it: the same answers either way.
 */
export function searchName(source: NameSource, query: string): CommuneSearch {
  const typed = query.trim().replace(/\s+/g, ' ');
  const problem = nameQueryProblem(typed);
  if (problem) return problem;

  const byName = source.named(typed);
  if (byName.length > 0) return { found: true, choices: byName.sort(byPopulation) };

  const close = suggestions(source, typed);
  const message =
    close.length > 0
      ? `Aucune commune ne s’appelle « ${typed} ». Vouliez-vous dire : ${close.map((c) => c.label).join(', ')} ?`
      : `Aucune commune ne s’appelle « ${typed} », ni rien d’approchant. Vérifiez l’orthographe, ou cherchez par code postal.`;
  return notFound(message, close);
}
