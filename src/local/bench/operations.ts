/**
 * What a person waits for, as the benchmark and the budget test run it: each user action as
 * the sidebar performs it (every execution it starts, each one evaluating the built Code.js as
 * production does), in a workbook in use (steady state) or on the first day (a new workbook).
 *
 * Each action states its lower bound: the fewest service calls it could make (the lock, one
 * read per table, one write, the journal line, the settings…), itemised, so that the bench can
 * print how far from it each action is.
 */
import {
  type ColumnDefinition,
  followUpFormatRules,
  JOURNAL_COLUMNS,
  locateColumns,
  REQUEST_COLUMNS,
} from '../../domain/tracking';
import { MENU_ITEMS } from '../../server/menu';
import type { PartName } from '../../server/parts';
import { SAMPLE_PLAN } from '../sample-plan';
import type { BenchWorkbook } from './workbook';

/** A workbook in use (its tables filled, its caches warm), or a new workbook on its first day. */
export type Phase = 'steady' | 'firstDay';

export interface Operation {
  id: string;
  /** What the person does, for the report. */
  label: string;
  phase: Phase;
  /** Public functions it needs; an operation whose functions are not built yet is reported as such. */
  needs: string[];
  /** Most executions and service calls allowed (all executions of the action together). */
  budget: { executions: number; calls: number };
  /** The fewest calls the action could make, and what they are. */
  lowerBound: { calls: number; why: string };
  /**
   * The parts of the add-on's code its executions load on demand (src/server/parts.ts), one
   * entry per execution that loads one: each costs PART_LOAD_CALLS, counted in `lowerBound`
   * (the bench checks that exactly these are loaded).
   */
  parts?: PartName[];
  /** Set-up not counted (e.g. the sheet to import). */
  prepare?(wb: BenchWorkbook, requests: number): void;
  run(wb: BenchWorkbook): void;
}

/** Loading a part of the code (src/server/part-loader.ts): createHtmlOutputFromFile, getContent. */
export const PART_LOAD_CALLS = 2;

/** A server answer that is a refusal is a broken benchmark, not a measure. */
function expectOk(value: unknown, what: string): void {
  const result = value as { ok?: boolean; message?: string } | undefined;
  if (result?.ok === false) throw new Error(`${what} was refused: ${result.message}`);
}

function call(wb: BenchWorkbook, fn: string, payload: unknown = {}): unknown {
  const value = wb.runtime.runFromSidebar(fn, [payload]);
  expectOk(value, fn);
  return value;
}

/**
 * An action on the tracking table as the sidebar performs it: the action, then the list again
 * unless the answer already carries it (the sidebar before issue 14 always asked getTracking
 * again; following the answer's shape lets the same bench measure both).
 */
function trackingAction(wb: BenchWorkbook, fn: string, payload: unknown): void {
  const answer = call(wb, fn, payload) as { value?: { overview?: unknown } };
  if (answer.value?.overview === undefined) call(wb, 'getTracking');
}

/**
 * « Ouvrir le panneau » as the person lives it: the menu's execution serves the page; the page
 * then needs the home and its first section's data, asked by two more executions unless the
 * page already holds them (the JSON the server embeds since issue 14).
 */
function openSidebar(wb: BenchWorkbook): void {
  wb.runtime.run('openSidebar');
  const html = wb.emulator.ui.sidebar?.html ?? '';
  if (!html.includes('id="stage-initial"')) {
    call(wb, 'getHome');
    call(wb, 'getPlan');
  }
}

const OWN_TABLE_HEADER = ['Date', 'Organisme', 'Contact', 'Téléphone', 'Statut', 'Remarques'];

const NEW_REQUEST = {
  collectivity: 'Mairie de Bron',
  collectivityType: 'Commune',
  service: 'Accueil',
  contactName: 'Petit',
  civility: 'Monsieur',
  phone: '04 72 36 13 13',
};

