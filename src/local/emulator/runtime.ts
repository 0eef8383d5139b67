/**
 * What the emulated Spreadsheet classes share: the workbook data, the formula engine, the UI
 * recorder and the call log their objects count into. The preview's uncounted handle uses the
 * same runtime with a throw-away log.
 */
import type { CallLog } from './calls';
import type { EmulatorContext } from './context';
import { fail } from './errors';
import type { FormulaEngine } from './formula';
import type { SheetState, WorkbookState } from './model';
import type { UiRecorder } from './ui';
import type { PlainTextRules } from './values';

export interface Runtime {
  state: WorkbookState;
  readonly ctx: EmulatorContext;
  readonly engine: FormulaEngine;
  readonly ui: UiRecorder;
  /** What setValue(s) does with a leading ' or = in a Plain-text cell (undocumented). */
  readonly plainText: PlainTextRules;
}

export interface Api {
  readonly rt: Runtime;
  readonly log: CallLog;
}

export function sheetById(rt: Runtime, id: number): SheetState {
  const sheet = rt.state.sheets.find((s) => s.id === id);
  // Google's wording when a script keeps a handle on a deleted sheet.
  if (!sheet) fail('The sheet has been deleted.');
  return sheet;
}

/** The real type the script sees for one of our objects (the proxy is the object at run time). */
export function asGas<T>(obj: object): T {
  return obj as unknown as T;
}

/** Normalises a colour as Sheets reports it: lower-case hex. */
export function normaliseColor(color: string | null): string | undefined {
  if (color === null || color === '') return undefined;
  const named: Record<string, string> = {
    white: '#ffffff',
    black: '#000000',
    red: '#ff0000',
    green: '#008000',
    blue: '#0000ff',
    yellow: '#ffff00',
    orange: '#ffa500',
    gray: '#808080',
    grey: '#808080',
  };
  const lower = color.toLowerCase();
  return named[lower] ?? lower;
}
