/**
 * Free text to a step or a refusal reason, for imported tables and hand-typed cells
 * (« refus », « envoyé le 3/11 », « relancé », « OK », « accepté », "Sent", "Declined"…).
 * Order matters: « non accepté » is a refusal, « relance envoyée » a follow-up.
 */
import { labelWords, normaliseLabel } from './text';
import { REFUSAL_REASONS, type RefusalReason, STEPS, type Step } from './vocabulary';

interface Pattern<T> {
  readonly result: T;
  /** Word stems: one matches when a word of the text starts with it. */
  readonly stems?: readonly string[];
  /** Whole texts (normalised) that mean this and nothing else, such as "ok" or "non". */
  readonly exact?: readonly string[];
  /** Word sequences (normalised, no spaces) found anywhere in the text. */
  readonly phrases?: readonly string[];
}

const STEP_PATTERNS: readonly Pattern<Step>[] = [
  {
    result: 'Refusé',
    stems: ['refus', 'negati', 'declin', 'reject', 'defavorable'],
    exact: ['non', 'ko', 'no'],
    phrases: ['nonaccepte', 'pasaccepte', 'pasdesuite', 'pasdeplace', 'pasdestage', 'reponsenegative'],
  },
  { result: 'Abandonné', stems: ['abandon', 'annul', 'cancel', 'withdraw'] },
  {
    result: 'Stage accepté',
    stems: ['accept', 'valide', 'signe', 'convention'],
    phrases: ['stageok', 'okpourlestage'],
  },
  {
    result: 'Rencontre prévue',
    stems: ['rencontre', 'rdv', 'entretien', 'meeting', 'interview'],
    phrases: ['rendezvous'],
  },
  {
    result: 'Réponse positive',
    stems: ['positi', 'favorable', 'interess'],
    exact: ['ok', 'oui', 'yes', 'daccord', 'accord'],
  },
  { result: 'Relance faite', stems: ['relanc', 'rappel', 'followed', 'follow'] },
  {
    result: 'Courrier envoyé',
    stems: [
      'envoy',
      'courrier',
      'lettre',
      'mail',
      'courriel',
      'sent',
      'postul',
      'candidature',
      'attente',
      'pending',
      'waiting',
    ],
    phrases: ['sansreponse', 'pasdereponse'],
  },
  { result: 'Appel passé', stems: ['appel', 'telephon', 'called', 'call', 'phoned'] },
  { result: 'À contacter', stems: ['contacter', 'todo'], exact: ['afaire', 'tocontact', 'aappeler'] },
];

function matches<T>(pattern: Pattern<T>, text: string): boolean {
  const whole = normaliseLabel(text);
  if (pattern.exact?.includes(whole)) return true;
  if (pattern.phrases?.some((p) => whole.includes(p))) return true;
  const words = labelWords(text);
  return pattern.stems?.some((stem) => words.some((word) => word.startsWith(stem))) ?? false;
}

/** The step `text` most likely means, or null when nothing in it is recognised. */
export function matchStep(text: string): Step | null {
  const whole = normaliseLabel(text);
  if (whole === '') return null;
  const exact = STEPS.find((step) => normaliseLabel(step) === whole);
  if (exact) return exact;
  return STEP_PATTERNS.find((pattern) => matches(pattern, text))?.result ?? null;
}

const REASON_PATTERNS: readonly Pattern<RefusalReason>[] = [
  { result: 'Pas de tuteur disponible', stems: ['tuteur', 'tutrice', 'tutorat', 'encadr', 'disponib'] },
  // Before the period: « délais RH trop longs » is about the procedure, not the dates.
  {
    result: 'Procédure ou délais RH',
    stems: ['rh', 'procedur', 'delai', 'drh', 'administrati'],
    phrases: ['ressourceshumaines'],
  },
  { result: 'Période ou durée inadaptée', stems: ['period', 'duree', 'date', 'calendrier', 'vacances'] },
  { result: 'Service non adapté', stems: ['service', 'adapt'] },
  {
    result: 'Pas de besoin ou de projet d’accueil',
    stems: ['besoin', 'projet', 'accueil', 'budget', 'place', 'stagiaire', 'complet'],
  },
];

/** The listed refusal reason `text` most likely means, or null (the caller keeps the text in a note). */
export function matchRefusalReason(text: string): RefusalReason | null {
  const whole = normaliseLabel(text);
  if (whole === '') return null;
  const exact = REFUSAL_REASONS.find((reason) => normaliseLabel(reason) === whole);
  if (exact) return exact;
  return REASON_PATTERNS.find((pattern) => matches(pattern, text))?.result ?? null;
}
