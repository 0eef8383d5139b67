import { describe, expect, it } from 'vitest';
import { AddonRuntime } from '../../src/local/addon-runtime';
import { createEmulator } from '../../src/local/emulator';

const SCRIPT = `
function today() { return [new Date().toISOString(), Date.now()]; }
function writeDate() { SpreadsheetApp.getActive().getActiveSheet().getRange('A1').setValue(new Date(2026, 10, 3)); }
function readIsDate() { return SpreadsheetApp.getActive().getActiveSheet().getRange('A1').getValue() instanceof Date; }
`;

describe('AddonRuntime: the script’s Date follows the emulator and crosses the realm', () => {
  it('new Date() and Date.now() read the emulator clock, which the preview moves', () => {
    const emulator = createEmulator({ now: new Date('2026-11-28T08:00:00Z') });
    const runtime = new AddonRuntime(emulator, SCRIPT);
    expect(runtime.run('today')).toEqual(['2026-11-28T08:00:00.000Z', Date.parse('2026-11-28T08:00:00Z')]);
    emulator.clock.advanceDays(21);
    expect((runtime.run('today') as [string])[0]).toBe('2026-12-19T08:00:00.000Z');
  });

  it('a Date written by the script is stored as a date, and reads back as a Date', () => {
    const emulator = createEmulator({ now: new Date('2026-11-28T08:00:00Z') });
    const runtime = new AddonRuntime(emulator, SCRIPT);
    runtime.run('writeDate');
    expect(emulator.view.sheet('Sheet1').rows[0]?.[0]?.kind).toBe('date');
    expect(runtime.run('readIsDate')).toBe(true);
  });
});
