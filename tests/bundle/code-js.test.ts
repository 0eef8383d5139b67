import { readdirSync } from 'node:fs';
import vm from 'node:vm';
import { type Node, parse } from 'acorn';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANNUAIRE_URL_PREFIXES } from '../../src/domain/collectivites/annuaire';
import { NAME_BOUNDS, NAME_END_BOUNDS } from '../../src/domain/collectivites/name-bounds';
import { ON_DEMAND_PARTS, type PartName, partFileName } from '../../src/server/parts';
import { type BuiltAddon, buildAddon } from './build-output';

let built: BuiltAddon;
beforeAll(async () => {
  built = await buildAddon();
});

/** Names of the function declarations at the top level of a classic (non-module) script. */
function topLevelFunctionDeclarations(code: string): string[] {
  // sourceType 'script' rejects import/export: Apps Script evaluates files as plain scripts.
  const program = parse(code, { ecmaVersion: 2020, sourceType: 'script' });
  return program.body
    .filter((node: Node & { id?: { name: string } | null }) => node.type === 'FunctionDeclaration')
    .map((node) => (node as Node & { id: { name: string } }).id.name);
}

describe('dist/ is exactly what clasp pushes', () => {
  it('holds one script, the parts of the code loaded on demand, the sidebar, the manifest and the collectivités data’s files, nothing else', () => {
    const files = readdirSync(built.dir).sort();
    const data = /^Collectivites-(\d[\dAB]\d?|groupements|noms-(\d+|courts|fins-\d+))\.html$/;
    expect(files.filter((name) => !data.test(name))).toEqual([
      'Code.js',
      ...Object.keys(ON_DEMAND_PARTS)
        .map((part) => `${partFileName(part as PartName)}.html`)
        .sort(),
      'Sidebar.html',
      'appsscript.json',
    ]);
    // One part per département (101, and the collectivités d'outre-mer in the data), and the groupings.
    expect(
      files.filter((name) => /^Collectivites-(\d[\dAB]\d?|groupements)\.html$/.test(name)).length,
    ).toBeGreaterThanOrEqual(102);
    // The name index: the short names, its files by range of names and by range of endings
    // (src/domain/collectivites/name-bounds.ts).
    expect(files.filter((name) => name.startsWith('Collectivites-noms-')).length).toBe(
      NAME_BOUNDS.length + NAME_END_BOUNDS.length + 1,
    );
  });

  it('declares the V8 runtime, Europe/Paris and only the least scopes (apps-script.md: Manifest)', () => {
    expect(built.manifest.runtimeVersion).toBe('V8');
    expect(built.manifest.timeZone).toBe('Europe/Paris');
    expect(built.manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/documents',
      // The opt-in daily reminder: its time-driven trigger, and the e-mail it sends.
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.send_mail',
      // The opt-in completion from the Annuaire de l'administration (UrlFetchApp).
      'https://www.googleapis.com/auth/script.external_request',
      // Session.getActiveUser / getEffectiveUser: the journal's author, the reminder's address
      // (https://developers.google.com/apps-script/reference/base/session, Authorization).
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
    // A versioned deployment that fetches needs its allowlist
    // (https://developers.google.com/apps-script/manifest/allowlist-url): the Annuaire's hosts only.
    expect(built.manifest.urlFetchWhitelist).toEqual([
      'https://api-lannuaire.service-public.gouv.fr/',
      'https://api-lannuaire.service-public.fr/',
    ]);
    expect(built.manifest.urlFetchWhitelist).toEqual([...ANNUAIRE_URL_PREFIXES]);
  });

  // Advanced services are enabled in the manifest's dependencies
  // (https://developers.google.com/apps-script/guides/services/advanced); the Docs one writes a
  // letter in two calls under the same `documents` scope (https://developers.google.com/apps-script/advanced/docs).
  it('enables the Docs advanced service (v1, as Docs) and no other', () => {
    const manifest = built.manifest as { dependencies?: { enabledAdvancedServices?: unknown[] } };
    expect(manifest.dependencies?.enabledAdvancedServices).toEqual([
      { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
    ]);
  });
});

// V8 runtime: files are evaluated as plain scripts in one global scope, no ES modules
// (https://developers.google.com/apps-script/guides/v8-runtime); menus, triggers and
// google.script.run call functions by name (https://developers.google.com/apps-script/guides/menus,
// https://developers.google.com/apps-script/guides/html/reference/run).
describe('Code.js', () => {
  it('is a classic script: no module syntax is left (V8 runtime evaluates files in one global scope)', () => {
    expect(() => topLevelFunctionDeclarations(built.code)).not.toThrow();
    expect(built.code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('declares every export of src/server/index.ts as a top-level function (menus and google.script.run call only those)', () => {
    const declared = topLevelFunctionDeclarations(built.code);
    expect(built.report.exports).toEqual(
      expect.arrayContaining(['onOpen', 'onInstall', 'openSidebar', 'getHome', 'saveSettings']),
    );
    expect(declared.sort()).toEqual([...built.report.exports].sort());
  });

  it('evaluates in a fresh context without touching any Apps Script service', () => {
    const context = vm.createContext({});
    vm.runInContext(built.code, context);
    for (const name of built.report.exports) {
      expect(typeof (context as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});

describe('Sidebar.html', () => {
  it('inlines its script and styles and loads nothing from elsewhere (Apps Script serves no separate files)', () => {
    expect(built.sidebar).toMatch(/<script>[\s\S]+<\/script>/);
    expect(built.sidebar).toMatch(/<style>[\s\S]+<\/style>/);
    expect(built.sidebar).not.toMatch(
      /<script[^>]+src=|<link[^>]+href=|@import|url\(\s*['"]?(https?:)?\/\//i,
    );
    expect(built.sidebar).toContain('lang="fr"');
  });

  it('keeps the inlined script from closing its own element early', () => {
    const body = built.sidebar.slice(
      built.sidebar.indexOf('<script>') + 8,
      built.sidebar.lastIndexOf('</script>'),
    );
    expect(body).not.toMatch(/<\/script/i);
  });
});
