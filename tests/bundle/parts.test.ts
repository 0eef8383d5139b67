/**
 * The parts of the server code loaded on demand (src/server/parts.ts). Apps Script evaluates
 * every script file of a project on every execution, in one global scope
 * (https://developers.google.com/apps-script/guides/v8-runtime); HTML files are only read when
 * asked for, with HtmlService.createHtmlOutputFromFile and HtmlOutput.getContent
 * (https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String),
 * https://developers.google.com/apps-script/reference/html/html-output#getContent()). A part is
 * such a file, evaluated by the execution that needs it.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { AddonRuntime } from '../../src/local/addon-runtime';
import { createEmulator } from '../../src/local/emulator';
import { SAMPLE_PLAN } from '../../src/local/sample-plan';
import { ON_DEMAND_PARTS, type PartName, partFileName, partGlobalName } from '../../src/server/parts';
import { type BuiltAddon, buildAddon } from './build-output';

let built: BuiltAddon;
beforeAll(async () => {
  built = await buildAddon();
});

const PARTS = Object.keys(ON_DEMAND_PARTS) as PartName[];

/** A module of src/server, as the tests import it (its exports, from the source). */
async function serverModule(path: string): Promise<Record<string, unknown>> {
  const url = pathToFileURL(join(process.cwd(), 'src/server', `${path}.ts`)).href;
  return (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
}

function fresh() {
  const emulator = createEmulator({ htmlDir: built.dir, spreadsheetName: 'Classeur de test' });
  return { emulator, runtime: new AddonRuntime(emulator, built.code) };
}

describe('each part', () => {
  it.each(PARTS)(
    '%s: every export of its modules is a function (Code.js calls them by name)',
    async (part) => {
      for (const path of ON_DEMAND_PARTS[part]) {
        const module = await serverModule(path);
        const exports = Object.entries(module);
        expect(exports.length, path).toBeGreaterThan(0);
        for (const [name, value] of exports) expect(typeof value, `${path}: ${name}`).toBe('function');
      }
    },
  );

  it.each(PARTS)('%s: its file defines its one global, holding the same functions', async (part) => {
    const code = built.parts[`${partFileName(part)}.html`];
    expect(code).toBeDefined();
    const context = vm.createContext({});
    vm.runInContext(code ?? '', context);
    const defined = (context as Record<string, unknown>)[partGlobalName(part)] as Record<string, unknown>;
    const expected: string[] = [];
    for (const path of ON_DEMAND_PARTS[part]) {
      expected.push(...Object.keys(await serverModule(path)));
    }
    expect(Object.keys(defined).sort()).toEqual(expected.sort());
    for (const name of expected) expect(typeof defined[name], name).toBe('function');
  });
});

describe('Code.js', () => {
  it('holds none of the parts’ own services (the letters’ Docs, the e-mail, the Annuaire’s fetch are in parts)', () => {
    for (const service of ['DocumentApp.', 'MailApp.', 'UrlFetchApp.']) {
      expect({ service, inCore: built.code.includes(service) }).toEqual({ service, inCore: false });
      expect({ service, inParts: built.serverCode.includes(service) }).toEqual({ service, inParts: true });
    }
  });
});

describe('an execution that needs a part', () => {
  it('reads its file once, and nothing when it does not need it', () => {
    const { emulator, runtime } = fresh();
    runtime.runFromSidebar('savePlan', [SAMPLE_PLAN]);
    runtime.runFromSidebar('getTracking', [{}]);
    expect(emulator.htmlFilesRead.filter((f) => f.name.startsWith('Part-'))).toEqual([]);
    runtime.runFromSidebar('makeRecap', [{ target: 'sheet' }]);
    expect(emulator.htmlFilesRead.map((f) => f.name).filter((n) => n.startsWith('Part-'))).toEqual([
      'Part-recap',
    ]);
  });

  it('shares the document properties read by Code.js (one getProperties for the execution)', () => {
    const { emulator, runtime } = fresh();
    runtime.runFromSidebar('setUpTrackingTable', [{}]);
    emulator.calls.reset();
    emulator.htmlFilesRead.length = 0;
    runtime.run('refreshDashboardFromMenu');
    expect(emulator.htmlFilesRead.map((f) => f.name)).toEqual(['Part-dashboard']);
    expect(emulator.calls.snapshot()['Properties.getProperties'] ?? 0).toBeLessThanOrEqual(1);
    expect(emulator.calls.snapshot()['PropertiesService.getDocumentProperties']).toBe(1);
  });

  it('fails with a clear error when the part’s file is missing (a push that forgot it)', () => {
    const emulator = createEmulator({ htmlDir: '/nonexistent', spreadsheetName: 'Classeur de test' });
    const runtime = new AddonRuntime(emulator, built.code);
    expect(() => runtime.run('refreshDashboardFromMenu')).toThrow(/No HTML file named Part-dashboard/);
  });
});
