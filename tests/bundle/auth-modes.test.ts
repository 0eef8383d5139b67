/**
 * The built add-on in the modes Google runs it in
 * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes):
 * simple triggers in NONE (installed, never used in this workbook) or LIMITED (enabled, or a
 * bound script), menu items and google.script.run in FULL.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AddonRuntime } from '../../src/local/addon-runtime';
import { createEmulator, type Emulator, type Installation } from '../../src/local/emulator';
import { type BuiltAddon, buildAddon } from './build-output';

let built: BuiltAddon;
beforeAll(async () => {
  built = await buildAddon();
});

const SUIVI = 'Suivi des demandes';
const JOURNAL = 'Journal des démarches';

function open(installation: Installation): { emulator: Emulator; runtime: AddonRuntime } {
  const emulator = createEmulator({
    htmlDir: built.dir,
    installation,
    now: new Date('2026-11-28T09:00:00+01:00'),
    spreadsheetName: 'Ma recherche de stage',
  });
  return { emulator, runtime: new AddonRuntime(emulator, built.code) };
}

describe('an add-on installed for the person but never used in this workbook', () => {
  it('onOpen runs in NONE and builds the menu, nothing else', () => {
    const { emulator, runtime } = open('addon-installed');
    const event = emulator.openEvent();
    expect(event.authMode).toBe('NONE');
    runtime.runTrigger('onOpen', event);
    expect(emulator.ui.menus[0]?.kind).toBe('addon');
    expect(
      Object.keys(emulator.calls.snapshot()).every((c) => /^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(c)),
    ).toBe(true);
  });

  it('onEdit runs in NONE and returns before touching the document, even on a step typed in « Suivi »', () => {
    const { emulator, runtime } = open('addon-installed');
    emulator.spreadsheet.insertSheet(SUIVI);
    const edit = emulator.userEdit(SUIVI, 2, 12, 'Refusé');
    expect(edit.event?.authMode).toBe('NONE');
    emulator.calls.reset();
    expect(() => runtime.runTrigger('onEdit', edit.event as { authMode: string })).not.toThrow();
    expect(emulator.calls.snapshot()).toEqual({});
    expect(emulator.view.sheet(SUIVI).rows[1]?.[11]?.display).toBe('Refusé');
  });

  it('a menu item runs in FULL and enables the add-on: the next onOpen runs in LIMITED', () => {
    const { emulator, runtime } = open('addon-installed');
    runtime.run('setUpTrackingTableFromMenu');
    expect(emulator.spreadsheet.getSheetByName(SUIVI)).not.toBeNull();
    expect(emulator.openEvent().authMode).toBe('LIMITED');
  });
});

describe('a bound script (and an add-on enabled in the workbook): simple triggers in LIMITED', () => {
  for (const installation of ['bound', 'addon-enabled'] as const) {
    it(`${installation}: onOpen builds the menu, onEdit logs a step typed in the sheet without Session`, () => {
      const { emulator, runtime } = open(installation);
      const openEvent = emulator.openEvent();
      expect(openEvent.authMode).toBe('LIMITED');
      runtime.runTrigger('onOpen', openEvent);
      expect(emulator.ui.menus).toHaveLength(1);

      runtime.run('setUpTrackingTableFromMenu');
      const added = runtime.runFromSidebar('addTrackingRequest', [{ collectivity: 'Mairie de Lyon' }]);
      expect(added).toMatchObject({ ok: true });
      runtime.runFromSidebar('recordTrackingAction', [
        { requestId: 'D-001', kind: 'letter', date: '2026-11-20' },
      ]);

      const edit = emulator.userEdit(SUIVI, 2, 12, 'Relance faite');
      expect(edit.event?.authMode).toBe('LIMITED');
      emulator.calls.reset();
      runtime.runTrigger('onEdit', edit.event as { authMode: string });
      const journal = emulator.view.sheet(JOURNAL);
      const last = journal.rows[journal.lastRow - 1]?.map((c) => c.display);
      expect(last?.[4]).toBe('Étape modifiée : Courrier envoyé → Relance faite.');
      // The editor's e-mail is hidden from simple triggers: the line has no author.
      expect(last?.[5]).toBe('');
      expect(emulator.calls.count('Session.getActiveUser')).toBe(0);
    });
  }
});
