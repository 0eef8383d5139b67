/**
 * The plan as the form holds it: every answer as typed (text, even numbers and dates), so that
 * a refused save loses nothing. `planInput` turns it into what the server checks; a number
 * that is not one is sent as typed, so that the server answers with its French message
 * instead of the value silently disappearing.
 */
import type { Plan, PlanInput } from '../../domain/plan';

export interface PhaseDraft {
  role: string;
  from: string;
  to: string;
}

export interface Draft {
  reasons: string[];
  otherReason: string;
  objective: string;
  phases: PhaseDraft[];
  currentSkills: string;
  expectedGains: string;
  tasksToSee: string;
  tasksToDo: string;
  tasksToUnderstand: string;
  targetJob: string;
  romeCode: string;
  durationAmount: string;
  durationUnit: string;
  rhythm: string;
  hoursPerWeek: string;
  schedule: string;
  earliestStart: string;
  latestEnd: string;
  serviceTypes: string;
  collectivityTypes: string[];
  homeCommune: string;
  computer: string;
  tutorAvailability: string;
  accommodations: string;
  transport: string;
  civility: string;
  firstName: string;
  lastName: string;
  address: string;
  postalCode: string;
  town: string;
  phone: string;
  email: string;
  ageGroup: string;
  legalRepresentative: string;
  counsellorName: string;
  counsellorEmail: string;
  counsellorAgency: string;
  pitch: string;
  checklist: string[];
  otherChecks: string;
}

export type TextKey = { [K in keyof Draft]: Draft[K] extends string ? K : never }[keyof Draft];

/** The server's path of each field of the form (its messages come back by path). */
export const PATHS: Readonly<Record<keyof Draft, string>> = {
  reasons: 'why.reasons',
  otherReason: 'why.otherReason',
  objective: 'why.objective',
  phases: 'role.phases',
  currentSkills: 'content.currentSkills',
  expectedGains: 'content.expectedGains',
  tasksToSee: 'content.tasksToSee',
  tasksToDo: 'content.tasksToDo',
  tasksToUnderstand: 'content.tasksToUnderstand',
  targetJob: 'content.targetJob',
  romeCode: 'content.romeCode',
  durationAmount: 'conditions.duration',
  durationUnit: 'conditions.duration.unit',
  rhythm: 'conditions.rhythm',
  hoursPerWeek: 'conditions.hoursPerWeek',
  schedule: 'conditions.schedule',
  earliestStart: 'conditions.earliestStart',
  latestEnd: 'conditions.latestEnd',
  serviceTypes: 'conditions.serviceTypes',
  collectivityTypes: 'conditions.collectivityTypes',
  homeCommune: 'conditions.homeCommune',
  computer: 'conditions.logistics.computer',
  tutorAvailability: 'conditions.logistics.tutorAvailability',
  accommodations: 'conditions.logistics.accommodations',
  transport: 'conditions.logistics.transport',
  civility: 'contact.me.civility',
  firstName: 'contact.me.firstName',
  lastName: 'contact.me.lastName',
  address: 'contact.me.address',
  postalCode: 'contact.me.postalCode',
  town: 'contact.me.town',
  phone: 'contact.me.phone',
  email: 'contact.me.email',
  ageGroup: 'contact.me.ageGroup',
  legalRepresentative: 'contact.me.legalRepresentative',
  counsellorName: 'contact.counsellor.name',
  counsellorEmail: 'contact.counsellor.email',
  counsellorAgency: 'contact.counsellor.agency',
  pitch: 'contact.pitch',
  checklist: 'contact.checklist',
  // Sent within contact.checklist: an over-long item comes back as contact.checklist.<n>.
  otherChecks: 'contact.otherChecks',
};

const lines = (items: readonly string[] | undefined): string => (items ?? []).join('\n');
const split = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
const str = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

/** « 17,5 » is a number too; anything else is sent as typed for the server to refuse in French. */
function numberOrText(typed: string): number | string {
  const trimmed = typed.trim().replace(',', '.');
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : typed;
}

/**
 * The suggestion an item of the checklist is, if any: the same words, or those an earlier version
 * wrote with a straight apostrophe (« L'accès à un poste… »).
 */
