/**
 * The questions of the « Plan de stage » sheet, in the order they are written: one row per
 * question, the French label in column A, the answer in column B, a hint in column C. The key
 * is the question's identity (the adapter stores it as developer metadata on the row) and the
 * path of the answer in the plan, so a validation message on `conditions.hoursPerWeek` belongs
 * to the row of that key.
 */
import { lazy } from '../lazy';
import { DATE_FORMAT } from '../tracking/columns';
import { cellText, normaliseLabel, TEXT_FORMAT } from '../tracking/text';
import { CIVILITIES, COLLECTIVITY_TYPES } from '../tracking/vocabulary';
import {
  booleanCell,
  type CellReading,
  type CellValue,
  dayCell,
  EMPTY,
  keyOfLabel,
  listCell,
  read,
  readBoolean,
  readDay,
  readList,
  readNumber,
  readText,
  splitList,
  textCell,
  unreadable,
} from './cell-values';
import { type Duration, durationText, parseDuration } from './duration';
import type { Plan } from './plan';
import { phaseLine, type RolePhase, readPhaseLine } from './role-phases';
import { phaseUnit } from './rules';
import {
  AGE_GROUPS,
  OBJECTIVES,
  PLAN_STEP_KEYS,
  PLAN_STEPS,
  type PlanStep,
  REASONS,
  type Reason,
  RHYTHMS,
  ROME_CODES,
  ROME_JOBS,
  type RomeCode,
} from './vocabulary';

export interface Question {
  /** Stable identity and path of the answer in the plan (`conditions.hoursPerWeek`). */
  readonly key: string;
  readonly section: PlanStep;
  readonly label: string;
  /** Column C: how to answer when typing in the sheet. */
  readonly hint: string;
  /** Other labels a person may have typed in column A for the same question. */
  readonly aliases: readonly string[];
  /** Number format of the answer cell: text keeps « 0612… » and « 01000 » as typed. */
  readonly numberFormat: string | null;
  readonly write: (plan: Plan, timeZone: string) => CellValue;
  /** `plan` is what was read so far (the phases need the duration, read before them). */
  readonly read: (value: unknown, timeZone: string, plan: Plan) => CellReading<unknown>;
}

type Spec = Omit<Question, 'aliases' | 'numberFormat' | 'hint'> &
  Partial<Pick<Question, 'aliases' | 'numberFormat' | 'hint'>>;

const question = (spec: Spec): Question => ({ aliases: [], numberFormat: TEXT_FORMAT, hint: '', ...spec });

