/** Sheet: one tab of the workbook. https://developers.google.com/apps-script/reference/spreadsheet/sheet */
import { type GridRange, parseA1 } from './a1';
import { counted } from './calls';
import { newChart, newChartBuilder, storeChart } from './chart';
import { rulesOf, rulesToState } from './conditional-format';
import { addMetadata, newMetadataFinder } from './developer-metadata';
import { fail } from './errors';
import { isHiddenByFilter, newFilter } from './filter';
import { cellForWrite, lastColumn, lastRow, nextId, type SheetState, shiftDimension } from './model';
import { newProtection } from './protection';
import { newRange } from './range';
import { type Api, asGas, normaliseColor, sheetById } from './runtime';
import { newSpreadsheet } from './spreadsheet';
import { typingContext, writeCell } from './values';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type SheetMethods =
  | 'activate'
  | 'addDeveloperMetadata'
  | 'appendRow'
  | 'clear'
  | 'clearConditionalFormatRules'
  | 'clearContents'
  | 'createDeveloperMetadataFinder'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getConditionalFormatRules'
  | 'getDataRange'
  | 'getDeveloperMetadata'
  | 'getFilter'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getParent'
  | 'getProtections'
  | 'getRange'
  | 'getSheetId'
  | 'getSheetName'
  | 'getSheetValues'
  | 'getTabColor'
  | 'hideSheet'
  | 'insertChart'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumns'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRows'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isRowHiddenByFilter'
  | 'isSheetHidden'
  | 'newChart'
  | 'protect'
  | 'removeChart'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setConditionalFormatRules'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setTabColor'
  | 'showSheet'
  | 'updateChart';

export function newSheet(api: Api, sheetId: number): GSheet {
  return asGas<GSheet>(counted(new EmuSheet(api, sheetId), 'Sheet', api.log));
}

/** Google's errors for coordinates outside the sheet or sizes below one. */
export function checkGrid(sheet: SheetState, g: GridRange): void {
  if (!Number.isInteger(g.row) || g.row < 1) fail('The starting row of the range is too small.');
  if (!Number.isInteger(g.col) || g.col < 1) fail('The starting column of the range is too small.');
  if (g.numRows < 1) fail('The number of rows in the range must be at least 1.');
  if (g.numCols < 1) fail('The number of columns in the range must be at least 1.');
  if (g.row + g.numRows - 1 > sheet.maxRows || g.col + g.numCols - 1 > sheet.maxColumns) {
    fail('The coordinates of the range are outside the dimensions of the sheet.');
  }
}

export class EmuSheet implements Pick<GSheet, SheetMethods> {
  constructor(
    readonly api: Api,
    readonly sheetId: number,
  ) {}
  private get self(): GSheet {
    return asGas<GSheet>(this);
  }
  get data(): SheetState {
    return sheetById(this.api.rt, this.sheetId);
  }

