/**
 * The sheet's basic filter (one per sheet) and its criteria, applied to rows: a row of the
 * filter's range below its header row is hidden when a column's criteria hides its value.
 * https://developers.google.com/apps-script/reference/spreadsheet/filter
 * https://developers.google.com/apps-script/reference/spreadsheet/filter-criteria-builder
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#isRowHiddenByFilter(Integer)
 */
import { BooleanCriteriaBuilder } from './boolean-criteria';
import { counted } from './calls';
import { conditionHolds } from './conditional-format';
import { fail } from './errors';
import type { FilterCriteriaState, SheetState } from './model';
import { displayValue } from './number-format';
import { newRange } from './range';
import { type Api, asGas, type Runtime, sheetById } from './runtime';
import { readCell } from './values';

type GFilter = GoogleAppsScript.Spreadsheet.Filter;
type GCriteria = GoogleAppsScript.Spreadsheet.FilterCriteria;
type GCriteriaBuilder = GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder;

const EMPTY_CRITERIA: FilterCriteriaState = {
  hiddenValues: [],
  visibleValues: [],
  criteria: null,
  values: [],
};

class EmuFilterCriteria {
  constructor(
    readonly api: Api,
    readonly data: FilterCriteriaState,
  ) {}
  getHiddenValues(): string[] {
    return [...this.data.hiddenValues];
  }
  getVisibleValues(): string[] {
    return [...this.data.visibleValues];
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria | null {
    return this.data.criteria as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria | null;
  }
  getCriteriaValues(): unknown[] {
    return [...this.data.values];
  }
  copy(): GCriteriaBuilder {
    return newFilterCriteriaBuilder(this.api, structuredClone(this.data));
  }
}

function newFilterCriteria(api: Api, data: FilterCriteriaState): GCriteria {
  return asGas<GCriteria>(counted(new EmuFilterCriteria(api, data), 'FilterCriteria', api.log));
}

function unwrapCriteria(criteria: unknown): FilterCriteriaState {
  if (!(criteria instanceof EmuFilterCriteria)) fail("The parameters don't match the method signature.");
  return structuredClone(criteria.data);
}

class EmuFilterCriteriaBuilder extends BooleanCriteriaBuilder<GCriteriaBuilder> {
  constructor(
    readonly api: Api,
    readonly data: FilterCriteriaState,
  ) {
    super();
  }
  build(): GCriteria {
    return newFilterCriteria(this.api, structuredClone(this.data));
  }
  copy(): GCriteriaBuilder {
    return newFilterCriteriaBuilder(this.api, structuredClone(this.data));
  }
  setHiddenValues(values: string[]): GCriteriaBuilder {
    this.data.hiddenValues = values.map(String);
    return this.self;
  }
  setVisibleValues(values: string[]): GCriteriaBuilder {
    this.data.visibleValues = values.map(String);
    return this.self;
  }
}

export function newFilterCriteriaBuilder(
  api: Api,
  data: FilterCriteriaState = EMPTY_CRITERIA,
): GCriteriaBuilder {
  return asGas<GCriteriaBuilder>(
    counted(new EmuFilterCriteriaBuilder(api, structuredClone(data)), 'FilterCriteriaBuilder', api.log),
  );
}

/** Whether the sheet's filter hides `row` (Sheet.isRowHiddenByFilter). The header row never is. */
export function isHiddenByFilter(rt: Runtime, sheet: SheetState, row: number): boolean {
  const g = sheet.filter;
  if (!g || row <= g.row || row >= g.row + g.numRows) return false;
  for (const [key, c] of Object.entries(sheet.filterCriteria ?? {})) {
    const col = Number(key);
    const shown = displayValue(
      readCell(rt, sheet, row, col),
      sheet.cells[row - 1]?.[col - 1]?.nf,
      rt.state.timeZone,
      rt.state.locale,
    );
    if (c.hiddenValues.includes(shown)) return true;
    if (c.visibleValues.length > 0 && !c.visibleValues.includes(shown)) return true;
    if (c.criteria !== null) {
      const rule = {
        ranges: [{ row: g.row + 1, col, numRows: g.numRows - 1, numCols: 1 }],
        criteria: c.criteria,
        values: c.values,
        format: {
          background: null,
          fontColor: null,
          bold: null,
          italic: null,
          strikethrough: null,
          underline: null,
        },
      };
      if (!conditionHolds(rt, sheet, rule, row, col)) return true;
    }
  }
  return false;
}

type FilterMethods =
  | 'getRange'
  | 'remove'
  | 'getColumnFilterCriteria'
  | 'setColumnFilterCriteria'
  | 'removeColumnFilterCriteria';

class EmuFilter implements Pick<GFilter, FilterMethods> {
  constructor(
    readonly api: Api,
    readonly sheetId: number,
  ) {}
  private get sheet(): SheetState {
    return sheetById(this.api.rt, this.sheetId);
  }
  private get grid() {
    const g = this.sheet.filter;
    if (!g) fail('The filter has been removed.');
    return g;
  }
  private column(columnPosition: number): string {
    const g = this.grid;
    if (columnPosition < g.col || columnPosition >= g.col + g.numCols) {
      fail('The column position is out of the filter range.');
    }
    return String(columnPosition);
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return newRange(this.api, this.sheetId, { ...this.grid });
  }
  remove(): void {
    const sheet = this.sheet;
    sheet.filter = null;
    delete sheet.filterCriteria;
  }
  getColumnFilterCriteria(columnPosition: number): GCriteria | null {
    const c = this.sheet.filterCriteria?.[this.column(columnPosition)];
    return c ? newFilterCriteria(this.api, structuredClone(c)) : null;
  }
  setColumnFilterCriteria(columnPosition: number, filterCriteria: GCriteria | null): GFilter {
    const key = this.column(columnPosition);
    const sheet = this.sheet;
    if (filterCriteria === null) delete sheet.filterCriteria?.[key];
    else sheet.filterCriteria = { ...(sheet.filterCriteria ?? {}), [key]: unwrapCriteria(filterCriteria) };
    return asGas<GFilter>(this);
  }
  removeColumnFilterCriteria(columnPosition: number): GFilter {
    return this.setColumnFilterCriteria(columnPosition, null);
  }
}

export function newFilter(api: Api, sheetId: number): GFilter {
  return asGas<GFilter>(counted(new EmuFilter(api, sheetId), 'Filter', api.log));
}
