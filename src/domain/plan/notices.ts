/**
 * Advice that does not stop a save: the plan is allowed, but the person should know.
 */
import type { Plan } from './plan';

export interface Notice {
  /** Field path the advice is about (`conditions.hoursPerWeek`). */
  readonly path: string;
  readonly message: string;
}

/** The legal weekly length in the civil service: beyond it, the hours are unusual for a host. */
export const USUAL_HOURS_PER_WEEK = 35;

export function planNotices(plan: Plan): Notice[] {
  const notices: Notice[] = [];
  const hours = plan.conditions.hoursPerWeek;
  if (hours !== undefined && hours > USUAL_HOURS_PER_WEEK && hours <= 48) {
    notices.push({
      path: 'conditions.hoursPerWeek',
      message: `Au-delà de ${USUAL_HOURS_PER_WEEK} heures par semaine, vérifiez que ces horaires sont bien ceux du service qui vous accueillera : pendant une PMSMP, vous suivez ses horaires.`,
    });
  }
  if (plan.contact.me.ageGroup === 'minor') {
    const minor =
      plan.contact.me.civility === 'Madame'
        ? 'mineure'
        : plan.contact.me.civility === 'Monsieur'
          ? 'mineur'
          : 'mineur ou mineure';
    notices.push({
      path: 'contact.me.legalRepresentative',
      message: `Comme vous êtes ${minor}, votre représentant légal devra aussi signer la convention : indiquez son nom.`,
    });
  }
  return notices;
}
