/**
 * Formula evaluation with fast-formula-parser, adjusted where Google Sheets differs from the
 * Excel semantics the library implements: an empty cell equals "" as well as 0, TODAY/NOW come
 * from the emulator clock in the spreadsheet's time zone, dates are serials since 1899-12-30.
 * A function the library does not know throws: an emulator gap must never look like a value.
 */
import { createRequire } from 'node:module';
import FormulaParser, { type CellRef, type FormulaValue, type RangeRef } from 'fast-formula-parser';
import { columnToLetters, lettersToColumn } from './a1';
import type { Clock } from './clock';
import { type CellValue, cellAt, lastRow, type SheetState, type WorkbookState } from './model';
import { dateToSerial } from './tz';

const require = createRequire(import.meta.url);
type CompareOp = (a: unknown, op: string, b: unknown, isArr1: boolean, isArr2: boolean) => unknown;
const operators = require('fast-formula-parser/formulas/operators.js') as { Infix: { compareOp: CompareOp } };
// Patched once: Excel compares an empty cell as 0 only; Sheets also treats it as "" (and FALSE).
const originalCompare = operators.Infix.compareOp;
if (!(originalCompare as { sheetsEmpty?: boolean }).sheetsEmpty) {
  const blankLike = (other: unknown) =>
    typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
  const patched: CompareOp = (a, op, b, arr1, arr2) =>
    originalCompare(a ?? blankLike(b), op, b ?? blankLike(a), arr1, arr2);
  (patched as { sheetsEmpty?: boolean }).sheetsEmpty = true;
  operators.Infix.compareOp = patched;
}

export class FormulaEngineError extends Error {
  override readonly name = 'EmulatorFormulaError';
}

