/**
 * The collectivités tests' workbook: the emulator with a folder holding the real collectivités
 * files (the parts by département, the groupings, the name index), built from the package as
 * `npm run build` does (never a committed copy).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { buildCollectivitesFile } from '../../../scripts/collectivites-data';
import { createEmulator, type Emulator, installGlobals } from '../../../src/local/emulator';
import { NOW, USERS } from '../tracking/harness';

export { ok, shown } from '../tracking/harness';

let dataDir: string | undefined;

/** A folder with the collectivités files only, built once per test file (about 2 s). */
function htmlDir(): string {
  if (dataDir === undefined) {
    const file = buildCollectivitesFile();
    const dir = join(mkdtempSync(join(tmpdir(), 'stage-collectivites-')), 'dist');
    mkdirSync(dir);
    for (const part of file.parts) writeFileSync(join(dir, part.name), part.text);
    dataDir = dir;
  }
  return dataDir;
}

export interface Workbook {
  emulator: Emulator;
  close(): void;
}

/** `withData: false` gives an emulator whose dist/ lacks the data file, to prove who reads it. */
export function openWorkbook(options: { withData?: boolean } = {}): Workbook {
  const emulator = createEmulator({
    now: NOW,
    users: USERS,
    spreadsheetName: 'Ma recherche de stage',
    ...(options.withData === false ? {} : { htmlDir: htmlDir() }),
  });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  const uninstall = installGlobals(emulator);
  return {
    emulator,
    close() {
      uninstall();
      vi.useRealTimers();
    },
  };
}

/** Calls of the data file: HtmlService.createHtmlOutputFromFile, counted by the emulator. */
export const fileReads = (emulator: Emulator) => emulator.calls.count('HtmlService.createHtmlOutputFromFile');
