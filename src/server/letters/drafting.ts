/**
 * The letters' operations on the workbook. Each reads the plan once (« Plan de stage »), the
 * tracking table once, the journal once, and the collectivités file only when the row has a
 * Code; drafting then creates the Doc and writes the row's Courrier cell and one journal line,
 * all under the document lock. A missing piece or a Docs failure leaves the workbook as it was.
 */
import type { Directory } from '../../domain/collectivites/directory';
import { writeLetter } from '../../domain/letters';
import { salutation } from '../../domain/letters/addressing';
import { KIND_LABELS } from '../../domain/letters/layout';
import { MissingPiecesError } from '../../domain/letters/pieces';
import type { LetterDocument, LetterInput, LetterKind } from '../../domain/letters/types';
import { typeset } from '../../domain/letters/typography';
import type { Plan } from '../../domain/plan';
import {
  type IsoDay,
  JOURNAL_COLUMNS,
  JOURNAL_SHEET_NAME,
  type Request,
  type Step,
} from '../../domain/tracking';
import { UserError } from '../../shared/validation';
import { readCommuneDirectory, readGroupingsDirectory } from '../collectivites/directory-file';
import { deleteProperty, readProperty, writeProperty } from '../document-properties';
import { readPlanSheet } from '../plan/plan-sheet';
import { withDocumentLock } from '../tracking/document-lock';
import { readSheetLayout } from '../tracking/sheet-layout';
import {
  appendJournal,
  currentAuthor,
  FIRST_DATA_ROW,
  indexOfRequest,
  indexOfSelectedRow,
  type Journal,
  NO_TABLE_MESSAGE,
  type RequestsTable,
  readJournal,
  readRequestsTable,
  requestsOf,
  today,
  writeRequest,
} from '../tracking/workbook';
import { addresseeOf, kindOfRow, needsDirectory } from './addressee';
import { createLetterDoc, fillLetterDoc } from './doc-writer';
import { historyOf, type JournalLine, linesOf } from './history';
import { contactOf, letterInputOf } from './letter-input';
import { locatedError } from './where-to-fill';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const NO_PLAN_MESSAGE =
  'Les courriers reprennent votre plan de stage : remplissez d’abord « Mon plan » (il crée la feuille « Plan de stage »).';
export const QUOTA_MESSAGE =
  'Google limite le nombre de documents créés chaque jour et cette limite est atteinte pour aujourd’hui : réessayez demain. Rien n’a été modifié dans le suivi.';
export const DOCS_FAILURE_MESSAGE =
  'Google Docs n’a pas pu créer le courrier. Réessayez dans un instant ; rien n’a été modifié dans le suivi.';

/** The plan, or a French message when there is none yet. */
function readPlan(spreadsheet: Spreadsheet): Plan {
  const sheet = readPlanSheet(spreadsheet, { forSave: false });
  if (sheet === null) throw new UserError(NO_PLAN_MESSAGE);
  return sheet.reading.plan;
}

/**
 * The official data, read only when the row needs it (needsDirectory), and only the part it
 * needs: a commune's département, else the groupings; null when the file cannot be read.
 */
function directoryFor(request: Request): Directory | null {
  if (!needsDirectory(request)) return null;
  try {
    const code = request.code.replace(/\s/g, '');
    return kindOfRow(request) === 'commune' && /^(\d{5}|2[AB]\d{3})$/i.test(code)
      ? readCommuneDirectory(code)
      : readGroupingsDirectory();
  } catch (error) {
    // The name and the Type still give a correct addressee: the letter is not worth losing for it.
    console.warn(`Collectivités: ${String(error)}`);
    return null;
  }
}

/** The journal with its lines, when it exists (a read-only operation creates nothing): one read. */
function existingJournal(spreadsheet: Spreadsheet): Journal | null {
  const sheet = spreadsheet.getSheetByName(JOURNAL_SHEET_NAME);
  if (sheet === null) return null;
  const values = sheet.getDataRange().getValues();
  const { layout } = readSheetLayout(sheet, JOURNAL_COLUMNS, values[0] ?? []);
  return { sheet, layout, lines: values.slice(FIRST_DATA_ROW - 1) };
}