const REF =
  /(?<![\w.$'])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(?:(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(!])|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w(!]))/g;

/**
 * Shifts the relative references of a formula by (dRow, dCol); `$`-fixed parts stay. This is
 * how Sheets applies one conditional-format formula to every cell of its range.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = '';
  let i = 0;
  // Text inside double quotes is never a reference.
  for (const part of formula.split(/("(?:[^"]|"")*")/)) {
    i++;
    if (i % 2 === 0) {
      out += part;
      continue;
    }
    out += part.replace(REF, (...m: (string | undefined)[]) => {
      const [, sheet = '', colAbs, col, rowAbs, row, c1Abs, c1, c2Abs, c2] = m;
      const moveCol = (abs: string | undefined, letters: string) =>
        abs ? `$${letters.toUpperCase()}` : columnToLetters(lettersToColumn(letters) + dCol);
      if (col !== undefined && row !== undefined) {
        const newRow = rowAbs ? `$${row}` : String(Number(row) + dRow);
        if (!rowAbs && Number(row) + dRow < 1) return '#REF!';
        if (!colAbs && lettersToColumn(col) + dCol < 1) return '#REF!';
        return `${sheet}${moveCol(colAbs, col)}${newRow}`;
      }
      if (c1 !== undefined && c2 !== undefined) return `${sheet}${moveCol(c1Abs, c1)}:${moveCol(c2Abs, c2)}`;
      return m[0] ?? '';
    });
  }
  return out;
}

// A reference or a range of this sheet (other sheets' references are left alone).
const MOVABLE =
  /(?<![\w.$'])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(?:(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?(?![\w(!])|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w(!]))/g;

/**
 * Rewrites a formula's references after `count` rows or columns were inserted (count > 0) or
 * deleted (count < 0) at 1-based `at`: relative and absolute references alike follow the cells
 * they point to, a deleted cell becomes #REF!, a range loses its deleted part. This is what
 * Sheets does to cell formulas and conditional-format formulas when a person or a script
 * inserts or deletes rows (Sheet.insertRowBefore, deleteRow…). With `anchor` (a conditional
 * format: the first row or column of its range before and after), the relative part of a
 * single reference keeps its offset from that first cell.
 */
export function moveReferences(
  formula: string,
  dim: 'row' | 'col',
  at: number,
  count: number,
  anchor?: { readonly from: number; readonly to: number },
): string {
  const end = at - count - 1;
  const tracked = (n: number): number | null => {
    if (count > 0) return n >= at ? n + count : n;
    if (n < at) return n;
    return n > end ? n + count : null;
  };
  // In a conditional format, a relative reference is an offset from the range's first cell,
  // which moves with the range.
  let relative = false;
  const single = (n: number): number | null => {
    if (!relative || !anchor) return tracked(n);
    const moved = n - anchor.from + anchor.to;
    return moved >= 1 ? moved : null;
  };
  const span = (s: number, e: number): [number, number] | null => {
    if (count > 0) return [single(s) as number, single(e) as number];
    const first = s < at ? s : s > end ? s + count : at;
    const last = e < at ? e : e > end ? e + count : at - 1;
    return last < first ? null : [first, last];
  };
  const col = (letters: string) => lettersToColumn(letters);
  let out = '';
  let i = 0;
  for (const part of formula.split(/("(?:[^"]|"")*")/)) {
    i++;
    if (i % 2 === 0) {
      out += part;
      continue;
    }
    out += part.replace(MOVABLE, (...m: (string | undefined)[]) => {
      const [
        whole = '',
        sheet,
        cAbs = '',
        c,
        rAbs = '',
        r,
        c2Abs = '',
        c2,
        r2Abs = '',
        r2,
        k1Abs = '',
        k1,
        k2Abs = '',
        k2,
      ] = m;
      if (sheet) return whole;
      if (c !== undefined && r !== undefined) {
        relative = dim === 'row' ? rAbs === '' : cAbs === '';
        if (c2 === undefined || r2 === undefined) {
          const moved = dim === 'row' ? single(Number(r)) : single(col(c));
          if (moved === null) return '#REF!';
          return dim === 'row' ? `${cAbs}${c}${rAbs}${moved}` : `${cAbs}${columnToLetters(moved)}${rAbs}${r}`;
        }
        const moved = dim === 'row' ? span(Number(r), Number(r2)) : span(col(c), col(c2));
        if (moved === null) return '#REF!';
        const [a, b] = moved;
        return dim === 'row'
          ? `${cAbs}${c}${rAbs}${a}:${c2Abs}${c2}${r2Abs}${b}`
          : `${cAbs}${columnToLetters(a)}${rAbs}${r}:${c2Abs}${columnToLetters(b)}${r2Abs}${r2}`;
      }
      if (k1 !== undefined && k2 !== undefined && dim === 'col') {
        relative = false;
        const moved = span(col(k1), col(k2));
        if (moved === null) return '#REF!';
        return `${k1Abs}${columnToLetters(moved[0])}:${k2Abs}${columnToLetters(moved[1])}`;
      }
      return whole;
    });
  }
  return out;
}

export interface FormulaContext {
  workbook: () => WorkbookState;
  clock: Clock;
}

/** Converts a cell value to what the library expects: dates become serials, empty is null. */
function toFormulaValue(v: CellValue | undefined, timeZone: string): FormulaValue {
  if (v === undefined || v === '') return null;
  if (v instanceof Date) return dateToSerial(v, timeZone);
  return v;
}

export class FormulaEngine {
  private readonly parser: FormulaParser;
  private readonly evaluating = new Set<string>();
  private current: SheetState | null = null;

  constructor(private readonly ctx: FormulaContext) {
    this.parser = new FormulaParser({
      onCell: (ref) => this.cellValue(ref),
      onRange: (ref) => this.rangeValues(ref),
      functions: {
        TODAY: () => Math.floor(dateToSerial(this.ctx.clock.now(), this.ctx.workbook().timeZone)),
        NOW: () => dateToSerial(this.ctx.clock.now(), this.ctx.workbook().timeZone),
      },
    });
  }

  private sheetFor(name: string | undefined): SheetState {
    const wb = this.ctx.workbook();
    if (!name || name === this.current?.name) {
      if (!this.current) throw new FormulaEngineError('No sheet to evaluate against');
      return this.current;
    }
    const sheet = wb.sheets.find((s) => s.name === name);
    if (!sheet) throw new FormulaEngineError(`Formula refers to a missing sheet "${name}"`);
    return sheet;
  }

  private cellValue(ref: CellRef): FormulaValue {
    const sheet = this.sheetFor(ref.sheet);
    return toFormulaValue(this.value(sheet, ref.row, ref.col), this.ctx.workbook().timeZone);
  }

  private rangeValues(ref: RangeRef): FormulaValue[][] {
    const sheet = this.sheetFor(ref.sheet);
    // Whole-column references (A:A) stop at the last row with content.
    const toRow = Math.min(ref.to.row, Math.max(lastRow(sheet), ref.from.row));
    const rows: FormulaValue[][] = [];
    for (let r = ref.from.row; r <= toRow; r++) {
      const row: FormulaValue[] = [];
      for (let c = ref.from.col; c <= ref.to.col; c++) {
        row.push(toFormulaValue(this.value(sheet, r, c), this.ctx.workbook().timeZone));
      }
      rows.push(row);
    }
    return rows;
  }

  /** The value a cell shows: its literal, or its formula's result. */
  value(sheet: SheetState, row: number, col: number): CellValue {
    const cell = cellAt(sheet, row, col);
    if (!cell) return '';
    if (cell.f === undefined) return cell.v ?? '';
    const key = `${sheet.id}:${row}:${col}`;
    if (this.evaluating.has(key)) return '#REF!';
    this.evaluating.add(key);
    try {
      return this.evaluate(sheet, row, col, cell.f);
    } finally {
      this.evaluating.delete(key);
    }
  }

  /** Evaluates `formula` (with or without its `=`) as if it sat in (row, col) of `sheet`. */
  evaluate(sheet: SheetState, row: number, col: number, formula: string): CellValue {
    const previous = this.current;
    this.current = sheet;
    const text = formula.startsWith('=') ? formula.slice(1) : formula;
    try {
      let result = this.parser.parse(text, { sheet: sheet.name, row, col });
      if (Array.isArray(result)) result = result[0]?.[0] ?? null;
      if (result instanceof Error) {
        const details = (result as { details?: { message?: string } }).details;
        if (result.name === '#ERROR!' || result.message?.includes('not implemented')) {
          throw new FormulaEngineError(`Cannot evaluate "${formula}": ${details?.message ?? result.message}`);
        }
        return String(result);
      }
      if (result === null || result === undefined) return '';
      return result as CellValue;
    } catch (e) {
      if (e instanceof FormulaEngineError) throw e;
      const message = e instanceof Error ? e.message : String(e);
      throw new FormulaEngineError(`Cannot evaluate "${formula}" (emulator formula engine): ${message}`);
    } finally {
      this.current = previous;
    }
  }
}
