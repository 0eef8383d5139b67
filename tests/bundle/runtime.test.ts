import { beforeAll, describe, expect, it } from 'vitest';
import { AddonRuntime } from '../../src/local/addon-runtime';
import { createEmulator, type Emulator } from '../../src/local/emulator';
import { type BuiltAddon, buildAddon } from './build-output';

let built: BuiltAddon;
beforeAll(async () => {
  built = await buildAddon();
});

function fresh(): { emulator: Emulator; runtime: AddonRuntime } {
  const emulator = createEmulator({ htmlDir: built.dir, spreadsheetName: 'Classeur de test' });
  return { emulator, runtime: new AddonRuntime(emulator, built.code) };
}

function menuFunctions(emulator: Emulator): string[] {
  const names: string[] = [];
  const walk = (items: Emulator['ui']['menus'][number]['items']) => {
    for (const item of items) {
      if (item.type === 'item') names.push(item.functionName);
      if (item.type === 'submenu') walk(item.items);
    }
  };
  for (const menu of emulator.ui.menus) walk(menu.items);
  return names;
}

// Authorization modes of editor add-ons: onOpen may run in AuthMode.NONE, where only menus may be
// built (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle);
// onInstall usually calls onOpen (https://developers.google.com/apps-script/guides/triggers#oninstalle).
describe('the built Code.js in a fresh vm context holding only the emulator’s globals', () => {
  it('builds the add-on menu in AuthMode.NONE and calls nothing else', () => {
    const { emulator, runtime } = fresh();
    runtime.runAs('NONE', 'onOpen', emulator.openEvent('NONE'));
    expect(emulator.ui.menus).toHaveLength(1);
    expect(emulator.ui.menus[0]?.kind).toBe('addon');
    expect(Object.keys(emulator.calls.snapshot()).sort()).toEqual([
      'Menu.addItem',
      'Menu.addToUi',
      'SpreadsheetApp.getUi',
      'Ui.createAddonMenu',
    ]);
  });

  it('refuses, in AuthMode.NONE, any call beyond the menu (editor add-on authorization lifecycle)', () => {
    const { emulator, runtime } = fresh();
    expect(() => runtime.runAs('NONE', 'getHome', {})).toThrow(
      'You do not have permission to call SpreadsheetApp.getActive',
    );
    expect(emulator.ui.sidebars).toHaveLength(0);
  });

  it('onInstall builds the same menu at once', () => {
    const { emulator, runtime } = fresh();
    runtime.run('onInstall', { authMode: 'FULL' });
    expect(menuFunctions(emulator)).toContain('openSidebar');
  });

  it('every menu callback is a declared function that runs', () => {
    const { emulator, runtime } = fresh();
    runtime.runAs('NONE', 'onOpen', emulator.openEvent('NONE'));
    const functions = menuFunctions(emulator);
    expect(functions.length).toBeGreaterThan(0);
    for (const name of functions) {
      expect(built.report.exports).toContain(name);
      expect(() => runtime.run(name)).not.toThrow();
    }
  });

  it('openSidebar shows the built Sidebar.html under the add-on’s title, its first data appended', () => {
    const { emulator, runtime } = fresh();
    runtime.run('openSidebar');
    expect(emulator.ui.sidebars).toHaveLength(1);
    expect(emulator.ui.sidebars[0]?.title).toBe('Stage en collectivité');
    const html = emulator.ui.sidebars[0]?.html ?? '';
    expect(html.startsWith(built.sidebar)).toBe(true);
    // One execution: the home and « Mon plan » come with the page (src/shared/initial-data.ts).
    expect(html.slice(built.sidebar.length)).toMatch(
      /^<script type="application\/json" id="stage-initial">\{"getHome":\{"ok":true.*"getPlan":\{"ok":true.*<\/script>$/,
    );
  });

  it('a function that does not exist fails as Apps Script says it', () => {
    const { runtime } = fresh();
    expect(() => runtime.run('nope')).toThrow('Script function not found: nope');
  });

  it('evaluates the whole file again for each execution: no global survives between runs', () => {
    const { runtime } = fresh();
    const first = runtime.evaluate();
    const second = runtime.evaluate();
    expect(first.StageEnCollectivite).toBeDefined();
    expect(first.StageEnCollectivite).not.toBe(second.StageEnCollectivite);
  });
});
