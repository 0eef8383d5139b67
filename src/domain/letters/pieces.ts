/**
 * The pieces a letter needs. A letter with a gap is worse than no letter: when a piece is
 * missing, unreadable or too long for one page, nothing is drafted and one French message
 * names every piece to fill in and where.
 */
import { UserError } from '../../shared/validation';
import { asPhrase, frenchDate, parseIsoDay, squash, visibleLength } from '../french';
import { PLAN_STEP_KEYS, PLAN_STEPS, type PlanStep } from '../plan/vocabulary';
import type { LetterInput, LetterKind } from './types';

export interface Piece {
  /** Path in LetterInput (`sender.lastName`, `plan.durationWeeks`…), for the sidebar to point at. */
  readonly field: string;
  /** What to fill in, as it reads after « indiquez » (« votre nom »). */
  readonly label: string;
  /** Where (« dans le plan (étape 5 : Préparer la prise de contact) »). */
  readonly place: string;
  /** `tooLong`: the text is there but the letter would not fit on one page. */
  readonly problem: 'missing' | 'tooLong';
}

// Where the person fills each piece in: the plan's steps, titled as the sidebar and the sheet
// title them (numbered as the guide), and the tracking table.
const plan = (step: PlanStep) =>
  `dans le plan (étape ${PLAN_STEP_KEYS.indexOf(step) + 1} : ${PLAN_STEPS[step]})`;
export const PLACES = {
  why: plan('why'),
  role: plan('role'),
  content: plan('content'),
  conditions: plan('conditions'),
  contact: plan('contact'),
  row: (column: string) => `dans le suivi des demandes (colonne ${column})`,
  journal: 'dans le journal des démarches',
} as const;

/** Longest texts the one-page letter is built for (characters). */
export const MAX_LENGTHS = {
  situation: 250,
  why: 350,
  content: 250,
  targetJob: 60,
  service: 50,
  function: 50,
} as const;

const KIND_NOUNS: Readonly<Record<LetterKind, string>> = {
  request: 'la demande',
  followUp: 'la relance',
  thanksAfterMeeting: 'le remerciement',
  thanksAfterRefusal: 'le remerciement',
  callSheet: 'la fiche d’appel',
};

type Need =
  | 'senderAddress'
  | 'senderReach'
  | 'headTitle'
  | 'situation'
  | 'objective'
  | 'why'
  | 'content'
  | 'roles'
  | 'conditions'
  | 'prescriber'
  | 'firstLetter'
  | 'meeting'
  | 'refusal';

const NEEDS: Readonly<Record<LetterKind, readonly Need[]>> = {
  request: [
    'senderAddress',
    'senderReach',
    'headTitle',
    'situation',
    'objective',
    'why',
    'content',
    'roles',
    'conditions',
    'prescriber',
  ],
  followUp: ['senderAddress', 'senderReach', 'headTitle', 'situation', 'conditions', 'firstLetter'],
  thanksAfterMeeting: ['senderAddress', 'senderReach', 'headTitle', 'conditions', 'prescriber', 'meeting'],
  thanksAfterRefusal: ['senderAddress', 'senderReach', 'headTitle', 'refusal'],
  callSheet: ['situation', 'conditions', 'prescriber'],
};

const blank = (text: string | undefined) => squash(text) === '';
const badDay = (text: string | undefined) => parseIsoDay(text) === null;

/** A past event's day: missing, not a day, or after the letter's own date. */
function eventPiece(field: string, what: string, day: string | undefined, writtenOn: string): Piece[] {
  if (badDay(day)) return [{ field, label: what, place: PLACES.journal, problem: 'missing' }];
  if ((day ?? '') > writtenOn) {
    const label = `${what} (elle ne peut pas être postérieure à la date du courrier)`;
    return [{ field, label, place: PLACES.journal, problem: 'missing' }];
  }
  return [];
}

