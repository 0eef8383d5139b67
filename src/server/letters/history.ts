/**
 * What already happened with a request, as the letters cite it (the call before the demande,
 * the first letter a relance restates, the meeting, the refusal): from the journal's lines for
 * its N°, and from the row itself when the journal is silent (a table kept by hand).
 */
import type { Contact, LetterHistory, RefusalReason } from '../../domain/letters/types';
import {
  cellText,
  type IsoDay,
  type JournalColumnKey,
  type Layout,
  type REFUSAL_REASONS,
  type Request,
  readDateCell,
} from '../../domain/tracking';

export interface JournalLine {
  readonly date: IsoDay;
  readonly action: string;
  readonly detail: string;
}

/** The journal lines of `requestId`, oldest first (rows as getValues returns them). */
export function linesOf(
  rows: readonly unknown[][],
  layout: Layout<JournalColumnKey>,
  requestId: string,
  timeZone: string,
): JournalLine[] {
  const { date, requestId: id, action, detail } = layout.columns;
  const wanted = requestId.trim().toUpperCase();
  if (wanted === '') return [];
  return rows
    .filter((row) => cellText(row[id - 1]).toUpperCase() === wanted)
    .flatMap((row) => {
      const reading = readDateCell(row[date - 1], timeZone);
      if (!reading.ok || reading.day === null) return [];
      return [{ date: reading.day, action: cellText(row[action - 1]), detail: cellText(row[detail - 1]) }];
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

// The tracking table's « Motif de refus », in the letters' keys.
const REASON_KEYS: Readonly<Record<(typeof REFUSAL_REASONS)[number], RefusalReason>> = {
  'Pas de besoin ou de projet d’accueil': 'noNeed',
  'Pas de tuteur disponible': 'noTutor',
  'Période ou durée inadaptée': 'periodOrDuration',
  'Service non adapté': 'serviceNotSuited',
  'Procédure ou délais RH': 'hrProcedure',
  'Autre (préciser)': 'other',
};

const last = <T>(items: readonly T[]): T | undefined => items[items.length - 1];

/**
 * The history the letters need. « Courrier » lines are letters sent (a draft is logged as a
 * note); a refusal is a « Réponse » line whose detail starts with « Refus ».
 */
export function historyOf(request: Request, lines: readonly JournalLine[], contact?: Contact): LetterHistory {
  const of = (action: string) => lines.filter((line) => line.action === action);
  const call = last(of('Appel'));
  const firstLetter = of('Courrier')[0];
  const meeting = last(of('Rencontre'));
  const refusal = last(of('Réponse').filter((line) => /^refus/i.test(line.detail)));
  // A table kept by hand: the row's own dates stand for the journal's.
  const letterDay =
    firstLetter?.date ??
    (request.step === 'Courrier envoyé' ? (request.lastActionDate ?? undefined) : undefined);
  const refusalDay =
    refusal?.date ?? (request.step === 'Refusé' ? (request.lastActionDate ?? undefined) : undefined);
  const reason = REASON_KEYS[request.refusalReason as keyof typeof REASON_KEYS];
  return {
    ...(call === undefined ? {} : { call: { date: call.date } }),
    ...(letterDay === undefined ? {} : { firstLetter: { date: letterDay } }),
    ...(meeting === undefined
      ? {}
      : { meeting: { date: meeting.date, ...(contact === undefined ? {} : { with: contact }) } }),
    ...(refusalDay === undefined
      ? {}
      : { refusal: { date: refusalDay, ...(reason === undefined ? {} : { reason }) } }),
  };
}
