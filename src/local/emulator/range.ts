/** Range: reads, writes and formats one rectangle of a sheet. */
import { contains, type GridRange, toA1 } from './a1';
import { counted } from './calls';
import { newDataValidation, unwrapValidation } from './data-validation';
import { addMetadata, type MetadataOwner, newMetadataFinder } from './developer-metadata';
import { fail } from './errors';
import { newFilter } from './filter';
import {
  type CellState,
  cellAt,
  cellForWrite,
  type DataValidationState,
  nextId,
  type SheetState,
} from './model';
import { DEFAULT_NUMBER_FORMAT, displayValue } from './number-format';
import { newProtection } from './protection';
import { type Api, asGas, normaliseColor, sheetById } from './runtime';
import { checkGrid, newSheet } from './sheet';
import { readCell, typingContext, writeCell, writeFormula } from './values';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type RangeMethods =
  | 'activate'
  | 'addDeveloperMetadata'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'createDeveloperMetadataFinder'
  | 'createFilter'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDeveloperMetadata'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFilter'
  | 'getFontStyle'
  | 'getFontStyles'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getGridId'
  | 'getHorizontalAlignment'
  | 'getHorizontalAlignments'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getRowIndex'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getWrap'
  | 'getWraps'
  | 'insertCheckboxes'
  | 'offset'
  | 'protect'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontStyle'
  | 'setFontStyles'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setWrap'
  | 'setWraps';

export function newRange(api: Api, sheetId: number, grid: GridRange): GRange {
  return asGas<GRange>(counted(new EmuRange(api, sheetId, grid), 'Range', api.log));
}

/** Our own Range behind a proxy, or a programming error like Google's signature mismatch. */
export function unwrapRange(range: unknown): EmuRange {
  if (!(range instanceof EmuRange)) fail("The parameters don't match the method signature for a Range.");
  return range;
}