function tooLong(field: string, label: string, place: string, text: string, max: number): Piece[] {
  const length = visibleLength(text);
  if (length <= max) return [];
  return [
    {
      field,
      label: `${label} (${max} caractères au plus, ${length} actuellement)`,
      place,
      problem: 'tooLong',
    },
  ];
}

/** Every piece `kind` needs that `input` lacks, in the order of the plan. */
export function letterPieces(kind: LetterKind, input: LetterInput): Piece[] {
  const { sender, recipient, plan: p, history } = input;
  const needs = new Set(NEEDS[kind]);
  const pieces: Piece[] = [];
  const missing = (field: string, label: string, place: string) =>
    pieces.push({ field, label, place, problem: 'missing' });

  if (blank(sender.firstName)) missing('sender.firstName', 'votre prénom', PLACES.contact);
  if (blank(sender.lastName)) missing('sender.lastName', 'votre nom', PLACES.contact);
  if (needs.has('senderAddress')) {
    if (sender.addressLines.every((line) => blank(line)))
      missing('sender.addressLines', 'votre adresse', PLACES.contact);
    if (blank(sender.postalCode)) missing('sender.postalCode', 'votre code postal', PLACES.contact);
    if (blank(sender.town)) missing('sender.town', 'votre ville', PLACES.contact);
  }
  if (needs.has('senderReach') && blank(sender.phone) && blank(sender.email)) {
    missing('sender.phone', 'votre téléphone ou votre adresse électronique', PLACES.contact);
  }
  if (needs.has('situation') && blank(p.situation)) {
    missing('plan.situation', 'votre présentation (qui vous êtes, votre situation)', PLACES.contact);
  }
  if (needs.has('prescriber')) {
    if (p.counsellor.prescriber === undefined) {
      missing(
        'plan.counsellor.prescriber',
        'l’organisme qui vous accompagne (France Travail, Cap emploi, mission locale…)',
        PLACES.contact,
      );
    } else if (p.counsellor.prescriber === 'other' && blank(p.counsellor.prescriberName)) {
      missing('plan.counsellor.prescriberName', 'le nom de l’organisme qui vous accompagne', PLACES.contact);
    }
  }
  if (needs.has('objective') && p.objective === undefined) {
    missing(
      'plan.objective',
      'l’objectif du stage (découvrir un métier, confirmer un projet professionnel ou initier une démarche de recrutement)',
      PLACES.why,
    );
  }
  if (needs.has('roles')) pieces.push(...rolePieces(input));
  if (needs.has('why') && blank(p.why)) {
    missing('plan.why', 'pourquoi vous choisissez ce service et cette collectivité', PLACES.content);
  }
  if (needs.has('content') && [...p.toSee, ...p.toDo, ...p.toLearn].every((item) => asPhrase(item) === '')) {
    missing('plan.toSee', 'ce que vous souhaitez voir, faire ou apprendre pendant le stage', PLACES.content);
  }
  if (needs.has('conditions')) pieces.push(...conditionPieces(input, kind));
  if (blank(recipient.name))
    missing('recipient.name', 'le nom de la collectivité', PLACES.row('Collectivité'));
  // The call comes first (guide, step 6): the service is often what the call finds out.
  if (kind !== 'callSheet' && blank(recipient.service))
    missing('recipient.service', 'le service visé', PLACES.row('Service visé'));
  if (needs.has('headTitle') && recipient.head.unasked === true) {
    const who = recipient.head.title === 'mayor' ? 'du maire' : 'du président ou de la présidente';
    missing(
      'recipient.head.civility',
      `la civilité ${who} à qui le courrier est adressé (Madame ou Monsieur, ou « Inconnue » si vous ne la trouvez pas)`,
      PLACES.row('Civilité du maire ou du président'),
    );
  }
  if (needs.has('headTitle') && recipient.head.title === 'other' && blank(recipient.head.otherTitle)) {
    missing(
      'recipient.head.otherTitle',
      'la fonction de la personne à qui le courrier est adressé',
      PLACES.row('Fonction'),
    );
  }
  const on = input.writtenOn;
  if (history.call !== undefined)
    pieces.push(...eventPiece('history.call.date', 'la date de l’appel', history.call.date, on));
  if (needs.has('firstLetter')) {
    pieces.push(
      ...eventPiece('history.firstLetter.date', 'la date du premier courrier', history.firstLetter?.date, on),
    );
  }
  if (needs.has('meeting')) {
    pieces.push(...eventPiece('history.meeting.date', 'la date de la rencontre', history.meeting?.date, on));
  }
  if (needs.has('refusal')) {
    const what = 'la date de la réponse de la collectivité';
    pieces.push(...eventPiece('history.refusal.date', what, history.refusal?.date, on));
  }

  pieces.push(...lengthPieces(needs, input));
  return pieces;
}

