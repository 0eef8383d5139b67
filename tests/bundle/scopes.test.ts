/**
 * Every Apps Script method the built Code.js can call has an entry in the emulator's scope
 * table, and the manifest grants each one's scope. An explicit `oauthScopes` list grants only
 * what it lists (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes);
 * each method's scopes are those of its reference page's Authorization section (./scopes.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SCOPE, SCOPE_TABLE, type ScopeAlternatives, scopesFor } from '../../src/local/emulator/scopes';
import { type BuiltAddon, buildAddon } from './build-output';
import { appsScriptDeclarations, staticCalls } from './static-calls';

let built: BuiltAddon;
beforeAll(async () => {
  built = await buildAddon();
});

interface Needed {
  readonly call: string;
  readonly scopes: ScopeAlternatives;
}

/** Each call Code.js can make, resolved to the table's entries (undefined: no entry). */
function neededByCode(code: string): { needed: Needed[]; unknown: string[] } {
  const { serviceCalls, methodNames } = staticCalls(code);
  const { methods } = appsScriptDeclarations();
  const needed: Needed[] = [];
  const unknown: string[] = [];
  for (const call of serviceCalls) {
    const scopes = scopesFor(call);
    if (scopes === undefined) unknown.push(call);
    else needed.push({ call, scopes });
  }
  // A method only classes outside the table declare is reached through a call on a class of
  // the table (or a global), which is checked: `range.getRichTextValue().getText()`.
  for (const name of methodNames) {
    const types = Object.keys(SCOPE_TABLE).filter((type) => methods.get(type)?.has(name));
    if (types.length === 0) continue;
    const entries = types.flatMap((type) => {
      const scopes = scopesFor(`${type}.${name}`);
      return scopes === undefined ? [] : [{ call: `${type}.${name}`, scopes }];
    });
    if (entries.length === 0) unknown.push(`.${name}(`);
    needed.push(...entries);
  }
  return { needed, unknown: unknown.sort() };
}

function missingScopes(code: string, oauthScopes: readonly string[]): string[] {
  const granted = new Set(oauthScopes);
  return neededByCode(code)
    .needed.filter(({ scopes }) => scopes.length > 0 && !scopes.some((s) => granted.has(s)))
    .map(({ call, scopes }) => `${call} needs ${scopes.join(' or ')}`)
    .filter((line, i, all) => all.indexOf(line) === i)
    .sort();
}

/** The manifest as it was before issue 12: no userinfo.email. */
const MANIFEST_BEFORE_ISSUE_12 = [
  SCOPE.spreadsheetsCurrentOnly,
  SCOPE.containerUi,
  SCOPE.documents,
  SCOPE.scriptApp,
  SCOPE.sendMail,
  SCOPE.externalRequest,
];

// Code.js and the parts it loads on demand (src/server/parts.ts): all the server code.
describe('the scope table covers what Code.js calls', () => {
  it('finds the calls it must (the scan is not empty-handed)', () => {
    const { serviceCalls, methodNames } = staticCalls(built.serverCode);
    expect([...serviceCalls]).toEqual(
      expect.arrayContaining(['SpreadsheetApp.getActive', 'Session.getActiveUser', 'UrlFetchApp.fetch']),
    );
    expect([...methodNames]).toEqual(expect.arrayContaining(['getValues', 'setValues', 'getEmail']));
  });

  it('has an entry, with its reference page, for every Apps Script method Code.js names', () => {
    expect(neededByCode(built.serverCode).unknown).toEqual([]);
    for (const [type, entry] of Object.entries(SCOPE_TABLE)) {
      expect(entry.page, type).toMatch(
        /^https:\/\/developers\.google\.com\/apps-script\/(reference|advanced)\//,
      );
    }
  });

  it('fails on a method without an entry (the check can fail)', () => {
    const code = `${built.serverCode}\nfunction extra(){SpreadsheetApp.getActive().getRange('A1').getRichTextValue();CacheService.getDocumentCache()}`;
    expect(neededByCode(code).unknown).toEqual(['.getRichTextValue(', 'CacheService.getDocumentCache']);
  });
});

describe('appsscript.json grants every scope those calls need', () => {
  it('the built manifest: nothing missing', () => {
    const scopes = built.manifest.oauthScopes as string[];
    expect(missingScopes(built.serverCode, scopes)).toEqual([]);
  });

  it('the manifest before issue 12 lacked userinfo.email for Session (npm test failed on it)', () => {
    expect(missingScopes(built.serverCode, MANIFEST_BEFORE_ISSUE_12)).toEqual([
      `Session.getActiveUser needs ${SCOPE.userinfoEmail}`,
      `Session.getEffectiveUser needs ${SCOPE.userinfoEmail}`,
    ]);
  });
});
