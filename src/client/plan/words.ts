/** The plan form's words: steps as the guide names them, and what each step is for. */
import type { PlanStep } from '../../domain/plan/vocabulary';

export interface StepWords {
  readonly key: PlanStep;
  /** Short, for the step indicator and the heading. */
  readonly title: string;
  /** The guide's intent in one sentence. */
  readonly intent: string;
}

export const STEPS: readonly StepWords[] = [
  {
    key: 'why',
    title: 'Pourquoi',
    intent:
      'Avant tout, sachez pourquoi vous voulez faire ce stage : vos raisons guideront vos choix et convaincront la collectivité.',
  },
  {
    key: 'role',
    title: 'Mon rôle',
    intent:
      'Réfléchissez au rôle que vous souhaitez tenir : vous pouvez en occuper plusieurs, l’un après l’autre, au fil du stage.',
  },
  {
    key: 'content',
    title: 'Contenu',
    intent:
      'Définissez le contenu du stage : ce que vous savez déjà, ce que le stage vous apportera, et ce que vous voulez voir, faire et comprendre.',
  },
  {
    key: 'conditions',
    title: 'Conditions',
    intent:
      'Identifiez les conditions idéales d’accueil : durée, rythme, dates, type de service et de collectivité, logistique.',
  },
  {
    key: 'contact',
    title: 'Prise de contact',
    intent:
      'Préparez la prise de contact : vos coordonnées pour les courriers, votre présentation et les points à vérifier avec la collectivité.',
  },
];

export const STATUS_WORDS = { complete: 'complète', partial: 'commencée', empty: 'à faire' } as const;

/** The step (0 to 4) a field path belongs to, or -1. */
export const stepOfPath = (path: string): number => STEPS.findIndex((s) => path.split('.')[0] === s.key);
