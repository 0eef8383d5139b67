/**
 * The role as a sequence of phases over the stage (« Semaine 1 : observateur », « Semaines 2 à
 * 4 : acteur »). Phases count in the unit of the stage's duration (weeks unless it is given in
 * days), follow one another in order, and cover the stage without gap or overlap.
 */
import { labelWords, normaliseLabel } from '../tracking/text';
import type { Civility } from '../tracking/vocabulary';
import type { DurationUnit, Role } from './vocabulary';

export interface RolePhase {
  readonly role: Role;
  /** First week (or day) of the phase, from 1. */
  readonly from: number;
  /** Last week (or day), included. */
  readonly to: number;
}

export interface PhaseIssue {
  /** Path inside the list of phases: [index, 'from' | 'to']. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

interface UnitWords {
  readonly one: string;
  readonly many: string;
  /** « La semaine 3 », « Le jour 3 » */
  readonly the: string;
  /** « couverte », « couvert » */
  readonly covered: string;
  readonly since: string;
  readonly from: string;
  readonly until: string;
  readonly at: string;
  readonly endBeforeStart: string;
}

// French needs the article and its contractions per unit (« jusqu'à la semaine », « jusqu'au jour »).
const WORDS: Readonly<Record<DurationUnit, UnitWords>> = {
  weeks: {
    one: 'semaine',
    many: 'semaines',
    the: 'La semaine',
    covered: 'couverte',
    since: 'dès la semaine',
    from: 'à partir de la semaine',
    until: 'jusqu’à la semaine',
    at: 'à la semaine',
    endBeforeStart: 'indiquez une semaine de fin égale ou postérieure à la semaine de début.',
  },
  days: {
    one: 'jour',
    many: 'jours',
    the: 'Le jour',
    covered: 'couvert',
    since: 'dès le jour',
    from: 'à partir du jour',
    until: 'jusqu’au jour',
    at: 'au jour',
    endBeforeStart: 'indiquez un jour de fin égal ou postérieur au jour de début.',
  },
};

/** « semaine 1 », « semaines 2 et 3 », « semaines 2 à 4 ». */
export function phaseSpan(from: number, to: number, unit: DurationUnit): string {
  const words = WORDS[unit];
  if (from === to) return `${words.one} ${from}`;
  return `${words.many} ${from} ${to === from + 1 ? 'et' : 'à'} ${to}`;
}