  getName(): string {
    return this.data.name;
  }
  getSheetName(): string {
    return this.data.name;
  }
  setName(name: string): GSheet {
    const state = this.api.rt.state;
    if (state.sheets.some((s) => s.id !== this.sheetId && s.name.toLowerCase() === name.toLowerCase())) {
      fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.data.name = name;
    return this.self;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getIndex(): number {
    return this.api.rt.state.sheets.findIndex((s) => s.id === this.sheetId) + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return newSpreadsheet(this.api);
  }
  activate(): GSheet {
    this.api.rt.state.activeSheetId = this.sheetId;
    return this.self;
  }
  hideSheet(): GSheet {
    this.data.hidden = true;
    return this.self;
  }
  showSheet(): GSheet {
    this.data.hidden = false;
    return this.self;
  }
  isSheetHidden(): boolean {
    return this.data.hidden;
  }
  getTabColor(): string | null {
    return this.data.tabColor;
  }
  setTabColor(color: string | null): GSheet {
    this.data.tabColor = normaliseColor(color) ?? null;
    return this.self;
  }

  // Ranges
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): GRange {
    const sheet = this.data;
    let grid: GridRange;
    if (typeof rowOrA1 === 'string') {
      grid = parseA1(
        rowOrA1.includes('!') ? rowOrA1.slice(rowOrA1.lastIndexOf('!') + 1) : rowOrA1,
        sheet.maxRows,
        sheet.maxColumns,
      );
    } else {
      if (column === undefined)
        fail("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
      grid = { row: rowOrA1, col: column, numRows: numRows ?? 1, numCols: numColumns ?? 1 };
    }
    checkGrid(sheet, grid);
    return newRange(this.api, this.sheetId, grid);
  }
  getDataRange(): GRange {
    const sheet = this.data;
    return newRange(this.api, this.sheetId, {
      row: 1,
      col: 1,
      numRows: Math.max(1, lastRow(sheet)),
      numCols: Math.max(1, lastColumn(sheet)),
    });
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const sheet = this.data;
    const rows = numRows === -1 ? lastRow(sheet) - startRow + 1 : numRows;
    const cols = numColumns === -1 ? lastColumn(sheet) - startColumn + 1 : numColumns;
    return this.getRange(startRow, startColumn, rows, cols).getValues();
  }
  getLastRow(): number {
    return lastRow(this.data);
  }
  getLastColumn(): number {
    return lastColumn(this.data);
  }
  getMaxRows(): number {
    return this.data.maxRows;
  }
  getMaxColumns(): number {
    return this.data.maxColumns;
  }
  appendRow(rowContents: unknown[]): GSheet {
    const sheet = this.data;
    const row = lastRow(sheet) + 1;
    // appendRow grows the sheet when the last row is already used.
    if (row > sheet.maxRows) sheet.maxRows = row;
    if (rowContents.length > sheet.maxColumns) sheet.maxColumns = rowContents.length;
    const ctx = typingContext(this.api.rt);
    for (const [i, v] of rowContents.entries()) writeCell(cellForWrite(sheet, row, i + 1), v, ctx);
    return this.self;
  }
  clear(): GSheet {
    this.data.cells = [];
    return this.self;
  }
  clearContents(): GSheet {
    for (const row of this.data.cells) {
      for (const cell of row ?? []) {
        if (cell) {
          delete cell.v;
          delete cell.f;
        }
      }
    }
    return this.self;
  }

  // Rows and columns
  private shift(dim: 'row' | 'col', at: number, count: number): void {
    const sheet = this.data;
    const max = dim === 'row' ? sheet.maxRows : sheet.maxColumns;
    if (!Number.isInteger(at) || at < 1 || at > max + (count > 0 ? 1 : 0)) {
      fail(dim === 'row' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
    }
    if (count < 0 && at - count - 1 > max)
      fail(dim === 'row' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
    if (count < 0 && -count >= max)
      fail(
        dim === 'row'
          ? "You can't delete all the rows on the sheet."
          : "You can't delete all the columns on the sheet.",
      );
    shiftDimension(this.api.rt.state, sheet, dim, at, count);
  }
  insertRowBefore(beforePosition: number): GSheet {
    this.shift('row', beforePosition, 1);
    return this.self;
  }
  insertRowAfter(afterPosition: number): GSheet {
    this.shift('row', afterPosition + 1, 1);
    return this.self;
  }
  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    this.shift('row', beforePosition, howMany);
    return this.self;
  }
  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    this.shift('row', afterPosition + 1, howMany);
    return this.self;
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.shift('row', rowIndex, numRows);
  }
  insertColumnBefore(beforePosition: number): GSheet {
    this.shift('col', beforePosition, 1);
    return this.self;
  }
  insertColumnAfter(afterPosition: number): GSheet {
    this.shift('col', afterPosition + 1, 1);
    return this.self;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    this.shift('col', beforePosition, howMany);
    return this.self;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    this.shift('col', afterPosition + 1, howMany);
    return this.self;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.shift('col', columnIndex, numColumns);
  }
  deleteRow(rowPosition: number): GSheet {
    this.shift('row', rowPosition, -1);
    return this.self;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.shift('row', rowPosition, -howMany);
  }
  deleteColumn(columnPosition: number): GSheet {
    this.shift('col', columnPosition, -1);
    return this.self;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.shift('col', columnPosition, -howMany);
  }

  // Layout
  getFrozenRows(): number {
    return this.data.frozenRows;
  }
  setFrozenRows(rows: number): void {
    this.data.frozenRows = rows;
  }
  getFrozenColumns(): number {
    return this.data.frozenColumns;
  }
  setFrozenColumns(columns: number): void {
    this.data.frozenColumns = columns;
  }
  getColumnWidth(columnPosition: number): number {
    return this.data.columnWidths[String(columnPosition)] ?? 100;
  }
  setColumnWidth(columnPosition: number, width: number): GSheet {
    this.data.columnWidths[String(columnPosition)] = width;
    return this.self;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.data.columnWidths[String(c)] = width;
    return this.self;
  }

  // Conditional formatting: setting replaces the whole list (documented).
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return rulesOf(this.api, this.data);
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.data.conditionalFormats = rulesToState(rules, this.sheetId);
  }
  clearConditionalFormatRules(): void {
    this.data.conditionalFormats = [];
  }

  // Filter, protections, metadata, charts
  isRowHiddenByFilter(rowPosition: number): boolean {
    return isHiddenByFilter(this.api.rt, this.data, rowPosition);
  }
  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    return this.data.filter ? newFilter(this.api, this.sheetId) : null;
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.data.protections
      .filter((p) => p.type === String(type))
      .map((p) => newProtection(this.api, this.sheetId, p.id));
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const sheet = this.data;
    const existing = sheet.protections.find((p) => p.type === 'SHEET');
    if (existing) return newProtection(this.api, this.sheetId, existing.id);
    const state = this.api.rt.state;
    const p = {
      id: nextId(state),
      type: 'SHEET' as const,
      range: null,
      warningOnly: false,
      description: '',
      editors: [state.owner],
    };
    sheet.protections.push(p);
    return newProtection(this.api, this.sheetId, p.id);
  }
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): GSheet {
    addMetadata(
      this.api.rt.state,
      { type: 'SHEET', sheetId: this.sheetId },
      key,
      valueOrVisibility,
      visibility,
    );
    return this.self;
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return newMetadataFinder(this.api, (m) => 'sheetId' in m.location && m.location.sheetId === this.sheetId);
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return newMetadataFinder(
      this.api,
      (m) => m.location.type === 'SHEET' && m.location.sheetId === this.sheetId,
    ).find();
  }
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return newChartBuilder(this.api, this.sheetId);
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    storeChart(this.api, this.sheetId, chart);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    storeChart(this.api, this.sheetId, chart);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const id = chart.getChartId();
    this.data.charts = this.data.charts.filter((c) => c.id !== id);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.data.charts.map((c) => newChart(this.api, this.sheetId, structuredClone(c)));
  }
}
