/**
 * The tracking tests' workbook: the emulator's globals installed, the script's « now » (Date)
 * kept equal to the emulator's clock, and the server's public functions called directly.
 */
import { vi } from 'vitest';
import {
  createEmulator,
  type Emulator,
  installGlobals,
  type PlainTextRules,
} from '../../../src/local/emulator';

export const USERS = ['camille.martin@example.org', 'conseillere.durand@francetravail.example'];
/** Saturday 28 November 2026, 9:00 in Paris. */
export const NOW = new Date('2026-11-28T09:00:00+01:00');

export interface Workbook {
  emulator: Emulator;
  /** Moves the emulator's clock and the script's Date together. */
  advanceDays(days: number): void;
  close(): void;
}

export function openWorkbook(
  options: { now?: Date; identityInSimpleTriggers?: boolean; plainText?: PlainTextRules } = {},
): Workbook {
  const now = options.now ?? NOW;
  const emulator = createEmulator({
    now,
    users: USERS,
    spreadsheetName: 'Ma recherche de stage',
    identityInSimpleTriggers: options.identityInSimpleTriggers ?? false,
    ...(options.plainText ? { plainText: options.plainText } : {}),
  });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  const uninstall = installGlobals(emulator);
  return {
    emulator,
    advanceDays(days) {
      emulator.clock.advanceDays(days);
      vi.setSystemTime(emulator.clock.now());
    },
    close() {
      uninstall();
      vi.useRealTimers();
    },
  };
}

/** A sidebar call's value, or the test fails with the French message. */
export function ok<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(`Refused: ${result.message}`);
  return result.value;
}

/** The rows of a sheet as a person sees them (display text), header included. */
export function shown(emulator: Emulator, sheet: string): string[][] {
  const view = emulator.view.sheet(sheet, { maxRows: 1, maxColumns: 1 });
  return view.rows
    .slice(0, view.lastRow)
    .map((row) => row.slice(0, view.lastColumn).map((cell) => cell.display));
}
