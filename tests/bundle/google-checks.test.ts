/**
 * `npm run build:google-checks`: the fidelity cases as a standalone Apps Script project, outside
 * dist/. The built file is run here in a fresh vm against the emulator, as Apps Script would run
 * it: every case agrees, in each of the three places it can run.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'acorn';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGoogleChecks } from '../../scripts/build-google-checks';
import { AddonRuntime } from '../../src/local/addon-runtime';
import { createEmulator, type Installation } from '../../src/local/emulator';
import { ALL_CASES, PROJECT_FILES } from '../../src/local/fidelity';

let dir: string;
let code: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'google-checks-'));
  await buildGoogleChecks(dir);
  code = readFileSync(join(dir, 'Code.js'), 'utf8');
});

function open(installation: Installation) {
  const emulator = createEmulator({ installation, htmlDir: dir, spreadsheetName: 'Vérifications' });
  return { emulator, runtime: new AddonRuntime(emulator, code) };
}

const logged = (emulator: ReturnType<typeof createEmulator>) =>
  emulator.logs.map((l) => l.message).join('\n');

describe('the Google check project', () => {
  it('is a classic script with the add-on’s manifest, apart from dist/', () => {
    expect(readdirSync(dir).sort()).toEqual(
      ['Code.js', ...Object.keys(PROJECT_FILES).map((name) => `${name}.html`), 'appsscript.json'].sort(),
    );
    expect(JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8'))).toEqual(
      JSON.parse(readFileSync('appsscript.json', 'utf8')),
    );
    const program = parse(code, { ecmaVersion: 2020, sourceType: 'script' });
    const declared = program.body
      .filter((n) => n.type === 'FunctionDeclaration')
      .map((n) => (n as unknown as { id: { name: string } }).id.name);
    expect(declared.sort()).toEqual(['onEdit', 'onOpen', 'runFidelityChecks', 'runFidelityChecksAsAddon']);
  });

  it('run from the editor: every editor case agrees against the emulator', () => {
    const { emulator, runtime } = open('bound');
    const lines = runtime.run('runFidelityChecks') as string[];
    const editorCases = ALL_CASES.filter((c) => c.context === 'editor');
    expect(lines.filter((l) => l.startsWith('agrees'))).toHaveLength(editorCases.length);
    expect(lines.at(-1)).toMatch(new RegExp(`^editor: ${editorCases.length} agree, 0 differ`));
    expect(logged(emulator)).toContain('agrees   authorization/session-active-user');
  });

  it('« vérifier » typed in A1 runs the onEdit cases in LIMITED, their lines in A1’s note', () => {
    const { emulator, runtime } = open('bound');
    const sheet = emulator.spreadsheet.getSheets()[0]?.getName() ?? '';
    const edit = emulator.userEdit(sheet, 1, 1, 'vérifier');
    expect(edit.event?.authMode).toBe('LIMITED');
    runtime.runTrigger('onEdit', edit.event as { authMode: string });
    const note = emulator.view.sheet(sheet).rows[0]?.[0]?.note ?? '';
    const onEditCases = ALL_CASES.filter((c) => c.context === 'onEdit');
    expect(note).toContain(`onEdit: ${onEditCases.length} agree, 0 differ`);
    expect(note).not.toContain('differs');
  });

  it('as an add-on, « Vérifier (module) » runs the add-on cases', () => {
    const { emulator, runtime } = open('addon-enabled');
    runtime.runTrigger('onOpen', emulator.openEvent());
    expect(JSON.stringify(emulator.ui.menus)).toContain('runFidelityChecksAsAddon');
    const lines = runtime.run('runFidelityChecksAsAddon') as string[];
    expect(lines.at(-1)).toMatch(/^addon: [1-9]\d* agree, 0 differ/);
  });
});
