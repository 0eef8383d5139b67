/**
 * The stage plan, section by section as the guide walks it, and its draft schema: every
 * field may be missing (a draft is saved as it is), what is filled must be well-formed, and
 * the PMSMP rules that tie fields together are checked as soon as their fields are there.
 * Plain JSON only (dates as « yyyy-mm-dd »): the plan crosses google.script.run.
 */
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { CIVILITIES, COLLECTIVITY_TYPES } from '../tracking/vocabulary';
import { dropBlanks, email, isoDay, phone, postalCode, TEXT_LIMITS, text, textList, unique } from './fields';
import { conditionIssues, minorIssues, roleIssues } from './rules';
import {
  AGE_GROUP_KEYS,
  DURATION_UNITS,
  OBJECTIVE_KEYS,
  REASON_KEYS,
  RHYTHM_KEYS,
  ROLE_KEYS,
  ROME_CODES,
} from './vocabulary';

const { short, medium, long, pitch } = TEXT_LIMITS;

export const HOURS_PER_WEEK_MAX = 48;
export const UNDER_16_MESSAGE =
  'Une PMSMP n’est possible qu’à partir de 16 ans : parlez-en à votre conseiller ou conseillère, qui vous proposera une autre solution.';

const wholeNumber = (message: string) => z.int({ error: message }).check(z.gte(1, { error: message }));

const choice = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { error: message });

const WhySchema = lazy(() =>
  z.object({
    reasons: z.optional(
      z.pipe(
        z.array(choice(REASON_KEYS, 'Choisissez une raison dans la liste du guide.')),
        z.transform(unique),
      ),
    ),
    otherReason: z.optional(text(long)),
    objective: z.optional(
      choice(OBJECTIVE_KEYS, 'Choisissez l’un des trois objectifs officiels de la PMSMP.'),
    ),
  }),
);

const PhaseSchema = lazy(() =>
  z.object({
    role: choice(ROLE_KEYS, 'Choisissez un rôle : observateur, stagiaire en apprentissage ou acteur.'),
    from: wholeNumber('Indiquez un numéro de semaine ou de jour : 1, 2, 3…'),
    to: wholeNumber('Indiquez un numéro de semaine ou de jour : 1, 2, 3…'),
  }),
);

const RoleSchema = lazy(() =>
  z.object({
    phases: z.optional(
      z
        .array(PhaseSchema)
        .check(z.maxLength(12, { error: 'Indiquez au plus 12 périodes : regroupez-en certaines.' })),
    ),
  }),
);

const ContentSchema = lazy(() =>
  z.object({
    currentSkills: z.optional(text(long)),
    expectedGains: z.optional(text(long)),
    tasksToSee: z.optional(textList()),
    tasksToDo: z.optional(textList()),
    tasksToUnderstand: z.optional(textList()),
    targetJob: z.optional(text(medium)),
    romeCode: z.optional(choice(ROME_CODES, 'Choisissez un code ROME dans la liste, par exemple M1601.')),
  }),
);

const DurationSchema = lazy(() =>
  z.object({
    amount: wholeNumber('Indiquez la durée en nombre entier de semaines ou de jours, par exemple 4.'),
    unit: choice(DURATION_UNITS, 'Précisez si la durée est en semaines ou en jours.'),
  }),
);

const HOURS_MESSAGE = 'Indiquez un nombre d’heures par semaine, par exemple 35.';

const LogisticsSchema = lazy(() =>
  z.object({
    computer: z.optional(z.boolean({ error: 'Répondez par oui ou par non.' })),
    tutorAvailability: z.optional(text(medium)),
    accommodations: z.optional(text(long)),
    transport: z.optional(text(medium)),
  }),
);