/** The journal's lines for `requestId` (the journal was read with its lines). */
function journalLines(journal: Journal, requestId: string, timeZone: string): JournalLine[] {
  if (requestId.trim() === '') return [];
  const width = journal.layout.width;
  const rows = journal.lines.map((row) =>
    row.length >= width ? [...row] : [...row, ...Array(width - row.length).fill('')],
  );
  return linesOf(rows, journal.layout, requestId, timeZone);
}

interface Situation {
  readonly table: RequestsTable;
  readonly index: number;
  readonly request: Request;
  readonly journal: Journal | null;
  readonly plan: Plan;
  readonly input: LetterInput;
}

/** Everything a letter for the target row needs, read once; `writing` repairs missing sheets first. */
function readSituation(target: { requestId?: string | undefined }, writing: boolean): Situation {
  const spreadsheet = SpreadsheetApp.getActive();
  const plan = readPlan(spreadsheet);
  const table = readRequestsTable(spreadsheet, { repair: writing });
  if (table === null) throw new UserError(NO_TABLE_MESSAGE);
  const wanted = target.requestId?.trim() ?? '';
  const index = wanted === '' ? indexOfSelectedRow(table) : indexOfRequest(table, wanted);
  const request = requestsOf(table)[index] as Request;
  const journal = writing ? readJournal(spreadsheet, { lines: true }) : existingJournal(spreadsheet);
  const lines = journal === null ? [] : journalLines(journal, request.requestId, table.timeZone);
  const input = letterInputOf(plan, {
    request,
    addressee: addresseeOf(request, directoryFor(request)),
    history: historyOf(request, lines, contactOf(request)),
    today: today(table.timeZone),
  });
  return { table, index, request, journal, plan, input };
}

/** The letter, or the domain's French message naming the plan's questions to fill in. */
function compose(kind: LetterKind, situation: Situation): LetterDocument {
  try {
    return writeLetter(kind, situation.input);
  } catch (error) {
    if (error instanceof MissingPiecesError) throw locatedError(kind, error, situation.plan);
    throw error;
  }
}

/**
 * Document property: the Doc an attempt created for a request and a kind of letter, recorded
 * as soon as Docs gives its id, and forgotten once the row and the journal point to it. An
 * attempt that fails after the Doc exists (Docs, the workbook, a timeout) leaves it recorded,
 * so that the retry writes into that Doc instead of creating one more.
 */
export const PENDING_DOC_KEY = 'stage.pendingLetterDoc';

interface PendingDoc {
  readonly requestId: string;
  readonly kind: LetterKind;
  readonly docId: string;
}

function readPendingDoc(): PendingDoc | null {
  try {
    const value = JSON.parse(readProperty(PENDING_DOC_KEY) ?? 'null') as Partial<PendingDoc> | null;
    if (value === null || typeof value.docId !== 'string' || typeof value.requestId !== 'string') return null;
    return { requestId: value.requestId, kind: value.kind as LetterKind, docId: value.docId };
  } catch {
    return null;
  }
}

/** The Doc left by a failed attempt at this very letter, if it still opens. */
function reopenPending(pending: PendingDoc | null, requestId: string, kind: LetterKind) {
  if (pending === null || pending.requestId !== requestId || pending.kind !== kind) return null;
  try {
    return DocumentApp.openById(pending.docId);
  } catch {
    return null; // deleted or out of reach since: a new one is created
  }
}

/**
 * The letter as a Doc, or a French message (Docs' errors are English and technical). The new
 * Doc's id is recorded before anything else can fail; a failed attempt's Doc is reused.
 */
function createDoc(document: LetterDocument, requestId: string, kind: LetterKind): string {
  try {
    const earlier = reopenPending(readPendingDoc(), requestId, kind);
    // A retry rewrites the Doc a failed attempt left (rare): DocumentApp can rename and clear it.
    if (earlier !== null) return fillLetterDoc(earlier, document, true);
    const doc = createLetterDoc(document.title);
    const pending: PendingDoc = { requestId, kind, docId: doc.id };
    writeProperty(PENDING_DOC_KEY, JSON.stringify(pending));
    return doc.write(document);
  } catch (error) {
    console.error(`Docs: ${String(error)}`);
    throw new UserError(/too many times/i.test(String(error)) ? QUOTA_MESSAGE : DOCS_FAILURE_MESSAGE);
  }
}

