/**
 * « Récapitulatif de mes démarches »: for a chosen period, what the person did, day by day,
 * from the « Journal des démarches », with each collectivité, the person spoken to, the
 * outcome and the refusal reason, and the requests counted by step; titled and dated for an
 * appointment with the counsellor (France Travail or another prescriber). Pure: the adapter
 * reads the sheets, lays the blocks out as a Google Doc (the letters' writer) or writes the
 * rows into a new sheet.
 */
import {
  asSentences,
  capitalise,
  countOf,
  frenchDate,
  frenchDateRange,
  frenchDayWithWeekday,
  lowerFirst,
} from '../french';
import type { LetterBlock } from '../letters/types';
import { typeset } from '../letters/typography';
import type { IsoDay } from '../tracking/calendar';
import type { Request } from '../tracking/request-rows';
import { STEPS } from '../tracking/vocabulary';

/** One line of the journal, as the adapter read it. */
export interface RecapLine {
  readonly date: IsoDay;
  readonly requestId: string;
  readonly collectivity: string;
  readonly action: string;
  readonly detail: string;
}

export interface RecapInput {
  readonly from: IsoDay;
  readonly to: IsoDay;
  /** The day the recap is made. */
  readonly today: IsoDay;
  readonly person: { readonly firstName: string; readonly lastName: string };
  readonly counsellor: { readonly name: string; readonly agency: string };
  readonly journal: readonly RecapLine[];
  readonly requests: readonly Request[];
}

/** The démarches a counsellor asks about; a « Note » counts only when it changes where a request stands. */
const DEMARCHES = ['Appel', 'Courrier', 'Courriel', 'Relance', 'Rencontre', 'Réponse'];
const OUTCOME_NOTE = /^(Étape modifiée|Demande abandonnée)/;

export const isDemarche = (line: RecapLine): boolean =>
  DEMARCHES.includes(line.action) || (line.action === 'Note' && OUTCOME_NOTE.test(line.detail));

/** The démarches of the period, oldest first (the journal's order within a day). */
export function demarchesOf(input: Pick<RecapInput, 'from' | 'to' | 'journal'>): RecapLine[] {
  return input.journal
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.date >= input.from && line.date <= input.to && isDemarche(line))
    .sort((a, b) => (a.line.date === b.line.date ? a.index - b.index : a.line.date < b.line.date ? -1 : 1))
    .map(({ line }) => line);
}

const byId = (requests: readonly Request[]) =>
  new Map(requests.filter((r) => r.requestId !== '').map((r) => [r.requestId.toUpperCase(), r]));

/** « Mme Bernard, cheffe du service accueil », « M. Petit », or ''. */
export function personOf(request: Request | undefined): string {
  if (request === undefined || request.contactName === '') return '';
  const title = request.civility === 'Madame' ? 'Mme ' : request.civility === 'Monsieur' ? 'M. ' : '';
  const role = request.contactRole === '' ? '' : `, ${lowerFirst(request.contactRole)}`;
  return `${title}${request.contactName}${role}`;
}

const ACTION_WORDS: Readonly<Record<string, [string, string]>> = {
  Appel: ['appel', 'appels'],
  Courrier: ['courrier', 'courriers'],
  Courriel: ['courriel', 'courriels'],
  Relance: ['relance', 'relances'],
  Rencontre: ['rencontre', 'rencontres'],
  Réponse: ['réponse reçue', 'réponses reçues'],
  Note: ['changement d’étape', 'changements d’étape'],
};

const ACTION_LABEL: Readonly<Record<string, string>> = { Note: 'Suivi' };

