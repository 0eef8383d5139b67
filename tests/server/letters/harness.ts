/**
 * The letters tests' workbook: Camille's complete plan saved and a request to the Mairie de
 * Villeurbanne, both through the add-on's own server functions, on the emulator (Docs quota
 * settable, the collectivités file read from the built dist/).
 */
import { vi } from 'vitest';
import type { PlanInput } from '../../../src/domain/plan';
import type { NewRequest } from '../../../src/domain/tracking';
import { createEmulator, type Emulator, installGlobals } from '../../../src/local/emulator';
import type { DocState } from '../../../src/local/emulator/document-app';
import {
  addTrackingRequest,
  recordTrackingAction,
  savePlan,
  setUpTrackingTable,
} from '../../../src/server/api';
import { COMPLETE } from '../../domain/plan/fixtures';
import { NOW, ok, USERS } from '../tracking/harness';

export { NOW, ok };

export const REQUEST: NewRequest = {
  collectivity: 'Mairie de Villeurbanne',
  collectivityType: 'Commune',
  service: 'Accueil et état civil',
  contactName: 'Dupont',
  civility: 'Madame',
  contactRole: 'responsable du service',
  phone: '04 78 03 67 67',
  address: 'Place Lazare-Goujon, 69100 Villeurbanne',
  headCivility: 'Monsieur',
  headName: 'Cédric Van Styvendael',
};

/** Camille's plan, for a stage in March 2027 (after the letters' date). */
export const PLAN: PlanInput = {
  ...COMPLETE,
  conditions: { ...COMPLETE.conditions, earliestStart: '2027-03-01', latestEnd: '2027-03-26' },
};

export interface LettersWorkbook {
  emulator: Emulator;
  close(): void;
}

/** A workbook with a plan (PLAN by default) and no request yet. */
export function openLettersWorkbook(
  options: { plan?: PlanInput | null; docsPerDay?: number; now?: Date } = {},
): LettersWorkbook {
  const now = options.now ?? NOW;
  const emulator = createEmulator({
    now,
    users: USERS,
    spreadsheetName: 'Ma recherche de stage',
    htmlDir: 'dist',
    ...(options.docsPerDay === undefined ? {} : { docsPerDay: options.docsPerDay }),
  });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  const uninstall = installGlobals(emulator);
  if (options.plan !== null) ok(savePlan(options.plan ?? PLAN));
  ok(setUpTrackingTable({}));
  return {
    emulator,
    close() {
      uninstall();
      vi.useRealTimers();
    },
  };
}

/** Adds a request and, unless `called` is false, the call that came before the letter. */
export function addRequest(fields: Partial<NewRequest> = {}, called = true): string {
  const { requestId } = ok(addTrackingRequest({ ...REQUEST, ...fields }));
  if (called) ok(recordTrackingAction({ requestId, kind: 'call', date: '2026-11-25' }));
  return requestId;
}

/** The only Doc created, or the test fails. */
export function onlyDoc(emulator: Emulator): DocState {
  const docs = emulator.documents.documents();
  if (docs.length !== 1) throw new Error(`${docs.length} documents instead of 1`);
  return docs[0] as DocState;
}

/** Every row of a sheet as getValues() returns it (uncounted). */
export function sheetValues(emulator: Emulator, name: string): unknown[][] {
  return emulator.calls.quietly(() => {
    const sheet = emulator.spreadsheet.getSheetByName(name);
    if (sheet === null) throw new Error(`No sheet ${name}`);
    return sheet.getDataRange().getValues();
  });
}
