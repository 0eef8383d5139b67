/**
 * « Compléter les coordonnées depuis l'Annuaire de l'administration » (opt-in, off by default):
 * a request whose Code is a commune's INSEE code gets its empty Téléphone / E-mail / Adresse
 * and, when the Annuaire names the maire, its empty « Civilité du maire ou du président » and
 * « Nom du maire ou du président » filled from the API Annuaire de l'administration, the credit in Notes and a journal line.
 * Only the INSEE code is sent. A network failure or an unexpected answer leaves the row as it
 * was, with a French message. UrlFetchApp needs the `script.external_request` scope.
 */
import {
  type AnnuaireReading,
  type AnnuaireSettings,
  completeContact,
  isInseeCommuneCode,
  mairieQueryUrls,
  readMairieAnswer,
} from '../../domain/collectivites/annuaire';
import type { Request, RequestColumnKey } from '../../domain/tracking';
import { UserError } from '../../shared/validation';
import { readAnnuaireSettings } from '../settings-store';
import { withDocumentLock } from '../tracking/document-lock';
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
  writeRequest,
} from '../tracking/workbook';

export const ANNUAIRE_OFF_MESSAGE =
  'La complétion depuis l’Annuaire de l’administration est désactivée : activez-la d’abord dans « Collectivités » (rien n’est envoyé tant qu’elle est désactivée).';
export const UNCHANGED = 'la ligne n’a pas été modifiée';

/** A request the sidebar may offer to complete: its Code is a commune's INSEE code. */
export interface CompletableRequest {
  readonly requestId: string;
  readonly row: number;
  readonly collectivity: string;
  readonly code: string;
  /** « téléphone », « courriel », « adresse », « civilité et nom du maire »: the cells still empty. */
  readonly missing: readonly string[];
}

export interface AnnuaireView {
  readonly settings: AnnuaireSettings;
  readonly requests: readonly CompletableRequest[];
}

function missingOf(request: Request): string[] {
  return [
    request.phone === '' ? 'téléphone' : '',
    request.email === '' ? 'courriel' : '',
    request.address === '' ? 'adresse' : '',
    request.headCivility === '' && request.headName === '' ? 'civilité et nom du maire' : '',
  ].filter((m) => m !== '');
}

/** The setting, and the requests with an INSEE code (read only: no lock, no fetch). */
export function annuaireView(): AnnuaireView {
  const settings = readAnnuaireSettings();
  const table = readRequestsTable(SpreadsheetApp.getActive(), { repair: false });
  if (table === null) return { settings, requests: [] };
  const requests = requestsOf(table).flatMap((request, index) =>
    request.requestId !== '' && isInseeCommuneCode(request.code)
      ? [
          {
            requestId: request.requestId,
            row: index + FIRST_DATA_ROW,
            collectivity: request.collectivity,
            code: request.code.trim().toUpperCase(),
            missing: missingOf(request),
          },
        ]
      : [],
  );
  return { settings, requests };
}

