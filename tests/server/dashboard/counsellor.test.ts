import { afterEach, describe, expect, it } from 'vitest';
import { PLAN_SHEET_NAME } from '../../../src/domain/plan';
import {
  getCounsellor,
  protectWorkbook,
  refreshDashboard,
  saveCounsellorSettings,
  savePlan,
  sendDailyReminder,
  shareWithCounsellor,
} from '../../../src/server';
import { PROTECTION_PREFIX } from '../../../src/server/dashboard/protections';
import { REMINDER_HANDLER } from '../../../src/server/dashboard/reminder-schedule';
import { ok, openWorkbook, USERS, type Workbook } from '../tracking/harness';
import { seedTracking } from './helpers';

let wb: Workbook;
afterEach(() => wb.close());

const COUNSELLOR = 'luc.bernard@francetravail.example';
const SETTINGS = { counsellorEmail: '', reminderEnabled: false, reminderCopyCounsellor: false };

function ourProtections() {
  return wb.emulator.spreadsheet.getSheets().flatMap((sheet) =>
    [
      ...sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE),
      ...sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET),
    ]
      .filter((p) => p.getDescription().startsWith(PROTECTION_PREFIX))
      .map((p) => ({
        sheet: sheet.getName(),
        range: p.getRange().getA1Notation(),
        warningOnly: p.isWarningOnly(),
      })),
  );
}

describe('sharing with the counsellor', () => {
  it('takes the e-mail from the plan, shares as editor only when confirmed, and protects the structure', () => {
    wb = openWorkbook();
    seedTracking(wb, 3);
    ok(savePlan({ contact: { counsellor: { name: 'Luc Bernard', email: COUNSELLOR } } }));
    const view = ok(getCounsellor({}));
    expect(view).toMatchObject({ counsellorEmail: COUNSELLOR, emailSource: 'plan', shared: false });

    const refused = shareWithCounsellor({ email: COUNSELLOR, confirmed: false as true });
    expect(refused).toMatchObject({
      ok: false,
      fields: { confirmed: 'Confirmez le partage avant de continuer.' },
    });
    expect(wb.emulator.spreadsheet.getEditors().map((u) => u.getEmail())).not.toContain(COUNSELLOR);

    const report = ok(shareWithCounsellor({ email: COUNSELLOR, confirmed: true }));
    expect(report.message).toBe(
      `Le classeur est partagé avec ${COUNSELLOR}, qui peut maintenant le modifier. Les en-têtes et les numéros des demandes sont protégés par un simple avertissement.`,
    );
    expect(wb.emulator.spreadsheet.getEditors().map((u) => u.getEmail())).toContain(COUNSELLOR);
    expect(ok(getCounsellor({})).shared).toBe(true);
    expect(ok(shareWithCounsellor({ email: COUNSELLOR, confirmed: true })).alreadyShared).toBe(true);
  });

  it('refuses an address that is not one, in French, next to the field', () => {
    wb = openWorkbook();
    expect(shareWithCounsellor({ email: 'luc.bernard', confirmed: true })).toMatchObject({
      ok: false,
      fields: { email: 'Indiquez une adresse de courriel valide, par exemple prenom.nom@francetravail.fr.' },
    });
  });
});

