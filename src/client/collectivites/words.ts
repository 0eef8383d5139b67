/** The words of « Collectivités » (French), in one place. */
import type { Head, ProposalKind } from '../../domain/collectivites';
import { KIND_LABELS } from '../../domain/collectivites/proposals';

export const KINDS = Object.keys(KIND_LABELS) as ProposalKind[];
export { KIND_LABELS };

/** Whom the letter goes to, civility unknown: the usual form of address when it could be either. */
export const HEAD_LABELS: Readonly<Record<Head, string>> = {
  mayor: 'Madame, Monsieur le Maire',
  president: 'Madame, Monsieur le Président',
};

/**
 * French spacing made unbreakable, so that a 300 px sidebar never starts a line with « » », « ? »
 * or « : », nor splits « 3 demandes ».
 */
export const typeset = (text: string): string =>
  text
    .replace(/« /g, '«\u00a0')
    .replace(/ ([»?:;!])/g, '\u00a0$1')
    .replace(/(\d) (?=\p{L})/gu, '$1\u00a0');

export const MIN_POPULATIONS: readonly (readonly [number, string])[] = [
  [0, 'Toutes les tailles'],
  [1_000, '1 000 habitants et plus'],
  [5_000, '5 000 habitants et plus'],
  [10_000, '10 000 habitants et plus'],
  [50_000, '50 000 habitants et plus'],
];

const NUMBER = new Intl.NumberFormat('fr-FR');

/** « 163 684 habitants », « 1 habitant », « population inconnue ». */
export function inhabitants(population: number | null): string {
  if (population === null) return 'population inconnue';
  return `${NUMBER.format(population)}\u00a0${population > 1 ? 'habitants' : 'habitant'}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}

export const SOURCE =
  'Source\u00a0: découpage administratif officiel (INSEE, DGCL), publié par Etalab sous Licence Ouverte.';
