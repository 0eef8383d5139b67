/**
 * The same Code.js in the two ways it reaches people (issue 17): bound to a copy of the template
 * workbook, and as an editor add-on installed from the Marketplace. What differs is how Sheets
 * calls it, per the authorization lifecycle
 * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle) and the
 * add-on triggers' rules (https://developers.google.com/workspace/add-ons/concepts/editor-triggers):
 * - onOpen runs in LIMITED for a bound script, in NONE for an add-on not yet used in the
 *   workbook; createAddonMenu() builds the menu under Extensions in both;
 * - onInstall is called only for an add-on installed from the Marketplace, in FULL;
 * - an add-on's triggers are the person's across every workbook, one of each type per workbook.
 * The emulator enforces these (src/local/emulator/auth-mode.ts, script-app.ts, issue 12).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AddonRuntime } from '../../src/local/addon-runtime';
import { createEmulator, type Emulator, type Installation } from '../../src/local/emulator';
import { MENU_ITEMS } from '../../src/server/menu';
import { type BuiltAddon, buildAddon } from './build-output';

let built: BuiltAddon;
beforeAll(async () => {
  built = await buildAddon();
});

const PERSON = 'camille.martin@example.org';
const NOW = new Date('2026-11-28T09:00:00+01:00');
const REMINDER = 'sendDailyReminder';
const OFF = { counsellorEmail: '', reminderEnabled: false, reminderCopyCounsellor: false };
const ON = { ...OFF, reminderEnabled: true };

function open(installation: Installation): { emulator: Emulator; runtime: AddonRuntime } {
  const emulator = createEmulator({
    htmlDir: built.dir,
    installation,
    now: NOW,
    users: [PERSON],
    spreadsheetName: 'Ma recherche de stage',
  });
  return { emulator, runtime: new AddonRuntime(emulator, built.code) };
}

const captions = (emulator: Emulator) =>
  (emulator.ui.menus.at(-1)?.items ?? []).map((item) => ('caption' in item ? item.caption : '—'));

/** A request called 25 days ago and never answered: the reminder has something to say. */
function seedFollowUp(runtime: AddonRuntime): void {
  expect(runtime.runFromSidebar('setUpTrackingTable', [{}])).toMatchObject({ ok: true });
  expect(runtime.runFromSidebar('addTrackingRequest', [{ collectivity: 'Mairie de Bron' }])).toMatchObject({
    ok: true,
  });
  expect(
    runtime.runFromSidebar('recordTrackingAction', [
      { requestId: 'D-001', kind: 'call', date: '2026-11-03' },
    ]),
  ).toMatchObject({ ok: true });
}

const MODES = [
  { name: 'a bound script (a copy of the template workbook)', installation: 'bound', firstOpen: 'LIMITED' },
  { name: 'an editor add-on from the Marketplace', installation: 'addon-installed', firstOpen: 'NONE' },
] as const;

describe.each(MODES)('the same Code.js as $name', ({ installation, firstOpen }) => {
  it(`onOpen runs in ${firstOpen} and builds the whole menu under Extensions, touching nothing else`, () => {
    const { emulator, runtime } = open(installation);
    const event = emulator.openEvent();
    expect(event.authMode).toBe(firstOpen);
    emulator.calls.reset();
    runtime.runTrigger('onOpen', event);
    expect(emulator.ui.menus).toHaveLength(1);
    expect(emulator.ui.menus[0]?.kind).toBe('addon');
    expect(captions(emulator)).toEqual(MENU_ITEMS.map((item) => item.caption));
    expect(
      Object.keys(emulator.calls.snapshot()).every((c) => /^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(c)),
    ).toBe(true);
  });

  it('a menu item runs in FULL: « Afficher la page Bienvenue » writes its page, and the next opening is LIMITED', () => {
    const { emulator, runtime } = open(installation);
    runtime.runTrigger('onOpen', emulator.openEvent());
    runtime.run('showWelcomeFromMenu');
    expect(emulator.spreadsheet.getSheets()[0]?.getName()).toBe('Bienvenue');
    expect(emulator.openEvent().authMode).toBe('LIMITED');
  });

  it('the daily reminder: one trigger of its own in this workbook, fired the next morning, removed when turned off', () => {
    const { emulator, runtime } = open(installation);
    seedFollowUp(runtime);
    const elsewhere =
      installation === 'bound'
        ? null
        : // The same person's reminder in last year's workbook: listed here too, never touched.
          emulator.scriptApp.addTriggerElsewhere({
            handler: REMINDER,
            owner: PERSON,
            eventType: 'CLOCK',
            source: 'CLOCK',
            atHour: 7,
            everyDays: 1,
            documentId: 'classeur-de-l-an-dernier',
          });
    const here = () =>
      emulator.scriptApp.triggers().filter((t) => t.documentId === emulator.spreadsheet.getId());

    // Turned on twice (two sidebars, or a second save): an add-on may not hold a second clock
    // trigger in this workbook, and the reminder never asks for one.
    expect(runtime.runFromSidebar('saveCounsellorSettings', [ON])).toMatchObject({ ok: true });
    expect(runtime.runFromSidebar('saveCounsellorSettings', [ON])).toMatchObject({ ok: true });
    expect(here()).toEqual([expect.objectContaining({ handler: REMINDER, owner: PERSON, atHour: 7 })]);

    const morning = new Date('2026-11-29T08:00:00+01:00');
    emulator.clock.set(morning);
    const due = emulator.scriptApp
      .takeDue(morning)
      .filter((t) => t.documentId === emulator.spreadsheet.getId());
    expect(due).toHaveLength(1);
    runtime.runAs('FULL', REMINDER, emulator.scriptApp.clockEvent(due[0] as never, morning));
    expect(emulator.mail.sent()).toEqual([expect.objectContaining({ to: PERSON })]);

    expect(runtime.runFromSidebar('saveCounsellorSettings', [OFF])).toMatchObject({ ok: true });
    expect(here()).toEqual([]);
    expect(emulator.scriptApp.triggers().map((t) => t.id)).toEqual(elsewhere === null ? [] : [elsewhere.id]);
  });
});

describe('only as an add-on from the Marketplace', () => {
  it('onInstall runs in FULL and shows the menu at once, without a reload', () => {
    const { emulator, runtime } = open('addon-installed');
    runtime.runAs('FULL', 'onInstall', { authMode: 'FULL' });
    expect(emulator.ui.menus).toHaveLength(1);
    expect(captions(emulator)).toEqual(MENU_ITEMS.map((item) => item.caption));
  });
});

describe('only as a bound script', () => {
  it('Google never calls onInstall: onOpen alone gives the same menu', () => {
    const { emulator, runtime } = open('bound');
    runtime.runTrigger('onOpen', emulator.openEvent());
    const fromOpen = captions(emulator);
    const other = open('addon-installed');
    other.runtime.runAs('FULL', 'onInstall', { authMode: 'FULL' });
    expect(fromOpen).toEqual(captions(other.emulator));
  });
});
