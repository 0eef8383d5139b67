/**
 * The follow-up rule of the guide: « sans réponse après 3 semaines, rappeler la personne ou le
 * service qui traite la demande », and « si réponse positive, proposer une rencontre ». The
 * conditional-format formulas (conditional-formats.ts) apply the same rule in the sheet.
 */
import { daysBetween, type IsoDay } from './calendar';
import type { Request } from './request-rows';
import { isStep, isWaitingStep } from './vocabulary';

export type FollowUpKind = 'followUp' | 'proposeMeeting';

/**
 * What the request needs today, if anything. Dates are calendar days in the spreadsheet's
 * zone: a letter sent on the 1st is due on the 22nd with the default 21 days, whatever the hour.
 * A waiting request without a date is not flagged: nothing says how old it is.
 */
export function followUpKind(request: Request, today: IsoDay, followUpDays: number): FollowUpKind | null {
  // The exact labels only, as the sheet's formulas compare them: the list and the colours agree.
  const step = request.step;
  if (!isStep(step)) return null;
  if (step === 'Réponse positive') return 'proposeMeeting';
  if (!isWaitingStep(step) || request.lastActionDate === null) return null;
  return daysBetween(request.lastActionDate, today) >= followUpDays ? 'followUp' : null;
}

export interface DueFollowUp {
  readonly requestId: string;
  readonly collectivity: string;
  /** Index of the request in the list given (the adapter maps it back to its sheet row). */
  readonly index: number;
  readonly kind: FollowUpKind;
  /** Days since the last action, null when unknown. */
  readonly daysSinceLastAction: number | null;
  /** One line for the sidebar, e.g. « Mairie de Lyon — Espaces verts : sans réponse depuis 23 jours ». */
  readonly summary: string;
  /** What to do, best first; a call comes first when a phone number is known (the guide's advice). */
  readonly suggestions: readonly string[];
}

/** « 04 78 12 34 56 » from what the cell holds (Sheets turns 0478123456 into 478123456). */
export function formatPhone(phone: string): string {
  const digits = phone.replace(/[\s.\-/]/g, '');
  if (/^[1-9]\d{8}$/.test(digits)) return formatPhone(`0${digits}`);
  if (/^0\d{9}$/.test(digits)) return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
  return phone.trim();
}

const FEMININE =
  /^(mairie|m[ée]tropole|communaut[ée]|r[ée]gion|ville|commune|collectivit[ée]|pr[ée]fecture|direction)\b/i;
const MASCULINE = /^(conseil|d[ée]partement|syndicat|centre|p[ôo]le|service|territoire)\b/i;

/** « la Mairie de Lyon », « le Conseil départemental du Rhône », « l'Eurométropole… »; a bare name stays as it is. */
export function bodyWithArticle(name: string): string {
  if (FEMININE.test(name)) return `la ${name}`;
  if (MASCULINE.test(name)) return `le ${name}`;
  if (/^(agglom[ée]ration|eurom[ée]tropole|[ée]tablissement|office)\b/i.test(name)) return `l’${name}`;
  return name;
}

/** « Mme Martin », « M. Durand », the service or the collectivité when nobody is named. */
export function whomToCall(request: Request): string {
  const name = request.contactName.trim();
  if (name !== '') {
    const title = request.civility === 'Madame' ? 'Mme ' : request.civility === 'Monsieur' ? 'M. ' : '';
    return `${title}${name}`;
  }
  if (request.service.trim() !== '') return `le service ${request.service.trim()}`;
  return bodyWithArticle(request.collectivity.trim()) || 'la collectivité';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n > 1 ? 's' : ''}`;
}

function summaryOf(request: Request, kind: FollowUpKind, days: number | null): string {
  const who = [request.collectivity.trim() || 'Demande sans collectivité', request.service.trim()]
    .filter((part) => part !== '')
    .join(' — ');
  if (kind === 'proposeMeeting') return `${who} : réponse positive, proposez une rencontre`;
  return `${who} : sans réponse depuis ${plural(days ?? 0, 'jour')}`;
}

/**
 * To whom the written request goes: the head of the body (guide, point 6: « écrire au maire ou
 * au président »), « à la maire » when the row says the head is a woman.
 */
function toTheHead(request: Request): string {
  const woman = request.headCivility === 'Madame';
  const type = request.collectivityType.trim();
  if (type === 'Commune' || /^mairie\b/i.test(request.collectivity.trim())) {
    return woman ? 'à la maire' : 'au maire';
  }
  if (type === 'Intercommunalité' || type === 'Département' || type === 'Région') {
    return woman ? 'à la présidente' : 'au président';
  }
  return 'au maire ou au président';
}

function suggestionsOf(request: Request, kind: FollowUpKind): string[] {
  const who = whomToCall(request);
  const phone = request.phone.trim() === '' ? '' : ` au ${formatPhone(request.phone)}`;
  if (kind === 'proposeMeeting') {
    return [`Proposer une rencontre à ${who}${phone} avant le début du stage`];
  }
  // After a call and nothing written yet, the guide says to call back (and a letter is what
  // is likely asked for next): a « relance écrite » would follow up a letter never sent.
  if (request.step === 'Appel passé') {
    return [`Rappeler ${who}${phone}`, `Envoyer la demande écrite ${toTheHead(request)}`];
  }
  const call = phone === '' ? [] : [`Rappeler ${who}${phone}`];
  return [...call, 'Envoyer une relance écrite'];
}

/** The requests to act on today, in the order given (the sheet's order). */
export function dueFollowUps(
  requests: readonly Request[],
  today: IsoDay,
  followUpDays: number,
): DueFollowUp[] {
  return requests.flatMap((request, index) => {
    const kind = followUpKind(request, today, followUpDays);
    if (kind === null) return [];
    const days = request.lastActionDate === null ? null : daysBetween(request.lastActionDate, today);
    return [
      {
        requestId: request.requestId,
        collectivity: request.collectivity,
        index,
        kind,
        daysSinceLastAction: days,
        summary: summaryOf(request, kind, days),
        suggestions: suggestionsOf(request, kind),
      },
    ];
  });
}