describe('warning-only protections', () => {
  it('protect the header row, the N° column, the plan’s questions and the dashboard, never stacked', () => {
    wb = openWorkbook();
    seedTracking(wb, 3);
    ok(savePlan({ contact: { counsellor: { name: 'Luc Bernard' } } }));
    ok(refreshDashboard({}));
    const first = ok(protectWorkbook({}));
    expect(first.added).toBe(3);
    const after = ourProtections();
    expect(after).toEqual(
      expect.arrayContaining([
        { sheet: 'Suivi des demandes', range: 'A1:U1', warningOnly: true },
        expect.objectContaining({ sheet: 'Suivi des demandes', range: expect.stringMatching(/^A2:A\d+$/) }),
        expect.objectContaining({ sheet: PLAN_SHEET_NAME, range: expect.stringMatching(/^A1:A\d+$/) }),
        expect.objectContaining({ sheet: 'Tableau de bord', warningOnly: true }),
      ]),
    );
    expect(after.every((p) => p.warningOnly)).toBe(true);
    expect(ok(protectWorkbook({}))).toMatchObject({
      added: 0,
      message: 'La structure était déjà protégée : rien à changer.',
    });
    expect(ourProtections()).toEqual(after);
  });

  it('warn a person typing in a header but let her through, and leave her own protection alone', () => {
    wb = openWorkbook();
    seedTracking(wb, 3);
    const suivi = wb.emulator.spreadsheet.getSheetByName('Suivi des demandes');
    const hers = suivi?.getRange('T1:T5').protect().setDescription('Ma colonne');
    ok(protectWorkbook({}));
    wb.emulator.setActiveUser(USERS[1] as string);
    const edit = wb.emulator.userEdit('Suivi des demandes', 1, 2, 'Commune');
    expect(edit.accepted).toBe(true);
    expect(edit.message).toMatch(/protected/i);
    expect(hers?.getDescription()).toBe('Ma colonne');
    expect(hers?.isWarningOnly()).toBe(false);
  });
});

