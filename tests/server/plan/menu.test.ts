import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator, installGlobals } from '../../../src/local/emulator';
import { onOpen, openPlanFromMenu, openSidebar } from '../../../src/server';

describe('« Préparer mon plan de stage »', () => {
  it('is in the menu and opens the sidebar on « Mon plan »; « Ouvrir le panneau » names no section', () => {
    const htmlDir = mkdtempSync(join(tmpdir(), 'plan-menu-'));
    writeFileSync(
      join(htmlDir, 'Sidebar.html'),
      '<!DOCTYPE html><html><body><main id="app"></main></body></html>',
    );
    const emulator = createEmulator({ htmlDir });
    const uninstall = installGlobals(emulator);
    try {
      onOpen();
      const items = emulator.ui.menus.at(-1)?.items ?? [];
      expect(items[0]).toEqual({
        type: 'item',
        caption: 'Préparer mon plan de stage',
        functionName: 'openPlanFromMenu',
      });
      openPlanFromMenu();
      expect(emulator.ui.sidebars.at(-1)?.html).toContain('<meta name="stage-start-section" content="plan">');
      openSidebar();
      expect(emulator.ui.sidebars.at(-1)?.html).not.toContain('stage-start-section');
    } finally {
      uninstall();
    }
  });
});
