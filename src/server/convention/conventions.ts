/**
 * « Préparer ma convention » on the workbook: what the form shows for an accepted request (read
 * only, plus one Annuaire fetch when that opt-in setting is on and no SIRET is known yet), and
 * the save: under the document lock, « Conventions » read once (getDataRange), created or
 * repaired only when it or one of its columns is missing (like the tracking sheets), the
 * request's row written with one setValues, one journal line the
 * first time; then the link, built by the domain. Nothing is sent anywhere: the person opens it.
 */
import {
  isInseeCommuneCode,
  mairieQueryUrl,
  readMairieAnswer,
  SIRET_FIELDS,
} from '../../domain/collectivites/annuaire';
import {
  CONVENTION_COLUMNS,
  CONVENTIONS_SHEET_NAME,
  type ConventionColumnKey,
  type ConventionDetails,
  conventionCells,
  conventionIssues,
  type FieldToFill,
  frenchWeekday,
  lastAllowedDay,
  type ObjectiveKey,
  prepareConvention,
  rowOfRequest,
  type StoredDetails,
  storedDetails,
} from '../../domain/convention';
import type { Plan } from '../../domain/plan';
import {
  addDays,
  type CellContent,
  COLUMN_METADATA_KEY,
  type IsoDay,
  type Layout,
  type Request,
  type RowContents,
  readDateCell,
} from '../../domain/tracking';
import { failure, type Result, success } from '../../shared/result';
import { describeIssues, UserError } from '../../shared/validation';
import { writeContents } from '../cell-writes';
import { cachedSearch, fingerprintOf } from '../metadata-cache';
import { readPlanSheet } from '../plan/plan-sheet';
import { readAnnuaireSettings } from '../settings-store';
import { withDocumentLock } from '../tracking/document-lock';
import { ensureSheet } from '../tracking/set-up';
import { layoutCacheKey, readSheetLayout } from '../tracking/sheet-layout';
import {
  appendJournal,
  currentAuthor,
  FIRST_DATA_ROW,
  indexOfRequest,
  NO_TABLE_MESSAGE,
  readJournal,
  readRequestsTable,
  requestsOf,
  today,
  toWidth,
} from '../tracking/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const ACCEPTED_STEP = 'Stage accepté';

export const NO_PLAN_MESSAGE =
  'La convention reprend votre plan de stage : remplissez d’abord « Mon plan » (il crée la feuille « Plan de stage »).';

export const notAcceptedMessage = (requestId: string, step: string) =>
  `La demande ${requestId} est à l’étape « ${step || 'À contacter'} » : la convention se prépare une fois le stage accepté. Notez d’abord l’accord de la collectivité dans « Suivi des demandes ».`;

/** The plan, and the spreadsheet's time zone read with it (passed along: read once). */
function readPlan(spreadsheet: Spreadsheet): { plan: Plan; timeZone: string } {
  const sheet = readPlanSheet(spreadsheet, { forSave: false });
  if (sheet === null) throw new UserError(NO_PLAN_MESSAGE);
  return { plan: sheet.reading.plan, timeZone: sheet.timeZone };
}

/** The request numbered `requestId`, which must be accepted: one read of the tracking table. */
function acceptedRequest(spreadsheet: Spreadsheet, requestId: string, timeZone: string): Request {
  const table = readRequestsTable(spreadsheet, { repair: false, timeZone });
  if (table === null) throw new UserError(NO_TABLE_MESSAGE);
  const request = requestsOf(table)[indexOfRequest(table, requestId)] as Request;
  if (request.step !== ACCEPTED_STEP) {
    throw new UserError(notAcceptedMessage(request.requestId, request.step), 'requestId');
  }
  return request;
}

interface StoredConvention {
  readonly sheet: Sheet;
  readonly layout: Layout<ConventionColumnKey>;
  readonly rows: unknown[][];
  /** Index in `rows` of the request's row, -1 when none. */
  readonly index: number;
}

/**
 * « Conventions » as it is, header and rows in one read (getDataRange, getValues), or null when
 * it does not exist (reading creates nothing).
 */
function readConventions(spreadsheet: Spreadsheet, requestId: string): StoredConvention | null {
  const sheet = spreadsheet.getSheetByName(CONVENTIONS_SHEET_NAME);
  if (sheet === null) return null;
  const values = sheet.getDataRange().getValues();
  const { layout } = readSheetLayout(sheet, CONVENTION_COLUMNS, values[0] ?? []);
  return conventionRows(sheet, layout, values.slice(FIRST_DATA_ROW - 1), requestId);
}

/** The data rows of « Conventions » at the layout's width, and the request's row among them. */
function conventionRows(
  sheet: Sheet,
  layout: Layout<ConventionColumnKey>,
  rows: unknown[][],
  requestId: string,
): StoredConvention {
  const wide = toWidth(rows, layout.width);
  return { sheet, layout, rows: wide, index: rowOfRequest(wide, layout, requestId) };
}

