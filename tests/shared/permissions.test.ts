import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/build';
import { syncDocs } from '../../scripts/docs';
import { PERMISSIONS } from '../../src/shared/permissions';

const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };

describe('one sentence per permission (src/shared/permissions.ts)', () => {
  it('explains every scope of appsscript.json, and no scope it does not ask for', () => {
    const explained = PERMISSIONS.map((p) => p.scope).sort();
    expect(explained).toEqual([...manifest.oauthScopes].sort());
    expect(new Set(explained).size).toBe(explained.length);
  });

  it('gives each one a French title and sentence and an English justification', () => {
    for (const p of PERMISSIONS) {
      expect(p.title.length, p.scope).toBeGreaterThan(5);
      expect(p.fr.length, p.scope).toBeGreaterThan(40);
      expect(p.en.length, p.scope).toBeGreaterThan(40);
    }
  });

  it('writes the French with the typographic apostrophe, non-breaking spaces and « courriel »', () => {
    for (const p of PERMISSIONS) {
      for (const text of [p.title, p.fr]) {
        expect(text, p.scope).not.toContain("'");
        expect(text, p.scope).not.toMatch(/[^\u00a0][:;?!»]/u);
        expect(text, p.scope).not.toMatch(/«[^\u00a0]/u);
        expect(text, p.scope).not.toMatch(/e-mail/i);
      }
    }
  });

  it('marks documents as the sensitive scope (OAuth verification, https://developers.google.com/apps-script/guides/client-verification)', () => {
    expect(PERMISSIONS.filter((p) => p.sensitive).map((p) => p.scope)).toEqual([
      'https://www.googleapis.com/auth/documents',
    ]);
  });
});

describe('README.md and docs/ are generated from the one source', () => {
  it('holds the current generated blocks (run `npm run docs` after changing a sentence)', () => {
    expect(syncDocs({ write: false })).toEqual([]);
  });
});