function uncoveredMessage(from: number, to: number, unit: DurationUnit, fix: string): string {
  const words = WORDS[unit];
  const what =
    from === to
      ? `${words.the} ${from} n’est ${words.covered}`
      : `Les ${phaseSpan(from, to, unit)} ne sont ${words.covered}s`;
  return `${what} par aucun rôle : ${fix}`;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What is wrong with `phases`, each message tied to the phase to change. `total` is the stage's
 * length in `unit` when known: the phases must then end exactly with the stage.
 */
export function phaseIssues(phases: readonly RolePhase[], unit: DurationUnit, total?: number): PhaseIssue[] {
  const words = WORDS[unit];
  const issues: PhaseIssue[] = [];
  let previousEnd = 0;
  phases.forEach((phase, index) => {
    const previous = phases[index - 1];
    if (phase.to < phase.from) {
      issues.push({
        path: [index, 'to'],
        message: `Ce rôle finit avant de commencer : ${words.endBeforeStart}`,
      });
    } else if (previous !== undefined && phase.from < previous.from) {
      issues.push({
        path: [index, 'from'],
        message: 'Ce rôle commence avant le précédent : rangez les rôles dans l’ordre du stage.',
      });
    } else if (phase.from <= previousEnd) {
      issues.push({
        path: [index, 'from'],
        message: `${words.the} ${phase.from} a déjà un rôle : faites commencer celui-ci ${words.from} ${previousEnd + 1}.`,
      });
    } else if (phase.from > previousEnd + 1) {
      const fix =
        index === 0
          ? `faites commencer le premier rôle ${words.since} 1.`
          : `faites commencer ce rôle ${words.from} ${previousEnd + 1} ou prolongez le précédent.`;
      issues.push({
        path: [index, 'from'],
        message: uncoveredMessage(previousEnd + 1, phase.from - 1, unit, fix),
      });
    }
    previousEnd = Math.max(previousEnd, phase.to);
  });
  const last = phases.length - 1;
  // Coverage is only worth checking once the phases themselves follow one another.
  if (total !== undefined && last >= 0 && issues.length === 0) {
    if (previousEnd < total) {
      const fix = `prolongez le dernier rôle ${words.until} ${total}.`;
      issues.push({ path: [last, 'to'], message: uncoveredMessage(previousEnd + 1, total, unit, fix) });
    } else if (previousEnd > total) {
      const length = `${total} ${total === 1 ? words.one : words.many}`;
      issues.push({
        path: [last, 'to'],
        message: `Le stage dure ${length} : arrêtez le dernier rôle ${words.at} ${total} ou allongez la durée du stage.`,
      });
    }
  }
  return issues;
}

const FEMININE: Readonly<Record<Role, string>> = {
  observer: 'observatrice',
  learner: 'stagiaire en apprentissage',
  actor: 'actrice',
};
const MASCULINE: Readonly<Record<Role, string>> = {
  observer: 'observateur',
  learner: 'stagiaire en apprentissage',
  actor: 'acteur',
};

/** The role as the person would say it of themself (feminine for « Madame »). */
export const roleWord = (role: Role, civility?: Civility): string =>
  (civility === 'Madame' ? FEMININE : MASCULINE)[role];

/** One line of the sheet: « Semaine 1 : observateur », « Semaines 2 à 4 : actrice ». */
export function phaseLine(phase: RolePhase, unit: DurationUnit, civility?: Civility): string {
  return `${capitalise(phaseSpan(phase.from, phase.to, unit))} : ${roleWord(phase.role, civility)}`;
}

const ROLE_OF_WORDS = new Map<string, Role>([
  ['observateur', 'observer'],
  ['observatrice', 'observer'],
  ['observation', 'observer'],
  ['stagiaireenapprentissage', 'learner'],
  ['stagiaire', 'learner'],
  ['apprentissage', 'learner'],
  ['apprenti', 'learner'],
  ['apprentie', 'learner'],
  ['acteur', 'actor'],
  ['actrice', 'actor'],
]);

/** The role a text names (« Acteur », « observatrice », « stagiaire en apprentissage »), or null. */
export const roleOfText = (text: string): Role | null => ROLE_OF_WORDS.get(normaliseLabel(text)) ?? null;

const UNIT_OF_WORD: Readonly<Record<string, DurationUnit>> = {
  semaine: 'weeks',
  semaines: 'weeks',
  sem: 'weeks',
  s: 'weeks',
  jour: 'days',
  jours: 'days',
  j: 'days',
};
const LINKING_WORDS = new Set(['de', 'la', 'le', 'du', 'a', 'au', 'et', 'jusqu', 'puis']);

export type PhaseLineReading =
  | { readonly ok: true; readonly phase: RolePhase; readonly unit: DurationUnit | null }
  | { readonly ok: true; readonly role: Role; readonly unit: null; readonly phase: null }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a line typed in the sheet: « Semaine 1 : observateur », « Semaines 2-4 : acteur »,
 * « de la semaine 2 à la semaine 4 : actrice », « Jours 1 à 3 : observateur ». A line naming
 * only a role (« acteur ») is returned as such: it covers the whole stage when it is alone.
 */
export function readPhaseLine(line: string): PhaseLineReading {
  const words = labelWords(line);
  const numbers: number[] = [];
  let unit: DurationUnit | null = null;
  let roleStart = 0;
  words.forEach((word, index) => {
    const unitOfWord = UNIT_OF_WORD[word];
    if (/^\d+$/.test(word)) {
      numbers.push(Number(word));
      roleStart = index + 1;
    } else if (unitOfWord !== undefined && roleStart === index) {
      unit ??= unitOfWord;
      roleStart = index + 1;
    } else if (LINKING_WORDS.has(word) && roleStart === index) {
      roleStart = index + 1;
    }
  });
  const role = roleOfText(words.slice(roleStart).join(' '));
  const unreadable = `La ligne « ${line.trim()} » n’est pas comprise : écrivez par exemple « Semaine 1 : observateur » ou « Semaines 2 à 4 : acteur ».`;
  if (role === null) return { ok: false, message: unreadable };
  const [from, end] = numbers;
  if (from === undefined) return { ok: true, role, unit: null, phase: null };
  const to = end ?? from;
  if (numbers.length > 2 || from < 1 || to < 1) return { ok: false, message: unreadable };
  return { ok: true, phase: { role, from, to }, unit };
}