/** The row and the journal now point to the Doc: a next draft is a new letter. */
function forgetPendingDoc(): void {
  deleteProperty(PENDING_DOC_KEY);
}

export type LetterKindToSend = Exclude<LetterKind, 'callSheet'>;
export const LETTER_KINDS: readonly LetterKindToSend[] = [
  'request',
  'followUp',
  'thanksAfterMeeting',
  'thanksAfterRefusal',
];

export interface PieceToFill {
  readonly label: string;
  readonly place: string;
}

export interface LetterReadiness {
  readonly kind: LetterKindToSend;
  readonly label: string;
  /** Empty when the letter can be drafted; else the French message and each piece. */
  readonly message: string;
  readonly pieces: readonly PieceToFill[];
}

/**
 * Who the letters are addressed to, for the sidebar: when nobody has said yet (`ask`), it asks
 * once, before the first letter; the answer goes into the row's two head columns.
 */
export interface LetterHead {
  /** « Qui est maire de Villeurbanne ? », « Qui préside le Conseil départemental de l'Ain ? ». */
  readonly question: string;
  /** « le maire » or « le président ou la présidente », for the explanation. */
  readonly who: string;
  /** « Monsieur le Maire (Cédric Van Styvendael) », once known; '' while asked. */
  readonly addressedTo: string;
  /** To whom the demande goes, as the sidebar's hint says it: « à la maire », « au président ou à la présidente ». */
  readonly to: string;
  readonly ask: boolean;
  /** What the row holds, to fill the form with. */
  readonly civility: string;
  readonly name: string;
}

export interface LetterContext {
  readonly requestId: string;
  readonly row: number;
  readonly collectivity: string;
  readonly service: string;
  readonly step: string;
  /** The row's Courrier cell: the last letter drafted. */
  readonly letterUrl: string;
  readonly today: IsoDay;
  /** The letter the step calls for. */
  readonly suggested: LetterKindToSend;
  readonly letters: readonly LetterReadiness[];
  /** The maire or président(e) the letters are addressed to; null for another body's named person. */
  readonly head: LetterHead | null;
  /** The fiche d'appel's blocks, or the message saying what it lacks. */
  readonly callSheet: { readonly blocks: LetterDocument['blocks'] } | { readonly message: string };
}

const SUGGESTED: Readonly<Partial<Record<Step, LetterKindToSend>>> = {
  'Courrier envoyé': 'followUp',
  'Relance faite': 'followUp',
  'Réponse positive': 'thanksAfterMeeting',
  'Rencontre prévue': 'thanksAfterMeeting',
  'Stage accepté': 'thanksAfterMeeting',
  Refusé: 'thanksAfterRefusal',
};

function readiness(kind: LetterKindToSend, situation: Situation): LetterReadiness {
  try {
    compose(kind, situation);
    return { kind, label: KIND_LABELS[kind], message: '', pieces: [] };
  } catch (error) {
    if (!(error instanceof MissingPiecesError)) throw error;
    const pieces = error.pieces.map(({ label, place }) => ({ label, place }));
    return { kind, label: KIND_LABELS[kind], message: error.message, pieces };
  }
}

/** What the sidebar shows for a request: each letter ready or what it lacks, and the fiche d'appel (read only). */
export function letterContext(target: { requestId?: string | undefined }): LetterContext {
  const situation = readSituation(target, false);
  const { request, index, table } = situation;
  let callSheet: LetterContext['callSheet'];
  try {
    callSheet = { blocks: compose('callSheet', situation).blocks };
  } catch (error) {
    if (!(error instanceof MissingPiecesError)) throw error;
    callSheet = { message: error.message };
  }
  return {
    requestId: request.requestId,
    row: index + FIRST_DATA_ROW,
    collectivity: request.collectivity,
    service: request.service,
    step: request.step === '' ? 'À contacter' : request.step,
    letterUrl: request.letter,
    today: today(table.timeZone),
    suggested: SUGGESTED[request.step as Step] ?? 'request',
    letters: LETTER_KINDS.map((kind) => readiness(kind, situation)),
    head: letterHead(situation),
    callSheet,
  };
}

