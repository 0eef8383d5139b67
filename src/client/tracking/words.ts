/** The tracking section's words (French), in one place. */
import type { ActionKind } from '../../domain/tracking/transitions';

export const ACTION_LABELS: Readonly<Record<ActionKind, string>> = {
  call: 'Appel',
  letter: 'Courrier',
  email: 'Courriel',
  followUp: 'Relance',
  meeting: 'Rencontre',
  positiveAnswer: 'Réponse positive',
  negativeAnswer: 'Réponse négative (refus)',
  accept: 'Stage accepté',
  abandon: 'Abandon de la demande',
  note: 'Note',
};

/** The action in a sentence (« Noté pour D-003 : refus. »). */
export const DONE_WORDS: Readonly<Record<ActionKind, string>> = {
  call: 'appel',
  letter: 'courrier',
  email: 'courriel',
  followUp: 'relance',
  meeting: 'rencontre',
  positiveAnswer: 'réponse positive',
  negativeAnswer: 'refus',
  accept: 'stage accepté',
  abandon: 'abandon de la demande',
  note: 'note',
};

export const ACTION_ORDER = Object.keys(ACTION_LABELS) as ActionKind[];

/** « Ne pas reprendre » would lose data: a column without a destination goes to Notes. */
export const KEEP_IN_NOTES = 'Garder dans les notes';

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}
