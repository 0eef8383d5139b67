/**
 * The operations a person does, as the benchmark and the call-budget test run them: each one
 * through the built Code.js, one Apps Script execution per server call, exactly as in production.
 */
import { SAMPLE_PLAN } from '../sample-plan';
import type { BenchWorkbook } from './workbook';

export interface Operation {
  id: string;
  /** What the person does, for the report. */
  label: string;
  /** Public functions it needs; an operation whose functions are not built yet is reported as such. */
  needs: string[];
  /** Most service calls allowed (all executions of the operation together). */
  budget: number;
  /** Set-up not counted (e.g. the sheet to import). */
  prepare?(wb: BenchWorkbook, requests: number): void;
  run(wb: BenchWorkbook): void;
}

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

const OWN_TABLE_HEADER = ['Date', 'Organisme', 'Contact', 'Téléphone', 'Statut', 'Remarques'];

export const OPERATIONS: Operation[] = [
  {
    id: 'openMenu',
    label: 'Open the workbook (onOpen builds the menu)',
    needs: ['onOpen'],
    // getUi, createAddonMenu, addToUi and one addItem per menu item (seven at most).
    budget: 10,
    run: (wb) => {
      wb.runtime.runAs('NONE', 'onOpen', wb.emulator.openEvent('NONE'));
    },
  },
  {
    id: 'openSidebar',
    label: 'Open the sidebar with its first data',
    needs: ['openSidebar', 'getHome'],
    budget: 20,
    run: (wb) => {
      wb.runtime.run('openSidebar');
      call(wb, 'getHome');
    },
  },
  {
    id: 'getPlan',
    label: 'Show the plan in the sidebar',
    needs: ['getPlan', 'savePlan'],
    budget: 15,
    prepare: (wb) => {
      call(wb, 'savePlan', SAMPLE_PLAN);
      call(wb, 'getPlan');
    },
    run: (wb) => {
      call(wb, 'getPlan');
    },
  },
  {
    id: 'createPlan',
    label: 'Save the plan the first time (creates the « Plan de stage » sheet)',
    needs: ['savePlan'],
    budget: 120,
    run: (wb) => {
      call(wb, 'savePlan', SAMPLE_PLAN);
    },
  },
  {
    id: 'savePlan',
    label: 'Save the plan again',
    needs: ['savePlan', 'getPlan'],
    budget: 25,
    prepare: (wb) => {
      call(wb, 'savePlan', SAMPLE_PLAN);
      call(wb, 'getPlan');
    },
    run: (wb) => {
      call(wb, 'savePlan', { ...SAMPLE_PLAN, why: { ...SAMPLE_PLAN.why, other: 'Reprendre confiance' } });
    },
  },
  {
    id: 'addRequest',
    label: 'Add a request',
    needs: ['addTrackingRequest'],
    budget: 30,
    run: (wb) => {
      call(wb, 'addTrackingRequest', {
        collectivity: 'Mairie de Bron',
        collectivityType: 'Commune',
        service: 'Accueil',
        contactName: 'Petit',
        civility: 'Monsieur',
        phone: '04 72 36 13 13',
      });
    },
  },
  {
    id: 'recordAction',
    label: 'Record an action on a request',
    needs: ['recordTrackingAction'],
    budget: 30,
    run: (wb) => {
      call(wb, 'recordTrackingAction', {
        requestId: 'D-001',
        kind: 'note',
        date: '2026-11-28',
        detail: 'Note',
      });
    },
  },
  {
    id: 'followUps',
    label: 'List the requests and the follow-ups due',
    needs: ['getTracking'],
    budget: 20,
    run: (wb) => {
      call(wb, 'getTracking');
    },
  },
  {
    id: 'importTable',
    label: 'Import an existing table (same size as the tracking table)',
    needs: ['findTrackingImports', 'importTrackingTable'],
    // Two executions; finding candidates reads each sheet's header (grows with sheets, not rows).
    budget: 60,
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
      call(wb, 'importTrackingTable', {
        sheetName: candidate.sheetName,
        columns: candidate.columns.map(({ column, target }) => ({ column, target })),
      });
    },
  },
  {
    id: 'refreshDashboard',
    label: 'Refresh the « Tableau de bord » (figures and charts)',
    needs: ['refreshDashboard'],
    budget: 80,
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
    needs: ['sendDailyReminder', 'savePlan', 'getPlan', 'saveCounsellorSettings'],
    budget: 50,
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
    label: 'Search the collectivités around a commune (reads the data file)',
    needs: ['searchCollectivitesAround'],
    budget: 10,
    run: (wb) => {
      call(wb, 'searchCollectivitesAround', { query: 'Villeurbanne' });
    },
  },
  {
    id: 'addCollectivites',
    label: 'Add five proposed collectivités to the tracking table',
    needs: ['searchCollectivitesAround', 'addCollectivitesToTracking'],
    budget: 40,
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
    needs: ['draftRequestLetter', 'savePlan', 'getPlan'],
    // About 17 paragraphs, each appended then given its font and spacing: 2 calls a paragraph.
    budget: 100,
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
    needs: ['saveAnnuaireSettings', 'completeRequestFromAnnuaire', 'addTrackingRequest'],
    budget: 35,
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
];

/** The N° of the request added last, found while preparing (not counted). */
function lastRequestId(wb: BenchWorkbook): string {
  const list = call(wb, 'getTracking') as { value: { requests: { requestId: string }[] } };
  return list.value.requests.at(-1)?.requestId ?? '';
}

const lastRequestIds = new WeakMap<BenchWorkbook, string>();

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
