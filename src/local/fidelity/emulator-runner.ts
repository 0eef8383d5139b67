/**
 * Runs a fidelity case against the emulator, in the place its context names: a bound script
 * run from the editor (FULL), its onEdit(e) (LIMITED), or an add-on enabled in the workbook
 * (FULL, add-on restrictions). Each case gets a fresh emulator holding the project's manifest.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator, type Emulator } from '../emulator';
import { type CaseOutcome, type CaseTools, type FidelityCase, runCase } from './cases';
import { PROJECT_FILES } from './project-files';

let projectDir: string | undefined;

/** The check project's HTML files, written once per process where the emulator reads them. */
function projectFilesDir(): string {
  if (projectDir === undefined) {
    projectDir = mkdtempSync(join(tmpdir(), 'fidelity-files-'));
    for (const [name, text] of Object.entries(PROJECT_FILES))
      writeFileSync(join(projectDir, `${name}.html`), text);
  }
  return projectDir;
}

export function runCaseInEmulator(c: FidelityCase): { outcome: CaseOutcome; emulator: Emulator } {
  const emulator = createEmulator({
    installation: c.context === 'addon' ? 'addon-enabled' : 'bound',
    now: new Date('2026-11-28T09:00:00+01:00'),
    spreadsheetName: 'Vérifications',
    htmlDir: projectFilesDir(),
  });
  const made: GoogleAppsScript.Spreadsheet.Sheet[] = [];
  const tools: CaseTools = {
    scratchSheet() {
      const sheet = emulator.globals.SpreadsheetApp.getActive().insertSheet(`fidelity ${c.id}`);
      made.push(sheet);
      return sheet;
    },
  };
  const mode = c.context === 'onEdit' ? 'LIMITED' : 'FULL';
  const outcome = emulator.withAuthMode(mode, () => runCase(c, emulator.globals, tools));
  for (const sheet of made) emulator.spreadsheet.deleteSheet(sheet);
  return { outcome, emulator };
}
