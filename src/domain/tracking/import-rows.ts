/**
 * Turning the rows of an existing table into requests, once the person has confirmed the
 * column mapping. Nothing is lost: a value that cannot go in its column is reported (row,
 * column, value, why) and kept in Notes, and the columns without a target end up in Notes too.
 */
import { dayOf, frenchShortDate, type IsoDay } from './calendar';
import { readDateCell } from './french-dates';
import type { ImportTarget, ProposedColumn } from './import-mapping';
import { nextRequestIds } from './request-ids';
import type { Request, RequestDateKey } from './request-rows';
import { matchRefusalReason, matchStep } from './step-matching';
import { furtherStep } from './steps';
import { cellText, labelWords, normaliseLabel } from './text';
import { nextFollowUp } from './transitions';
import { COLLECTIVITY_TYPES, OTHER_REFUSAL_REASON, type Step } from './vocabulary';

export interface ImportProblem {
  /** 1-based row of the source sheet. */
  readonly row: number;
  /** 1-based column of the source sheet, and its header. */
  readonly column: number;
  readonly header: string;
  /** The value as the cell showed it. */
  readonly value: string;
  /** Why it could not be read, and what was done, in French. */
  readonly reason: string;
}

export interface ImportResult {
  readonly requests: Request[];
  readonly problems: ImportProblem[];
  /** Rows left out because the same request is already in the table (an import done twice). */
  readonly alreadyInTable: number;
}

export interface ImportOptions {
  readonly timeZone: string;
  readonly followUpDays: number;
  /** Every id already used (N° of both sheets): imported requests get the following ones. */
  readonly seenIds: Iterable<unknown>;
  /** Source row of `rows[0]` (2 when the header is row 1). */
  readonly firstRow?: number;
  /** The requests already in « Suivi des demandes »: a row naming one of them is not copied again. */
  readonly existing?: readonly Request[];
}

/** Same collectivité, service and person: the same request, whatever the case or accents. */
export function requestKey(request: Pick<Request, 'collectivity' | 'service' | 'contactName'>): string {
  return [request.collectivity, request.service, request.contactName].map(normaliseLabel).join('|');
}

/**
 * « Mme Durand (RH) », « M. Paul Roux », « Durand (cheffe de service) »: the civility, the
 * name and the function a single Contact cell often holds. Null when there is nothing to split.
 */
export function splitContact(
  text: string,
): { civility: 'Madame' | 'Monsieur' | ''; name: string; role: string } | null {
  const match =
    /^\s*(?:(mme|madame|mlle|mademoiselle|m|mr|monsieur)\.?\s+)?([^()]+?)\s*(?:\(([^()]+)\))?\s*$/i.exec(
      text,
    );
  if (!match) return null;
  const [, title, name = '', role = ''] = match;
  if (title === undefined && role === '') return null;
  return {
    civility: title ? (CIVILITY[normaliseLabel(title)] ?? '') : '',
    name: name.trim(),
    role: role.trim(),
  };
}

/** The type a collectivité's own name says: « Mairie de Lyon » is a commune. */
function typeFromName(name: string): string | null {
  const first = labelWords(name)[0] ?? '';
  if (first === 'conseil') {
    const words = labelWords(name);
    if (words.some((w) => w.startsWith('departement'))) return 'Département';
    if (words.some((w) => w.startsWith('region'))) return 'Région';
    return null;
  }
  return TYPE_STEMS.find(([stem]) => first.startsWith(stem))?.[1] ?? null;
}

/** A step text that only says « waiting », which the kind of action done makes precise. */
const WAITING_TEXT = /^(en ?attente|attente|sans reponse|pas de reponse|pending|waiting|en cours)$/;

/** Headers of a column saying what was done (« Démarche : Appel »), kept in Notes but read for the step. */
const ACTION_HEADER = /^(demarche|action|moyen|canal|mode|type de (demarche|contact))/;

const plainLabel = (text: string) => labelWords(text).join(' ');

const DATE_TARGETS: readonly ImportTarget[] = ['firstContactDate', 'lastActionDate', 'nextFollowUpDate'];

const CIVILITY: Readonly<Record<string, 'Madame' | 'Monsieur'>> = {
  mme: 'Madame',
  madame: 'Madame',
  mlle: 'Madame',
  mademoiselle: 'Madame',
  m: 'Monsieur',
  mr: 'Monsieur',
  monsieur: 'Monsieur',
};

