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

const MAX_SUGGESTIONS = 5;

function choice(
  directory: Directory,
  commune: Commune,
  matchedBy: CommuneChoice['matchedBy'],
): CommuneChoice {
  const departmentName = directory.department(commune.departmentCode)?.name ?? commune.departmentCode;
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

/** Largest first: the commune a person most likely means heads the list. */
const byPopulation = (a: CommuneChoice, b: CommuneChoice) =>
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
function suggestions(directory: Directory, typed: string): CommuneChoice[] {
  const key = bareSearchKey(typed);
  const limit = Math.max(1, Math.floor(key.length / 4));
  const scored: { distance: number; choice: CommuneChoice }[] = [];
  for (const [name, indexes] of directory.nameKeys()) {
    const distance = name.startsWith(key) && key.length >= 3 ? 0.5 : distanceWithin(key, name, limit);
    if (distance > limit) continue;
    for (const index of indexes)
      scored.push({ distance, choice: choice(directory, directory.commune(index), 'name') });
  }
  scored.sort((a, b) => a.distance - b.distance || byPopulation(a.choice, b.choice));
  return scored.slice(0, MAX_SUGGESTIONS).map((s) => s.choice);
}

const POSTAL_OR_INSEE = /^\d{5}$/;
const CORSICAN_INSEE = /^2[AB]\d{3}$/i;

/** The communes that `query` names: by name, postal code or INSEE code (a 5-digit number may be either). */
export function searchCommunes(directory: Directory, query: string): CommuneSearch {
  const typed = query.trim().replace(/\s+/g, ' ');
  const compact = typed.replace(/\s/g, '');
  if (typed === '') return notFound('Indiquez le nom d’une commune, son code postal ou son code INSEE.');

  if (POSTAL_OR_INSEE.test(compact) || CORSICAN_INSEE.test(compact)) {
    const byPostal = directory.byPostalCode(compact).map((c) => choice(directory, c, 'postalCode'));
    const byCode = directory.byCode(compact);
    const choices = [...byPostal.sort(byPopulation)];
    if (byCode && !choices.some((c) => c.code === byCode.code))
      choices.push(choice(directory, byCode, 'inseeCode'));
    if (choices.length > 0) return { found: true, choices };
    return notFound(
      `Aucune commune n’a le code postal ou le code INSEE ${compact}. Vérifiez-le, ou cherchez la commune par son nom.`,
    );
  }

  if (/^\d+$/.test(compact)) {
    return notFound(
      'Un code postal a cinq chiffres (par exemple 69001). Vérifiez-le, ou cherchez la commune par son nom.',
    );
  }
  if (bareSearchKey(typed).length < 2) return notFound('Tapez au moins deux lettres du nom de la commune.');

  const byName = directory.byName(typed).map((c) => choice(directory, c, 'name'));
  if (byName.length > 0) return { found: true, choices: byName.sort(byPopulation) };

  const close = suggestions(directory, typed);
  const message =
    close.length > 0
      ? `Aucune commune ne s’appelle « ${typed} ». Vouliez-vous dire : ${close.map((c) => c.label).join(', ')} ?`
      : `Aucune commune ne s’appelle « ${typed} », ni rien d’approchant. Vérifiez l’orthographe, ou cherchez par code postal.`;
  return notFound(message, close);
}
