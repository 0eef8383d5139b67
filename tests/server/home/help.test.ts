import { afterEach, describe, expect, it } from 'vitest';
import { getHelp, saveCounsellorSettings, savePlan } from '../../../src/server';
import { ok, openWorkbook, type Workbook } from '../tracking/harness';

let wb: Workbook;
afterEach(() => wb.close());

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe('« Aide »: how to reach the counsellor', () => {
  it('knows nobody in a new workbook, and creates nothing', () => {
    wb = openWorkbook();
    const before = wb.emulator.spreadsheet.getSheets().map((s) => s.getName());
    expect(ok(getHelp({}))).toEqual({ counsellor: { name: '', email: '', agency: '' } });
    expect(wb.emulator.spreadsheet.getSheets().map((s) => s.getName())).toEqual(before);
  });

  it('takes the plan’s contact, the settings’ e-mail filling in when the plan has none', () => {
    wb = openWorkbook();
    ok(
      saveCounsellorSettings({
        counsellorEmail: 'accueil@mission-locale.example',
        reminderEnabled: false,
        reminderCopyCounsellor: false,
      }),
    );
    ok(savePlan({ contact: { counsellor: { name: ' Luc Bernard ', agency: 'Mission locale de Bron' } } }));
    expect(ok(getHelp({})).counsellor).toEqual({
      name: 'Luc Bernard',
      email: 'accueil@mission-locale.example',
      agency: 'Mission locale de Bron',
    });
    ok(
      savePlan({
        contact: { counsellor: { name: 'Luc Bernard', email: 'luc.bernard@francetravail.example' } },
      }),
    );
    expect(ok(getHelp({})).counsellor.email).toBe('luc.bernard@francetravail.example');
  });

  it('reads the plan once: a handful of calls whatever the plan holds', () => {
    wb = openWorkbook();
    ok(savePlan({ contact: { counsellor: { name: 'Luc Bernard' } } }));
    getHelp({});
    wb.emulator.calls.reset();
    getHelp({});
    expect(total(wb.emulator.calls.snapshot())).toBeLessThanOrEqual(10);
  });
});