/**
 * « Conventions » for a save (under the lock): read once; created, or repaired, only when
 * something is missing (the sheet, a column, a column's metadata when it was found by its
 * header), as the tracking table is. Its frozen row and filter are made with it, and not
 * checked again on every save. `maxRows` is known when the sheet was just created or repaired.
 */
function conventionsToWrite(
  spreadsheet: Spreadsheet,
  requestId: string,
): StoredConvention & { readonly maxRows?: number } {
  const read = readConventions(spreadsheet, requestId);
  if (read !== null && read.layout.missing.length === 0 && read.layout.metadataToAdd.length === 0) {
    return read;
  }
  // The layout ensureSheet located (or made) is the one to write with: no second search.
  const ensured = ensureSheet(spreadsheet, CONVENTIONS_SHEET_NAME, CONVENTION_COLUMNS);
  if (ensured.created) {
    // Its columns were just made, each with its metadata: remember where, so that the next
    // operation finds them with one property read instead of searching the metadata.
    cachedSearch(
      layoutCacheKey(CONVENTION_COLUMNS),
      fingerprintOf(CONVENTION_COLUMNS.map((c) => c.header)),
      () => ensured.layout.located.map((l) => ({ key: COLUMN_METADATA_KEY, value: l.key, column: l.column })),
    );
  }
  // A repair appends headers and metadata only: the rows read before are still the sheet's.
  return {
    ...conventionRows(ensured.sheet, ensured.layout, read?.rows ?? [], requestId),
    maxRows: ensured.maxRows,
  };
}

/** The mairie's SIRET from the API Annuaire (opt-in); '' when off, not a commune, or not given. */
function annuaireSiret(request: Request): string {
  if (!readAnnuaireSettings().enabled || !isInseeCommuneCode(request.code)) return '';
  try {
    const response = UrlFetchApp.fetch(mairieQueryUrl(request.code, SIRET_FIELDS), {
      muteHttpExceptions: true,
    });
    if (response.getResponseCode() !== 200) return '';
    const reading = readMairieAnswer(response.getContentText());
    return reading.status === 'found' ? (reading.contact.siret ?? '') : '';
  } catch (error) {
    // The SIRET is then typed: the form is not worth losing for it.
    console.warn(`Annuaire (SIRET): ${String(error)}`);
    return '';
  }
}

export interface ConventionView {
  readonly requestId: string;
  readonly collectivity: string;
  readonly service: string;
  /** What the form shows: the stored answers, else suggestions from the plan and the request. */
  readonly details: StoredDetails;
  /** Where the SIRET shown comes from. */
  readonly siretSource: 'stored' | 'annuaire' | 'none';
  /** True when the tutor's name, phone or e-mail were taken from the request's interlocutor. */
  readonly tutorFromRequest: boolean;
  readonly planWindow: { readonly earliestStart: IsoDay | null; readonly latestEnd: IsoDay | null };
  /** The link and what is left to fill, when the convention was already prepared. */
  readonly prepared: PreparedView | null;
}

export interface PreparedView {
  readonly requestId: string;
  readonly url: string;
  readonly toFill: readonly FieldToFill[];
  readonly message: string;
}

/** The plan's objective key, when the plan has one. */
const planObjective = (plan: Plan): ObjectiveKey | undefined => plan.why.objective;

function suggestions(plan: Plan, request: Request): StoredDetails {
  const { latestEnd } = plan.conditions;
  const fullTime = plan.conditions.rhythm !== 'partTime';
  // A full-time stage starts on the first weekday of the plan's window, not on a Saturday.
  let earliestStart = plan.conditions.earliestStart;
  while (fullTime && earliestStart !== undefined && frenchWeekday(earliestStart) > 4) {
    earliestStart = addDays(earliestStart, 1);
  }
  const end =
    earliestStart === undefined
      ? latestEnd
      : latestEnd === undefined || lastAllowedDay(earliestStart) < latestEnd
        ? lastAllowedDay(earliestStart)
        : latestEnd;
  const objective = planObjective(plan);
  return {
    tutorLastName: request.contactName,
    tutorRole: request.contactRole,
    tutorPhone: request.phone,
    tutorEmail: request.email,
    tutorSigns: false,
    ...(earliestStart === undefined ? {} : { dateStart: earliestStart }),
    ...(end === undefined ? {} : { dateEnd: end }),
    weekdays: fullTime ? [0, 1, 2, 3, 4] : [],
    periods: [
      { start: '09:00', end: '12:00' },
      { start: '14:00', end: '17:00' },
    ],
    ...(objective === undefined ? {} : { objective }),
  };
}

