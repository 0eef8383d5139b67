/**
 * What the preview renders, computed without counting any call: the grid with display text,
 * colours after conditional formatting, dropdowns, and the sheet's frozen panes, widths,
 * filter, protections and metadata. The preview needs nothing else.
 */

import { toA1 } from './a1';
import { conditionalFormatAt } from './conditional-format';
import { dropdownOptions } from './data-validation';
import { isHiddenByFilter } from './filter';
import { FormulaEngineError } from './formula';
import {
  cellAt,
  DEFAULT_COLUMN_WIDTH,
  lastColumn,
  lastRow,
  type MetadataState,
  type SheetState,
} from './model';
import { displayValue } from './number-format';
import type { Api } from './runtime';
import { readCell } from './values';

/** 'unevaluated': a formula the emulator's engine cannot compute (Sheets would). */
export type ValueKind = 'empty' | 'string' | 'number' | 'boolean' | 'date' | 'error' | 'unevaluated';

export interface CellView {
  row: number;
  col: number;
  a1: string;
  display: string;
  kind: ValueKind;
  formula: string | null;
  /** Background after conditional formatting (the rule's colour wins over the cell's). */
  background: string;
  fontColor: string;
  fontWeight: 'bold' | 'normal';
  fontStyle: 'italic' | 'normal';
  strikethrough: boolean;
  horizontalAlignment: string;
  wrap: boolean;
  note: string | null;
  /** Options offered by a list or range validation; null without a dropdown. */
  dropdown: string[] | null;
  checkbox: boolean;
  /** False when the value breaks a validation that allows invalid data (Sheets flags it). */
  valid: boolean;
}

export interface SheetSummary {
  id: number;
  name: string;
  index: number;
  hidden: boolean;
  tabColor: string | null;
  active: boolean;
  lastRow: number;
  lastColumn: number;
}

export interface SheetView extends SheetSummary {
  maxRows: number;
  maxColumns: number;
  /** Rows rendered: up to `maxRows` option, at least the data. */
  rows: CellView[][];
  frozenRows: number;
  frozenColumns: number;
  columnWidths: number[];
  filter: string | null;
  /** 1-based rows the filter's criteria hide (Sheet.isRowHiddenByFilter): not drawn. */
  hiddenRows: number[];
  protections: Array<{
    type: 'SHEET' | 'RANGE';
    range: string | null;
    warningOnly: boolean;
    description: string;
  }>;
  metadata: Array<{ id: number; key: string; value: string | null; location: string }>;
  charts: Array<{ id: number; type: string; title: string | null; ranges: string[] }>;
  selection: string | null;
}

function kindOf(v: unknown): ValueKind {
  if (v === '') return 'empty';
  if (v instanceof Date) return 'date';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'string' && /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!)$/.test(v))
    return 'error';
  return 'string';
}

function orUnevaluated<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof FormulaEngineError) return fallback;
    throw error;
  }
}

function describeLocation(api: Api, m: MetadataState): string {
  const loc = m.location;
  if (loc.type === 'SPREADSHEET') return 'spreadsheet';
  const sheet = api.rt.state.sheets.find((s) => s.id === loc.sheetId);
  if (loc.type === 'SHEET') return `sheet ${sheet?.name ?? loc.sheetId}`;
  if (loc.type === 'ROW') return `rows ${loc.start}:${loc.start + loc.count - 1}`;
  const first = toA1({ row: 1, col: loc.start, numRows: 1, numCols: 1 }).replace(/\d+/, '');
  const last = toA1({ row: 1, col: loc.start + loc.count - 1, numRows: 1, numCols: 1 }).replace(/\d+/, '');
  return `columns ${first}:${last}`;
}

export class EmulatorView {
  constructor(private readonly api: Api) {}

  private summary(sheet: SheetState, index: number): SheetSummary {
    return {
      id: sheet.id,
      name: sheet.name,
      index: index + 1,
      hidden: sheet.hidden,
      tabColor: sheet.tabColor,
      active: this.api.rt.state.activeSheetId === sheet.id,
      lastRow: lastRow(sheet),
      lastColumn: lastColumn(sheet),
    };
  }

  sheets(): SheetSummary[] {
    return this.api.log.quietly(() => this.api.rt.state.sheets.map((s, i) => this.summary(s, i)));
  }