/**
 * The fewest calls creating the two tracking sheets could make with SpreadsheetApp, counted
 * from the column definitions: per sheet, find and insert it (2), its size (getMaxRows,
 * getMaxColumns), the header (getRange,
 * setValues, setFontWeight), every number format at once (getRange, setNumberFormats), each
 * dropdown (newDataValidation, requireValueInList, setAllowInvalid, setHelpText, build,
 * getRange, setDataValidation), one setColumnWidths per run of equal widths, each column's
 * developer metadata (getRange, addDeveloperMetadata: the API has no batch form), the frozen
 * row, the filter (getRange, createFilter); the journal's warning (protect, setWarningOnly,
 * setDescription); the colour rules (5 builder calls each, getRange, setConditionalFormatRules);
 * and the lock 4, getActive, the settings 2, the caches written (setProperties), setActiveSheet.
 */
function setUpLowerBound(): number {
  const sheet = (columns: readonly ColumnDefinition<string>[]) => {
    const dropdowns = columns.filter((c) => c.dropdown !== null).length;
    const widthRuns = columns.filter((c, i) => i === 0 || columns[i - 1]?.width !== c.width).length;
    return 2 + 2 + 3 + 2 + dropdowns * 7 + widthRuns + columns.length * 2 + 1 + 2;
  };
  const rules = followUpFormatRules(locateColumns(REQUEST_COLUMNS, [], []), 21).length;
  return sheet(REQUEST_COLUMNS) + sheet(JOURNAL_COLUMNS) + 3 + rules * 5 + 2 + 4 + 1 + 2 + 1 + 1;
}

