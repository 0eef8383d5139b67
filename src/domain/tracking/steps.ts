/**
 * Reading the Étape cell. The cell is a dropdown, but a person can paste or type anything:
 * an empty cell is a request not yet made, and free text is matched as on import.
 */
import { matchStep } from './step-matching';
import type { Step } from './vocabulary';
import { isStep } from './vocabulary';

export type StepReading = { ok: true; step: Step } | { ok: false; message: string };

export function readStep(text: string): StepReading {
  if (text.trim() === '') return { ok: true, step: 'À contacter' };
  if (isStep(text)) return { ok: true, step: text };
  const matched = matchStep(text);
  if (matched !== null) return { ok: true, step: matched };
  return {
    ok: false,
    message: `L’étape « ${text} » n’est pas reconnue : choisissez-en une dans la liste de la colonne Étape.`,
  };
}

/** The waiting steps in the order the guide walks them: an action never moves a request back. */
const PROGRESS: readonly Step[] = ['À contacter', 'Appel passé', 'Courrier envoyé', 'Relance faite'];

/** The further of two early steps (Appel passé then a letter: Courrier envoyé; a call after a letter: still Courrier envoyé). */
export function furtherStep(current: Step, reached: Step): Step {
  return PROGRESS.indexOf(reached) > PROGRESS.indexOf(current) ? reached : current;
}