  /**
   * `showUnevaluated`: a formula the engine cannot compute (in a cell or a conditional format)
   * is drawn as such instead of throwing. Only the preview asks for it, so that the page always
   * loads; tests keep the default, where an emulator gap fails loudly.
   */
  sheet(
    name: string,
    options: { maxRows?: number; maxColumns?: number; showUnevaluated?: boolean } = {},
  ): SheetView {
    return this.api.log.quietly(() => {
      const rt = this.api.rt;
      const index = rt.state.sheets.findIndex((s) => s.name === name);
      const sheet = rt.state.sheets[index];
      if (!sheet) throw new Error(`No sheet named ${name}`);
      const nRows = Math.min(sheet.maxRows, Math.max(lastRow(sheet), options.maxRows ?? 50));
      const nCols = Math.min(sheet.maxColumns, Math.max(lastColumn(sheet), options.maxColumns ?? 10));
      const rows: CellView[][] = [];
      for (let r = 1; r <= nRows; r++) {
        const line: CellView[] = [];
        for (let c = 1; c <= nCols; c++) {
          const cell = cellAt(sheet, r, c);
          // Reading a formula the emulator cannot evaluate through the API always throws: an
          // emulator gap must never look like a value.
          const lenient = options.showUnevaluated === true;
          const read = lenient
            ? orUnevaluated(() => ({ value: readCell(rt, sheet, r, c) }), null)
            : { value: readCell(rt, sheet, r, c) };
          const value = read?.value ?? '';
          const cf = lenient
            ? orUnevaluated(() => conditionalFormatAt(rt, sheet, r, c), null)
            : conditionalFormatAt(rt, sheet, r, c);
          const dv = cell?.dv;
          let valid = true;
          if (dv) {
            try {
              const options = dropdownOptions(this.api, dv);
              valid = value === '' || options === null || options.includes(String(value));
            } catch {
              valid = true;
            }
          }
          line.push({
            row: r,
            col: c,
            a1: toA1({ row: r, col: c, numRows: 1, numCols: 1 }),
            display: read
              ? displayValue(value, cell?.nf, rt.state.timeZone, rt.state.locale)
              : (cell?.f ?? ''),
            kind: read ? kindOf(value) : 'unevaluated',
            formula: cell?.f ?? null,
            background: cf?.background ?? cell?.bg ?? '#ffffff',
            fontColor: cf?.fontColor ?? cell?.fc ?? '#000000',
            fontWeight: cf?.bold === true ? 'bold' : cf?.bold === false ? 'normal' : (cell?.fw ?? 'normal'),
            fontStyle:
              cf?.italic === true ? 'italic' : cf?.italic === false ? 'normal' : (cell?.fs ?? 'normal'),
            strikethrough: cf?.strikethrough === true,
            horizontalAlignment: cell?.ha ?? 'general',
            wrap: cell?.wrap ?? false,
            note: cell?.note ?? null,
            dropdown: dv ? dropdownOptions(this.api, dv) : null,
            checkbox: dv?.criteria === 'CHECKBOX',
            valid,
          });
        }
        rows.push(line);
      }
      const sel = rt.state.activeRange;
      const hiddenRows: number[] = [];
      for (let r = 1; r <= nRows; r++) if (isHiddenByFilter(rt, sheet, r)) hiddenRows.push(r);
      return {
        hiddenRows,
        ...this.summary(sheet, index),
        maxRows: sheet.maxRows,
        maxColumns: sheet.maxColumns,
        rows,
        frozenRows: sheet.frozenRows,
        frozenColumns: sheet.frozenColumns,
        columnWidths: Array.from(
          { length: nCols },
          (_, i) => sheet.columnWidths[String(i + 1)] ?? DEFAULT_COLUMN_WIDTH,
        ),
        filter: sheet.filter ? toA1(sheet.filter) : null,
        protections: sheet.protections.map((p) => ({
          type: p.type,
          range: p.range ? toA1(p.range) : null,
          warningOnly: p.warningOnly,
          description: p.description,
        })),
        metadata: rt.state.metadata
          .filter((m) => 'sheetId' in m.location && m.location.sheetId === sheet.id)
          .map((m) => ({ id: m.id, key: m.key, value: m.value, location: describeLocation(this.api, m) })),
        charts: sheet.charts.map((c) => ({
          id: c.id,
          type: c.type,
          title: typeof c.options.title === 'string' ? c.options.title : null,
          ranges: c.ranges.map(toA1),
        })),
        selection: sel && sel.sheetId === sheet.id ? toA1(sel.range) : null,
      };
    });
  }
}
