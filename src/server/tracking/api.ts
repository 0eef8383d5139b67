/** The sidebar's API for the tracking table (« Suivi des demandes »). */
import * as z from 'zod/mini';
import { lazy } from '../../domain/lazy';
import {
  ActionSchema,
  isIsoDay,
  NewRequestSchema,
  REQUESTS_SHEET_NAME,
  RequestEditSchema,
} from '../../domain/tracking';
import { endpoint } from '../endpoint';
import { readSettings } from '../settings-store';
import { withDocumentLock } from './document-lock';
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
