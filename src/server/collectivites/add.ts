/**
 * « Ajouter au suivi »: the proposals the person ticked become rows « À contacter » of « Suivi
 * des demandes », created first if needed. Under the document lock: one read of the table, one
 * setValues for all the new rows, one for their journal lines; a collectivité already tracked
 * is not added twice.
 */
import { newCollectivities, type Proposal } from '../../domain/collectivites';
import { createRequest, newRequestRow, nextRequestIds, REQUESTS_SHEET_NAME } from '../../domain/tracking';
import { UserError } from '../../shared/validation';
import { withDocumentLock } from '../tracking/document-lock';
import {
  appendJournal,
  appendRows,
  currentAuthor,
  FIRST_DATA_ROW,
  journalRequestIds,
  lastRowOf,
  NO_TABLE_MESSAGE,
  readJournal,
  readRequestsTable,
  requestsOf,
  today,
} from '../tracking/workbook';
import { addSummary } from './summary';

export interface AddedRequest {
  readonly requestId: string;
  readonly row: number;
  readonly collectivity: string;
}

export interface AddReport {
  readonly added: readonly AddedRequest[];
  /** Bodies (« Mairie de Lyon ») already in the table, or ticked twice. */
  readonly alreadyTracked: readonly string[];
  readonly tableCreated: boolean;
  readonly message: string;
}

export const NOTHING_CHOSEN = 'Cochez au moins une collectivité à ajouter.';
const JOURNAL_DETAIL = 'Demande ajoutée depuis la recherche de collectivités.';

export function addChosenCollectivites(chosen: readonly Proposal[]): AddReport {
  if (chosen.length === 0) throw new UserError(NOTHING_CHOSEN, 'proposals');
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActive();
    const tableCreated = spreadsheet.getSheetByName(REQUESTS_SHEET_NAME) === null;
    const table = readRequestsTable(spreadsheet, { repair: true });
    if (table === null) throw new UserError(NO_TABLE_MESSAGE);
    const tracked = requestsOf(table).map((r) => ({
      name: r.collectivity,
      code: r.code,
      type: r.collectivityType,
    }));
    const { added, alreadyTracked } = newCollectivities(chosen, tracked);
    const already = alreadyTracked.map((p) => p.body);
    if (added.length === 0) {
      return {
        added: [],
        alreadyTracked: already,
        tableCreated,
        message: addSummary(0, already, tableCreated),
      };
    }

    const journal = readJournal(spreadsheet, { lines: true });
    const idColumn = table.layout.columns.requestId;
    const ids = nextRequestIds(
      [...table.rows.map((row) => row[idColumn - 1]), ...journalRequestIds(journal)],
      added.length,
    );
    const context = { today: today(table.timeZone), author: currentAuthor() };
    const created = added.map((proposal, i) =>
      createRequest(
        {
          collectivity: proposal.body,
          collectivityType: proposal.typeLabel,
          code: proposal.code,
          // A special statute (Métropole de Lyon, Corse…) is worth keeping next to the request.
          ...(proposal.note === undefined ? {} : { notes: proposal.note }),
        },
        { ...context, requestId: ids[i] as string },
      ),
    );
    appendRows(
      table.sheet,
      created.map(({ request }) => newRequestRow(request, table.layout, table.timeZone)),
      lastRowOf(table),
    );
    appendJournal(
      journal,
      created.map(({ journal: entry }) => ({ ...entry, detail: JOURNAL_DETAIL })),
      table.timeZone,
    );
    // appendRows wrote below the last row, which is the last one read.
    const firstRow = FIRST_DATA_ROW + table.rows.length;
    return {
      added: created.map(({ request }, i) => ({
        requestId: request.requestId,
        row: firstRow + i,
        collectivity: request.collectivity,
      })),
      alreadyTracked: already,
      tableCreated,
      message: addSummary(created.length, already, tableCreated),
    };
  });
}