function suggestionOf(item: string, suggestions: readonly string[]): string | undefined {
  return suggestions.find((suggestion) => suggestion === item || suggestion === item.replace(/'/g, '’'));
}

export function draftFromPlan(plan: Plan, pitch: string, suggestions: readonly string[]): Draft {
  const { why, role, content, conditions, contact } = plan;
  const checklist = contact.checklist ?? [];
  const suggested = checklist.map((item) => suggestionOf(item, suggestions));
  return {
    reasons: [...(why.reasons ?? [])],
    otherReason: str(why.otherReason),
    objective: str(why.objective),
    phases: (role.phases ?? []).map((p) => ({ role: p.role, from: String(p.from), to: String(p.to) })),
    currentSkills: str(content.currentSkills),
    expectedGains: str(content.expectedGains),
    tasksToSee: lines(content.tasksToSee),
    tasksToDo: lines(content.tasksToDo),
    tasksToUnderstand: lines(content.tasksToUnderstand),
    targetJob: str(content.targetJob),
    romeCode: str(content.romeCode),
    durationAmount: str(conditions.duration?.amount),
    durationUnit: conditions.duration?.unit ?? 'weeks',
    rhythm: str(conditions.rhythm),
    hoursPerWeek: str(conditions.hoursPerWeek),
    schedule: str(conditions.schedule),
    earliestStart: str(conditions.earliestStart),
    latestEnd: str(conditions.latestEnd),
    serviceTypes: lines(conditions.serviceTypes),
    collectivityTypes: [...(conditions.collectivityTypes ?? [])],
    homeCommune: str(conditions.homeCommune),
    computer: conditions.logistics.computer === undefined ? '' : conditions.logistics.computer ? 'yes' : 'no',
    tutorAvailability: str(conditions.logistics.tutorAvailability),
    accommodations: str(conditions.logistics.accommodations),
    transport: str(conditions.logistics.transport),
    civility: str(contact.me.civility),
    firstName: str(contact.me.firstName),
    lastName: str(contact.me.lastName),
    address: str(contact.me.address),
    postalCode: str(contact.me.postalCode),
    town: str(contact.me.town),
    phone: str(contact.me.phone),
    email: str(contact.me.email),
    ageGroup: str(contact.me.ageGroup),
    legalRepresentative: str(contact.me.legalRepresentative),
    counsellorName: str(contact.counsellor.name),
    counsellorEmail: str(contact.counsellor.email),
    counsellorAgency: str(contact.counsellor.agency),
    pitch,
    checklist: [...new Set(suggested.filter((item) => item !== undefined))],
    otherChecks: lines(checklist.filter((_, index) => suggested[index] === undefined)),
  };
}

/** What the server checks. Empty answers are sent empty: the schema drops them. */
export function planInput(d: Draft): PlanInput {
  const computer = d.computer === '' ? undefined : d.computer === 'yes';
  return {
    why: { reasons: d.reasons, otherReason: d.otherReason, objective: d.objective },
    role: {
      phases: d.phases
        .filter((p) => p.role !== '' || p.from.trim() !== '' || p.to.trim() !== '')
        .map((p) => ({ role: p.role, from: numberOrText(p.from), to: numberOrText(p.to) })),
    },
    content: {
      currentSkills: d.currentSkills,
      expectedGains: d.expectedGains,
      tasksToSee: split(d.tasksToSee),
      tasksToDo: split(d.tasksToDo),
      tasksToUnderstand: split(d.tasksToUnderstand),
      targetJob: d.targetJob,
      romeCode: d.romeCode,
    },
    conditions: {
      duration:
        d.durationAmount.trim() === ''
          ? undefined
          : { amount: numberOrText(d.durationAmount), unit: d.durationUnit },
      rhythm: d.rhythm,
      hoursPerWeek: numberOrText(d.hoursPerWeek),
      schedule: d.schedule,
      earliestStart: d.earliestStart,
      latestEnd: d.latestEnd,
      serviceTypes: split(d.serviceTypes),
      collectivityTypes: d.collectivityTypes,
      homeCommune: d.homeCommune,
      logistics: {
        computer,
        tutorAvailability: d.tutorAvailability,
        accommodations: d.accommodations,
        transport: d.transport,
      },
    },
    contact: {
      me: {
        civility: d.civility,
        firstName: d.firstName,
        lastName: d.lastName,
        address: d.address,
        postalCode: d.postalCode,
        town: d.town,
        phone: d.phone,
        email: d.email,
        ageGroup: d.ageGroup,
        legalRepresentative: d.legalRepresentative,
      },
      counsellor: { name: d.counsellorName, email: d.counsellorEmail, agency: d.counsellorAgency },
      pitch: d.pitch,
      checklist: [...d.checklist, ...split(d.otherChecks)],
    },
  } as unknown as PlanInput;
}

/** Working days in a week of stage, to turn « semaine 2 » into « jours 6 à 10 » and back. */
const DAYS_PER_WEEK = 5;

/**
 * The role periods counted in the other unit when the duration's unit changes, so that
 * « semaines 2 à 4 » becomes « jours 6 à 20 », never « journées 2 à 4 ». A bound that is not a
 * whole number is left as typed.
 */
export function phasesInUnit(phases: readonly PhaseDraft[], from: string, to: string): PhaseDraft[] {
  if (from === to) return [...phases];
  const convert = (text: string, end: boolean): string => {
    const n = Number(text.trim());
    if (text.trim() === '' || !Number.isInteger(n) || n < 1) return text;
    if (to === 'days') return String(end ? n * DAYS_PER_WEEK : (n - 1) * DAYS_PER_WEEK + 1);
    return String(Math.ceil(n / DAYS_PER_WEEK));
  };
  return phases.map((p) => ({ ...p, from: convert(p.from, false), to: convert(p.to, true) }));
}
