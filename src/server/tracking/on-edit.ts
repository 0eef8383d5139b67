/**
 * Edits typed directly in « Suivi des demandes »: a new Étape is respected as typed and logged
 * in the journal (with the dates it implies); a refusal without a reason gets a note asking
 * for it, and the reason, once chosen, is logged. A simple trigger runs on every edit of every
 * person: anything else returns before the first service call.
 *
 * Authorization (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle):
 * in a workbook where the add-on was never used, onEdit may run in AuthMode.NONE, where
 * touching the document throws: it returns at once. Otherwise it runs in LIMITED: the
 * document, properties, the lock and toasts only (no sidebar, no fetch, no mail), and the
 * author is the event's user, whose e-mail is often blank — never Session here.
 */
import {
  changeStep,
  isRefusalReason,
  isStep,
  type JournalEntry,
  REQUEST_COLUMNS,
  REQUESTS_SHEET_NAME,
  type Request,
  type RequestColumnKey,
  readRequest,
  readStep,
  refusalReasonOf,
} from '../../domain/tracking';
import { UserError } from '../../shared/validation';
import { readSettings } from '../settings-store';
import { withDocumentLock } from './document-lock';
import { readSheetLayout } from './sheet-layout';
import { appendJournal, FIRST_DATA_ROW, readJournal, today, writeRequest } from './workbook';

export const REFUSAL_NOTE =
  'Refus sans motif : choisissez le motif dans la colonne « Motif de refus » de cette ligne. Il aide à mieux cibler les prochaines demandes.';
const TOAST_TITLE = 'Suivi des demandes';

/** The person who edited, from the event: '' when Google does not disclose it. */
export function editAuthor(e: GoogleAppsScript.Events.SheetsOnEdit): string {
  try {
    return e.user?.getEmail() ?? '';
  } catch {
    return '';
  }
}

export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (e.authMode === ScriptApp.AuthMode.NONE) return;
  // Free filters first: only a step chosen, a step erased, or a refusal reason chosen matter.
  // The Étape dropdown refuses anything else, so free text (« Appeler le matin ») is never one.
  const stepEdit = isStep(e.value) || (e.value === undefined && isStep(e.oldValue));
  const reasonEdit = typeof e.value === 'string' && isRefusalReason(refusalReasonOf(e.value));
  if (!stepEdit && !reasonEdit) return;
  const range = e.range;
  const sheet = range.getSheet();
  if (sheet.getName() !== REQUESTS_SHEET_NAME) return;
  const row = range.getRow();
  if (row < FIRST_DATA_ROW) return;
  const { layout } = readSheetLayout(sheet, REQUEST_COLUMNS);
  const column = range.getColumn();
  const key: RequestColumnKey | null =
    column === layout.columns.step
      ? 'step'
      : column === layout.columns.refusalReason
        ? 'refusalReason'
        : null;
  if (key === null) return;

  const spreadsheet = e.source;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  try {
    withDocumentLock(() => {
      const values = sheet.getRange(row, 1, 1, layout.width).getValues()[0] ?? [];
      const request = readRequest(values, layout, timeZone);
      const stepCell = sheet.getRange(row, layout.columns.step);
      if (key === 'refusalReason') {
        if (request.step !== 'Refusé') return;
        appendJournal(readJournal(spreadsheet), [reasonEntry(request, timeZone, editAuthor(e))], timeZone);
        stepCell.clearNote();
        return;
      }
      const typed = readStep(e.value ?? '');
      if (!typed.ok) {
        spreadsheet.toast(typed.message, TOAST_TITLE);
        return;
      }
      const before: Request = { ...request, step: e.oldValue ?? '' };
      const result = changeStep(
        before,
        { step: typed.step, date: today(timeZone), refusalReason: request.refusalReason },
        { today: today(timeZone), author: editAuthor(e), followUpDays: readSettings().followUpDays },
      );
      if (!result.ok) {
        // The person's value stays in the cell: only a note and a toast ask for what is missing.
        if (typed.step === 'Refusé') stepCell.setNote(REFUSAL_NOTE);
        spreadsheet.toast(result.message, TOAST_TITLE);
        return;
      }
      // Everything but the Étape cell, which holds exactly what the person typed or chose.
      const changed = result.value.changed.filter((k) => k !== 'step');
      const rows: unknown[][] = [];
      rows[row - FIRST_DATA_ROW] = values;
      const table = { spreadsheet, sheet, layout, timeZone, rows };
      writeRequest(table, row - FIRST_DATA_ROW, result.value.request, changed);
      appendJournal(readJournal(spreadsheet), [result.value.journal], timeZone);
      // A note asking for a refusal's reason no longer applies once the step moved on.
      if (e.oldValue === 'Refusé') stepCell.clearNote();
    });
  } catch (error) {
    if (error instanceof UserError) spreadsheet.toast(error.message, TOAST_TITLE);
    else throw error;
  }
}

function reasonEntry(request: Request, timeZone: string, author: string): JournalEntry {
  return {
    date: today(timeZone),
    requestId: request.requestId,
    collectivity: request.collectivity,
    action: 'Note',
    detail: `Motif du refus : ${request.refusalReason}.`,
    author,
  };
}