function conditionPieces({ plan: p, writtenOn }: LetterInput, kind: LetterKind): Piece[] {
  const pieces: Piece[] = [];
  const at = PLACES.conditions;
  const weeks = p.durationWeeks;
  const days = p.durationDays;
  if (days !== undefined) {
    if (!Number.isInteger(days) || days < 1 || days > 30) {
      const label = 'la durée du stage (un nombre entier de jours, de 1 à 30)';
      pieces.push({ field: 'plan.durationWeeks', label, place: at, problem: 'missing' });
    }
  } else if (weeks === undefined) {
    pieces.push({
      field: 'plan.durationWeeks',
      label: 'la durée du stage en semaines',
      place: at,
      problem: 'missing',
    });
  } else if (!Number.isInteger(weeks) || weeks < 1) {
    const label = 'la durée du stage en semaines (un nombre entier, 1 au moins)';
    pieces.push({ field: 'plan.durationWeeks', label, place: at, problem: 'missing' });
  }
  const period = p.period;
  if (period === undefined || (period.kind === 'text' && blank(period.text))) {
    pieces.push({
      field: 'plan.period',
      label: 'la période ou les dates du stage',
      place: at,
      problem: 'missing',
    });
  } else if (
    period.kind === 'dates' &&
    (badDay(period.start) || badDay(period.end) || period.end < period.start)
  ) {
    const label = 'des dates de stage valides (la date de fin après la date de début)';
    pieces.push({ field: 'plan.period', label, place: at, problem: 'missing' });
  } else if (period.kind === 'dates' && kind !== 'thanksAfterRefusal' && period.start < writtenOn) {
    // A stage cannot be asked for, nor confirmed, for a period already begun on the letter's date.
    const label = `des dates de stage à venir (le ${frenchDate(period.start)} est déjà passé à la date du courrier)`;
    pieces.push({ field: 'plan.period', label, place: at, problem: 'missing' });
  }
  if (p.rhythm === undefined) {
    const label = 'le rythme du stage (temps plein ou temps partiel)';
    pieces.push({ field: 'plan.rhythm', label, place: at, problem: 'missing' });
  }
  const hours = p.hoursPerWeek;
  if (hours !== undefined && !(Number.isFinite(hours) && hours > 0 && hours <= 48)) {
    const label = 'un nombre d’heures par semaine entre 1 et 48';
    pieces.push({ field: 'plan.hoursPerWeek', label, place: at, problem: 'missing' });
  }
  return pieces;
}

