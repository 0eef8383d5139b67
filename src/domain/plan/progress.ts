/**
 * Where the plan stands: for each of the guide's five steps, complete, partial or empty, what
 * is missing, and one sentence saying what to do next.
 */
import { describeIssues, safeParseInFrench } from '../../shared/validation';
import { type Plan, PlanSchema } from './plan';
import { PLAN_STEP_KEYS, PLAN_STEPS, type PlanStep } from './vocabulary';

export type StepStatus = 'complete' | 'partial' | 'empty';

export interface StepProgress {
  readonly step: PlanStep;
  /** 1 to 5, as in the guide. */
  readonly number: number;
  readonly title: string;
  readonly status: StepStatus;
  /** What is still to answer, as short phrases (« l’objectif officiel de la PMSMP »). */
  readonly missing: readonly string[];
  /** Messages of the answers to correct in this step. */
  readonly toFix: readonly string[];
}

export interface PlanProgress {
  readonly steps: readonly StepProgress[];
  readonly complete: boolean;
  /** One sentence: the next thing to do. */
  readonly next: string;
}

interface Requirement {
  readonly missing: string;
  /** Imperative, lower case: it follows « Étape n, « titre » : ». */
  readonly todo: string;
  readonly filled: (plan: Plan) => boolean;
}

const has = (value: unknown): boolean => (Array.isArray(value) ? value.length > 0 : value !== undefined);

const need = (missing: string, todo: string, filled: (plan: Plan) => boolean): Requirement => ({
  missing,
  todo,
  filled,
});

const REQUIREMENTS: Readonly<Record<PlanStep, readonly Requirement[]>> = {
  why: [
    need(
      'au moins une raison de faire ce stage',
      'choisissez au moins une raison de faire ce stage.',
      (p) => has(p.why.reasons) || has(p.why.otherReason),
    ),
    need('l’objectif officiel de la PMSMP', 'choisissez l’objectif officiel de votre PMSMP.', (p) =>
      has(p.why.objective),
    ),
  ],
  role: [
    need(
      'votre rôle au fil du stage',
      'indiquez votre rôle pour chaque période du stage : observateur, stagiaire en apprentissage ou acteur.',
      (p) => has(p.role.phases),
    ),
  ],
  content: [
    need(
      'vos connaissances et compétences actuelles',
      'décrivez vos connaissances et compétences actuelles dans le domaine.',
      (p) => has(p.content.currentSkills),
    ),
    need('ce que le stage vous apportera', 'dites ce que ce stage vous apportera.', (p) =>
      has(p.content.expectedGains),
    ),
    need(
      'les tâches à voir, à faire ou à comprendre',
      'indiquez au moins une tâche que vous souhaitez voir, faire ou comprendre.',
      (p) => has(p.content.tasksToSee) || has(p.content.tasksToDo) || has(p.content.tasksToUnderstand),
    ),
    need(
      'le métier ou le service visé',
      'indiquez le métier ou le service visé.',
      (p) => has(p.content.targetJob) || has(p.content.romeCode),
    ),
  ],
  conditions: [
    need('la durée du stage', 'indiquez la durée du stage.', (p) => has(p.conditions.duration)),
    need(
      'le rythme (temps plein ou temps partiel)',
      'choisissez le rythme : temps plein ou temps partiel.',
      (p) => has(p.conditions.rhythm),
    ),
    need('le nombre d’heures par semaine', 'indiquez le nombre d’heures par semaine.', (p) =>
      has(p.conditions.hoursPerWeek),
    ),
    need('la date de début au plus tôt', 'indiquez à partir de quelle date vous pouvez commencer.', (p) =>
      has(p.conditions.earliestStart),
    ),
    need('la date de fin au plus tard', 'indiquez la date à laquelle le stage doit être terminé.', (p) =>
      has(p.conditions.latestEnd),
    ),
    need('le type de service visé', 'indiquez au moins un type de service à solliciter.', (p) =>
      has(p.conditions.serviceTypes),
    ),
    need('le type de collectivité', 'choisissez au moins un type de collectivité à solliciter.', (p) =>
      has(p.conditions.collectivityTypes),
    ),
    need('votre commune de résidence', 'indiquez votre commune de résidence.', (p) =>
      has(p.conditions.homeCommune),
    ),
  ],
  contact: [
    need('votre civilité', 'indiquez votre civilité.', (p) => has(p.contact.me.civility)),
    need('votre prénom', 'indiquez votre prénom.', (p) => has(p.contact.me.firstName)),
    need('votre nom', 'indiquez votre nom.', (p) => has(p.contact.me.lastName)),
    need('votre adresse', 'indiquez votre adresse.', (p) => has(p.contact.me.address)),
    need('votre code postal', 'indiquez votre code postal.', (p) => has(p.contact.me.postalCode)),
    need('votre ville', 'indiquez votre ville.', (p) => has(p.contact.me.town)),
    need('votre numéro de téléphone', 'indiquez votre numéro de téléphone.', (p) => has(p.contact.me.phone)),
    need('votre adresse de courriel', 'indiquez votre adresse de courriel.', (p) => has(p.contact.me.email)),
    need('votre âge au début du stage', 'indiquez votre âge au début du stage.', (p) =>
      has(p.contact.me.ageGroup),
    ),
    need(
      'le nom de votre représentant légal',
      'indiquez le nom de votre représentant légal, qui signera aussi la convention.',
      (p) => p.contact.me.ageGroup !== 'minor' || has(p.contact.me.legalRepresentative),
    ),
    need(
      'le nom de votre conseiller ou conseillère',
      'indiquez le nom de votre conseiller ou conseillère.',
      (p) => has(p.contact.counsellor.name),
    ),
    need(
      'l’agence ou la structure qui vous accompagne',
      'indiquez l’agence ou la structure qui vous accompagne (France Travail, Cap emploi, mission locale…).',
      (p) => has(p.contact.counsellor.agency),
    ),
    need(
      'les points à vérifier avec la collectivité',
      'choisissez les points à vérifier avec la collectivité.',
      (p) => has(p.contact.checklist),
    ),
  ],
};