/** « de Villeurbanne » from « Mairie de Villeurbanne »; the body itself otherwise. */
function headQuestion(recipient: LetterInput['recipient']): string {
  if (recipient.head.title === 'mayor') {
    const of = recipient.name.replace(/^(mairie|ville|hôtel de ville)\s+/iu, '');
    return of === recipient.name ? `Qui est maire de la commune « ${of} » ?` : `Qui est maire ${of} ?`;
  }
  const article =
    /^(conseil|ccas|cias|centre|syndicat|sivu|sivom|sdis|service|département)(?![\p{L}])/iu.test(
      recipient.name,
    )
      ? 'le '
      : /^(communauté|métropole|collectivité|région)(?![\p{L}])/iu.test(recipient.name)
        ? 'la '
        : /^(eurométropole|agglomération)(?![\p{L}])/iu.test(recipient.name)
          ? "l'"
          : '';
  return `Qui préside ${article}${recipient.name} ?`;
}

/** « à la maire », « au président »…: the head as the hint names them (both when not known). */
const TO_HEAD: Readonly<
  Record<'mayor' | 'president', Readonly<Record<'Madame' | 'Monsieur' | 'unknown', string>>>
> = {
  mayor: { Madame: 'à la maire', Monsieur: 'au maire', unknown: 'au maire ou à la maire' },
  president: {
    Madame: 'à la présidente',
    Monsieur: 'au président',
    unknown: 'au président ou à la présidente',
  },
};

function letterHead({ input, request }: Situation): LetterHead | null {
  const { recipient } = input;
  const { head } = recipient;
  if (head.title === 'other') return null;
  const addressedTo =
    head.unasked === true
      ? ''
      : `${salutation(head)}${head.name === undefined || head.name === '' ? '' : ` (${head.name})`}`;
  return {
    question: typeset(headQuestion(recipient)),
    who: head.title === 'mayor' ? 'le maire ou la maire' : 'le président ou la présidente',
    addressedTo,
    to: TO_HEAD[head.title][head.unasked === true ? 'unknown' : head.civility],
    ask: head.unasked === true,
    civility: request.headCivility,
    name: request.headName,
  };
}

/**
 * Records who the letters of a request are addressed to: the row's « Civilité du maire ou du
 * président » and « Nom du maire ou du président » (one write of the row, under the lock).
 */
export function saveHead(target: { requestId: string }, civility: string, name: string): string {
  return withDocumentLock(() => {
    const table = readRequestsTable(SpreadsheetApp.getActive(), { repair: true });
    if (table === null) throw new UserError(NO_TABLE_MESSAGE);
    const index = indexOfRequest(table, target.requestId);
    const request = requestsOf(table)[index] as Request;
    writeRequest(table, index, { ...request, headCivility: civility, headName: name }, [
      'headCivility',
      'headName',
    ]);
    return typeset(
      civility === 'Inconnue'
        ? 'C’est noté : les courriers commenceront par « Madame, Monsieur ».'
        : 'C’est noté : les courriers s’adresseront à cette personne.',
    );
  });
}

export interface DraftedLetter {
  readonly url: string;
  readonly title: string;
  readonly requestId: string;
  readonly row: number;
}

/**
 * Drafts the letter of `kind` as a new Doc; a letter's link goes into the row's Courrier cell
 * and the journal notes the draft (not yet sent). The fiche d'appel is only saved as a Doc.
 */
export function draftLetter(target: { requestId?: string | undefined }, kind: LetterKind): DraftedLetter {
  return withDocumentLock(() => {
    const situation = readSituation(target, true);
    const { table, index, request, journal } = situation;
    const document = compose(kind, situation);
    const author = currentAuthor();
    const url = createDoc(document, request.requestId, kind);
    if (kind !== 'callSheet' && journal !== null) {
      writeRequest(table, index, { ...request, letter: url }, ['letter']);
      appendJournal(
        journal,
        [
          {
            date: today(table.timeZone),
            requestId: request.requestId,
            collectivity: request.collectivity,
            action: 'Note',
            detail: `Brouillon Google Docs (à envoyer) : ${document.title}. ${url}`,
            author,
          },
        ],
        table.timeZone,
      );
    }
    forgetPendingDoc();
    return { url, title: document.title, requestId: request.requestId, row: index + FIRST_DATA_ROW };
  });
}
