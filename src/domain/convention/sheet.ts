/**
 * « Conventions »: one row per accepted request, keyed by its N°, holding what the form asked
 * (tutor, SIRET, agreed dates and hours, objective) and the prefilled link. A visible sheet a
 * counsellor can read without the add-on; columns found by identity like the tracking table's.
 */
import { dateOf, type IsoDay } from '../tracking/calendar';
import { type ColumnDefinition, DATE_FORMAT } from '../tracking/columns';
import type { Layout } from '../tracking/layout';
import { type CellContent, cellText, TEXT_FORMAT, textContent } from '../tracking/text';
import { type ConventionDetailsInput, periodsOf, periodsText, weekdaysOf, weekdaysText } from './details';
import { type ObjectiveKey, PLATFORM_OBJECTIVES } from './immersion-facile';

export const CONVENTIONS_SHEET_NAME = 'Conventions';

function column<K extends string>(
  key: K,
  header: string,
  width: number,
  numberFormat: string | null = TEXT_FORMAT,
): ColumnDefinition<K> {
  const kind = numberFormat === DATE_FORMAT ? 'date' : 'text';
  return { key, header, width, kind, aliases: [], numberFormat, dropdown: null };
}

/** The first key differs from the tracking table's: each table has its own cached column search. */
export const CONVENTION_COLUMNS = [
  column('conventionRequestId', 'N°', 70),
  column('collectivity', 'Collectivité', 200),
  column('tutorFirstName', 'Prénom du tuteur', 130),
  column('tutorLastName', 'Nom du tuteur', 130),
  column('tutorRole', 'Fonction du tuteur', 170),
  column('tutorEmail', 'Courriel du tuteur', 200),
  column('tutorPhone', 'Téléphone du tuteur', 130),
  column('tutorSigns', 'Le tuteur signe pour la collectivité', 130),
  column('siret', 'SIRET', 140),
  column('dateStart', 'Début', 100, DATE_FORMAT),
  column('dateEnd', 'Fin', 100, DATE_FORMAT),
  column('weekdays', 'Jours', 220),
  column('periods', 'Horaires', 160),
  column('objective', 'Objectif', 240),
  column('link', 'Lien Immersion Facilitée', 220),
  column('updated', 'Mise à jour', 100, DATE_FORMAT),
] as const;

export type ConventionColumnKey = (typeof CONVENTION_COLUMNS)[number]['key'];

const YES = 'Oui';
const NO = 'Non';

/** The form's answers as a stored row holds them: any of them may be missing. */
export type StoredDetails = Partial<Omit<ConventionDetailsInput, 'requestId'>>;

export interface ConventionRow {
  readonly requestId: string;
  readonly collectivity: string;
  readonly details: StoredDetails;
  readonly link: string;
  readonly updated: string;
}

/**
 * The row's cells, each with the number format that keeps it as written (textContent: text in
 * Plain-text cells, never a formula; dates as Dates at midnight in the spreadsheet's zone).
 */
export function conventionCells(
  row: ConventionRow,
  timeZone: string,
): Record<ConventionColumnKey, CellContent> {
  const d = row.details;
  const text = (value: string | undefined) => textContent(value ?? '');
  const day = (value: IsoDay | undefined) => ({
    value: value ? dateOf(value, timeZone) : '',
    format: DATE_FORMAT,
  });
  return {
    conventionRequestId: text(row.requestId),
    collectivity: text(row.collectivity),
    tutorFirstName: text(d.tutorFirstName),
    tutorLastName: text(d.tutorLastName),
    tutorRole: text(d.tutorRole),
    tutorEmail: text(d.tutorEmail),
    tutorPhone: text(d.tutorPhone),
    tutorSigns: text(d.tutorSigns === true ? YES : NO),
    siret: text(d.siret),
    dateStart: day(d.dateStart),
    dateEnd: day(d.dateEnd),
    weekdays: text(weekdaysText(d.weekdays ?? [])),
    periods: text(periodsText(d.periods ?? [])),
    objective: text(d.objective === undefined ? '' : PLATFORM_OBJECTIVES[d.objective]),
    link: text(row.link),
    updated: day(row.updated),
  };
}

/**
 * What the form shows again for a stored row. `day` reads a date cell (a Date from getValues)
 * as an ISO day. A cell a person damaged reads as empty rather than failing.
 */
export function storedDetails(
  values: readonly unknown[],
  layout: Layout<ConventionColumnKey>,
  day: (value: unknown) => string,
): StoredDetails {
  const cell = (key: ConventionColumnKey) => values[layout.columns[key] - 1];
  const text = (key: ConventionColumnKey) => cellText(cell(key));
  const objective = (Object.keys(PLATFORM_OBJECTIVES) as ObjectiveKey[]).find(
    (key) => PLATFORM_OBJECTIVES[key] === text('objective'),
  );
  return {
    tutorFirstName: text('tutorFirstName'),
    tutorLastName: text('tutorLastName'),
    tutorRole: text('tutorRole'),
    tutorEmail: text('tutorEmail'),
    tutorPhone: text('tutorPhone'),
    tutorSigns: text('tutorSigns') === YES,
    siret: text('siret'),
    dateStart: day(cell('dateStart')),
    dateEnd: day(cell('dateEnd')),
    weekdays: weekdaysOf(text('weekdays')),
    periods: periodsOf(text('periods')),
    ...(objective === undefined ? {} : { objective }),
  };
}

/** Row index (0-based in `rows`) of request `requestId`, or -1. */
export function rowOfRequest(
  rows: readonly (readonly unknown[])[],
  layout: Layout<ConventionColumnKey>,
  requestId: string,
): number {
  const column = layout.columns.conventionRequestId;
  const wanted = requestId.trim().toUpperCase();
  return rows.findIndex((row) => cellText(row[column - 1]).toUpperCase() === wanted);
}