export const OPERATIONS: Operation[] = [
  {
    id: 'openMenu',
    label: 'Open the workbook (onOpen builds the menu)',
    phase: 'steady',
    needs: ['onOpen'],
    budget: { executions: 1, calls: 10 },
    lowerBound: {
      calls: 3 + MENU_ITEMS.length,
      why: 'getUi, createAddonMenu, one addItem per menu item (src/server/menu.ts), addToUi',
    },
    run: (wb) => {
      wb.runtime.runAs('NONE', 'onOpen', wb.emulator.openEvent('NONE'));
    },
  },
  {
    id: 'openSidebar',
    label: 'Open the sidebar on « Mon plan », with its data',
    phase: 'steady',
    needs: ['openSidebar', 'getHome', 'getPlan', 'savePlan'],
    budget: { executions: 1, calls: 15 },
    lowerBound: {
      calls: 13,
      why: 'the page (createHtmlOutputFromFile, setTitle, append the data, getUi, showSidebar), the home (getActive, getName, properties 2), the plan (getSheetByName, getSpreadsheetTimeZone, getDataRange, getValues)',
    },
    prepare: (wb) => {
      call(wb, 'savePlan', SAMPLE_PLAN);
      call(wb, 'getPlan');
    },
    run: openSidebar,
  },
  {
    id: 'getPlan',
    label: 'Show « Mon plan » again (another tab, then back)',
    phase: 'steady',
    needs: ['getPlan', 'savePlan'],
    budget: { executions: 1, calls: 8 },
    lowerBound: {
      calls: 7,
      why: 'getActive, getSheetByName, getSpreadsheetTimeZone, getDataRange, getValues, properties 2 (the row cache)',
    },
    prepare: (wb) => {
      call(wb, 'savePlan', SAMPLE_PLAN);
      call(wb, 'getPlan');
    },
    run: (wb) => {
      call(wb, 'getPlan');
    },
  },
  {
    id: 'savePlan',
    label: 'Save the plan again',
    phase: 'steady',
    needs: ['savePlan', 'getPlan'],
    budget: { executions: 1, calls: 18 },
    lowerBound: {
      calls: 15,
      why: 'the lock (getDocumentLock, tryLock, flush, releaseLock), getActive, getSpreadsheetTimeZone, properties 2, the sheet (getSheetByName, getDataRange, getValues, getFormulas, getNumberFormats), one write (getRange, setValues)',
    },
    prepare: (wb) => {
      call(wb, 'savePlan', SAMPLE_PLAN);
      call(wb, 'getPlan');
    },
    run: (wb) => {
      call(wb, 'savePlan', { ...SAMPLE_PLAN, why: { ...SAMPLE_PLAN.why, other: 'Reprendre confiance' } });
    },
  },
  {
    id: 'followUps',
    label: 'Show « Suivi des demandes » (the requests, the follow-ups due)',
    phase: 'steady',
    needs: ['getTracking'],
    budget: { executions: 1, calls: 8 },
    lowerBound: {
      calls: 7,
      why: 'getActive, getSpreadsheetTimeZone, properties 2 (delay, column cache), the table (getSheetByName, getDataRange, getValues)',
    },
    run: (wb) => {
      call(wb, 'getTracking');
    },
  },
  {
    id: 'addRequest',
    label: 'Add a request, and see the list again',
    phase: 'steady',
    needs: ['addTrackingRequest', 'getTracking'],
    // 21, not 18: the new row holds a phone, text Sheets would parse (« 04 72… » in an Automatic
    // cell), so it is written with its number formats (getMaxRows, getRange, setNumberFormats,
    // setValues) instead of one appendRow; a row of plain words still costs 18.
    budget: { executions: 1, calls: 21 },
    lowerBound: {
      calls: 21,
      why: 'the lock 4, getActive, getSpreadsheetTimeZone, properties 2, the table (getSheetByName, getDataRange, getValues), the journal (getSheetByName, getDataRange, getValues: a N° is never given twice), the author (getActiveUser, getEmail), the new row with its formats because of the phone (getMaxRows, getRange, setNumberFormats, setValues), the journal line (appendRow)',
    },
    run: (wb) => trackingAction(wb, 'addTrackingRequest', NEW_REQUEST),
  },
  {
    id: 'recordAction',
    label: 'Record an action on a request, and see the list again',
    phase: 'steady',
    needs: ['recordTrackingAction', 'getTracking'],
    budget: { executions: 1, calls: 19 },
    lowerBound: {
      calls: 17,
      why: 'the lock 4, getActive, getSpreadsheetTimeZone, properties 2, the table (getSheetByName, getDataRange, getValues), the author 2, the journal (getSheetByName, its header: getRange, getValues), appendRow; a note changes no cell of the row',
    },
    run: (wb) =>
      trackingAction(wb, 'recordTrackingAction', {
        requestId: 'D-001',
        kind: 'note',
        date: '2026-11-28',
        detail: 'Note',
      }),
  },
  {
    id: 'changeStep',
    label: 'Change the step of a request, and see the list again',
    phase: 'steady',
    needs: ['changeTrackingStep', 'getTracking'],
    budget: { executions: 1, calls: 21 },
    lowerBound: {
      calls: 19,
      why: 'as recording a note, and the cells that changed (getRange, setValues)',
    },
    run: (wb) =>
      trackingAction(wb, 'changeTrackingStep', {
        requestId: 'D-002',
        step: 'Réponse positive',
        date: '2026-11-28',
      }),
  },
  {
    id: 'editRequest',
    label: 'Edit the interlocutor of a request, and see the list again',
    phase: 'steady',
    needs: ['updateTrackingRequest', 'getTracking'],
    budget: { executions: 1, calls: 19 },
    lowerBound: {
      calls: 19,
      why: 'the lock 4, getActive, getSpreadsheetTimeZone, properties 2, the table (getSheetByName, getDataRange, getValues), the author 2, the two adjacent changed cells (getRange, setValues), the journal (getSheetByName, its header: getRange, getValues), appendRow',
    },
    run: (wb) =>
      trackingAction(wb, 'updateTrackingRequest', {
        requestId: 'D-002',
        contactName: 'Durand',
        civility: 'Monsieur',
      }),
  },
  {
    id: 'importTable',
    label: 'Import an existing table (same size as the tracking table)',
    phase: 'steady',
    parts: ['import', 'import'],
    needs: ['findTrackingImports', 'importTrackingTable'],
    // Two clicks: find the candidates, then confirm the columns (the answer carries the list).
    budget: { executions: 2, calls: 52 },
    lowerBound: {
      calls: 40 + 2 * PART_LOAD_CALLS,
      why: 'finding: getActive, getSheets, per sheet (4) getName and its header (getRange, getValues); importing: the lock 4, getActive, getSpreadsheetTimeZone, properties 2, the source (getSheetByName, getDataRange, getValues), the table 3, the journal 3, the author 2, the rows (getMaxRows, insertRowsAfter, getRange, setValues), the journal lines (getRange, setValues); the list answered from what was written; each of the two executions loads the import’s code, Part-import (createHtmlOutputFromFile, getContent)',
    },
    prepare: (wb, requests) => {
      const sheet = wb.emulator.spreadsheet.insertSheet('Mes démarches');
      const rows = [
        OWN_TABLE_HEADER,
        ...Array.from({ length: Math.max(1, requests) }, (_, i) => [
          '03/11/2026',
          `Mairie de Ville ${i + 1}`,
          'Mme Bernard',
          '04 78 03 67 67',
          i % 3 === 0 ? 'Refus' : 'Courrier envoyé',
          i % 3 === 0 ? 'Pas de tuteur' : '',
        ]),
      ];
      const lacking = rows.length - sheet.getMaxRows();
      if (lacking > 0) sheet.insertRowsAfter(sheet.getMaxRows(), lacking);
      sheet.getRange(1, 4, rows.length, 1).setNumberFormat('@');
      sheet.getRange(1, 1, rows.length, OWN_TABLE_HEADER.length).setValues(rows);
    },
    run: (wb) => {
      const found = call(wb, 'findTrackingImports') as {
        value: { sheetName: string; columns: { column: number; target: string | null }[] }[];
      };
      const candidate = found.value.find((c) => c.sheetName === 'Mes démarches');
      if (!candidate) throw new Error('The table to import was not found');
      trackingAction(wb, 'importTrackingTable', {
        sheetName: candidate.sheetName,
        columns: candidate.columns.map(({ column, target }) => ({ column, target })),
      });
    },
  },
  {
    id: 'refreshDashboard',
    label: 'Refresh the « Tableau de bord » (figures and charts)',
    phase: 'steady',
    parts: ['dashboard'],
    needs: ['refreshDashboard'],
    budget: { executions: 1, calls: 60 },
    lowerBound: {
      calls: 48 + PART_LOAD_CALLS,
      why: 'the lock 4, getActive, getSpreadsheetTimeZone, properties 2, the table 3, the journal 3, the dashboard sheet found by its metadata (6), one write of values and one per kind of format (6), two charts each read, rebuilt and updated (20); its code, Part-dashboard (createHtmlOutputFromFile, getContent)',
    },
    prepare: (wb) => {
      call(wb, 'refreshDashboard');
    },
    run: (wb) => {
      call(wb, 'refreshDashboard');
    },
  },
  {
    id: 'dailyReminder',
    label: 'The daily reminder trigger (follow-ups due, e-mail)',
    phase: 'steady',
    parts: ['dashboard'],
    needs: ['sendDailyReminder', 'savePlan', 'getPlan', 'saveCounsellorSettings'],
    budget: { executions: 1, calls: 18 },
    lowerBound: {
      calls: 14 + PART_LOAD_CALLS,
      why: 'getActive, getId (its own trigger record), getSpreadsheetTimeZone, properties 2, the table 3, the plan (getSheetByName, getDataRange, getValues: the person’s address), getName, getUrl, sendEmail; its code, Part-dashboard (createHtmlOutputFromFile, getContent)',
    },
    prepare: (wb) => {
      call(wb, 'savePlan', SAMPLE_PLAN);
      call(wb, 'getPlan');
      call(wb, 'saveCounsellorSettings', {
        counsellorEmail: '',
        reminderEnabled: true,
        reminderCopyCounsellor: true,
      });
    },
    run: (wb) => {
      const trigger = wb.emulator.scriptApp.triggers()[0];
      wb.runtime.run('sendDailyReminder', { authMode: 'FULL', triggerUid: trigger?.id ?? '' });
      if (wb.emulator.mail.sent().length === 0) throw new Error('The reminder sent nothing');
    },
  },
  {
    id: 'searchCollectivites',
    label:
      'Search the collectivités around a commune by its name (reads one file of the name index, then its département)',
    phase: 'steady',
    parts: ['collectivites'],
    needs: ['searchCollectivitesAround'],
    budget: { executions: 1, calls: 6 },
    lowerBound: {
      calls: 4 + PART_LOAD_CALLS,
      why: 'the name index’s file holding the name (createHtmlOutputFromFile, getContent: about 15 KB), then the commune’s département part for its proposals (2 more: its intercommunalité, département and région are not in the name index); the filters were typed, so the plan is not read; its code, Part-collectivites (createHtmlOutputFromFile, getContent)',
    },
    run: (wb) => {
      call(wb, 'searchCollectivitesAround', { query: 'Villeurbanne', kinds: [] });
    },
  },
  {
    id: 'searchPostalCode',
    label: 'Search the collectivités around a postal code (reads its département only)',
    phase: 'steady',
    parts: ['collectivites'],
    needs: ['searchCollectivitesAround'],
    budget: { executions: 1, calls: 4 },
    lowerBound: {
      calls: 2 + PART_LOAD_CALLS,
      why: 'the département’s part of the data (createHtmlOutputFromFile, getContent: about 15 KB); its code, Part-collectivites (createHtmlOutputFromFile, getContent)',
    },
    run: (wb) => {
      call(wb, 'searchCollectivitesAround', { query: '69100', kinds: [] });
    },
  },
  {
    id: 'proposalsForCommune',
    label: 'Proposals around a commune chosen among homonyms (reads its département only)',
    phase: 'steady',
    parts: ['collectivites'],
    needs: ['searchCollectivitesAround'],
    budget: { executions: 1, calls: 4 },
    lowerBound: {
      calls: 2 + PART_LOAD_CALLS,
      why: 'the département’s part of the data (createHtmlOutputFromFile, getContent: about 15 KB); its code, Part-collectivites (createHtmlOutputFromFile, getContent)',
    },
    run: (wb) => {
      // As the sidebar sends it: what was typed, the filters, the commune picked.
      call(wb, 'searchCollectivitesAround', { query: 'Villeurbanne', communeCode: '69266', kinds: [] });
    },
  },
  {
    id: 'addCollectivites',
    label: 'Add five proposed collectivités to the tracking table',
    phase: 'steady',
    parts: ['collectivites'],
    needs: ['searchCollectivitesAround', 'addCollectivitesToTracking'],
    budget: { executions: 1, calls: 28 },
    lowerBound: {
      calls: 23 + PART_LOAD_CALLS,
      why: 'the lock 4, getActive, getSpreadsheetTimeZone, properties 2, the table 3, the journal 3, the author 2, the rows (getMaxRows, getRange, setNumberFormats: each text kept as typed, setValues), the journal lines (getRange, setValues); its code, Part-collectivites (createHtmlOutputFromFile, getContent)',
    },
    prepare: (wb) => {
      const found = call(wb, 'searchCollectivitesAround', { query: 'Villeurbanne' }) as {
        value: { proposals?: unknown[] };
      };
      proposalsToAdd.set(wb, (found.value.proposals ?? []).slice(0, 5));
    },
    run: (wb) => {
      call(wb, 'addCollectivitesToTracking', { proposals: proposalsToAdd.get(wb) ?? [] });
    },
  },
  {
    id: 'draftLetter',
    label: 'Draft the demande de stage as a Google Doc',
    phase: 'steady',
    parts: ['letters'],
    needs: ['draftRequestLetter', 'savePlan', 'getPlan'],
    budget: { executions: 1, calls: 45 },
    lowerBound: {
      calls: 29 + PART_LOAD_CALLS,
      why: 'the lock 4, getActive, getSpreadsheetTimeZone, properties 2, the table 3, the plan 3, the journal with its lines (getSheetByName, getDataRange, getValues: the request’s history), the addressee’s collectivité (createHtmlOutputFromFile, getContent: its département’s part), the Doc (Docs.Documents.create, batchUpdate) and its record until the row points to it (setProperty, deleteProperty: a retry reuses it), the row (getRange, getFormulas, setValues), appendRow, the author 2; its code, Part-letters (createHtmlOutputFromFile, getContent)',
    },
    prepare: (wb) => {
      // A stage still to come on the bench's day (a period already begun is refused).
      const conditions = { ...SAMPLE_PLAN.conditions, earliestStart: '2027-03-01', latestEnd: '2027-03-26' };
      call(wb, 'savePlan', { ...SAMPLE_PLAN, conditions });
      call(wb, 'getPlan');
      call(wb, 'addTrackingRequest', {
        collectivity: 'Mairie de Villeurbanne',
        collectivityType: 'Commune',
        code: '69266',
        service: 'Accueil',
        contactName: 'Bernard',
        civility: 'Madame',
        contactRole: 'Cheffe du service accueil',
        headCivility: 'Monsieur',
        headName: 'Cédric Van Styvendael',
      });
      lastRequestIds.set(wb, lastRequestId(wb));
    },
    run: (wb) => {
      call(wb, 'draftRequestLetter', { requestId: lastRequestIds.get(wb), kind: 'request' });
    },
  },
  {
    id: 'completeFromAnnuaire',
    label: 'Complete a request from the API Annuaire (opt-in; one URL fetch)',
    phase: 'steady',
    parts: ['collectivites'],
    needs: ['saveAnnuaireSettings', 'completeRequestFromAnnuaire', 'addTrackingRequest'],
    budget: { executions: 1, calls: 28 },
    lowerBound: {
      calls: 23 + PART_LOAD_CALLS,
      why: 'the lock 4, getActive, getSpreadsheetTimeZone, properties 2, the table 3, the fetch (fetch, getResponseCode, getContentText), the cells filled (getRange, setNumberFormats, setValues), the journal (getSheetByName, its header: getRange, getValues), appendRow, the author 2; its code, Part-collectivites (createHtmlOutputFromFile, getContent)',
    },
    prepare: (wb) => {
      call(wb, 'saveAnnuaireSettings', { enabled: true });
      call(wb, 'addTrackingRequest', { collectivity: 'Mairie de Villeurbanne', code: '69266' });
      // A sample answer in the documented shape: no test ever reaches the network.
      wb.emulator.urlFetch.respond('https://', 200, ANNUAIRE_SAMPLE);
      lastRequestIds.set(wb, lastRequestId(wb));
    },
    run: (wb) => {
      call(wb, 'completeRequestFromAnnuaire', { requestId: lastRequestIds.get(wb) });
    },
  },
  {
    id: 'openConvention',
    label: 'Open « Préparer ma convention » on an accepted request',
    phase: 'steady',
    parts: ['convention'],
    needs: ['getConvention', 'recordTrackingAction'],
    budget: { executions: 1, calls: 14 },
    lowerBound: {
      calls: 11 + PART_LOAD_CALLS,
      why: 'getActive, getSpreadsheetTimeZone (read with the plan, passed to the table), properties 2, the table 3, the plan 3, « Conventions » looked up (getSheetByName: the answers typed before); its code, Part-convention (createHtmlOutputFromFile, getContent)',
    },
    prepare: (wb) => prepareAcceptedRequest(wb),
    run: (wb) => {
      call(wb, 'getConvention', { requestId: lastRequestIds.get(wb) });
    },
  },
  {
    id: 'prepareConvention',
    label: 'Prepare the Immersion Facilitée link again (the « Conventions » sheet exists)',
    phase: 'steady',
    parts: ['convention'],
    needs: ['prepareConventionLink', 'recordTrackingAction'],
    budget: { executions: 1, calls: 23 },
    lowerBound: {
      calls: 20 + PART_LOAD_CALLS,
      why: 'the lock 4, getActive, getSpreadsheetTimeZone, properties 2, the table 3, the plan 3, « Conventions » (getSheetByName, getDataRange, getValues: its layout from the cached metadata search; repaired only when a column is missing), the row (getRange, setNumberFormats, setValues); its code, Part-convention (createHtmlOutputFromFile, getContent)',
    },
    prepare: (wb) => {
      prepareAcceptedRequest(wb);
      call(wb, 'prepareConventionLink', conventionDetails(wb));
    },
    run: (wb) => {
      call(wb, 'prepareConventionLink', conventionDetails(wb));
    },
  },
  recapOperation('sheet', 'Recap of the démarches as a new sheet', 31, {
    // 28 + 2, not 27 + 2: the new sheet goes after the last one (insertSheet(name, index)
    // needs getNumSheets: no documented call appends a sheet at the end).
    calls: 28 + PART_LOAD_CALLS,
    why: 'the lock 4, getActive, getSpreadsheetTimeZone, properties 2, the table 3, the journal 3 (its lines, and its header for the line), the plan 3, the new sheet placed last (getSheetByName: a free name, getNumSheets, insertSheet), its cells (getRange, setNumberFormats, setValues, setFontWeights: title and header in bold), setFrozenRows, the journal line (appendRow) and its author 2; its code, Part-recap (createHtmlOutputFromFile, getContent)',
  }),
  recapOperation('doc', 'Recap of the démarches as a Google Doc', 25, {
    calls: 22 + PART_LOAD_CALLS,
    why: 'the lock 4, getActive, getSpreadsheetTimeZone, properties 2, the table 3, the journal 3 (its lines, and its header for the line), the plan 3, the Doc (Docs.Documents.create, batchUpdate), the journal line (appendRow) and its author 2; its code, Part-recap (createHtmlOutputFromFile, getContent)',
  }),
  // The first day: a new workbook, nothing created, no cache written yet.
  {
    id: 'firstSetUp',
    label: 'First day: « Créer le tableau de suivi », and see the (empty) list',
    phase: 'firstDay',
    needs: ['setUpTrackingTable', 'getTracking'],
    // 170 before issue 13's two head columns (a dropdown, two widths, two metadata: the lower
    // bound below, counted from the columns, grew by the same).
    budget: { executions: 1, calls: 180 },
    lowerBound: {
      calls: setUpLowerBound(),
      why: 'counted from the columns (setUpLowerBound): per sheet its header, formats, dropdowns, widths, one metadata per column, frozen row, filter; the colour rules; the lock, the settings, the caches; the list answered without reading',
    },
    run: (wb) => trackingAction(wb, 'setUpTrackingTable', {}),
  },
  {
    id: 'firstAdd',
    label: 'First day: the first « Ajouter une demande » after the set-up, and the list',
    phase: 'firstDay',
    needs: ['setUpTrackingTable', 'addTrackingRequest', 'getTracking'],
    budget: { executions: 1, calls: 21 },
    lowerBound: { calls: 21, why: 'as adding a request in a workbook in use' },
    prepare: (wb) => {
      call(wb, 'setUpTrackingTable');
    },
    run: (wb) => trackingAction(wb, 'addTrackingRequest', NEW_REQUEST),
  },
  {
    id: 'createPlan',
    label: 'First day: save the plan the first time (creates « Plan de stage »)',
    phase: 'firstDay',
    needs: ['savePlan'],
    budget: { executions: 1, calls: 120 },
    lowerBound: {
      calls: 105,
      why: 'the lock 4, getActive, getSpreadsheetTimeZone, getSheetByName, insertSheet, one metadata per question row (getRange, addDeveloperMetadata: 44 × 2, the API has no batch form), the values, formats and widths (about 10)',
    },
    run: (wb) => {
      call(wb, 'savePlan', SAMPLE_PLAN);
    },
  },
  {
    id: 'firstPlanRead',
    label: 'First day: show the plan just after its first save',
    phase: 'firstDay',
    needs: ['savePlan', 'getPlan'],
    budget: { executions: 1, calls: 8 },
    lowerBound: { calls: 7, why: 'as showing the plan in a workbook in use' },
    prepare: (wb) => {
      call(wb, 'savePlan', SAMPLE_PLAN);
    },
    run: (wb) => {
      call(wb, 'getPlan');
    },
  },
];

