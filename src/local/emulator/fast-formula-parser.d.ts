/** The small part of fast-formula-parser 1.0.19 the emulator uses (the package ships no types). */
declare module 'fast-formula-parser' {
  export type FormulaValue = number | string | boolean | null | undefined | FormulaValue[][];
  export interface CellRef {
    sheet: string;
    row: number;
    col: number;
  }
  export interface RangeRef {
    sheet: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  export class FormulaError extends Error {
    constructor(error: string, msg?: string, details?: unknown);
    readonly error: string;
    readonly details: unknown;
  }
  export interface FormulaParserConfig {
    onCell?: (ref: CellRef) => FormulaValue;
    onRange?: (ref: RangeRef) => FormulaValue[][];
    functions?: Record<string, (...args: unknown[]) => FormulaValue>;
  }
  export default class FormulaParser {
    constructor(config?: FormulaParserConfig);
    parse(formula: string, position: CellRef, allowReturnArray?: boolean): FormulaValue | FormulaError;
    static readonly MAX_ROW: number;
    static readonly MAX_COLUMN: number;
    static readonly FormulaError: typeof FormulaError;
    static readonly SSF: { format(format: string, value: number | string | boolean): string };
  }
}