const ConditionsSchema = lazy(() =>
  z
    .object({
      duration: z.optional(DurationSchema),
      rhythm: z.optional(choice(RHYTHM_KEYS, 'Choisissez temps plein ou temps partiel.')),
      hoursPerWeek: z.optional(
        z.number({ error: HOURS_MESSAGE }).check(
          z.gt(0, { error: HOURS_MESSAGE }),
          z.lte(HOURS_PER_WEEK_MAX, {
            error: `Une PMSMP ne peut pas dépasser ${HOURS_PER_WEEK_MAX} heures par semaine : indiquez ${HOURS_PER_WEEK_MAX} heures au plus.`,
          }),
        ),
      ),
      schedule: z.optional(text(medium)),
      earliestStart: z.optional(isoDay()),
      latestEnd: z.optional(isoDay()),
      serviceTypes: z.optional(textList()),
      collectivityTypes: z.optional(
        z.pipe(
          z.array(choice(COLLECTIVITY_TYPES, `Choisissez parmi : ${COLLECTIVITY_TYPES.join(', ')}.`)),
          z.transform(unique),
        ),
      ),
      homeCommune: z.optional(text(short)),
      logistics: z.prefault(LogisticsSchema, {}),
    })
    .check(z.superRefine((conditions, context) => addIssues(context, conditionIssues(conditions)))),
);

const PersonSchema = lazy(() =>
  z.object({
    civility: z.optional(choice(CIVILITIES, 'Choisissez Madame ou Monsieur.')),
    firstName: z.optional(text(short)),
    lastName: z.optional(text(short)),
    address: z.optional(text(medium)),
    postalCode: z.optional(postalCode()),
    town: z.optional(text(short)),
    phone: z.optional(phone()),
    email: z.optional(email()),
    ageGroup: z.optional(
      choice(AGE_GROUP_KEYS, 'Indiquez votre âge au début du stage.').check(
        z.refine((age) => age !== 'under16', { error: UNDER_16_MESSAGE }),
      ),
    ),
    /** Name of the parent or guardian who signs the convention with a minor. */
    legalRepresentative: z.optional(text(medium)),
  }),
);

const CounsellorSchema = lazy(() =>
  z.object({
    name: z.optional(text(short)),
    email: z.optional(email()),
    agency: z.optional(text(medium)),
  }),
);

const ContactSchema = lazy(() =>
  z.object({
    me: z.prefault(PersonSchema, {}),
    counsellor: z.prefault(CounsellorSchema, {}),
    /** The presentation as the person edited it; absent, the sidebar proposes buildPitch(plan). */
    pitch: z.optional(text(pitch)),
    checklist: z.optional(textList()),
  }),
);

const PlanShape = lazy(() =>
  z
    .object({
      why: z.prefault(WhySchema, {}),
      role: z.prefault(RoleSchema, {}),
      content: z.prefault(ContentSchema, {}),
      conditions: z.prefault(ConditionsSchema, {}),
      contact: z.prefault(ContactSchema, {}),
    })
    .check(z.superRefine((plan, context) => addIssues(context, [...roleIssues(plan), ...minorIssues(plan)]))),
);

/**
 * The draft schema: what every save is checked with, whatever the sidebar or the sheet sent.
 * Empty answers ('' or blanks, null, NaN) are dropped first, so `{}` is a valid empty plan.
 */
export const PlanSchema = lazy(() => z.pipe(z.transform(dropBlanks), PlanShape));

/** A plan as checked: every section present, every answer optional. */
export type Plan = z.output<typeof PlanShape>;
/** What may be sent to be checked (the sidebar's form state). */
export type PlanInput = z.input<typeof PlanShape>;
export type Why = Plan['why'];
export type RoleSection = Plan['role'];
export type Content = Plan['content'];
export type Conditions = Plan['conditions'];
export type Contact = Plan['contact'];
export type Person = Contact['me'];

/** The empty plan, every section present. */
export const emptyPlan = (): Plan => z.parse(PlanShape, {});

interface RuleIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

function addIssues(context: z.core.$RefinementCtx, issues: readonly RuleIssue[]): void {
  for (const issue of issues) {
    context.addIssue({ code: 'custom', path: [...issue.path], message: issue.message, input: undefined });
  }
}