/** The N° of the request added last, found while preparing (not counted). */
function lastRequestId(wb: BenchWorkbook): string {
  const list = call(wb, 'getTracking') as { value: { requests: { requestId: string }[] } };
  return list.value.requests.at(-1)?.requestId ?? '';
}

const lastRequestIds = new WeakMap<BenchWorkbook, string>();

/** A stage still to come on the bench's day, in the plan's window (a period begun is refused). */
const COMING_STAGE = { earliestStart: '2027-03-01', latestEnd: '2027-03-26' };

/** The plan, and a request the collectivité said yes to (not counted). */
function prepareAcceptedRequest(wb: BenchWorkbook): void {
  call(wb, 'savePlan', { ...SAMPLE_PLAN, conditions: { ...SAMPLE_PLAN.conditions, ...COMING_STAGE } });
  call(wb, 'getPlan');
  call(wb, 'addTrackingRequest', { collectivity: 'Mairie de Villeurbanne', service: 'Accueil' });
  lastRequestIds.set(wb, lastRequestId(wb));
  call(wb, 'recordTrackingAction', { requestId: lastRequestIds.get(wb), kind: 'accept', date: '2026-11-27' });
}

/** What the person types in « Préparer ma convention »: the tutor, the dates, the schedule. */
function conventionDetails(wb: BenchWorkbook) {
  return {
    requestId: lastRequestIds.get(wb),
    tutorFirstName: 'Sophie',
    tutorLastName: 'Lambert',
    dateStart: COMING_STAGE.earliestStart,
    dateEnd: COMING_STAGE.latestEnd,
    weekdays: [0, 1, 2, 3, 4],
    periods: [{ start: '09:00', end: '12:00' }],
    objective: 'confirm',
  };
}

