/** The sidebar's API for the tracking table (« Suivi des demandes »). */
import * as z from 'zod/mini';
import { lazy } from '../../domain/lazy';
import {
  ActionSchema,
  type ImportTarget,
  isIsoDay,
  NewRequestSchema,
  REQUEST_COLUMNS,
  REQUESTS_SHEET_NAME,
  RequestEditSchema,
} from '../../domain/tracking';
import { endpoint } from '../endpoint';
import { readSettings } from '../settings-store';
import { withDocumentLock } from './document-lock';
import { findImportCandidates, importTable } from './import-table';
import {
  addRequest,
  changeRequestStep,
  editRequestContact,
  overviewOf,
  recordAction,
  trackingOverview,
} from './requests';
import { describeSetUp, setUpTrackingSheets } from './set-up';
import { today } from './workbook';

const NoPayload = lazy(() => z.optional(z.object({})));

/** N° of the request; empty or absent: the row selected in the sheet. */
const RequestIdField = lazy(() => z.optional(z.string().check(z.trim(), z.maxLength(20))));

const IMPORT_TARGETS = REQUEST_COLUMNS.map((c) => c.key).filter(
  (key): key is ImportTarget => key !== 'requestId',
);

/**
 * Creates or repairs the two sheets; says in French what was done, with the list as it is now
 * (a table just created is empty: nothing to read).
 */
export const setUpTrackingTable = endpoint(
  () => NoPayload,
  () =>
    withDocumentLock(() => {
      const spreadsheet = SpreadsheetApp.getActive();
      const { followUpDays } = readSettings();
      const report = setUpTrackingSheets(spreadsheet, followUpDays);
      const overview = report.createdSheets.includes(REQUESTS_SHEET_NAME)
        ? overviewOf([], today(spreadsheet.getSpreadsheetTimeZone()), followUpDays)
        : trackingOverview();
      return { ...report, message: describeSetUp(report), overview };
    }),
);

/** The requests, and the follow-ups due today with what to do. */
export const getTracking = endpoint(
  () => NoPayload,
  () => trackingOverview(),
);

/** « Ajouter une demande ». */
export const addTrackingRequest = endpoint(
  () => NewRequestSchema,
  (fields) => addRequest(fields),
);

/** « Modifier la demande »: service visé and the interlocutor's details, by N°. */
export const updateTrackingRequest = endpoint(
  () => RequestEditSchema,
  (edit) => editRequestContact(edit),
);

/** « Noter une démarche » (call, letter, answer, refusal with its reason…). */
export const recordTrackingAction = endpoint(
  () => z.extend(ActionSchema, { requestId: RequestIdField }),
  ({ requestId, ...action }) => recordAction({ requestId }, action),
);

/** « Changer l'étape ». */
export const changeTrackingStep = endpoint(
  () =>
    z.object({
      requestId: RequestIdField,
      step: z.string({ error: 'Choisissez une étape dans la liste.' }),
      date: z.string().check(z.refine(isIsoDay, { error: 'Indiquez une date valide.' })),
      refusalReason: z.optional(z.string()),
      detail: z.optional(z.string().check(z.maxLength(2000, { error: 'Ce texte est trop long.' }))),
    }),
  ({ requestId, ...change }) => changeRequestStep({ requestId }, change),
);

/** The sheets that look like a tracking table the person already keeps. */
export const findTrackingImports = endpoint(
  () => NoPayload,
  () => findImportCandidates(),
);

/** Copies a confirmed table into « Suivi des demandes »; the original sheet stays as it is. */
export const importTrackingTable = endpoint(
  () =>
    z.object({
      sheetName: z.string().check(z.minLength(1, { error: 'Choisissez la feuille à reprendre.' })),
      columns: z.array(
        z.object({
          column: z.int().check(z.gte(1)),
          target: z.nullable(z.enum(IMPORT_TARGETS)),
        }),
      ),
    }),
  // With the list as it is now: the sidebar shows it without a third execution.
  ({ sheetName, columns }) => ({ ...importTable(sheetName, columns), overview: trackingOverview() }),
);