/** « Mairie du Havre » → « Le Havre »: the commune as the Annuaire names its mairie (« Mairie - Le Havre »). */
export function communeOfBody(body: string): string {
  const rest = body.trim().replace(/^mairie\s+/i, '');
  if (rest === body.trim()) return '';
  const articles: [RegExp, string][] = [
    [/^du\s+/i, 'Le '],
    [/^des\s+/i, 'Les '],
    [/^de\s+la\s+/i, 'La '],
    [/^de\s+l['’]\s*/i, "L'"],
    [/^d['’]\s*/i, ''],
    [/^de\s+/i, ''],
  ];
  for (const [pattern, article] of articles) if (pattern.test(rest)) return rest.replace(pattern, article);
  return rest;
}

export interface AnnuaireReport {
  readonly requestId: string;
  readonly filled: readonly string[];
  readonly message: string;
}

/** The Annuaire's answer body, or a French UserError saying the row was left as it was. */
function fetchMairie(url: string): string | UserError {
  let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
  try {
    response = UrlFetchApp.fetch(url, { muteHttpExceptions: true });
  } catch {
    return new UserError(
      `L’Annuaire de l’administration n’a pas pu être joint (réseau ou service indisponible) : ${UNCHANGED}. Réessayez plus tard.`,
    );
  }
  const status = response.getResponseCode();
  if (status !== 200) {
    return new UserError(
      `L’Annuaire de l’administration a répondu par une erreur (code ${status}) : ${UNCHANGED}. Réessayez plus tard.`,
    );
  }
  return response.getContentText();
}

/**
 * What the Annuaire says of the commune's mairie: its current host first, then its former host
 * when the current one cannot be reached, answers an error or something unreadable. When both
 * fail, the first failure is the person's French message.
 */
function askAnnuaire(code: string, commune: string): Exclude<AnnuaireReading, { status: 'unexpected' }> {
  let failure: UserError | null = null;
  for (const url of mairieQueryUrls(code)) {
    const body = fetchMairie(url);
    if (body instanceof UserError) {
      failure ??= body;
      continue;
    }
    const reading = readMairieAnswer(body, commune);
    if (reading.status !== 'unexpected') return reading;
    failure ??= new UserError(
      `La réponse de l’Annuaire de l’administration n’est pas celle attendue : ${UNCHANGED}. Réessayez plus tard.`,
    );
  }
  throw failure ?? new UserError(`L’Annuaire de l’administration n’a pas répondu : ${UNCHANGED}.`);
}

/**
 * « Compléter les coordonnées » on request `requestId`: under the document lock, one read of the
 * table, one fetch (two when the current host fails), then (when anything is filled) one write of the row and one journal line.
 */
export function completeFromAnnuaire(requestId: string): AnnuaireReport {
  if (!readAnnuaireSettings().enabled) throw new UserError(ANNUAIRE_OFF_MESSAGE);
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActive();
    const table = readRequestsTable(spreadsheet, { repair: false });
    if (table === null) throw new UserError(NO_TABLE_MESSAGE);
    const index = indexOfRequest(table, requestId);
    const request = requestsOf(table)[index] as Request;
    const code = request.code.trim().toUpperCase();
    if (!isInseeCommuneCode(code)) {
      throw new UserError(
        `La demande ${request.requestId} n’a pas de code INSEE de commune dans « Code (INSEE/SIREN) » : l’Annuaire n’est interrogé que pour les mairies.`,
        'requestId',
      );
    }
    const reading = askAnnuaire(code, communeOfBody(request.collectivity));
    if (reading.status === 'notFound') {
      throw new UserError(
        `L’Annuaire de l’administration ne donne pas de mairie pour le code INSEE ${code} : ${UNCHANGED}.`,
      );
    }
    const { cells, filled } = completeContact(request, reading.contact);
    if (filled.length === 0) {
      return {
        requestId: request.requestId,
        filled,
        message: `Rien à compléter pour ${request.requestId} : l’Annuaire n’a rien de plus que ce qui est déjà écrit (rien n’a été remplacé).`,
      };
    }
    const updated: Request = { ...request, ...cells };
    writeRequest(table, index, updated, Object.keys(cells) as RequestColumnKey[]);
    appendJournal(
      readJournal(spreadsheet),
      [
        {
          date: today(table.timeZone),
          requestId: request.requestId,
          collectivity: request.collectivity,
          action: 'Note',
          detail: `Coordonnées complétées depuis l’Annuaire de l’administration : ${filled.join(', ')}. ${reading.contact.credit}.`,
          author: currentAuthor(),
        },
      ],
      table.timeZone,
    );
    return {
      requestId: request.requestId,
      filled,
      message: `Coordonnées de ${request.requestId} complétées (${filled.join(', ')}) depuis l’Annuaire de l’administration. ${reading.contact.credit}.`,
    };
  });
}