/** What « Préparer ma convention » shows for request `requestId` (read only). */
export function conventionView(requestId: string): ConventionView {
  const spreadsheet = SpreadsheetApp.getActive();
  const { plan, timeZone } = readPlan(spreadsheet);
  const request = acceptedRequest(spreadsheet, requestId, timeZone);
  const stored = readConventions(spreadsheet, request.requestId);
  const row = stored !== null && stored.index >= 0 ? stored.rows[stored.index] : undefined;
  const dayOfCell = (value: unknown) => {
    const reading = readDateCell(value, timeZone);
    return reading.ok ? (reading.day ?? '') : '';
  };
  const details = row !== undefined && stored !== null ? storedDetails(row, stored.layout, dayOfCell) : null;
  const fromAnnuaire = details?.siret ? '' : annuaireSiret(request);
  const shown: StoredDetails = details ?? suggestions(plan, request);
  return {
    requestId: request.requestId,
    collectivity: request.collectivity,
    service: request.service,
    details: fromAnnuaire === '' ? shown : { ...shown, siret: fromAnnuaire },
    siretSource: details?.siret ? 'stored' : fromAnnuaire !== '' ? 'annuaire' : 'none',
    tutorFromRequest:
      details === null && (request.contactName !== '' || request.phone !== '' || request.email !== ''),
    planWindow: {
      earliestStart: plan.conditions.earliestStart ?? null,
      latestEnd: plan.conditions.latestEnd ?? null,
    },
    prepared: details === null ? null : preparedView(plan, request, details),
  };
}

function preparedView(plan: Plan, request: Request, stored: StoredDetails): PreparedView | null {
  const { dateStart, dateEnd, objective } = stored;
  if (!dateStart || !dateEnd || objective === undefined) return null;
  const details = {
    ...stored,
    requestId: request.requestId,
    dateStart,
    dateEnd,
    objective,
  } as ConventionDetails;
  const { link, toFill } = prepareConvention({ plan, request, details });
  return {
    requestId: request.requestId,
    url: link.url,
    toFill,
    message: `Votre demande de convention pour ${request.collectivity} est prête : ouvrez le lien, vérifiez chaque champ, complétez ceux qui restent, puis envoyez-la depuis Immersion Facilitée.`,
  };
}

/** The row to write: the add-on's columns, null in the person's own (never written). */
function rowOf(
  layout: Layout<ConventionColumnKey>,
  cells: Record<ConventionColumnKey, CellContent>,
): RowContents {
  const row: (CellContent | null)[] = Array.from({ length: layout.width }, () => null);
  for (const key of Object.keys(cells) as ConventionColumnKey[]) row[layout.columns[key] - 1] = cells[key];
  return row;
}

/**
 * Checks the PMSMP rules, then stores the answers in « Conventions » (the request's row,
 * created or updated) and gives the link. A rule broken: a French failure per field, nothing written.
 */
export function saveConvention(details: ConventionDetails): Result<PreparedView> {
  const spreadsheet = SpreadsheetApp.getActive();
  const { plan, timeZone } = readPlan(spreadsheet);
  const request = acceptedRequest(spreadsheet, details.requestId, timeZone);
  const issues = conventionIssues(details, {
    earliestStart: plan.conditions.earliestStart,
    latestEnd: plan.conditions.latestEnd,
    minor: plan.contact.me.ageGroup === 'minor',
  });
  if (issues.length > 0) {
    const answer = describeIssues(
      issues.map((issue) => ({
        code: 'custom',
        path: [...issue.path],
        message: issue.message,
        input: undefined,
      })),
    );
    return issues.length === 1 ? failure(issues[0]?.message ?? answer.message, answer.fields) : answer;
  }
  const prepared = prepareConvention({ plan, request, details });
  withDocumentLock(() => {
    const stored = conventionsToWrite(spreadsheet, request.requestId);
    const day = today(timeZone);
    const { requestId: _id, ...answers } = details;
    const cells = conventionCells(
      {
        requestId: request.requestId,
        collectivity: request.collectivity,
        details: answers,
        link: prepared.link.url,
        updated: day,
      },
      timeZone,
    );
    const rowNumber = stored.index >= 0 ? stored.index + FIRST_DATA_ROW : stored.rows.length + FIRST_DATA_ROW;
    if (stored.index < 0) {
      // A new row below the data: the sheet grown when it is full.
      const maxRows = stored.maxRows ?? stored.sheet.getMaxRows();
      if (rowNumber > maxRows) stored.sheet.insertRowsAfter(maxRows, 1);
    }
    // Only the cells of the add-on's columns: a person's own column in the row is never rewritten.
    writeContents(stored.sheet, rowNumber, 1, [rowOf(stored.layout, cells)]);
    if (stored.index < 0) {
      appendJournal(
        readJournal(spreadsheet),
        [
          {
            date: day,
            requestId: request.requestId,
            collectivity: request.collectivity,
            action: 'Note',
            detail: `Convention préparée pour Immersion Facilitée (feuille « ${CONVENTIONS_SHEET_NAME} ») : à compléter et envoyer depuis le site.`,
            author: currentAuthor(),
          },
        ],
        timeZone,
      );
    }
  });
  return success({
    requestId: request.requestId,
    url: prepared.link.url,
    toFill: prepared.toFill,
    message: `Votre demande de convention pour ${request.collectivity} est prête et enregistrée dans la feuille « ${CONVENTIONS_SHEET_NAME} » : ouvrez le lien, vérifiez chaque champ, complétez ceux qui restent, puis envoyez-la depuis Immersion Facilitée.`,
  });
}