const TYPE_STEMS: readonly [string, (typeof COLLECTIVITY_TYPES)[number]][] = [
  ['intercommunal', 'Intercommunalité'],
  ['communaute', 'Intercommunalité'],
  ['metropole', 'Intercommunalité'],
  ['agglo', 'Intercommunalité'],
  ['epci', 'Intercommunalité'],
  ['commune', 'Commune'],
  ['mairie', 'Commune'],
  ['ville', 'Commune'],
  ['departement', 'Département'],
  ['region', 'Région'],
];

function collectivityType(text: string): string | null {
  const label = normaliseLabel(text);
  const listed = COLLECTIVITY_TYPES.find((type) => normaliseLabel(type) === label);
  if (listed) return listed;
  return TYPE_STEMS.find(([stem]) => label.includes(stem))?.[1] ?? null;
}

const isEmpty = (value: unknown) => (value instanceof Date ? false : cellText(value) === '');

/** What a person sees in the cell, for the report and for Notes. */
function shown(value: unknown, timeZone: string): string {
  return value instanceof Date && !Number.isNaN(value.getTime())
    ? frenchShortDate(dayOf(value, timeZone))
    : cellText(value);
}

/** Converts `rows` (the source's data rows, getValues) with the confirmed `columns`. */
export function importRows(
  rows: readonly (readonly unknown[])[],
  columns: readonly ProposedColumn[],
  options: ImportOptions,
): ImportResult {
  const firstRow = options.firstRow ?? 2;
  const kept = rows.map((row, i) => ({ row, number: firstRow + i })).filter(({ row }) => !row.every(isEmpty));
  const problems: ImportProblem[] = [];
  const converted = kept.map(({ row, number }) => {
    const rowProblems: ImportProblem[] = [];
    const report = (column: ProposedColumn, value: string, reason: string) =>
      rowProblems.push({ row: number, column: column.column, header: column.header, value, reason });
    let done: Step | null = null;
    const text: Partial<Record<ImportTarget, string>> = {};
    const dates: Partial<Record<RequestDateKey, IsoDay>> = {};
    const notes: string[] = [];
    let stepText = '';
    let stepColumn: ProposedColumn | null = null;

    for (const column of columns) {
      const value = row[column.column - 1];
      if (isEmpty(value)) continue;
      const visible = shown(value, options.timeZone);
      const target = column.target;
      if (target === null) {
        notes.push(`${column.header || 'Sans titre'} : ${visible}`);
        if (ACTION_HEADER.test(plainLabel(column.header))) {
          const action = matchStep(visible);
          if (action === 'Appel passé' || action === 'Courrier envoyé' || action === 'Relance faite')
            done = furtherStep(done ?? 'À contacter', action);
        }
      } else if (DATE_TARGETS.includes(target)) {
        const reading = readDateCell(value, options.timeZone);
        const key = target as RequestDateKey;
        if (reading.ok && reading.day !== null) dates[key] ??= reading.day;
        else if (!reading.ok) {
          report(column, visible, `${reading.reason} La valeur est conservée dans les notes.`);
          notes.push(`${column.header} : ${visible}`);
        }
      } else if (target === 'step') {
        stepText = visible;
        stepColumn = column;
      } else {
        text[target] = text[target] === undefined ? visible : `${text[target]} ; ${visible}`;
      }
    }

    // One Contact cell holding « Mme Durand (RH) »: civility, name and function apart, unless
    // the table has its own columns for them.
    const contact = text.contactName === undefined ? null : splitContact(text.contactName);
    if (contact !== null && contact.name !== '') {
      text.contactName = contact.name;
      if (text.civility === undefined && contact.civility !== '') text.civility = contact.civility;
      if (text.contactRole === undefined && contact.role !== '') text.contactRole = contact.role;
    }
    if (text.collectivityType === undefined && text.collectivity !== undefined) {
      const type = typeFromName(text.collectivity);
      if (type !== null) text.collectivityType = type;
    }

    if (text.civility !== undefined) {
      const civility = CIVILITY[normaliseLabel(text.civility)];
      const civilityColumn = columns.find((c) => c.target === 'civility');
      if (civility === undefined && civilityColumn) {
        report(
          civilityColumn,
          text.civility,
          'Civilité non reconnue (Madame ou Monsieur attendu) : la case reste vide et la valeur est conservée dans les notes.',
        );
        notes.push(`${civilityColumn.header} : ${text.civility}`);
      }
      text.civility = civility ?? '';
    }
    if (text.collectivityType !== undefined) {
      const type = collectivityType(text.collectivityType);
      const typeColumn = columns.find((c) => c.target === 'collectivityType');
      if (type === null && typeColumn) {
        report(
          typeColumn,
          text.collectivityType,
          'Type de collectivité non reconnu : la case reste vide et la valeur est conservée dans les notes.',
        );
        notes.push(`${typeColumn.header} : ${text.collectivityType}`);
      }
      text.collectivityType = type ?? '';
    }

    let refusalReason = '';
    const reasonText = text.refusalReason ?? '';
    if (reasonText !== '') {
      refusalReason = matchRefusalReason(reasonText) ?? OTHER_REFUSAL_REASON;
      if (refusalReason === OTHER_REFUSAL_REASON) notes.push(`Motif du refus : ${reasonText}`);
    }

    const lastActionDate = dates.lastActionDate ?? dates.firstContactDate ?? null;
    // « Réponse : En attente » says nothing of what was done: « Démarche : Appel » does.
    const waiting = stepText === '' || WAITING_TEXT.test(plainLabel(stepText));
    let step: Step | null = waiting && done !== null ? done : stepText === '' ? null : matchStep(stepText);
    if (step === null && stepText !== '' && stepColumn) {
      report(
        stepColumn,
        stepText,
        'Étape non reconnue : l’étape a été déduite des autres colonnes et le texte d’origine est conservé dans les notes.',
      );
      notes.push(`${stepColumn.header} : ${stepText}`);
    }
    // Without a readable step, the other columns tell: a reason means a refusal, a date a request sent.
    step ??= refusalReason !== '' ? 'Refusé' : lastActionDate !== null ? 'Courrier envoyé' : 'À contacter';
    if (step === 'Refusé' && refusalReason === '') {
      refusalReason = OTHER_REFUSAL_REASON;
      const where = stepColumn ?? columns[0];
      if (where)
        report(
          where,
          stepText,
          'Refus sans motif : le motif « Autre (préciser) » a été retenu ; précisez-le dans les notes.',
        );
    }

    if (step !== 'Refusé' && reasonText !== '' && refusalReason !== OTHER_REFUSAL_REASON) {
      notes.push(`Motif du refus : ${reasonText}`);
    }

    const request: Request = {
      requestId: '',
      collectivity: text.collectivity ?? '',
      collectivityType: text.collectivityType ?? '',
      code: text.code ?? '',
      service: text.service ?? '',
      contactName: text.contactName ?? '',
      civility: text.civility ?? '',
      contactRole: text.contactRole ?? '',
      phone: text.phone ?? '',
      email: text.email ?? '',
      address: text.address ?? '',
      step,
      firstContactDate: dates.firstContactDate ?? null,
      lastActionDate,
      nextFollowUpDate: dates.nextFollowUpDate ?? nextFollowUp(step, lastActionDate, options.followUpDays),
      refusalReason: step === 'Refusé' ? refusalReason : '',
      letter: text.letter ?? '',
      notes: [text.notes, ...notes].filter((n) => n !== undefined && n !== '').join('\n'),
      counsellorComment: text.counsellorComment ?? '',
      headCivility: text.headCivility ?? '',
      headName: text.headName ?? '',
    };
    return { request, problems: rowProblems };
  });
  // A row already in the table (the same sheet imported twice) is not copied again; two
  // alike rows of the source are both kept (nothing of theirs is dropped).
  const known = new Set((options.existing ?? []).map(requestKey));
  const fresh = converted.filter(({ request }) => !known.has(requestKey(request)));
  const ids = nextRequestIds(options.seenIds, fresh.length);
  const requests = fresh.map(({ request, problems: found }, i) => {
    problems.push(...found);
    return { ...request, requestId: ids[i] as string };
  });
  problems.sort((a, b) => a.row - b.row || a.column - b.column);
  return { requests, problems, alreadyInTable: converted.length - fresh.length };
}
