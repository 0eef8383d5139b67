/**
 * The short presentation of the approach (guide, step 5): what the person says on the phone to
 * the head of a service and restates in the letter. Built from steps 1 to 4 in the first
 * person, addressing the reader as « vous »; a sentence whose answers are missing is left out
 * rather than written with a gap, so the text is always ready to read aloud.
 */

import { de, frenchDate, frenchNumber, inTown, joinWithAnd, lowerFirst, periodBetween } from '../french';
import { durationText } from './duration';
import type { Plan } from './plan';
import { phaseSpan, type RolePhase } from './role-phases';
import { phaseUnit } from './rules';
import { type Objective, type Reason, ROME_JOBS, type Role } from './vocabulary';

/** The guide's reasons, as the end of « me permettre de … ». */
const REASON_PHRASES: Readonly<Record<Reason, string>> = {
  immersion: 'm’immerger dans un environnement de travail pour en comprendre le fonctionnement',
  discoverActivity: 'découvrir l’activité d’un service ou un métier dans son ensemble',
  practiceSkill: 'mettre en pratique une nouvelle compétence',
  training: 'me former à un aspect précis du métier',
  network: 'me créer un réseau de contacts professionnels',
};

const OBJECTIVE_PHRASES: Readonly<Record<Objective, string>> = {
  discover: 'découvrir un métier ou un secteur d’activité',
  confirm: 'confirmer mon projet professionnel',
  recruit: 'initier une démarche de recrutement',
};

/** What the person will do in each role, as the guide describes it. */
const ROLE_PHRASES: Readonly<Record<Role, string>> = {
  observer: 'observer pour comprendre le déroulement de l’activité',
  learner: 'regarder plusieurs fois chaque tâche avant de l’essayer sous contrôle',
  actor: 'réaliser des tâches sous contrôle pour gagner en autonomie',
};

const MAX_SENTENCES = 6;

function introduction(plan: Plan): string {
  const { firstName, lastName, town } = plan.contact.me;
  const name = [firstName, lastName].filter((part) => part !== undefined).join(' ');
  const place = town ?? plan.conditions.homeCommune;
  const situation = 'je suis actuellement en recherche d’emploi';
  if (name !== '' && place !== undefined)
    return `Je m’appelle ${name}, j’habite ${inTown(place)} et ${situation}.`;
  if (name !== '') return `Je m’appelle ${name} et ${situation}.`;
  if (place !== undefined) return `J’habite ${inTown(place)} et ${situation}.`;
  return 'Je suis actuellement en recherche d’emploi.';
}

function request(plan: Plan): string {
  const { duration, rhythm, hoursPerWeek, earliestStart, latestEnd } = plan.conditions;
  const parts = ['Je souhaite effectuer une période de mise en situation en milieu professionnel (PMSMP)'];
  if (duration !== undefined) {
    const length = durationText(duration);
    parts[0] += length.startsWith('1 ')
      ? ` d’${duration.unit === 'weeks' ? 'une' : 'un'} ${length.slice(2)}`
      : ` de ${length}`;
  }
  const pace: string[] = [];
  if (rhythm !== undefined) pace.push(rhythm === 'fullTime' ? 'à temps plein' : 'à temps partiel');
  if (hoursPerWeek !== undefined) {
    pace.push(
      `${rhythm === undefined ? 'à raison de' : 'soit'} ${frenchNumber(hoursPerWeek)} heures par semaine`,
    );
  }
  if (pace.length > 0) parts.push(pace.join(', '));
  if (earliestStart !== undefined && latestEnd !== undefined && latestEnd >= earliestStart) {
    parts.push(periodBetween(earliestStart, latestEnd));
  } else if (earliestStart !== undefined) {
    parts.push(`à partir du ${frenchDate(earliestStart)}`);
  } else if (latestEnd !== undefined) {
    parts.push(`d’ici le ${frenchDate(latestEnd)}`);
  }
  return `${parts.join(', ')}.`;
}

