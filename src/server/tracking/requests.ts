/**
 * The sidebar's operations on requests. Each one takes the document lock, reads the table
 * once, lets the domain decide, then writes the changed row once and one journal line.
 */
import {
  type Action,
  applyAction,
  type ContactKey,
  changeStep,
  createRequest,
  type DueFollowUp,
  dueFollowUps,
  editRequest,
  type FollowUpKind,
  type IsoDay,
  type NewRequest,
  newRequestRow,
  nextRequestId,
  type Request,
  type RequestEdit,
  type StepChange,
  type Transition,
} from '../../domain/tracking';
import type { Failure, Result } from '../../shared/result';
import { UserError } from '../../shared/validation';
import { readSettings } from '../settings-store';
import { withDocumentLock } from './document-lock';
import {
  appendJournal,
  appendRows,
  currentAuthor,
  FIRST_DATA_ROW,
  indexOfRequest,
  indexOfSelectedRow,
  journalRequestIds,
  lastRowOf,
  NO_TABLE_MESSAGE,
  type RequestsTable,
  readJournal,
  readRequestsTable,
  requestsOf,
  today,
  writeRequest,
} from './workbook';

/** A request as the sidebar lists it (plain JSON: days as ISO strings). */
export interface RequestSummary {
  readonly requestId: string;
  /** Row in « Suivi des demandes », to point the person to it. */
  readonly row: number;
  readonly collectivity: string;
  readonly service: string;
  readonly contactName: string;
  readonly civility: string;
  readonly contactRole: string;
  readonly phone: string;
  readonly email: string;
  readonly address: string;
  readonly step: string;
  readonly lastActionDate: IsoDay | null;
  readonly nextFollowUpDate: IsoDay | null;
  readonly refusalReason: string;
}

export interface FollowUpToday {
  readonly requestId: string;
  readonly row: number;
  readonly kind: FollowUpKind;
  readonly summary: string;
  readonly suggestions: readonly string[];
}

export interface TrackingOverview {
  /** False until « Suivi des demandes » exists. */
  readonly exists: boolean;
  readonly today: IsoDay;
  readonly followUpDays: number;
  readonly requests: RequestSummary[];
  readonly followUps: FollowUpToday[];
}

function summaryOf(request: Request, index: number): RequestSummary {
  return {
    requestId: request.requestId,
    row: index + FIRST_DATA_ROW,
    collectivity: request.collectivity,
    service: request.service,
    contactName: request.contactName,
    civility: request.civility,
    contactRole: request.contactRole,
    phone: request.phone,
    email: request.email,
    address: request.address,
    step: request.step,
    lastActionDate: request.lastActionDate,
    nextFollowUpDate: request.nextFollowUpDate,
    refusalReason: request.refusalReason,
  };
}

const isBlank = (request: Request) => request.requestId === '' && request.collectivity === '';

function followUpOf(due: DueFollowUp): FollowUpToday {
  return {
    requestId: due.requestId,
    row: due.index + FIRST_DATA_ROW,
    kind: due.kind,
    summary: due.summary,
    suggestions: due.suggestions,
  };
}

/** The overview of `requests` (the table's rows in order, as read or just written). */
export function overviewOf(
  requests: readonly Request[],
  day: IsoDay,
  followUpDays: number,
): TrackingOverview {
  const listed = requests.flatMap((request, index) => (isBlank(request) ? [] : [summaryOf(request, index)]));
  return {
    exists: true,
    today: day,
    followUpDays,
    requests: listed,
    followUps: dueFollowUps([...requests], day, followUpDays).map(followUpOf),
  };
}

/** The requests, and those to act on today with what to do (read only: no lock). */
export function trackingOverview(): TrackingOverview {
  const spreadsheet = SpreadsheetApp.getActive();
  const { followUpDays } = readSettings();
  const table = readRequestsTable(spreadsheet, { repair: false });
  const day = today(table?.timeZone ?? spreadsheet.getSpreadsheetTimeZone());
  if (table === null) return { exists: false, today: day, followUpDays, requests: [], followUps: [] };
  return overviewOf(requestsOf(table), day, followUpDays);
}

/**
 * What an action on one request answers: that request, and the whole list as it is now,
 * computed from what the operation read and wrote (no second read, no second execution: the
 * sidebar shows it instead of asking getTracking again).
 */