/** The answer at `path` in `plan` (« contact.me.email »). */
export function answerAt(plan: unknown, path: string): unknown {
  let value: unknown = plan;
  for (const part of path.split('.')) {
    value =
      value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

const text = (key: string, section: PlanStep, label: string, extra: Partial<Spec> = {}): Question =>
  question({
    key,
    section,
    label,
    write: (plan) => textCell(answerAt(plan, key) as string | undefined),
    read: (value, timeZone) => readText(value, timeZone),
    ...extra,
  });

const list = (key: string, section: PlanStep, label: string, extra: Partial<Spec> = {}): Question =>
  question({
    key,
    section,
    label,
    hint: 'Un élément par ligne (ou séparés par « ; »).',
    write: (plan) => listCell(answerAt(plan, key) as string[] | undefined),
    read: (value) => readList(value),
    ...extra,
  });

const day = (key: string, section: PlanStep, label: string, hint: string): Question =>
  question({
    key,
    section,
    label,
    hint,
    numberFormat: DATE_FORMAT,
    write: (plan, timeZone) => dayCell(answerAt(plan, key) as string | undefined, timeZone),
    read: (value, timeZone) => readDay(value, timeZone),
  });

function choice<K extends string>(
  key: string,
  section: PlanStep,
  label: string,
  labels: Readonly<Record<K, string>>,
  extra: Partial<Spec> = {},
): Question {
  const names = Object.values<string>(labels);
  return question({
    key,
    section,
    label,
    hint: `Au choix : ${names.join(' ; ')}.`,
    write: (plan) => {
      const chosen = answerAt(plan, key) as K | undefined;
      return chosen === undefined ? '' : textCell(labels[chosen]);
    },
    read: (value) => {
      const typed = cellText(value);
      if (typed === '') return EMPTY;
      const found = keyOfLabel(labels, typed);
      return found === undefined
        ? unreadable(`« ${typed} » ne fait pas partie des choix : ${names.join(' ; ')}.`)
        : read(found);
    },
    ...extra,
  });
}

const asRecord = <T extends string>(values: readonly T[]): Record<T, T> =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

// Words people use for each type of collectivité (plural and common names included).
const COLLECTIVITY_WORDS: Readonly<Record<string, (typeof COLLECTIVITY_TYPES)[number]>> = {
  commune: 'Commune',
  communes: 'Commune',
  mairie: 'Commune',
  mairies: 'Commune',
  intercommunalite: 'Intercommunalité',
  intercommunalites: 'Intercommunalité',
  epci: 'Intercommunalité',
  communautedecommunes: 'Intercommunalité',
  communautedagglomeration: 'Intercommunalité',
  metropole: 'Intercommunalité',
  departement: 'Département',
  departements: 'Département',
  conseildepartemental: 'Département',
  region: 'Région',
  regions: 'Région',
  conseilregional: 'Région',
  autreorganismepublic: 'Autre organisme public',
  autresorganismespublics: 'Autre organisme public',
};

function readCollectivityTypes(value: unknown): CellReading<string[]> {
  const items = splitList(cellText(value));
  const types = items.map((item) => COLLECTIVITY_WORDS[normaliseLabel(item)]);
  const unknown = items.filter((_, index) => types[index] === undefined);
  const known = types.filter((type) => type !== undefined);
  const message =
    unknown.length === 0
      ? undefined
      : `« ${unknown.join(' », « ')} » : choisissez parmi ${COLLECTIVITY_TYPES.join(', ')}.`;
  return read(known.length === 0 ? undefined : [...new Set(known)], message);
}

/** Recognised reasons; a line that is not one of the guide's goes to « Autre raison », never lost. */
function readReasons(value: unknown, plan: Plan): CellReading<Reason[]> {
  const reasons: Reason[] = [];
  const others: string[] = [];
  for (const item of splitList(cellText(value))) {
    const reason = keyOfLabel(REASONS, item);
    if (reason === undefined) others.push(item);
    else if (!reasons.includes(reason)) reasons.push(reason);
  }
  if (others.length > 0) {
    const why = plan.why as { otherReason?: string };
    why.otherReason = [why.otherReason, ...others].filter((part) => part !== undefined).join(' ; ');
  }
  return read(reasons.length === 0 ? undefined : reasons);
}

function readDuration(value: unknown): CellReading<Duration> {
  const typed = cellText(value);
  if (typed === '') return EMPTY;
  return read(
    parseDuration(typed) ?? undefined,
    parseDuration(typed) === null
      ? 'Écrivez la durée avec son unité, par exemple « 4 semaines » ou « 10 jours ».'
      : undefined,
  );
}

function readPhases(value: unknown, plan: Plan): CellReading<RolePhase[]> {
  const unit = phaseUnit(plan);
  const phases: RolePhase[] = [];
  const messages: string[] = [];
  const lines = splitList(cellText(value));
  for (const line of lines) {
    const reading = readPhaseLine(line);
    if (!reading.ok) {
      messages.push(reading.message);
    } else if (reading.phase === null) {
      const total = plan.conditions.duration?.amount;
      if (lines.length === 1 && total !== undefined) phases.push({ role: reading.role, from: 1, to: total });
      else
        messages.push(
          `Précisez la période de la ligne « ${line} », par exemple « Semaine 1 : observateur ».`,
        );
    } else if (reading.unit !== null && reading.unit !== unit) {
      const [wrong, right] = unit === 'weeks' ? ['jours', 'semaines'] : ['semaines', 'jours'];
      messages.push(
        `La ligne « ${line} » compte en ${wrong}, alors que la durée du stage est en ${right} : écrivez les périodes en ${right}.`,
      );
    } else {
      phases.push(reading.phase);
    }
  }
  return read(
    phases.length === 0 ? undefined : phases,
    messages.length === 0 ? undefined : messages.join(' '),
  );
}

function readRome(value: unknown): CellReading<RomeCode> {
  const typed = cellText(value);
  if (typed === '') return EMPTY;
  const code = /\b([a-z]\d{4})\b/i.exec(typed)?.[1]?.toUpperCase();
  const found = ROME_CODES.find((known) => known === code) ?? keyOfLabel(ROME_JOBS, typed);
  return found === undefined
    ? unreadable(
        `Le code ROME « ${typed} » n’est pas dans la liste proposée : choisissez-en un, par exemple M1601.`,
      )
    : read(found);
}

/** Postal codes and phones typed without the text format lose their leading zero: put it back. */
function readDigits(length: number) {
  return (value: unknown): CellReading<string> =>
    typeof value === 'number' && Number.isInteger(value) && String(value).length === length - 1
      ? read(`0${value}`)
      : readText(value);
}

/**
 * Every question of the plan, in the sheet's order. Built at first use (src/domain/lazy.ts):
 * Code.js is evaluated by every execution, and most (each onEdit, the tracking table's calls)
 * never read the plan.
 */
export const QUESTIONS: readonly Question[] = lazy(() => [
  list('why.reasons', 'why', 'Pourquoi je veux faire un stage', {
    hint: `Une raison par ligne, parmi : ${Object.values(REASONS).join(' ; ')}.`,
    write: (plan) => listCell(plan.why.reasons?.map((reason) => REASONS[reason])),
    read: (value, _zone, plan) => readReasons(value, plan),
    aliases: ['Mes raisons', 'Raisons'],
  }),
  text('why.otherReason', 'why', 'Autre raison'),
  choice('why.objective', 'why', 'Objectif de la PMSMP', OBJECTIVES, {
    hint: `Un seul objectif, parmi : ${Object.values(OBJECTIVES).join(' ; ')}.`,
    aliases: ['Objectif'],
  }),
  question({
    key: 'role.phases',
    section: 'role',
    label: 'Mon rôle au fil du stage',
    hint: 'Une ligne par période, par exemple « Semaine 1 : observateur » puis « Semaines 2 à 4 : acteur ». Rôles : observateur, stagiaire en apprentissage, acteur.',
    aliases: ['Rôle', 'Mon rôle pendant le stage'],
    write: (plan) =>
      listCell(plan.role.phases?.map((phase) => phaseLine(phase, phaseUnit(plan), plan.contact.me.civility))),
    read: (value, _zone, plan) => readPhases(value, plan),
  }),
  text('content.currentSkills', 'content', 'Mes connaissances et compétences actuelles dans le domaine'),
  text('content.expectedGains', 'content', 'Ce que ce stage m’apportera'),
  list('content.tasksToSee', 'content', 'Les tâches et activités que je souhaite voir'),
  list('content.tasksToDo', 'content', 'Les tâches et activités que je souhaite faire'),
  list('content.tasksToUnderstand', 'content', 'Ce que je souhaite comprendre'),
  text('content.targetJob', 'content', 'Métier ou service visé', {
    aliases: ['Métier visé', 'Service visé'],
  }),
  question({
    key: 'content.romeCode',
    section: 'content',
    label: 'Code ROME du métier (facultatif)',
    hint: `Par exemple : ${ROME_CODES.slice(0, 3)
      .map((code) => `${code} ${ROME_JOBS[code].toLowerCase()}`)
      .join(' ; ')}.`,
    aliases: ['Code ROME'],
    write: (plan) => {
      const code = plan.content.romeCode;
      return code === undefined ? '' : `${code} – ${ROME_JOBS[code]}`;
    },
    read: (value) => readRome(value),
  }),
  question({
    key: 'conditions.duration',
    section: 'conditions',
    label: 'Durée du stage',
    hint: 'Par exemple « 4 semaines » ou « 10 jours » : une PMSMP dure au plus un mois.',
    aliases: ['Durée'],
    write: (plan) => (plan.conditions.duration === undefined ? '' : durationText(plan.conditions.duration)),
    read: (value) => readDuration(value),
  }),
  choice('conditions.rhythm', 'conditions', 'Rythme', RHYTHMS),
  question({
    key: 'conditions.hoursPerWeek',
    section: 'conditions',
    label: 'Heures par semaine',
    hint: 'Au plus 48 heures, selon les horaires du service.',
    aliases: ["Nombre d'heures par semaine"],
    numberFormat: null,
    write: (plan) => plan.conditions.hoursPerWeek ?? '',
    read: (value) => readNumber(value),
  }),
  text('conditions.schedule', 'conditions', 'Jours et horaires souhaités', { aliases: ['Horaires'] }),
  day('conditions.earliestStart', 'conditions', 'Début au plus tôt', 'Date sous la forme 02/11/2026.'),
  day('conditions.latestEnd', 'conditions', 'Fin au plus tard', 'Date sous la forme 27/11/2026.'),
  list('conditions.serviceTypes', 'conditions', 'Types de service visés', { aliases: ['Type de service'] }),
  list('conditions.collectivityTypes', 'conditions', 'Types de collectivité à solliciter', {
    hint: `Une par ligne, parmi : ${COLLECTIVITY_TYPES.join(' ; ')}.`,
    aliases: ['Type de collectivité'],
    read: (value) => readCollectivityTypes(value),
  }),
  text('conditions.homeCommune', 'conditions', 'Ma commune de résidence', {
    aliases: ['Commune de résidence'],
  }),
  question({
    key: 'conditions.logistics.computer',
    section: 'conditions',
    label: 'J’ai besoin d’un ordinateur',
    hint: 'Oui ou Non.',
    aliases: ['Ordinateur'],
    write: (plan) => booleanCell(plan.conditions.logistics.computer),
    read: (value) => readBoolean(value),
  }),
  text(
    'conditions.logistics.tutorAvailability',
    'conditions',
    'Disponibilité attendue du tuteur ou de la tutrice',
  ),
  text('conditions.logistics.accommodations', 'conditions', 'Aménagements particuliers', {
    hint: 'Par exemple un aménagement du poste lié à un handicap.',
  }),
  text('conditions.logistics.transport', 'conditions', 'Transport', {
    hint: 'Mon moyen de transport et le temps de trajet maximal.',
  }),
  choice('contact.me.civility', 'contact', 'Civilité', asRecord(CIVILITIES), {
    read: (value) => {
      const typed = normaliseLabel(cellText(value));
      if (typed === '') return EMPTY;
      if (['madame', 'mme'].includes(typed)) return read('Madame');
      if (['monsieur', 'm', 'mr'].includes(typed)) return read('Monsieur');
      return unreadable('Écrivez « Madame » ou « Monsieur ».');
    },
  }),
  text('contact.me.firstName', 'contact', 'Prénom'),
  text('contact.me.lastName', 'contact', 'Nom'),
  text('contact.me.address', 'contact', 'Adresse', { hint: 'Numéro et rue.' }),
  text('contact.me.postalCode', 'contact', 'Code postal', { read: readDigits(5) }),
  text('contact.me.town', 'contact', 'Ville'),
  text('contact.me.phone', 'contact', 'Téléphone', { read: readDigits(10), aliases: ['Tél'] }),
  text('contact.me.email', 'contact', 'Courriel', {
    aliases: ['E-mail', 'Adresse e-mail', 'Adresse électronique'],
  }),
  choice('contact.me.ageGroup', 'contact', 'Mon âge au début du stage', AGE_GROUPS, { aliases: ['Âge'] }),
  text('contact.me.legalRepresentative', 'contact', 'Mon représentant légal (si je suis mineur ou mineure)', {
    hint: 'Nom et lien de parenté.',
    aliases: ['Représentant légal'],
  }),
  text('contact.counsellor.name', 'contact', 'Mon conseiller ou ma conseillère', {
    aliases: ['Conseiller', 'Conseillère'],
  }),
  text('contact.counsellor.email', 'contact', 'Courriel du conseiller ou de la conseillère', {
    aliases: ['E-mail du conseiller ou de la conseillère'],
  }),
  text('contact.counsellor.agency', 'contact', 'Agence ou structure qui m’accompagne', {
    hint: 'Par exemple France Travail Lyon Part-Dieu, Cap emploi, mission locale.',
    aliases: ['Agence'],
  }),
  text('contact.pitch', 'contact', 'Présentation de ma démarche', {
    hint: 'À lire au téléphone et à reprendre dans le courrier.',
  }),
  list('contact.checklist', 'contact', 'Points à vérifier avec la collectivité'),
]);

/** Section title rows: « 1. Pourquoi un stage ? »… */
export const SECTIONS: readonly { readonly key: string; readonly step: PlanStep; readonly title: string }[] =
  PLAN_STEP_KEYS.map((step, index) => ({
    key: `section.${step}`,
    step,
    title: `${index + 1}. ${PLAN_STEPS[step]}`,
  }));

/** The question a validation path belongs to (`role.phases.1.to` → `role.phases`), if any. */
export function questionOfPath(path: string): Question | undefined {
  return QUESTIONS.find((q) => path === q.key || path.startsWith(`${q.key}.`));
}
