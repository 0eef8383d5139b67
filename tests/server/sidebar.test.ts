/**
 * Opening the sidebar is one execution (issue 14): the page the menu serves holds the home and
 * the first section's data as JSON, which no user text can break out of.
 * HtmlOutput.append adds its text to the page as is (it is not escaped):
 * https://developers.google.com/apps-script/reference/html/html-output#append(String)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmulator, type Emulator, installGlobals } from '../../src/local/emulator';
import { SAMPLE_PLAN } from '../../src/local/sample-plan';
import { getHome, getPlan, openCollectivitesFromMenu, openSidebar, savePlan } from '../../src/server';
import { INITIAL_DATA_ID, jsonForScriptElement } from '../../src/shared/initial-data';

const NASTY = '</script><script>alert(1)</script><!-- \u2028 & « Ma recherche »';

let emulator: Emulator;
let uninstall: () => void;
beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'sidebar-'));
  writeFileSync(join(dir, 'Sidebar.html'), '<!doctype html><div id="app"></div>');
  emulator = createEmulator({
    spreadsheetName: NASTY,
    htmlDir: dir,
    now: new Date('2026-11-28T09:00:00+01:00'),
  });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-28T09:00:00+01:00'));
  uninstall = installGlobals(emulator);
});
afterEach(() => {
  uninstall();
  vi.useRealTimers();
});

/** The served JSON, read as the sidebar reads it: the element's text, parsed. */
function served(html: string): Record<string, unknown> {
  const open = `<script type="application/json" id="${INITIAL_DATA_ID}">`;
  const start = html.indexOf(open);
  expect(start).toBeGreaterThan(-1);
  const end = html.indexOf('</script>', start + open.length);
  return JSON.parse(html.slice(start + open.length, end)) as Record<string, unknown>;
}

describe('the page the menu serves', () => {
  it('holds getHome’s and getPlan’s answers, exactly as the functions give them', () => {
    savePlan(SAMPLE_PLAN);
    openSidebar();
    const data = served(emulator.ui.sidebar?.html ?? '');
    expect(data.getHome).toEqual(JSON.parse(JSON.stringify(getHome({}))));
    expect(data.getPlan).toEqual(JSON.parse(JSON.stringify(getPlan({}))));
  });

  it('opened on « Collectivités »: the home and that section’s defaults, not the plan', () => {
    openCollectivitesFromMenu();
    const data = served(emulator.ui.sidebar?.html ?? '');
    expect(Object.keys(data).sort()).toEqual(['getCollectivitesStart', 'getHome']);
  });

  it('user text cannot close the script element nor open a comment: it comes back as typed', () => {
    openSidebar();
    const html = emulator.ui.sidebar?.html ?? '';
    const script = html.slice(html.indexOf(`id="${INITIAL_DATA_ID}"`));
    // Only the element's own closing tag.
    expect(script.match(/<\/script/gi)).toHaveLength(1);
    expect(script).not.toContain('<!--');
    const home = served(html).getHome as { value: { workbookName: string } };
    expect(home.value.workbookName).toBe(NASTY);
  });
});

describe('jsonForScriptElement', () => {
  it('escapes <, >, & and the line separators, and JSON.parse gives the same value back', () => {
    const value = { text: NASTY, list: ['<b>', 'a & b', '\u2029'] };
    const json = jsonForScriptElement(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