/** « 3 appels, 2 courriers et 1 réponse reçue », in the order of the guide. */
function actionCounts(lines: readonly RecapLine[]): string {
  const parts = Object.entries(ACTION_WORDS).flatMap(([action, [one, many]]) => {
    const n = lines.filter((l) => l.action === action).length;
    return n === 0 ? [] : [countOf(n, one, many)];
  });
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}`;
}

/** The requests by Étape, in the order of the guide (steps typed by hand at the end). */
export function stepCounts(requests: readonly Request[]): { step: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const request of requests) {
    if (request.collectivity === '' && request.requestId === '') continue;
    const step = request.step === '' ? 'À contacter' : request.step;
    counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  const known = STEPS.filter((s) => counts.has(s)).map((step) => ({ step, count: counts.get(step) ?? 0 }));
  const others = [...counts.entries()]
    .filter(([step]) => !(STEPS as readonly string[]).includes(step))
    .map(([step, count]) => ({ step, count }));
  return [...known, ...others];
}

const DONE: Readonly<Record<string, string>> = {
  Appel: 'appel',
  Courrier: 'courrier envoyé',
  Courriel: 'courriel envoyé',
  Relance: 'relance',
  Rencontre: 'rencontre',
  Réponse: 'réponse reçue',
  Note: 'suivi',
};
const WITH: Readonly<Record<string, string>> = {
  Appel: 'avec',
  Relance: 'auprès de',
  Rencontre: 'avec',
  Courrier: 'à l’attention de',
  Courriel: 'à l’attention de',
};

/**
 * One démarche as a line of the list: where, what was done and with whom, then what the
 * journal says of it (the outcome of a « Réponse »), and the refusal reason if the line lacks it.
 */
function demarcheText(line: RecapLine, request: Request | undefined): string {
  const where = line.collectivity || request?.collectivity || line.requestId;
  const service = request?.service ? ` (${request.service})` : '';
  const person = personOf(request);
  const link = WITH[line.action];
  const who = person === '' || link === undefined ? '' : `, ${link} ${person}`;
  const detail = asSentences(line.detail);
  const refused = request?.step === 'Refusé' && line.action === 'Réponse' && /^Refus/.test(line.detail);
  const reason =
    refused && request.refusalReason !== '' && !line.detail.includes(request.refusalReason)
      ? ` Motif du refus : ${request.refusalReason}.`
      : '';
  return `${where}${service} — ${DONE[line.action] ?? line.action.toLowerCase()}${who}.${detail === '' ? '' : ` ${detail}`}${reason}`;
}

/** Where a request stands now: « D-003 Métropole de Lyon : Refusé (motif : Pas de tuteur disponible). » */
function standingText(request: Request, today: IsoDay): string {
  const step = request.step === '' ? 'À contacter' : request.step;
  const service = request.service === '' ? '' : ` (${request.service})`;
  const reason = request.refusalReason === '' ? '' : `, motif : ${request.refusalReason}`;
  const due = request.nextFollowUpDate;
  const followUp =
    due === null
      ? ''
      : due <= today
        ? `, relance à faire (prévue le ${frenchDate(due)})`
        : `, relance prévue le ${frenchDate(due)}`;
  return `${request.requestId} ${request.collectivity}${service} : ${step}${reason}${followUp}.`;
}

export interface RecapDocument {
  /** The Doc's name: « 2026-11-28 Récapitulatif de mes démarches (du 1er au 28 novembre 2026) ». */
  readonly title: string;
  readonly blocks: readonly LetterBlock[];
}

const block = (kind: LetterBlock['kind'], lines: readonly string[], bold = false): LetterBlock => ({
  kind,
  lines: lines.map(typeset),
  align: kind === 'paragraph' ? 'justify' : 'left',
  ...(bold ? { bold } : {}),
});

function appointmentText(input: RecapInput): string {
  const { name, agency } = input.counsellor;
  const who = name === '' ? 'mon conseiller ou ma conseillère' : name;
  const where = agency === '' ? '' : ` (${agency})`;
  return `Préparé le ${frenchDate(input.today)} pour mon rendez-vous avec ${who}${where}.`;
}

/** The recap as a document: title, who and for whom, counts, the démarches by day, each request's standing. */
export function recapDocument(input: RecapInput): RecapDocument {
  const period = frenchDateRange(input.from, input.to);
  const lines = demarchesOf(input);
  const requests = byId(input.requests);
  const touched = [...new Set(lines.map((l) => l.requestId.toUpperCase()))]
    .map((id) => requests.get(id))
    .filter((r): r is Request => r !== undefined)
    .sort((a, b) => a.requestId.localeCompare(b.requestId, 'fr', { numeric: true }));
  const name = `${input.person.firstName} ${input.person.lastName}`.trim();
  const blocks: LetterBlock[] = [
    block('heading', ['Récapitulatif de mes démarches'], true),
    block('paragraph', [
      `${name === '' ? 'Recherche' : `${name} : recherche`} d’une période de mise en situation en milieu professionnel (PMSMP) dans une collectivité. Démarches ${input.from === input.to ? `du ${frenchDate(input.from)}` : period}.`,
    ]),
    block('paragraph', [appointmentText(input)]),
    block('heading', ['En bref'], true),
  ];
  const contacted = new Set(lines.map((l) => (l.requestId || l.collectivity).toUpperCase())).size;
  const summary =
    lines.length === 0
      ? ['Aucune démarche notée dans le journal sur cette période.']
      : [
          `${capitalise(countOf(lines.length, 'démarche'))} : ${actionCounts(lines)}.`,
          `${capitalise(countOf(contacted, 'collectivité concernée', 'collectivités concernées'))}.`,
        ];
  blocks.push(block('list', summary));
  const steps = stepCounts(input.requests);
  if (steps.length > 0) {
    blocks.push(block('paragraph', ['Toutes mes demandes, par étape :']));
    blocks.push(
      block(
        'list',
        steps.map(({ step, count }) => `${step} : ${count}`),
      ),
    );
  }
  if (lines.length > 0) {
    blocks.push(block('heading', ['Mes démarches, jour par jour'], true));
    const days = [...new Set(lines.map((l) => l.date))];
    for (const day of days) {
      blocks.push(block('paragraph', [capitalise(frenchDayWithWeekday(day))], true));
      blocks.push(
        block(
          'list',
          lines
            .filter((l) => l.date === day)
            .map((l) => demarcheText(l, requests.get(l.requestId.toUpperCase()))),
        ),
      );
    }
    blocks.push(block('heading', ['Où en est chaque demande'], true));
    blocks.push(
      block(
        'list',
        touched.map((request) => standingText(request, input.today)),
      ),
    );
  }
  blocks.push(
    block('paragraph', [
      `Établi à partir des feuilles « Journal des démarches » et « Suivi des demandes » de mon classeur de suivi.`,
    ]),
  );
  return { title: `${input.today} Récapitulatif de mes démarches (${period})`, blocks };
}

export const RECAP_HEADER = [
  'Date',
  'N°',
  'Collectivité',
  'Service',
  'Interlocuteur',
  'Démarche',
  'Détail',
  'Étape actuelle',
  'Motif de refus',
] as const;

/** A cell of the sheet export: text, or a day (the adapter writes it as a date). */
export type RecapCell = string | { readonly day: IsoDay };

/**
 * The same recap as rows for a new sheet: a title, who and for whom, the démarches table, then
 * the requests by step. Every row is RECAP_HEADER wide; text is the person's, not yet neutralised.
 */
export function recapRows(input: RecapInput): RecapCell[][] {
  const width = RECAP_HEADER.length;
  const pad = (cells: RecapCell[]): RecapCell[] => [...cells, ...Array(width - cells.length).fill('')];
  const requests = byId(input.requests);
  const lines = demarchesOf(input);
  const name = `${input.person.firstName} ${input.person.lastName}`.trim();
  const rows: RecapCell[][] = [
    pad([`Récapitulatif de mes démarches, ${frenchDateRange(input.from, input.to)}`]),
    pad([`${name === '' ? '' : `${name}. `}${appointmentText(input)}`]),
    pad([]),
    [...RECAP_HEADER],
  ];
  for (const line of lines) {
    const request = requests.get(line.requestId.toUpperCase());
    rows.push([
      { day: line.date },
      line.requestId,
      line.collectivity || request?.collectivity || '',
      request?.service ?? '',
      personOf(request),
      ACTION_LABEL[line.action] ?? line.action,
      line.detail,
      request === undefined ? '' : request.step || 'À contacter',
      request?.refusalReason ?? '',
    ]);
  }
  if (lines.length === 0) rows.push(pad(['Aucune démarche notée dans le journal sur cette période.']));
  rows.push(pad([]), pad(['Demandes par étape', 'Nombre']));
  for (const { step, count } of stepCounts(input.requests)) rows.push(pad([step, String(count)]));
  return rows.map((row) =>
    row.map((cell) => (typeof cell === 'string' ? cell.replace(/ ([:;?!])/g, '\u00a0$1') : cell)),
  );
}