describe('daily reminder', () => {
  const triggers = () => wb.emulator.scriptApp.triggers().filter((t) => t.handler === REMINDER_HANDLER);
  /** Apps Script runs the active person's trigger of this workbook, with its time-driven event. */
  const runTrigger = () => {
    const mine = triggers().find(
      (t) => t.owner === wb.emulator.ctx.activeUser() && t.documentId === wb.emulator.spreadsheet.getId(),
    );
    if (mine === undefined) throw new Error('no reminder trigger to run');
    sendDailyReminder(wb.emulator.scriptApp.clockEvent(mine, wb.emulator.clock.now()) as never);
  };

  it('installs one trigger at 7 h however often it is turned on, and removes it when turned off', () => {
    wb = openWorkbook();
    ok(saveCounsellorSettings({ ...SETTINGS, reminderEnabled: true }));
    ok(saveCounsellorSettings({ ...SETTINGS, reminderEnabled: true }));
    expect(triggers()).toEqual([
      expect.objectContaining({
        eventType: 'CLOCK',
        atHour: 7,
        everyDays: 1,
        owner: USERS[0],
        documentId: wb.emulator.spreadsheet.getId(),
      }),
    ]);
    expect(ok(getCounsellor({})).reminderInstalledForMe).toBe(true);
    ok(saveCounsellorSettings(SETTINGS));
    expect(triggers()).toEqual([]);
  });

  it('asks for the counsellor’s address before putting them in copy', () => {
    wb = openWorkbook();
    expect(
      saveCounsellorSettings({ ...SETTINGS, reminderEnabled: true, reminderCopyCounsellor: true }),
    ).toMatchObject({
      ok: false,
      fields: {
        counsellorEmail:
          'Indiquez l’adresse de courriel de votre conseiller ou conseillère pour le mettre en copie.',
      },
    });
    expect(triggers()).toEqual([]);
  });

  it('e-mails the follow-ups due that morning to the job seeker, the counsellor in copy, with the link', () => {
    wb = openWorkbook();
    seedTracking(wb, 30);
    ok(
      saveCounsellorSettings({
        counsellorEmail: COUNSELLOR,
        reminderEnabled: true,
        reminderCopyCounsellor: true,
      }),
    );
    runTrigger();
    const [mail] = wb.emulator.mail.sent();
    expect(mail).toMatchObject({ to: USERS[0], cc: COUNSELLOR, name: 'Stage en collectivité' });
    expect(mail?.subject).toMatch(
      /^Stage en collectivité : \d+ relances et \d+ rencontres? à proposer aujourd’hui \(samedi 28 novembre 2026\)$/,
    );
    expect(mail?.body).toContain(wb.emulator.spreadsheet.getUrl());
    expect(mail?.body).toContain('→ Rappeler Mme Martin au 04 78 12 34 56');
  });

  it('sends nothing on a day with nothing due', () => {
    wb = openWorkbook();
    seedTracking(wb, 1); // one request « À contacter »: nothing to follow up
    ok(saveCounsellorSettings({ ...SETTINGS, reminderEnabled: true }));
    runTrigger();
    expect(wb.emulator.mail.sent()).toEqual([]);
  });

  it('a trigger that finds the reminder turned off by someone else removes itself and sends nothing', () => {
    wb = openWorkbook();
    seedTracking(wb, 30);
    ok(saveCounsellorSettings({ ...SETTINGS, reminderEnabled: true }));
    wb.emulator.setActiveUser(USERS[1] as string);
    ok(saveCounsellorSettings(SETTINGS)); // the counsellor turns it off: not their trigger
    expect(triggers()).toHaveLength(1);
    wb.emulator.setActiveUser(USERS[0] as string);
    runTrigger();
    expect(wb.emulator.mail.sent()).toEqual([]);
    expect(triggers()).toEqual([]);
  });

  // An add-on's triggers are the person's across all workbooks; one time-driven trigger per
  // person per workbook (https://developers.google.com/workspace/add-ons/concepts/editor-triggers).
  it('finds its trigger by its own id and workbook: the person’s reminder of another workbook is left alone', () => {
    wb = openWorkbook();
    seedTracking(wb, 30);
    const elsewhere = wb.emulator.scriptApp.addTriggerElsewhere({
      handler: REMINDER_HANDLER,
      owner: USERS[0] as string,
      eventType: 'CLOCK',
      source: 'CLOCK',
      atHour: 7,
      everyDays: 1,
      documentId: 'classeur-de-l-an-dernier',
    });
    expect(ok(getCounsellor({})).reminderInstalledForMe).toBe(false);
    ok(saveCounsellorSettings({ ...SETTINGS, reminderEnabled: true }));
    ok(saveCounsellorSettings({ ...SETTINGS, reminderEnabled: true }));
    expect(triggers().map((t) => t.documentId)).toEqual([
      'classeur-de-l-an-dernier',
      wb.emulator.spreadsheet.getId(),
    ]);
    expect(ok(getCounsellor({})).reminderInstalledForMe).toBe(true);
    // The other workbook's trigger fires here (its record is not): it does nothing, removes nothing.
    sendDailyReminder({ triggerUid: elsewhere.id } as GoogleAppsScript.Events.TimeDriven);
    expect(wb.emulator.mail.sent()).toEqual([]);
    ok(saveCounsellorSettings(SETTINGS));
    expect(triggers().map((t) => t.id)).toEqual([elsewhere.id]);
  });

  it('a trigger turned off elsewhere removes only itself, found by its id', () => {
    wb = openWorkbook();
    seedTracking(wb, 30);
    ok(saveCounsellorSettings({ ...SETTINGS, reminderEnabled: true }));
    wb.emulator.setActiveUser(USERS[1] as string);
    ok(saveCounsellorSettings({ ...SETTINGS, reminderEnabled: true })); // the counsellor's own
    expect(triggers()).toHaveLength(2);
    ok(saveCounsellorSettings(SETTINGS)); // turned off for the workbook: removes the counsellor's
    wb.emulator.setActiveUser(USERS[0] as string);
    runTrigger();
    expect(triggers()).toEqual([]);
  });

  it('reads the tracking data with the same number of calls for 10 and 300 requests', () => {
    const calls = (count: number) => {
      wb = openWorkbook();
      seedTracking(wb, count);
      ok(saveCounsellorSettings({ ...SETTINGS, reminderEnabled: true }));
      wb.emulator.calls.reset();
      runTrigger();
      const n = wb.emulator.calls.count();
      const sent = wb.emulator.mail.sent().length;
      wb.close();
      return { n, sent };
    };
    const small = calls(10);
    const large = calls(300);
    wb = openWorkbook();
    expect(small.sent).toBe(1);
    expect(large.sent).toBe(1);
    expect(large.n).toBe(small.n);
    process.stderr.write(`calls per reminder: ${large.n}\n`);
  });
});
