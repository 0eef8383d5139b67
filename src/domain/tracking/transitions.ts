/**
 * What each action does to a request: its new Étape, Dernière démarche and Prochaine relance,
 * and the line it appends to the journal. A person's mistake (a relance before any contact, a
 * refusal without a reason…) is a French failure, never an exception.
 */
import * as z from 'zod/mini';
import { failure, type Result, success } from '../../shared/result';
import { lazy } from '../lazy';
import { addDays, type IsoDay, isIsoDay } from './calendar';
import type { JournalEntry, Request } from './request-rows';
import { furtherStep, readStep } from './steps';
import {
  isClosedStep,
  isRefusalReason,
  isStep,
  isWaitingStep,
  type JournalAction,
  OTHER_REFUSAL_REASON,
  REFUSAL_REASONS,
  type Step,
} from './vocabulary';

export const ACTION_KINDS = [
  'call',
  'letter',
  'email',
  'followUp',
  'meeting',
  'positiveAnswer',
  'negativeAnswer',
  'accept',
  'abandon',
  'note',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** An action as the sidebar sends it (validate it with ActionSchema first). */
export interface Action {
  readonly kind: ActionKind;
  /** The day the action took place. */
  readonly date: IsoDay;
  readonly detail?: string | undefined;
  /** Required for `negativeAnswer`. */
  readonly refusalReason?: string | undefined;
}

export interface ActionContext {
  /** Today in the spreadsheet's zone (dayOf(new Date(), timeZone)). */
  readonly today: IsoDay;
  /** The e-mail of the person acting. */
  readonly author: string;
  readonly followUpDays: number;
}

export interface Transition {
  /** The request after the action; write only the keys in `changed`. */
  readonly request: Request;
  readonly changed: readonly (keyof Request)[];
  readonly journal: JournalEntry;
}

const DETAIL_MAX = 2000;

/** The payload of « noter une démarche », checked whatever the sidebar sent. */
export const ActionSchema = lazy(() =>
  z.object({
    kind: z.enum(ACTION_KINDS, { error: 'Choisissez le type de démarche.' }),
    date: z.string().check(z.refine(isIsoDay, { error: 'Indiquez une date valide.' })),
    detail: z.optional(
      z
        .string()
        .check(
          z.maxLength(DETAIL_MAX, { error: `Le détail ne peut pas dépasser ${DETAIL_MAX} caractères.` }),
        ),
    ),
    refusalReason: z.optional(z.string()),
  }),
);

const JOURNAL_ACTION: Readonly<Record<ActionKind, JournalAction>> = {
  call: 'Appel',
  letter: 'Courrier',
  email: 'Courriel',
  followUp: 'Relance',
  meeting: 'Rencontre',
  positiveAnswer: 'Réponse',
  negativeAnswer: 'Réponse',
  accept: 'Réponse',
  abandon: 'Note',
  note: 'Note',
};

const closedMessage = (step: Step) =>
  `Cette demande est close (${step}) : vous pouvez seulement y ajouter une note. Pour la reprendre, changez d’abord son étape.`;

interface Refused {
  readonly refused: string;
}
const refuse = (message: string): Refused => ({ refused: message });

/** The new step, or the French reason why the action makes no sense now. */
function nextStep(kind: ActionKind, step: Step): Step | Refused {
  if (kind === 'note') return step;
  if (isClosedStep(step)) return refuse(closedMessage(step));
  const answered = !isWaitingStep(step) && step !== 'À contacter';
  switch (kind) {
    case 'call':
      return answered ? step : furtherStep(step, 'Appel passé');
    case 'letter':
    case 'email':
      return answered ? step : furtherStep(step, 'Courrier envoyé');
    case 'followUp':
      if (step === 'À contacter') {
        return refuse(
          'Cette collectivité n’a pas encore été contactée : commencez par un appel ou un courrier, la relance viendra ensuite.',
        );
      }
      return answered
        ? refuse(
            'La collectivité a déjà répondu favorablement : une relance est inutile. Notez plutôt un appel ou une rencontre.',
          )
        : 'Relance faite';
    case 'meeting':
      // A meeting may be the first contact (a forum, a visit to the mairie).
      return step === 'Stage accepté' ? step : 'Rencontre prévue';
    // An answer may come at the first call: one entry, which is also the first contact.
    case 'positiveAnswer':
      return answered
        ? refuse('Une réponse positive est déjà notée pour cette demande.')
        : 'Réponse positive';
    case 'negativeAnswer':
      return 'Refusé';
    case 'accept':
      return step === 'Stage accepté' ? refuse('Ce stage est déjà noté comme accepté.') : 'Stage accepté';
    case 'abandon':
      return 'Abandonné';
  }
}

const later = (a: IsoDay | null, b: IsoDay): IsoDay => (a !== null && a > b ? a : b);
const earlier = (a: IsoDay | null, b: IsoDay): IsoDay => (a !== null && a < b ? a : b);

/** Prochaine relance: only a waiting request has one, `followUpDays` after its last action. */
export function nextFollowUp(step: Step, lastActionDate: IsoDay | null, followUpDays: number): IsoDay | null {
  return isWaitingStep(step) && lastActionDate !== null ? addDays(lastActionDate, followUpDays) : null;
}

function journalDetail(action: Action, reason: string): string {
  const detail = action.detail?.trim() ?? '';
  const lead: Partial<Record<ActionKind, string>> = {
    positiveAnswer: 'Réponse positive.',
    negativeAnswer: `Refus : ${reason}.`,
    accept: 'Stage accepté.',
    abandon: 'Demande abandonnée.',
  };
  return [lead[action.kind], detail].filter((part) => part !== undefined && part !== '').join(' ');
}

function checkRefusal(action: Action): Result<string> {
  const reason = action.refusalReason?.trim() ?? '';
  if (reason === '') {
    const message = 'Indiquez le motif du refus : il aide à mieux cibler les prochaines demandes.';
    return failure(message, { refusalReason: message });
  }
  if (!isRefusalReason(reason)) {
    const message = `Choisissez le motif dans la liste : ${REFUSAL_REASONS.join(', ')}.`;
    return failure(message, { refusalReason: message });
  }
  if (reason === OTHER_REFUSAL_REASON && (action.detail?.trim() ?? '') === '') {
    const message = 'Précisez le motif du refus dans le détail.';
    return failure(message, { detail: message });
  }
  return success(reason);
}

/** Applies `action` to `request`: the updated request and its journal line, or why not. */
export function applyAction(request: Request, action: Action, context: ActionContext): Result<Transition> {
  if (!isIsoDay(action.date))
    return failure('Indiquez une date valide.', { date: 'Indiquez une date valide.' });
  if (action.date > context.today) {
    const message = 'La date de la démarche ne peut pas être postérieure à aujourd’hui.';
    return failure(message, { date: message });
  }
  if (action.kind === 'note' && (action.detail?.trim() ?? '') === '') {
    return failure('Écrivez le texte de la note.', { detail: 'Écrivez le texte de la note.' });
  }
  if (action.kind === 'note') return success(transition(request, request, action, context));
  const current = readStep(request.step);
  if (!current.ok) return failure(current.message, { step: current.message });
  const step = nextStep(action.kind, current.step);
  if (typeof step !== 'string') return failure(step.refused);

  let refusalReason = request.refusalReason;
  if (action.kind === 'negativeAnswer') {
    const checked = checkRefusal(action);
    if (!checked.ok) return checked;
    refusalReason = checked.value;
  }

  // An abandon is not an exchange with the collectivité: the dates stay.
  const exchange = action.kind !== 'abandon';
  const answer = ['positiveAnswer', 'negativeAnswer', 'accept'].includes(action.kind);
  const contact =
    ['call', 'letter', 'email', 'followUp', 'meeting'].includes(action.kind) ||
    (answer && current.step === 'À contacter');
  const lastActionDate = exchange ? later(request.lastActionDate, action.date) : request.lastActionDate;
  const updated: Request = {
    ...request,
    step,
    refusalReason,
    lastActionDate,
    firstContactDate: contact ? earlier(request.firstContactDate, action.date) : request.firstContactDate,
    nextFollowUpDate: nextFollowUp(step, lastActionDate, context.followUpDays),
  };
  return success(transition(request, updated, action, context, journalDetail(action, refusalReason)));
}

function transition(
  before: Request,
  after: Request,
  action: Pick<Action, 'date' | 'kind' | 'detail'>,
  context: ActionContext,
  detail = action.detail?.trim() ?? '',
): Transition {
  return {
    request: after,
    changed: (Object.keys(after) as (keyof Request)[]).filter((key) => after[key] !== before[key]),
    journal: {
      date: action.date,
      requestId: before.requestId,
      collectivity: before.collectivity,
      action: JOURNAL_ACTION[action.kind],
      detail,
      author: context.author,
    },
  };
}

export interface StepChange {
  readonly step: string;
  readonly date: IsoDay;
  readonly refusalReason?: string | undefined;
  readonly detail?: string | undefined;
}

/**
 * A step chosen directly (in the sidebar, or typed in the sheet and seen by onEdit): any step
 * may be chosen, a refusal still needs its reason, and the change is logged as a note.
 * `request.step` is the step before the change.
 */
export function changeStep(request: Request, change: StepChange, context: ActionContext): Result<Transition> {
  if (!isStep(change.step)) {
    const message = 'Choisissez une étape dans la liste.';
    return failure(message, { step: message });
  }
  if (!isIsoDay(change.date))
    return failure('Indiquez une date valide.', { date: 'Indiquez une date valide.' });
  let refusalReason = '';
  if (change.step === 'Refusé') {
    const checked = checkRefusal({ kind: 'negativeAnswer', ...change });
    if (!checked.ok) return checked;
    refusalReason = checked.value;
  }
  const step = change.step;
  // A request that moves past « À contacter » without any date gets one, so that its
  // follow-up can be computed.
  const lastActionDate =
    request.lastActionDate ?? (step === 'À contacter' || isClosedStep(step) ? null : change.date);
  const updated: Request = {
    ...request,
    step,
    refusalReason,
    lastActionDate,
    nextFollowUpDate: nextFollowUp(step, lastActionDate, context.followUpDays),
  };
  const from = request.step === '' ? 'À contacter' : request.step;
  const reason = refusalReason === '' ? '' : ` (${refusalReason})`;
  const detail = [`Étape modifiée : ${from} → ${step}${reason}.`, change.detail?.trim() ?? '']
    .filter((part) => part !== '')
    .join(' ');
  return success(transition(request, updated, { date: change.date, kind: 'note' }, context, detail));
}
