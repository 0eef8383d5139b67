/**
 * The words of the tracking table, exactly as they appear in the dropdowns and in the
 * conditional-format formulas: changing one here changes what the sheet must contain.
 */

/** Étape, in the order of the guide; the last two close a request without a stage. */
export const STEPS = [
  'À contacter',
  'Appel passé',
  'Courrier envoyé',
  'Relance faite',
  'Réponse positive',
  'Rencontre prévue',
  'Stage accepté',
  'Refusé',
  'Abandonné',
] as const;

export type Step = (typeof STEPS)[number];

/** Steps where the person waits for an answer: the only ones that ever need a follow-up. */
export const WAITING_STEPS: readonly Step[] = ['Appel passé', 'Courrier envoyé', 'Relance faite'];

/** Steps after which nothing more is expected from the collectivité. */
export const CLOSED_STEPS: readonly Step[] = ['Refusé', 'Abandonné'];

export const isWaitingStep = (step: Step): boolean => WAITING_STEPS.includes(step);
export const isClosedStep = (step: Step): boolean => CLOSED_STEPS.includes(step);

/** The product's suggested refusal reasons; « Autre (préciser) » needs a detail. */
export const REFUSAL_REASONS = [
  'Pas de besoin ou de projet d’accueil',
  'Pas de tuteur disponible',
  'Période ou durée inadaptée',
  'Service non adapté',
  'Procédure ou délais RH',
  'Autre (préciser)',
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];
export const OTHER_REFUSAL_REASON: RefusalReason = 'Autre (préciser)';

/**
 * Reasons as an earlier version wrote them in the dropdown (a straight apostrophe), by today's
 * words: a workbook made then still holds them, in its cells and in its dropdown.
 */
const FORMER_REFUSAL_REASONS: Readonly<Record<string, RefusalReason>> = {
  "Pas de besoin ou de projet d'accueil": 'Pas de besoin ou de projet d’accueil',
};

/** A « Motif de refus » read back from the sheet, in today's words. */
export const refusalReasonOf = (text: string): string => FORMER_REFUSAL_REASONS[text] ?? text;

/**
 * The spelling of `reason` the cell's dropdown offers (`dropdown`: its values, as
 * getCriteriaValues gives them): a workbook made by an earlier version keeps its former one,
 * which its dropdown may require of every value written. Today's spelling otherwise.
 */
export function reasonAsDropdownSays(reason: string, dropdown: readonly unknown[]): string {
  if (dropdown.includes(reason)) return reason;
  const former = Object.keys(FORMER_REFUSAL_REASONS).find(
    (text) => FORMER_REFUSAL_REASONS[text] === reason && dropdown.includes(text),
  );
  return former ?? reason;
}

/** Whether `reason` was spelled otherwise by an earlier version (its cell's dropdown is then worth a look). */
export const hasFormerSpelling = (reason: string): boolean =>
  Object.values(FORMER_REFUSAL_REASONS).includes(reason as RefusalReason);

export const COLLECTIVITY_TYPES = [
  'Commune',
  'Intercommunalité',
  'Département',
  'Région',
  'Autre organisme public',
] as const;

export const CIVILITIES = ['Madame', 'Monsieur'] as const;
export type Civility = (typeof CIVILITIES)[number];

/**
 * The civility of the maire or the président(e) the letters are addressed to; « Inconnue »
 * records that the person was asked and does not know (the letter then opens « Madame, Monsieur »).
 */
export const HEAD_CIVILITIES = ['Madame', 'Monsieur', 'Inconnue'] as const;
export const UNKNOWN_HEAD_CIVILITY = 'Inconnue';

/** « Démarche » in the journal. */
export const JOURNAL_ACTIONS = [
  'Appel',
  'Courrier',
  'Courriel',
  'Relance',
  'Rencontre',
  'Réponse',
  'Note',
] as const;
export type JournalAction = (typeof JOURNAL_ACTIONS)[number];

/** What an earlier version wrote in the journal's « Démarche », by today's word. */
const FORMER_JOURNAL_ACTIONS: Readonly<Record<string, JournalAction>> = { 'E-mail': 'Courriel' };

/** A « Démarche » read back from the journal, in today's words (« E-mail » is a « Courriel »). */
export const journalActionOf = (text: string): string => FORMER_JOURNAL_ACTIONS[text] ?? text;

export const isStep = (text: unknown): text is Step => STEPS.includes(text as Step);
export const isRefusalReason = (text: unknown): text is RefusalReason =>
  REFUSAL_REASONS.includes(text as RefusalReason);