/** True when anything at all was answered in `section` (the empty objects the schema adds do not count). */
function answered(section: unknown): boolean {
  if (Array.isArray(section)) return section.length > 0;
  if (section !== null && typeof section === 'object') return Object.values(section).some(answered);
  return section !== undefined;
}

/** Messages by field path for everything wrong in `plan`, empty when it is a valid draft. */
export function planIssues(plan: unknown): Readonly<Record<string, string>> {
  const parsed = safeParseInFrench(PlanSchema, plan);
  return parsed.success ? {} : describeIssues(parsed.error.issues).fields;
}

const ALL_DONE =
  'Votre plan est prêt : vous pouvez contacter les collectivités, d’abord par téléphone, en menant plusieurs demandes à la fois.';

export function planProgress(plan: Plan): PlanProgress {
  const issues = Object.entries(planIssues(plan));
  const steps = PLAN_STEP_KEYS.map((step, index): StepProgress => {
    const requirements = REQUIREMENTS[step];
    const missing = requirements.filter((r) => !r.filled(plan));
    const toFix = issues
      .filter(([path]) => path === step || path.startsWith(`${step}.`))
      .map(([, message]) => message);
    const status: StepStatus =
      missing.length === 0 && toFix.length === 0 ? 'complete' : answered(plan[step]) ? 'partial' : 'empty';
    return {
      step,
      number: index + 1,
      title: PLAN_STEPS[step],
      status,
      missing: missing.map((r) => r.missing),
      toFix,
    };
  });
  const first = steps.find((s) => s.status !== 'complete');
  return { steps, complete: first === undefined, next: first === undefined ? ALL_DONE : nextSentence(first) };
}

function nextSentence(step: StepProgress): string {
  const lead = `Étape ${step.number}, « ${PLAN_STEPS[step.step]} »`;
  if (step.toFix.length > 0)
    return `${lead} : corrigez ${step.toFix.length === 1 ? 'la réponse signalée' : 'les réponses signalées'}.`;
  const first = REQUIREMENTS[step.step].find((r) => step.missing.includes(r.missing));
  return `${lead} : ${first?.todo ?? 'complétez cette étape.'}`;
}
