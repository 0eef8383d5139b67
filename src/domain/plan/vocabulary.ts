/**
 * The words of the plan, as the guide and the PMSMP convention say them. The plan stores the
 * English keys; the sidebar and the « Plan de stage » sheet show the French labels, and the
 * sheet is read back by label, so changing a label here changes what a person's sheet must hold.
 */

/** Step 1 of the guide: why a practical internship. Several may be chosen. */
export const REASONS = {
  immersion: 'S’immerger dans un environnement pour en comprendre le fonctionnement',
  discoverActivity: 'Découvrir l’activité d’un service ou un métier dans son ensemble',
  practiceSkill: 'Mettre en pratique une nouvelle compétence ou connaissance',
  training: 'Se former à un aspect spécifique de son activité (logiciel…)',
  network: 'Se créer un réseau de contacts professionnels',
} as const;
export type Reason = keyof typeof REASONS;
export const REASON_KEYS = Object.keys(REASONS) as [Reason, ...Reason[]];

/** The three official objectives of a PMSMP convention: exactly one per convention. */
export const OBJECTIVES = {
  discover: 'Découvrir un métier ou un secteur d’activité',
  confirm: 'Confirmer un projet professionnel',
  recruit: 'Initier une démarche de recrutement',
} as const;
export type Objective = keyof typeof OBJECTIVES;
export const OBJECTIVE_KEYS = Object.keys(OBJECTIVES) as [Objective, ...Objective[]];

/** Step 2: the roles, each with the guide's one-line meaning. */
export const ROLES = {
  observer: { label: 'Observateur', meaning: 'regarder pour comprendre le déroulement de l’activité' },
  learner: {
    label: 'Stagiaire en apprentissage',
    meaning: 'regarder plusieurs fois, puis essayer sous contrôle',
  },
  actor: {
    label: 'Acteur',
    meaning: 'regarder en prenant des notes, puis faire sous contrôle pour gagner en autonomie',
  },
} as const;
export type Role = keyof typeof ROLES;
export const ROLE_KEYS = Object.keys(ROLES) as [Role, ...Role[]];

export const RHYTHMS = { fullTime: 'Temps plein', partTime: 'Temps partiel' } as const;
export type Rhythm = keyof typeof RHYTHMS;
export const RHYTHM_KEYS = Object.keys(RHYTHMS) as [Rhythm, ...Rhythm[]];

export const DURATION_UNITS = ['weeks', 'days'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/**
 * Age at the start of the stage, rather than a birth date: it is all the PMSMP rules need
 * (16 at least, a legal representative under 18), and the workbook is shared.
 */
export const AGE_GROUPS = {
  under16: 'Moins de 16 ans',
  minor: '16 ou 17 ans',
  adult: '18 ans ou plus',
} as const;
export type AgeGroup = keyof typeof AGE_GROUPS;
export const AGE_GROUP_KEYS = Object.keys(AGE_GROUPS) as [AgeGroup, ...AgeGroup[]];

/** Jobs often hosted by collectivités, ROME v3 code → label as product.md words it. */
export const ROME_JOBS = {
  M1602: 'Opérations administratives',
  M1607: 'Secrétariat',
  M1601: 'Accueil et renseignements',
  M1501: 'Assistanat RH',
  K1404: 'Mise en œuvre des politiques publiques (secrétaire général de mairie)',
  K1707: 'Surveillance municipale',
  A1203: 'Espaces verts',
  K2303: 'Nettoyage des espaces urbains',
  I1203: 'Maintenance des bâtiments',
  G1602: 'Restauration collective',
  K1303: 'Assistance auprès d’enfants',
  K1206: 'Animation socioculturelle',
  K1601: 'Documentation',
  K1602: 'Patrimoine culturel',
} as const;
export type RomeCode = keyof typeof ROME_JOBS;
export const ROME_CODES = Object.keys(ROME_JOBS) as [RomeCode, ...RomeCode[]];

/** Suggestions for step 5's « éléments logistiques à vérifier »; the person may add others. */
export const CHECKLIST_SUGGESTIONS = [
  'Les jours et horaires de présence',
  'Le nom et la disponibilité du tuteur ou de la tutrice',
  'L’accès à un poste de travail ou à un ordinateur',
  'Les aménagements dont j’ai besoin',
  'Le trajet et les transports possibles',
  'La tenue ou les équipements de protection',
  'Les repas sur place',
] as const;

/** The five steps the plan covers (the sixth, contacting, is the tracking table). */
export const PLAN_STEPS = {
  why: 'Pourquoi un stage ?',
  role: 'Mon rôle',
  content: 'Contenu du stage',
  conditions: 'Conditions idéales d’accueil',
  contact: 'Préparer la prise de contact',
} as const;
export type PlanStep = keyof typeof PLAN_STEPS;
export const PLAN_STEP_KEYS = Object.keys(PLAN_STEPS) as PlanStep[];