/** « Récapitulatif de mes démarches » over the month before the bench's day, as a sheet or a Doc. */
function recapOperation(
  format: 'sheet' | 'doc',
  label: string,
  calls: number,
  lowerBound: Operation['lowerBound'],
): Operation {
  return {
    id: format === 'sheet' ? 'recapSheet' : 'recapDoc',
    label,
    phase: 'steady',
    parts: ['recap'],
    needs: ['makeRecap'],
    budget: { executions: 1, calls },
    lowerBound,
    prepare: (wb) => {
      call(wb, 'savePlan', SAMPLE_PLAN);
    },
    run: (wb) => {
      call(wb, 'makeRecap', { from: '2026-11-01', to: '2026-11-28', format });
    },
  };
}

/** The proposals a search returned, kept for the operation that adds them. */
const proposalsToAdd = new WeakMap<BenchWorkbook, unknown[]>();

const ANNUAIRE_SAMPLE = JSON.stringify({
  total_count: 1,
  results: [
    {
      nom: 'Mairie - Villeurbanne',
      telephone: '[{"valeur": "04 78 03 67 67"}]',
      adresse:
        '[{"type_adresse": "Adresse", "numero_voie": "Place Lazare-Goujon", "code_postal": "69100", "nom_commune": "Villeurbanne"}]',
      adresse_courriel: 'contact@mairie.example',
      pivot: '[{"type_service_local": "mairie", "code_insee_commune": ["69266"]}]',
    },
  ],
});