/** Google's message when a 2-D array does not have the range's dimensions. */
export function checkDimensions(data: unknown[][], grid: GridRange): void {
  if (!Array.isArray(data)) fail("The parameters don't match the method signature.");
  if (data.length !== grid.numRows) {
    fail(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${grid.numRows}.`,
    );
  }
  for (const row of data) {
    const n = Array.isArray(row) ? row.length : 0;
    if (n !== grid.numCols) {
      fail(
        `The number of columns in the data does not match the number of columns in the range. The data has ${n} but the range has ${grid.numCols}.`,
      );
    }
  }
}

/** Sets one cell property, or removes it for null/undefined (Google's "reset to default"). */
function put<K extends keyof CellState>(
  cell: CellState,
  key: K,
  value: CellState[K] | null | undefined,
): void {
  if (value === null || value === undefined) delete cell[key];
  else cell[key] = value;
}

export class EmuRange implements Pick<GRange, RangeMethods> {
  constructor(
    readonly api: Api,
    readonly sheetId: number,
    readonly grid: GridRange,
  ) {}

  private get self(): GRange {
    return asGas<GRange>(this);
  }

  get sheetState(): SheetState {
    return sheetById(this.api.rt, this.sheetId);
  }

  private map<T>(fn: (row: number, col: number, cell: CellState | undefined) => T): T[][] {
    const sheet = this.sheetState;
    const out: T[][] = [];
    for (let r = 0; r < this.grid.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.grid.numCols; c++) {
        const row = this.grid.row + r;
        const col = this.grid.col + c;
        line.push(fn(row, col, cellAt(sheet, row, col)));
      }
      out.push(line);
    }
    return out;
  }

  private each(fn: (cell: CellState, r: number, c: number) => void): GRange {
    const sheet = this.sheetState;
    for (let r = 0; r < this.grid.numRows; r++) {
      for (let c = 0; c < this.grid.numCols; c++)
        fn(cellForWrite(sheet, this.grid.row + r, this.grid.col + c), r, c);
    }
    return this.self;
  }

  private eachFrom<T>(data: T[][], fn: (cell: CellState, v: T) => void): GRange {
    checkDimensions(data, this.grid);
    return this.each((cell, r, c) => fn(cell, data[r]![c]!));
  }

  private first<T>(values: T[][]): T {
    return values[0]![0]!;
  }

  // Values and formulas
  getValues(): unknown[][] {
    const sheet = this.sheetState;
    return this.map((row, col) => readCell(this.api.rt, sheet, row, col));
  }
  getValue(): unknown {
    return readCell(this.api.rt, this.sheetState, this.grid.row, this.grid.col);
  }
  setValues(values: unknown[][]): GRange {
    const ctx = typingContext(this.api.rt);
    return this.eachFrom(values, (cell, v) => writeCell(cell, v, ctx));
  }
  setValue(value: unknown): GRange {
    const ctx = typingContext(this.api.rt);
    return this.each((cell) => writeCell(cell, value, ctx));
  }
  getDisplayValues(): string[][] {
    const sheet = this.sheetState;
    const tz = this.api.rt.state.timeZone;
    return this.map((row, col, cell) =>
      displayValue(readCell(this.api.rt, sheet, row, col), cell?.nf, tz, this.api.rt.state.locale),
    );
  }
  getDisplayValue(): string {
    return this.first(this.getDisplayValues());
  }
  getFormulas(): string[][] {
    return this.map((_r, _c, cell) => cell?.f ?? '');
  }
  getFormula(): string {
    return cellAt(this.sheetState, this.grid.row, this.grid.col)?.f ?? '';
  }
  setFormulas(formulas: string[][]): GRange {
    const ctx = typingContext(this.api.rt);
    return this.eachFrom(formulas, (cell, f) => writeFormula(cell, f, ctx));
  }
  setFormula(formula: string): GRange {
    const ctx = typingContext(this.api.rt);
    return this.each((cell) => writeFormula(cell, formula, ctx));
  }
  clear(): GRange {
    return this.each((cell) => {
      for (const k of ['v', 'f', 'nf', 'bg', 'fc', 'fw', 'fs', 'ha', 'wrap'] as const) delete cell[k];
    });
  }
  clearContent(): GRange {
    return this.each((cell) => {
      delete cell.v;
      delete cell.f;
    });
  }
  clearFormat(): GRange {
    return this.each((cell) => {
      for (const k of ['nf', 'bg', 'fc', 'fw', 'fs', 'ha', 'wrap'] as const) delete cell[k];
    });
  }
  clearNote(): GRange {
    return this.each((cell) => delete cell.note);
  }
  clearDataValidations(): GRange {
    return this.each((cell) => delete cell.dv);
  }

  // Geometry
  getA1Notation(): string {
    return toA1(this.grid);
  }
  getRow(): number {
    return this.grid.row;
  }
  getRowIndex(): number {
    return this.grid.row;
  }
  getColumn(): number {
    return this.grid.col;
  }
  getNumRows(): number {
    return this.grid.numRows;
  }
  getNumColumns(): number {
    return this.grid.numCols;
  }
  getLastRow(): number {
    return this.grid.row + this.grid.numRows - 1;
  }
  getLastColumn(): number {
    return this.grid.col + this.grid.numCols - 1;
  }
  getGridId(): number {
    return this.sheetId;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return newSheet(this.api, this.sheetId);
  }
  getCell(row: number, column: number): GRange {
    if (row < 1 || column < 1 || row > this.grid.numRows || column > this.grid.numCols) {
      fail('Cell reference out of range');
    }
    return newRange(this.api, this.sheetId, {
      row: this.grid.row + row - 1,
      col: this.grid.col + column - 1,
      numRows: 1,
      numCols: 1,
    });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    const grid = {
      row: this.grid.row + rowOffset,
      col: this.grid.col + columnOffset,
      numRows: numRows ?? this.grid.numRows,
      numCols: numColumns ?? this.grid.numCols,
    };
    checkGrid(this.sheetState, grid);
    return newRange(this.api, this.sheetId, grid);
  }
  activate(): GRange {
    const state = this.api.rt.state;
    state.activeSheetId = this.sheetId;
    state.activeRange = { sheetId: this.sheetId, range: { ...this.grid } };
    return this.self;
  }

  // Formats
  getBackgrounds(): string[][] {
    return this.map((_r, _c, cell) => cell?.bg ?? '#ffffff');
  }
  getBackground(): string {
    return this.first(this.getBackgrounds());
  }
  setBackground(color: string | null): GRange {
    const bg = normaliseColor(color);
    return this.each((cell) => put(cell, 'bg', bg));
  }
  setBackgrounds(colors: Array<Array<string | null>>): GRange {
    return this.eachFrom(colors, (cell, color) => {
      const bg = normaliseColor(color);
      if (bg === undefined) delete cell.bg;
      else cell.bg = bg;
    });
  }
  setFontColor(color: string | null): GRange {
    const fc = normaliseColor(color);
    return this.each((cell) => put(cell, 'fc', fc));
  }
  setFontColors(colors: unknown[][]): GRange {
    return this.eachFrom(colors, (cell, color) => {
      const fc = normaliseColor(typeof color === 'string' ? color : null);
      if (fc === undefined) delete cell.fc;
      else cell.fc = fc;
    });
  }
  /** Not in the typed API any more (deprecated) but still answered by Apps Script. */
  getFontColor(): string {
    return cellAt(this.sheetState, this.grid.row, this.grid.col)?.fc ?? '#000000';
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.map((_r, _c, cell) => cell?.fw ?? 'normal');
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.first(this.getFontWeights());
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRange {
    return this.each((cell) => put(cell, 'fw', fontWeight));
  }
  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): GRange {
    return this.eachFrom(fontWeights, (cell, fw) => put(cell, 'fw', fw));
  }
  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return this.map((_r, _c, cell) => cell?.fs ?? 'normal');
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.first(this.getFontStyles());
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GRange {
    return this.each((cell) => put(cell, 'fs', fontStyle));
  }
  setFontStyles(fontStyles: Array<Array<GoogleAppsScript.Spreadsheet.FontStyle | null>>): GRange {
    return this.eachFrom(fontStyles, (cell, fs) => put(cell, 'fs', fs));
  }
  getNumberFormats(): string[][] {
    return this.map((_r, _c, cell) => cell?.nf ?? DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormat(): string {
    return this.first(this.getNumberFormats());
  }
  setNumberFormat(numberFormat: string): GRange {
    return this.each((cell) => put(cell, 'nf', numberFormat));
  }
  setNumberFormats(numberFormats: string[][]): GRange {
    return this.eachFrom(numberFormats, (cell, nf) => put(cell, 'nf', nf));
  }
  getHorizontalAlignments(): string[][] {
    return this.map((_r, _c, cell) => cell?.ha ?? 'general');
  }
  getHorizontalAlignment(): string {
    return this.first(this.getHorizontalAlignments());
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GRange {
    return this.each((cell) => put(cell, 'ha', alignment === 'normal' ? null : alignment));
  }
  setHorizontalAlignments(alignments: Array<Array<'left' | 'center' | 'normal' | 'right' | null>>): GRange {
    return this.eachFrom(alignments, (cell, a) => put(cell, 'ha', a === 'normal' ? null : a));
  }
  getWraps(): boolean[][] {
    return this.map((_r, _c, cell) => cell?.wrap ?? false);
  }
  getWrap(): boolean {
    return this.first(this.getWraps());
  }
  setWrap(isWrapEnabled: boolean): GRange {
    return this.each((cell) => put(cell, 'wrap', isWrapEnabled));
  }
  setWraps(isWrapEnabled: boolean[][]): GRange {
    return this.eachFrom(isWrapEnabled, (cell, w) => put(cell, 'wrap', w));
  }
  getNotes(): string[][] {
    return this.map((_r, _c, cell) => cell?.note ?? '');
  }
  getNote(): string {
    return this.first(this.getNotes());
  }
  setNote(note: string | null): GRange {
    return this.each((cell) => put(cell, 'note', note || null));
  }
  setNotes(notes: Array<Array<string | null>>): GRange {
    return this.eachFrom(notes, (cell, n) => put(cell, 'note', n || null));
  }

  // Data validation
  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this.map((_r, _c, cell) => (cell?.dv ? newDataValidation(this.api, cell.dv) : null));
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    return this.first(this.getDataValidations());
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GRange {
    const dv = rule === null ? null : unwrapValidation(rule);
    return this.each((cell) => put(cell, 'dv', dv && structuredClone(dv)));
  }
  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): GRange {
    return this.eachFrom(rules, (cell, rule) => {
      const dv: DataValidationState | null = rule === null ? null : unwrapValidation(rule);
      if (dv) cell.dv = structuredClone(dv);
      else delete cell.dv;
    });
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GRange {
    const values =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    return this.each((cell) => {
      cell.dv = { criteria: 'CHECKBOX', values, allowInvalid: false, helpText: null };
      if (cell.v === undefined && cell.f === undefined)
        cell.v = uncheckedValue === undefined ? false : (uncheckedValue as string);
    });
  }

  // Developer metadata, filter, protection
  private metadataOwner(): Extract<MetadataOwner, { start: number }> {
    const sheet = this.sheetState;
    const wholeColumns = this.grid.row === 1 && this.grid.numRows === sheet.maxRows;
    const wholeRows = this.grid.col === 1 && this.grid.numCols === sheet.maxColumns;
    if (wholeColumns)
      return { type: 'COLUMN', sheetId: this.sheetId, start: this.grid.col, count: this.grid.numCols };
    if (wholeRows)
      return { type: 'ROW', sheetId: this.sheetId, start: this.grid.row, count: this.grid.numRows };
    return fail(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
  }
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): GRange {
    addMetadata(this.api.rt.state, this.metadataOwner(), key, valueOrVisibility, visibility);
    return this.self;
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    const owner = this.metadataOwner();
    return newMetadataFinder(this.api, (m) => {
      const loc = m.location;
      return (
        loc.type === owner.type &&
        'sheetId' in loc &&
        loc.sheetId === owner.sheetId &&
        'start' in loc &&
        loc.start < owner.start + owner.count &&
        owner.start < loc.start + loc.count
      );
    });
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.createDeveloperMetadataFinder().find();
  }
  createFilter(): GoogleAppsScript.Spreadsheet.Filter {
    const sheet = this.sheetState;
    // Documented: a sheet has at most one filter; createFilter on a sheet that has one fails.
    if (sheet.filter) fail("You can't create a filter in a sheet that already has a filter.");
    sheet.filter = { ...this.grid };
    return newFilter(this.api, this.sheetId);
  }
  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    const sheet = this.sheetState;
    if (!sheet.filter) return null;
    const g = sheet.filter;
    const overlaps =
      g.row < this.grid.row + this.grid.numRows &&
      this.grid.row < g.row + g.numRows &&
      g.col < this.grid.col + this.grid.numCols &&
      this.grid.col < g.col + g.numCols;
    return overlaps ? newFilter(this.api, this.sheetId) : null;
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const sheet = this.sheetState;
    const p = {
      id: nextId(this.api.rt.state),
      type: 'RANGE' as const,
      range: { ...this.grid },
      warningOnly: false,
      description: '',
      editors: [this.api.rt.state.owner],
    };
    sheet.protections.push(p);
    return newProtection(this.api, this.sheetId, p.id);
  }

  /** Whether (row, col) of this range's sheet lies inside it (used by the view). */
  _contains(row: number, col: number): boolean {
    return contains(this.grid, row, col);
  }
}