function rolePieces({ plan: p }: LetterInput): Piece[] {
  if (p.roles.length === 0) {
    const label = 'votre rôle pendant le stage (observateur, stagiaire en apprentissage, acteur)';
    return [{ field: 'plan.roles', label, place: PLACES.role, problem: 'missing' }];
  }
  const length = p.durationDays ?? p.durationWeeks;
  const unit = p.durationDays === undefined ? 'semaine' : 'jour';
  const last = length !== undefined && Number.isInteger(length) ? length : Infinity;
  const wrong = p.roles.some(
    (phase) =>
      !Number.isInteger(phase.fromWeek) ||
      !Number.isInteger(phase.toWeek) ||
      phase.fromWeek < 1 ||
      phase.toWeek < phase.fromWeek ||
      phase.toWeek > last,
  );
  if (!wrong) return [];
  const upTo = Number.isFinite(last) ? ` et le ${unit} ${last}`.replace('le semaine', 'la semaine') : '';
  const first = unit === 'jour' ? 'le jour 1' : 'la semaine 1';
  const label = `les ${unit}s de chaque rôle (entre ${first}${upTo}, la fin après le début)`;
  return [{ field: 'plan.roles', label, place: PLACES.role, problem: 'missing' }];
}

function lengthPieces(needs: ReadonlySet<Need>, { plan: p, recipient }: LetterInput): Piece[] {
  const content = [...p.toSee, ...p.toDo, ...p.toLearn].map(asPhrase).join(' ');
  return [
    ...(needs.has('situation')
      ? tooLong(
          'plan.situation',
          'votre présentation',
          PLACES.contact,
          squash(p.situation),
          MAX_LENGTHS.situation,
        )
      : []),
    ...(needs.has('why')
      ? tooLong('plan.why', 'les raisons de votre choix', PLACES.content, squash(p.why), MAX_LENGTHS.why)
      : []),
    ...(needs.has('content')
      ? tooLong(
          'plan.toSee',
          'ce que vous souhaitez voir, faire ou apprendre',
          PLACES.content,
          content,
          MAX_LENGTHS.content,
        )
      : []),
    ...tooLong(
      'plan.targetJob',
      'le métier visé',
      PLACES.content,
      squash(p.targetJob),
      MAX_LENGTHS.targetJob,
    ),
    ...tooLong(
      'recipient.service',
      'le service visé',
      PLACES.row('Service visé'),
      squash(recipient.service),
      MAX_LENGTHS.service,
    ),
    ...tooLong(
      'recipient.interlocutor.function',
      'la fonction de l’interlocuteur',
      PLACES.row('Fonction'),
      squash(recipient.interlocutor?.function),
      MAX_LENGTHS.function,
    ),
  ];
}

/** Thrown when a letter cannot be drafted: the sidebar shows `message`, and may point at every piece. */
export class MissingPiecesError extends UserError {
  constructor(
    message: string,
    readonly pieces: readonly Piece[],
  ) {
    super(message, pieces[0]?.field);
    this.name = 'MissingPiecesError';
  }
}

const describe = (piece: Piece) => `${piece.label} ${piece.place}`;

function listed(pieces: readonly Piece[]): string {
  return pieces.length === 1 ? ` ${describe(pieces[0]!)}` : ` : ${pieces.map(describe).join(' ; ')}`;
}

/** One French message naming every piece: « Pour rédiger la demande, indiquez votre nom dans le plan (étape 5 : Préparer la prise de contact). » */
export function piecesMessage(kind: LetterKind, pieces: readonly Piece[]): string {
  const noun = KIND_NOUNS[kind];
  const missing = pieces.filter((piece) => piece.problem === 'missing');
  const long = pieces.filter((piece) => piece.problem === 'tooLong');
  const sentences = [
    missing.length > 0 ? `Pour rédiger ${noun}, indiquez${listed(missing)}.` : '',
    long.length > 0 ? `Pour que ${noun} tienne sur une page, raccourcissez${listed(long)}.` : '',
  ];
  return sentences.filter((sentence) => sentence !== '').join(' ');
}

/** Throws a MissingPiecesError when `input` lacks a piece `kind` needs. */
export function requirePieces(kind: LetterKind, input: LetterInput): void {
  const pieces = letterPieces(kind, input);
  if (pieces.length > 0) throw new MissingPiecesError(piecesMessage(kind, pieces), pieces);
}