function target(plan: Plan): string | null {
  const { targetJob, romeCode } = plan.content;
  const job = targetJob ?? (romeCode === undefined ? undefined : ROME_JOBS[romeCode]);
  const services = (plan.conditions.serviceTypes ?? []).map(lowerFirst);
  const where =
    services.length === 0
      ? ''
      : services.length === 1
        ? `, de préférence dans le service suivant : ${services[0]}`
        : `, de préférence dans l’un des services suivants : ${services.join(', ')}`;
  if (job !== undefined)
    return `Je m’intéresse en particulier au métier ou au service suivant : ${lowerFirst(job)}${where}.`;
  if (services.length === 0) return null;
  return services.length === 1
    ? `Je m’intéresse en particulier au service suivant : ${services[0]}.`
    : `Je m’intéresse en particulier aux services suivants : ${services.join(', ')}.`;
}

function purpose(plan: Plan): string | null {
  const { objective } = plan.why;
  const reasons = (plan.why.reasons ?? []).map((reason) => de(REASON_PHRASES[reason]));
  if (objective === undefined && reasons.length === 0) return null;
  if (objective === undefined) return `Ce stage doit notamment me permettre ${joinWithAnd(reasons)}.`;
  const aim = `Cette PMSMP a pour objectif ${de(OBJECTIVE_PHRASES[objective])}`;
  return reasons.length === 0 ? `${aim}.` : `${aim} ; elle doit aussi me permettre ${joinWithAnd(reasons)}.`;
}

function roleSentence(plan: Plan): string | null {
  const phases: readonly RolePhase[] = plan.role.phases ?? [];
  const [only] = phases;
  if (only === undefined) return tasksSentence(plan);
  if (phases.length === 1) return `Pendant tout le stage, j’aimerais ${ROLE_PHRASES[only.role]}.`;
  const unit = phaseUnit(plan);
  const steps = phases.map((phase, index) => {
    const lead = index === 0 ? 'd’abord ' : index === phases.length - 1 ? 'enfin ' : 'puis ';
    return `${lead}${ROLE_PHRASES[phase.role]} (${phaseSpan(phase.from, phase.to, unit)})`;
  });
  if (phases.length === 2) return `J’aimerais ${steps[0]}, puis ${steps[1]?.replace(/^enfin /, '')}.`;
  return `J’aimerais ${steps.join(', ')}.`;
}

function tasksSentence(plan: Plan): string | null {
  const list = (tasks: readonly string[] = []) => tasks.map(lowerFirst).join(', ');
  const { tasksToDo = [], tasksToSee = [], tasksToUnderstand = [] } = plan.content;
  if (tasksToDo.length > 0)
    return `Pendant ce stage, j’aimerais notamment participer aux tâches suivantes : ${list(tasksToDo)}.`;
  if (tasksToSee.length > 0)
    return `Pendant ce stage, j’aimerais notamment découvrir les tâches suivantes : ${list(tasksToSee)}.`;
  if (tasksToUnderstand.length > 0)
    return `Pendant ce stage, j’aimerais notamment comprendre : ${list(tasksToUnderstand)}.`;
  return null;
}

function frame(plan: Plan): string {
  const { name, agency } = plan.contact.counsellor;
  const free = 'sans aucun frais pour votre collectivité';
  if (agency !== undefined) {
    const who = name === undefined ? agency : `${name} (${agency})`;
    return `Ma démarche est accompagnée par ${who} : la convention serait signée avec cet organisme, ${free}.`;
  }
  if (name !== undefined) {
    return `Ma démarche est accompagnée par ${name} : la convention serait signée avec l’organisme qui me suit, ${free}.`;
  }
  return `La convention serait signée avec l’organisme qui m’accompagne dans ma recherche d’emploi, ${free}.`;
}

const CLOSING = 'Pourriez-vous me dire si votre service serait en mesure de m’accueillir ?';

/** The presentation, 4 to 6 sentences, never with a gap left by a missing answer. */
export function buildPitch(plan: Plan): string {
  const sentences = [
    introduction(plan),
    request(plan),
    target(plan),
    purpose(plan),
    roleSentence(plan),
    frame(plan),
  ];
  const kept = sentences.filter((sentence): sentence is string => sentence !== null);
  if (kept.length < MAX_SENTENCES) kept.push(CLOSING);
  return kept.join(' ');
}

/** The presentation to show: the person's own text once edited, else the one built from the plan. */
export const pitchOf = (plan: Plan): string => plan.contact.pitch ?? buildPitch(plan);
