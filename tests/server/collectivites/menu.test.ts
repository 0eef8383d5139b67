import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator, installGlobals } from '../../../src/local/emulator';
import { onOpen, openCollectivitesFromMenu } from '../../../src/server';

describe('« Trouver des collectivités à contacter »', () => {
  it('is in the menu and opens the sidebar on « Collectivités », without reading the data', () => {
    const htmlDir = mkdtempSync(join(tmpdir(), 'collectivites-menu-'));
    writeFileSync(
      join(htmlDir, 'Sidebar.html'),
      '<!DOCTYPE html><html><body><main id="app"></main></body></html>',
    );
    const emulator = createEmulator({ htmlDir });
    const uninstall = installGlobals(emulator);
    try {
      onOpen();
      expect(emulator.ui.menus.at(-1)?.items).toContainEqual({
        type: 'item',
        caption: 'Trouver des collectivités à contacter',
        functionName: 'openCollectivitesFromMenu',
      });
      openCollectivitesFromMenu();
      expect(emulator.ui.sidebars.at(-1)?.html).toContain(
        '<meta name="stage-start-section" content="collectivites">',
      );
      // One file read: the sidebar's own (the data folder here holds no collectivités file).
      expect(emulator.calls.count('HtmlService.createHtmlOutputFromFile')).toBe(1);
    } finally {
      uninstall();
    }
  });
});
