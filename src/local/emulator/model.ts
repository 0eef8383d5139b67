/**
 * The workbook as plain data (what `toJSON` saves) and the uncounted operations on it that
 * every emulated class shares. Nothing here is visible to the script under test.
 */
import { type GridRange, shiftGrid } from './a1';
import { moveReferences } from './formula';

export type CellValue = string | number | boolean | Date;

export interface DataValidationState {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface CellState {
  v?: CellValue;
  /** Formula text including the leading `=`. */
  f?: string;
  nf?: string;
  bg?: string;
  fc?: string;
  fw?: 'bold' | 'normal';
  fs?: 'italic' | 'normal';
  ha?: string;
  wrap?: boolean;
  note?: string;
  dv?: DataValidationState;
}

export interface CfFormat {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

export interface CfRuleState {
  ranges: GridRange[];
  criteria: string;
  values: unknown[];
  format: CfFormat;
}

/** One column's filter criteria: values to hide, and/or a condition rows must meet to show. */
export interface FilterCriteriaState {
  hiddenValues: string[];
  visibleValues: string[];
  criteria: string | null;
  values: unknown[];
}

export interface ProtectionState {
  id: number;
  type: 'SHEET' | 'RANGE';
  range: GridRange | null;
  warningOnly: boolean;
  description: string;
  editors: string[];
}

export interface ChartState {
  id: number;
  type: string;
  ranges: GridRange[];
  options: Record<string, unknown>;
  position: { row: number; col: number; offsetX: number; offsetY: number };
}

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheetId: number }
  | { type: 'ROW' | 'COLUMN'; sheetId: number; start: number; count: number };

export interface MetadataState {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetadataLocation;
}

export interface SheetState {
  id: number;
  name: string;
  /** Row-major, 0-based; missing rows or cells are empty. */
  cells: Array<Array<CellState | null> | null>;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<string, number>;
  conditionalFormats: CfRuleState[];
  filter: GridRange | null;
  /** The filter's criteria by 1-based column (absent in old saves: none). */
  filterCriteria?: Record<string, FilterCriteriaState>;
  protections: ProtectionState[];
  hidden: boolean;
  tabColor: string | null;
  charts: ChartState[];
}

export interface EditRecord {
  at: Date;
  user: string;
  sheet: string;
  row: number;
  col: number;
  value: CellValue;
  oldValue: CellValue;
  accepted: boolean;
  message: string | null;
}

export interface WorkbookState {
  id: string;
  name: string;
  timeZone: string;
  /** Spreadsheet.getSpreadsheetLocale(): how typed text is parsed (absent in old saves: fr_FR). */
  locale?: string;
  owner: string;
  editors: string[];
  sheets: SheetState[];
  activeSheetId: number;
  /** The selection the preview or a test set: what getActiveRange returns. */
  activeRange: { sheetId: number; range: GridRange } | null;
  metadata: MetadataState[];
  edits: EditRecord[];
  nextId: number;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

export function newSheetState(id: number, name: string): SheetState {
  return {
    id,
    name,
    cells: [],
    maxRows: DEFAULT_ROWS,
    maxColumns: DEFAULT_COLUMNS,
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: {},
    conditionalFormats: [],
    filter: null,
    protections: [],
    hidden: false,
    tabColor: null,
    charts: [],
  };
}

export function newWorkbookState(options: {
  name: string;
  timeZone: string;
  owner: string;
  locale?: string;
}): WorkbookState {
  return {
    id: 'emulated-spreadsheet-1',
    name: options.name,
    timeZone: options.timeZone,
    locale: options.locale ?? 'fr_FR',
    owner: options.owner,
    editors: [options.owner],
    sheets: [newSheetState(0, 'Sheet1')],
    activeSheetId: 0,
    activeRange: null,
    metadata: [],
    edits: [],
    nextId: 1,
  };
}

export function nextId(state: WorkbookState): number {
  return state.nextId++;
}

export function cellAt(sheet: SheetState, row: number, col: number): CellState | undefined {
  return sheet.cells[row - 1]?.[col - 1] ?? undefined;
}

export function cellForWrite(sheet: SheetState, row: number, col: number): CellState {
  let r = sheet.cells[row - 1];
  if (!r) {
    while (sheet.cells.length < row - 1) sheet.cells.push(null);
    r = [];
    sheet.cells[row - 1] = r;
  }
  let c = r[col - 1];
  if (!c) {
    while (r.length < col - 1) r.push(null);
    c = {};
    r[col - 1] = c;
  }
  return c;
}

export function hasContent(cell: CellState | undefined): boolean {
  return cell !== undefined && ((cell.v !== undefined && cell.v !== '') || cell.f !== undefined);
}

/** Last row with content, 0 on an empty sheet (Sheet.getLastRow). */
export function lastRow(sheet: SheetState): number {
  for (let r = sheet.cells.length; r >= 1; r--) {
    if (sheet.cells[r - 1]?.some((c) => hasContent(c ?? undefined))) return r;
  }
  return 0;
}

export function lastColumn(sheet: SheetState): number {
  let last = 0;
  for (const row of sheet.cells) {
    if (!row) continue;
    for (let c = row.length; c > last; c--) {
      if (hasContent(row[c - 1] ?? undefined)) {
        last = c;
        break;
      }
    }
  }
  return last;
}

/**
 * Inserts (count > 0) or deletes (count < 0) rows or columns at 1-based `at`, and moves
 * everything attached to the grid with them: conditional format ranges, filter, protections,
 * charts and developer metadata (documented for metadata; Sheets does the same for the rest).
 */
export function shiftDimension(
  wb: WorkbookState,
  sheet: SheetState,
  dim: 'row' | 'col',
  at: number,
  count: number,
): void {
  const splice = <T>(arr: T[], fill: () => T) => {
    while (arr.length < at - 1) arr.push(fill());
    if (count > 0) arr.splice(at - 1, 0, ...Array.from({ length: count }, fill));
    else arr.splice(at - 1, -count);
  };
  if (dim === 'row') {
    if (sheet.cells.length >= at) splice(sheet.cells, () => null);
    sheet.maxRows += count;
  } else {
    for (const row of sheet.cells) if (row && row.length >= at) splice(row, () => null);
    const widths: Record<string, number> = {};
    for (const [k, w] of Object.entries(sheet.columnWidths)) {
      const c = Number(k);
      if (c < at) widths[k] = w;
      else if (count > 0) widths[String(c + count)] = w;
      else if (c >= at - count) widths[String(c + count)] = w;
    }
    sheet.columnWidths = widths;
    sheet.maxColumns += count;
  }
  const move = (g: GridRange) => shiftGrid(g, dim, at, count);
  // Formulas follow the cells they point to: the sheet's own cells and its conditional formats.
  for (const row of sheet.cells) {
    for (const cell of row ?? []) if (cell?.f !== undefined) cell.f = moveReferences(cell.f, dim, at, count);
  }
  sheet.conditionalFormats = sheet.conditionalFormats
    .map((rule) => {
      const ranges = rule.ranges.map(move).filter((g): g is GridRange => g !== null);
      const key = dim === 'row' ? 'row' : 'col';
      const [before, after] = [rule.ranges[0], ranges[0]];
      const anchor = before && after ? { from: before[key], to: after[key] } : undefined;
      const values =
        rule.criteria === 'CUSTOM_FORMULA'
          ? rule.values.map((v) => (typeof v === 'string' ? moveReferences(v, dim, at, count, anchor) : v))
          : rule.values;
      return { ...rule, ranges, values };
    })
    .filter((rule) => rule.ranges.length > 0);
  if (sheet.filter) sheet.filter = move(sheet.filter);
  if (!sheet.filter) delete sheet.filterCriteria;
  if (dim === 'col' && sheet.filterCriteria) {
    const criteria: Record<string, FilterCriteriaState> = {};
    for (const [k, c] of Object.entries(sheet.filterCriteria)) {
      const moved = shiftGrid({ row: 1, col: Number(k), numRows: 1, numCols: 1 }, 'col', at, count);
      if (moved) criteria[String(moved.col)] = c;
    }
    sheet.filterCriteria = criteria;
  }
  sheet.protections = sheet.protections.filter((p) => {
    if (!p.range) return true;
    p.range = move(p.range);
    return p.range !== null;
  });
  for (const chart of sheet.charts)
    chart.ranges = chart.ranges.map(move).filter((g): g is GridRange => g !== null);
  const locType = dim === 'row' ? 'ROW' : 'COLUMN';
  wb.metadata = wb.metadata.filter((m) => {
    const loc = m.location;
    if (loc.type !== locType || loc.sheetId !== sheet.id) return true;
    const g = move(
      dim === 'row'
        ? { row: loc.start, col: 1, numRows: loc.count, numCols: 1 }
        : { row: 1, col: loc.start, numRows: 1, numCols: loc.count },
    );
    if (!g) return false;
    loc.start = dim === 'row' ? g.row : g.col;
    loc.count = dim === 'row' ? g.numRows : g.numCols;
    return true;
  });
}
