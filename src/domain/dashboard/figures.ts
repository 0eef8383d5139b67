/**
 * The counsellor's figures, computed from the requests and the journal as read once: is the
 * search active (several requests at once, as the guide asks), are follow-ups made, do
 * collectivités answer, how fast, and why they refuse.
 */
import {
  type DueFollowUp,
  daysBetween,
  dueFollowUps,
  type IsoDay,
  isRefusalReason,
  OTHER_REFUSAL_REASON,
  REFUSAL_REASONS,
  type Request,
  readStep,
  STEPS,
} from '../tracking';
import { ANSWER_STEPS, firstAnswerDays, type JournalLine } from './journal';

/** The guide: « ne jamais mener une seule demande à la fois »; the product sets the bar at three. */
export const MIN_REQUESTS_IN_PROGRESS = 3;

/** Contacted and not closed: the collectivité has the request in hand. */
export const IN_PROGRESS_STEPS: readonly string[] = [
  'Appel passé',
  'Courrier envoyé',
  'Relance faite',
  'Réponse positive',
  'Rencontre prévue',
];

export const UNKNOWN_STEP = 'Étape non reconnue';
export const NO_REASON = 'Motif non indiqué';

export interface Count {
  readonly label: string;
  readonly count: number;
}

export interface DashboardFigures {
  readonly today: IsoDay;
  readonly followUpDays: number;
  /** Requests in the table (blank rows left out). */
  readonly total: number;
  /** Every step in the guide's order, zeros included; an unreadable Étape is counted apart. */
  readonly byStep: readonly Count[];
  readonly inProgress: number;
  /** French warning when fewer than three requests are in progress and no stage is accepted yet. */
  readonly inProgressWarning: string | null;
  readonly accepted: number;
  /** Follow-ups that fall due today (exactly the delay) and those left past it. */
  readonly followUpsDueToday: number;
  readonly followUpsOverdue: number;
  readonly meetingsToPropose: number;
  /** What to do today, in the sheet's order (as the sidebar lists it). */
  readonly due: readonly DueFollowUp[];
  readonly responses: { readonly contacted: number; readonly answered: number; readonly rate: number | null };
  /** Days from the first contact to the first answer, averaged over the answers measured. */
  readonly answerDelay: { readonly averageDays: number | null; readonly measured: number };
  /** Every suggested reason, zeros included, then those typed by hand or missing. */
  readonly refusalReasons: readonly Count[];
}

const isBlank = (request: Request) => request.requestId === '' && request.collectivity === '';

function stepOf(request: Request): string {
  const reading = readStep(request.step);
  return reading.ok ? reading.step : UNKNOWN_STEP;
}

function countBy(labels: readonly string[], order: readonly string[]): Count[] {
  const counts = new Map<string, number>(order.map((label) => [label, 0]));
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count }));
}

function warningFor(inProgress: number, accepted: number): string | null {
  if (accepted > 0 || inProgress >= MIN_REQUESTS_IN_PROGRESS) return null;
  const advice = 'le guide conseille d’en mener au moins trois à la fois.';
  if (inProgress === 0) return `Aucune demande en cours : ${advice}`;
  if (inProgress === 1) return `Une seule demande en cours : ${advice}`;
  return `Deux demandes en cours seulement : ${advice}`;
}

function wasContacted(request: Request, step: string): boolean {
  if (step === 'À contacter') return false;
  // An abandoned request counts only if something was sent before it was given up.
  if (step === 'Abandonné') return request.firstContactDate !== null || request.lastActionDate !== null;
  return true;
}

function refusalLabel(reason: string): string {
  if (reason.trim() === '') return NO_REASON;
  return isRefusalReason(reason) ? reason : OTHER_REFUSAL_REASON;
}

/**
 * The answer day of an answered request: the journal's first answer line, else the request's
 * last action when its step is the answer itself (a table imported without its history).
 */
function answerDay(request: Request, step: string, answers: Map<string, IsoDay>): IsoDay | null {
  const logged = answers.get(request.requestId.toUpperCase());
  if (logged !== undefined) return logged;
  return step === 'Réponse positive' || step === 'Refusé' ? request.lastActionDate : null;
}

export function dashboardFigures(
  allRequests: readonly Request[],
  journal: readonly JournalLine[],
  today: IsoDay,
  followUpDays: number,
): DashboardFigures {
  const requests = allRequests.filter((request) => !isBlank(request));
  const steps = requests.map(stepOf);
  const byStep = countBy(steps, STEPS);
  if (byStep.find((c) => c.label === UNKNOWN_STEP)?.count === 0) byStep.pop();

  const inProgress = steps.filter((step) => IN_PROGRESS_STEPS.includes(step)).length;
  const accepted = steps.filter((step) => step === 'Stage accepté').length;

  const due = dueFollowUps(requests, today, followUpDays);
  const late = due.filter((d) => d.kind === 'followUp' && (d.daysSinceLastAction ?? 0) > followUpDays);
  const onTime = due.filter((d) => d.kind === 'followUp' && d.daysSinceLastAction === followUpDays);

  const contacted = requests.filter((request, i) => wasContacted(request, steps[i] ?? '')).length;
  const answeredIndexes = steps.flatMap((step, i) => (ANSWER_STEPS.includes(step) ? [i] : []));

  const answers = firstAnswerDays(journal);
  const delays = answeredIndexes.flatMap((i) => {
    const request = requests[i] as Request;
    const first = request.firstContactDate;
    const answered = answerDay(request, steps[i] ?? '', answers);
    if (first === null || answered === null) return [];
    const days = daysBetween(first, answered);
    return days >= 0 ? [days] : [];
  });

  const refusals = requests.flatMap((request, i) =>
    steps[i] === 'Refusé' ? [refusalLabel(request.refusalReason)] : [],
  );
  const refusalReasons = countBy(refusals, REFUSAL_REASONS).filter(
    (c) => c.label !== NO_REASON || c.count > 0,
  );

  return {
    today,
    followUpDays,
    total: requests.length,
    byStep,
    inProgress,
    inProgressWarning: warningFor(inProgress, accepted),
    accepted,
    followUpsDueToday: onTime.length,
    followUpsOverdue: late.length,
    meetingsToPropose: due.filter((d) => d.kind === 'proposeMeeting').length,
    due,
    responses: {
      contacted,
      answered: answeredIndexes.length,
      rate: contacted === 0 ? null : answeredIndexes.length / contacted,
    },
    answerDelay: {
      averageDays: delays.length === 0 ? null : delays.reduce((a, b) => a + b, 0) / delays.length,
      measured: delays.length,
    },
    refusalReasons,
  };
}
