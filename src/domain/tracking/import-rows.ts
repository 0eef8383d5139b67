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
import { cellText, normaliseLabel } from './text';
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
}

export interface ImportOptions {
  readonly timeZone: string;
  readonly followUpDays: number;
  /** Every id already used (N° of both sheets): imported requests get the following ones. */
  readonly seenIds: Iterable<unknown>;
  /** Source row of `rows[0]` (2 when the header is row 1). */
  readonly firstRow?: number;
}

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
  const ids = nextRequestIds(options.seenIds, kept.length);
  const problems: ImportProblem[] = [];
  const requests = kept.map(({ row, number }, i) => {
    const report = (column: ProposedColumn, value: string, reason: string) =>
      problems.push({ row: number, column: column.column, header: column.header, value, reason });
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
        notes.push(`${column.header || 'Sans titre'} : ${visible}`);
      } else if (DATE_TARGETS.includes(target)) {
        const reading = readDateCell(value, options.timeZone);
        const key = target as RequestDateKey;
        if (reading.ok && reading.day !== null) dates[key] ??= reading.day;
        else if (!reading.ok) {
          report(column, visible, `${reading.reason} La valeur est conservée dans les notes.`);
          notes.push(`${column.header} : ${visible}`);
        }
      } else if (target === 'step') {
        stepText = visible;
        stepColumn = column;
      } else {
        text[target] = text[target] === undefined ? visible : `${text[target]} ; ${visible}`;
      }
    }

    if (text.civility !== undefined) {
      const civility = CIVILITY[normaliseLabel(text.civility)];
      const civilityColumn = columns.find((c) => c.target === 'civility');
      if (civility === undefined && civilityColumn) {
        report(
          civilityColumn,
          text.civility,
          'Civilité non reconnue (Madame ou Monsieur attendu) : la case reste vide et la valeur est conservée dans les notes.',
        );
        notes.push(`${civilityColumn.header} : ${text.civility}`);
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
          'Type de collectivité non reconnu : la case reste vide et la valeur est conservée dans les notes.',
        );
        notes.push(`${typeColumn.header} : ${text.collectivityType}`);
      }
      text.collectivityType = type ?? '';
    }

    let refusalReason = '';
    const reasonText = text.refusalReason ?? '';
    if (reasonText !== '') {
      refusalReason = matchRefusalReason(reasonText) ?? OTHER_REFUSAL_REASON;
      if (refusalReason === OTHER_REFUSAL_REASON) notes.push(`Motif du refus : ${reasonText}`);
    }

    const lastActionDate = dates.lastActionDate ?? dates.firstContactDate ?? null;
    let step: Step | null = stepText === '' ? null : matchStep(stepText);
    if (step === null && stepText !== '' && stepColumn) {
      report(
        stepColumn,
        stepText,
        "Étape non reconnue : l'étape a été déduite des autres colonnes et le texte d'origine est conservé dans les notes.",
      );
      notes.push(`${stepColumn.header} : ${stepText}`);
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
          'Refus sans motif : le motif « Autre (préciser) » a été retenu ; précisez-le dans les notes.',
        );
    }

    if (step !== 'Refusé' && reasonText !== '' && refusalReason !== OTHER_REFUSAL_REASON) {
      notes.push(`Motif du refus : ${reasonText}`);
    }

    const request: Request = {
      requestId: ids[i] as string,
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
    return request;
  });
  problems.sort((a, b) => a.row - b.row || a.column - b.column);
  return { requests, problems };
}