export interface ActionAnswer extends RequestSummary {
  readonly overview: TrackingOverview;
}

/** A refusal of the domain as the error the endpoint turns into a French failure. */
function refused(result: Failure): UserError {
  return new UserError(result.message, Object.keys(result.fields)[0]);
}

function requireTable(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): RequestsTable {
  const table = readRequestsTable(spreadsheet, { repair: true });
  if (table === null) throw new UserError(NO_TABLE_MESSAGE);
  return table;
}

/** The request to act on: by N° when the sidebar names one, else the row selected in the sheet. */
export interface Target {
  readonly requestId?: string | undefined;
}

/** One action of the sidebar on one request: read once, decide, write the row and the journal. */
function transform(
  target: Target,
  decide: (request: Request, context: Context) => Result<Transition>,
): ActionAnswer {
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActive();
    const table = requireTable(spreadsheet);
    const wanted = target.requestId?.trim() ?? '';
    const index = wanted === '' ? indexOfSelectedRow(table) : indexOfRequest(table, wanted);
    const requests = requestsOf(table);
    const request = requests[index] as Request;
    if (wanted === '' && isBlank(request)) {
      throw new UserError(
        `La ligne ${index + FIRST_DATA_ROW} est vide\u00a0: cliquez sur la ligne d’une demande, ou choisissez la demande dans la liste.`,
        'requestId',
      );
    }
    const ctx = context(table.timeZone);
    const result = decide(request, ctx);
    if (!result.ok) throw refused(result);
    const { request: updated, changed, journal } = result.value;
    writeRequest(table, index, updated, changed);
    appendJournal(readJournal(spreadsheet), [journal], table.timeZone);
    requests[index] = updated;
    return { ...summaryOf(updated, index), overview: overviewOf(requests, ctx.today, ctx.followUpDays) };
  });
}

interface Context {
  readonly today: IsoDay;
  readonly author: string;
  readonly followUpDays: number;
}

function context(timeZone: string): Context {
  return { today: today(timeZone), author: currentAuthor(), followUpDays: readSettings().followUpDays };
}

export function recordAction(target: Target, action: Action): ActionAnswer {
  return transform(target, (request, ctx) => applyAction(request, action, ctx));
}

export function changeRequestStep(target: Target, change: StepChange): ActionAnswer {
  return transform(target, (request, ctx) => changeStep(request, change, ctx));
}

/** Appends a new request (step « À contacter ») with a N° never given before. */
export function addRequest(fields: NewRequest): ActionAnswer {
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActive();
    const table = requireTable(spreadsheet);
    const journal = readJournal(spreadsheet, { lines: true });
    const idColumn = table.layout.columns.requestId;
    const requestId = nextRequestId([
      ...table.rows.map((row) => row[idColumn - 1]),
      ...journalRequestIds(journal),
    ]);
    const day = today(table.timeZone);
    const { request, journal: entry } = createRequest(fields, {
      requestId,
      today: day,
      author: currentAuthor(),
    });
    appendRows(table.sheet, [newRequestRow(request, table.layout, table.timeZone)], lastRowOf(table));
    appendJournal(journal, [entry], table.timeZone);
    const requests = [...requestsOf(table), request];
    return {
      ...summaryOf(request, table.rows.length),
      overview: overviewOf(requests, day, readSettings().followUpDays),
    };
  });
}

/** What « Modifier la demande » answers: the request, the list, and the fields written. */
export interface EditAnswer extends ActionAnswer {
  readonly changed: readonly ContactKey[];
}

/**
 * « Modifier la demande »: the request is found by its N° (never by position: the person may
 * have sorted the table), only the cells that differ are written, and one journal line is
 * appended when something changed.
 */
export function editRequestContact(edit: RequestEdit): EditAnswer {
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActive();
    const table = requireTable(spreadsheet);
    const index = indexOfRequest(table, edit.requestId);
    const requests = requestsOf(table);
    const day = today(table.timeZone);
    const result = editRequest(requests[index] as Request, edit, { today: day, author: currentAuthor() });
    if (result.journal !== null) {
      writeRequest(table, index, result.request, result.changed);
      appendJournal(readJournal(spreadsheet), [result.journal], table.timeZone);
      requests[index] = result.request;
    }
    return {
      ...summaryOf(result.request, index),
      changed: result.changed,
      overview: overviewOf(requests, day, readSettings().followUpDays),
    };
  });
}
