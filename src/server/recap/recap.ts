/**
 * « Récapitulatif de mes démarches » on the workbook: one read of the plan (for the person's and
 * the counsellor's names), of « Suivi des demandes » and of « Journal des démarches », then
 * either a new Google Doc laid out by the letters' writer, or (when Docs is refused or the
 * person prefers it) a new sheet of the workbook, never written over an existing one. One
 * journal line says it was made. Nothing is sent to anyone.
 */

import { frenchDateRange } from '../../domain/french';
import {
  RECAP_HEADER,
  type RecapInput,
  type RecapLine,
  recapDocument,
  recapRows,
} from '../../domain/recap/recap';
import {
  cellText,
  DATE_FORMAT,
  dateOf,
  type JOURNAL_COLUMNS,
  journalActionOf,
  readDateCell,
} from '../../domain/tracking';
import { textContent } from '../../domain/tracking/text';
import { UserError } from '../../shared/validation';
import { writeContents } from '../cell-writes';
import { writeLetterDoc } from '../letters/doc-writer';
import { readPlanSheet } from '../plan/plan-sheet';
import { withDocumentLock } from '../tracking/document-lock';
import {
  appendJournal,
  currentAuthor,
  type Journal,
  NO_TABLE_MESSAGE,
  readJournal,
  readRequestsTable,
  requestsOf,
  today,
} from '../tracking/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const RECAP_QUOTA_MESSAGE =
  'Google limite le nombre de documents créés chaque jour et cette limite est atteinte pour aujourd’hui. Créez plutôt le récapitulatif comme une feuille du classeur, ou réessayez demain.';
export const RECAP_DOCS_FAILURE_MESSAGE =
  'Google Docs n’a pas pu créer le récapitulatif. Créez-le plutôt comme une feuille du classeur, ou réessayez dans un instant.';

export interface Period {
  readonly from: string;
  readonly to: string;
}

/** The journal's lines, every column found by identity; a line without a readable date is skipped. */
function journalLines(journal: Journal, timeZone: string): RecapLine[] {
  const { layout } = journal;
  return journal.lines.flatMap((row) => {
    const cell = (key: (typeof JOURNAL_COLUMNS)[number]['key']) => row[layout.columns[key] - 1] ?? '';
    const date = readDateCell(cell('date'), timeZone);
    if (!date.ok || date.day === null) return [];
    return [
      {
        date: date.day,
        requestId: cellText(cell('requestId')),
        collectivity: cellText(cell('collectivity')),
        action: journalActionOf(cellText(cell('action'))),
        detail: cellText(cell('detail')),
      },
    ];
  });
}

interface RecapRead extends RecapInput {
  readonly timeZone: string;
  /** The journal, read once: its lines for the recap, its layout for the line saying it was made. */
  readonly journalSheet: Journal;
}

/**
 * One read of each sheet: the tracking table, the plan, the journal (header and lines together;
 * created with its sibling only if someone deleted it, as any writer does before its line).
 */
function readRecapInput(spreadsheet: Spreadsheet, period: Period): RecapRead {
  const table = readRequestsTable(spreadsheet, { repair: false });
  if (table === null) throw new UserError(NO_TABLE_MESSAGE);
  const plan = readPlanSheet(spreadsheet, { forSave: false, timeZone: table.timeZone })?.reading.plan;
  const journal = readJournal(spreadsheet, { lines: true });
  return {
    from: period.from,
    to: period.to,
    today: today(table.timeZone),
    person: { firstName: plan?.contact.me.firstName ?? '', lastName: plan?.contact.me.lastName ?? '' },
    counsellor: { name: plan?.contact.counsellor.name ?? '', agency: plan?.contact.counsellor.agency ?? '' },
    journal: journalLines(journal, table.timeZone),
    requests: requestsOf(table),
    timeZone: table.timeZone,
    journalSheet: journal,
  };
}

function logRecap(input: RecapRead, where: string): void {
  appendJournal(
    input.journalSheet,
    [
      {
        date: input.today,
        requestId: '',
        collectivity: '',
        action: 'Note',
        detail: `Récapitulatif des démarches ${frenchDateRange(input.from, input.to)} préparé pour le rendez-vous avec ${input.counsellor.name || 'le conseiller ou la conseillère'} : ${where}`,
        author: currentAuthor(),
      },
    ],
    input.timeZone,
  );
}

export interface RecapMade {
  readonly kind: 'doc' | 'sheet';
  readonly title: string;
  /** The Doc's URL, or '' for a sheet. */
  readonly url: string;
  readonly sheetName: string;
  readonly message: string;
}

/** The recap as a new Google Doc (the letters' writer), and a journal line with its link. */
export function makeRecapDoc(period: Period): RecapMade {
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActive();
    const input = readRecapInput(spreadsheet, period);
    const document = recapDocument(input);
    let url: string;
    try {
      // Laid out by the letters' writer (headings, paragraphs, bulleted lists): two Docs calls.
      url = writeLetterDoc(document);
    } catch (error) {
      console.error(`Docs: ${String(error)}`);
      throw new UserError(
        /too many times/i.test(String(error)) ? RECAP_QUOTA_MESSAGE : RECAP_DOCS_FAILURE_MESSAGE,
      );
    }
    logRecap(input, url);
    return {
      kind: 'doc',
      title: document.title,
      url,
      sheetName: '',
      message: `Le récapitulatif « ${document.title} » est prêt dans Google Docs : ouvrez-le pour le relire, l’imprimer ou le partager avec ${input.counsellor.name || 'votre conseiller ou conseillère'}.`,
    };
  });
}

/** The recap sheet's row holding RECAP_HEADER (recapRows: the title, the person, a blank row, then it). */
const HEADER_ROW = 4;

/** A sheet name no sheet of the workbook has: « Récapitulatif 2026-11-28 », then « (2) »… (one call a try). */
function freeSheetName(spreadsheet: Spreadsheet, base: string): string {
  if (spreadsheet.getSheetByName(base) === null) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (spreadsheet.getSheetByName(name) === null) return name;
  }
}

/** The recap as a new sheet of the workbook (never over an existing one): one setValues. */
export function makeRecapSheet(period: Period): RecapMade {
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActive();
    const input = readRecapInput(spreadsheet, period);
    const rows = recapRows(input);
    const name = freeSheetName(spreadsheet, `Récapitulatif ${input.today}`);
    const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
    const width = RECAP_HEADER.length;
    // Each text with the format that keeps it as written (« 04 78… », « 12/10 »), the démarches' days as dates.
    const contents = rows.map((row) =>
      row.map((cell) =>
        typeof cell === 'string'
          ? textContent(cell)
          : { value: dateOf(cell.day, input.timeZone), format: DATE_FORMAT },
      ),
    );
    const block = sheet.getRange(1, 1, contents.length, width);
    writeContents(sheet, 1, 1, contents, block);
    // The title (A1) and the table's header in bold, on the range just written: one call.
    block.setFontWeights(
      contents.map((row, r) =>
        row.map((_, c) => (r === HEADER_ROW - 1 || (r === 0 && c === 0) ? 'bold' : null)),
      ),
    );
    sheet.setFrozenRows(HEADER_ROW);
    logRecap(input, `feuille « ${name} ».`);
    return {
      kind: 'sheet',
      title: name,
      url: '',
      sheetName: name,
      message: `Le récapitulatif est dans la nouvelle feuille « ${name} » du classeur : vous pouvez l’imprimer ou la télécharger (Fichier › Télécharger).`,
    };
  });
}
