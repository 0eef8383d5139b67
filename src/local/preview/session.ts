/**
 * One preview session: the emulated workbook, the built add-on running against it, and what
 * the page needs to draw a Sheets-like window. Every action is an execution of Code.js, and the
 * workbook is saved to its file after each one.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { AddonRuntime } from '../addon-runtime';
import { type Emulator, saveEmulator } from '../emulator';
import { contains } from '../emulator/a1';
import { docUrl } from '../emulator/document-app';
import { fromWallClock, wallClock } from '../emulator/tz';
import { parseTyped, STRICT_PLAIN_TEXT, type TypingContext } from '../emulator/values';
import type { CellView as EmuCellView } from '../emulator/view';
import type {
  CellView,
  ChartView,
  DocumentView,
  GridView,
  MenuEntry,
  MenuView,
  PreviewState,
  RunResponse,
} from './api-types';
import { parseCsv } from './delimited';

type EmuMenuEntry = Emulator['ui']['menus'][number]['items'][number];

function menuEntry(entry: EmuMenuEntry): MenuEntry {
  if (entry.type === 'item')
    return { kind: 'item', caption: entry.caption, functionName: entry.functionName };
  if (entry.type === 'separator') return { kind: 'separator' };
  return { kind: 'submenu', caption: entry.caption, items: entry.items.map(menuEntry) };
}

/**
 * What Sheets' editor shows for a cell: its formula, or a text that typing would read as
 * something else (a formula, a number, a date…) behind the apostrophe that keeps it text.
 */
export function editorText(cell: EmuCellView, typing: TypingContext): string {
  if (cell.formula) return cell.formula;
  if (cell.kind !== 'string') return cell.display;
  const text = cell.display;
  const readAsText = !text.startsWith('=') && !text.startsWith("'") && parseTyped(text, typing) === text;
  return readAsText ? text : `'${text}`;
}

function cellView(cell: EmuCellView, typing: TypingContext): CellView {
  const view: CellView = {
    text: cell.display,
    kind: cell.formula
      ? 'formula'
      : cell.kind === 'error' || cell.kind === 'unevaluated'
        ? 'string'
        : cell.kind,
    input: editorText(cell, typing),
  };
  if (cell.kind === 'unevaluated') view.unevaluated = true;
  if (cell.background && cell.background !== '#ffffff') view.background = cell.background;
  if (cell.fontColor && cell.fontColor !== '#000000') view.color = cell.fontColor;
  if (cell.fontWeight === 'bold') view.bold = true;
  if (cell.fontStyle === 'italic') view.italic = true;
  if (cell.horizontalAlignment && cell.horizontalAlignment !== 'general')
    view.align = cell.horizontalAlignment;
  if (cell.note) view.note = cell.note;
  if (cell.dropdown) view.options = cell.dropdown;
  return view;
}

/** Sheets' own words (in French) before an edit of a cell under a warning-only protection. */
export const PROTECTION_WARNING =
  'Vous essayez de modifier une partie de cette feuille qui ne doit pas être modifiée par erreur. Voulez-vous quand même la modifier\u00a0?';

const MIN_ROWS = 30;
const MIN_COLUMNS = 12;

export class PreviewSession {
  private readonly runtime: AddonRuntime;
  private revision = 0;
  private sidebarClosedAt = 0;
  private readonly dismissed = { toast: new Set<number>(), alert: new Set<number>() };
  private lastError: string | null = null;

  constructor(
    readonly emulator: Emulator,
    code: string,
    private readonly file: string | null,
  ) {
    this.runtime = new AddonRuntime(emulator, code);
  }

  /** Where the simulated date is kept beside the workbook, so that a restart keeps it. */
  static dateFile(workbookFile: string): string {
    return workbookFile.replace(/(\.json)?$/, '.date');
  }

  /** Sets the clock to the date saved by a previous run, if any; returns it. */
  restoreToday(): string | null {
    if (!this.file) return null;
    const file = PreviewSession.dateFile(this.file);
    if (!existsSync(file)) return null;
    const saved = readFileSync(file, 'utf8').trim();
    return this.setClock(saved) ? saved : null;
  }

  /** Forgets a saved simulated date (a fresh or demo workbook starts from today). */
  static forgetToday(workbookFile: string): void {
    rmSync(PreviewSession.dateFile(workbookFile), { force: true });
  }

  /** Opens the workbook as Sheets does: onOpen in AuthMode.NONE, which may only build menus. */
  open(): RunResponse {
    this.emulator.ui.menus.length = 0;
    return this.execute(() => this.runtime.runAs('NONE', 'onOpen', this.emulator.openEvent('NONE')));
  }

  private execute(action: () => unknown): RunResponse {
    try {
      const value = action();
      this.lastError = null;
      return { ok: true, value };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.lastError = message;
      return { ok: false, error: message };
    } finally {
      this.revision++;
      if (this.file) saveEmulator(this.emulator, this.file);
    }
  }

  runMenu(functionName: string): RunResponse {
    const known = this.emulator.ui.menus.some((menu) =>
      JSON.stringify(menu.items).includes(`"${functionName}"`),
    );
    if (!known) return { ok: false, error: `Aucun menu n’appelle ${functionName}.` };
    return this.execute(() => this.runtime.run(functionName));
  }

  runFromSidebar(functionName: string, args: unknown[]): RunResponse {
    if (!Array.isArray(args)) return { ok: false, error: 'Arguments invalides.' };
    const response = this.execute(() => this.runtime.runFromSidebar(functionName, args));
    // A failure reaches the sidebar's failure handler; the page need not show it as well.
    this.lastError = null;
    return response;
  }

  /**
   * A person typing in a cell: validation as in Sheets, then the add-on's onEdit if it has one.
   * A cell under a warning-only protection is not written until the person confirms, as Sheets
   * asks « Voulez-vous quand même la modifier ? » first.
   */
  edit(sheet: string, row: number, column: number, text: string, confirmed = false): RunResponse {
    if (!confirmed && this.warnsOnEdit(sheet, row, column)) {
      return { ok: false, warning: PROTECTION_WARNING };
    }
    const result = this.emulator.userEdit(sheet, row, column, text);
    if (!result.accepted) {
      this.revision++;
      return { ok: false, error: result.message ?? 'Valeur refusée.' };
    }
    if (!result.event) return this.execute(() => undefined);
    const event = result.event;
    const hasOnEdit = typeof this.runtime.evaluate().onEdit === 'function';
    return this.execute(() => (hasOnEdit ? this.runtime.runTrigger('onEdit', event) : undefined));
  }

  /**
   * A person inserting a row above `row` (count 1) or deleting row `row` (count -1), as from
   * the row's menu in Sheets: formulas, conditional formats, filter and metadata follow.
   */
  changeRows(sheet: string, row: number, count: 1 | -1): RunResponse {
    const target = this.emulator.spreadsheet.getSheetByName(sheet);
    if (!target) return { ok: false, error: `Feuille introuvable : ${sheet}` };
    return this.execute(() => {
      if (count > 0) target.insertRowBefore(row);
      else target.deleteRow(row);
    });
  }

  private warnsOnEdit(sheetName: string, row: number, column: number): boolean {
    const sheet = this.emulator.workbook.sheets.find((s) => s.name === sheetName);
    if (!sheet) return false;
    return sheet.protections.some(
      (p) => p.warningOnly && (p.range === null || contains(p.range, row, column)),
    );
  }

  /**
   * Cells pasted from Sheets, Excel or a text editor (tab-separated rows), from (row, column)
   * on: each cell as if typed, then one onEdit for the whole pasted range, as Sheets fires it.
   */
  paste(sheetName: string, row: number, column: number, rows: string[][], confirmed = false): RunResponse {
    const height = rows.length;
    const width = Math.max(0, ...rows.map((r) => r.length));
    if (height === 0 || width === 0) return { ok: true };
    if (height === 1 && width === 1) return this.edit(sheetName, row, column, rows[0]?.[0] ?? '', confirmed);
    const sheet = this.emulator.workbook.sheets.find((s) => s.name === sheetName);
    if (!sheet) return { ok: false, error: `Feuille introuvable : ${sheetName}` };
    if (!confirmed) {
      for (let r = 0; r < height; r++)
        for (let c = 0; c < width; c++)
          if (this.warnsOnEdit(sheetName, row + r, column + c))
            return { ok: false, warning: PROTECTION_WARNING };
    }
    const handle = this.emulator.spreadsheet.getSheetByName(sheetName);
    if (handle && (row + height - 1 > handle.getMaxRows() || column + width - 1 > handle.getMaxColumns())) {
      return { ok: false, error: 'Le collage dépasse la taille de la feuille.' };
    }
    let first: ReturnType<Emulator['userEdit']>['event'] = null;
    const refused: string[] = [];
    for (let r = 0; r < height; r++) {
      for (let c = 0; c < width; c++) {
        const result = this.emulator.userEdit(sheetName, row + r, column + c, rows[r]?.[c] ?? '');
        if (!result.accepted) refused.push(result.message ?? 'Valeur refusée.');
        else first ??= result.event;
      }
    }
    if (!first) {
      this.revision++;
      return { ok: false, error: refused[0] ?? 'Valeur refusée.' };
    }
    const start = first;
    const event = this.emulator.calls.quietly(() => ({
      ...start,
      range: start.range.getSheet().getRange(row, column, height, width),
      value: undefined,
      oldValue: undefined,
    }));
    const hasOnEdit = typeof this.runtime.evaluate().onEdit === 'function';
    const response = this.execute(() => (hasOnEdit ? this.runtime.run('onEdit', event) : undefined));
    return refused.length > 0 && response.ok ? { ok: false, error: refused[0] } : response;
  }

  /**
   * A CSV file opened in the preview becomes a NEW sheet named after the file (never written
   * over an existing one: « Mon tableau (2) » when the name is taken). Text stays text: a cell
   * starting with « = » is kept as typed, not turned into a formula.
   */
  importCsv(fileName: string, text: string): RunResponse {
    const rows = parseCsv(text);
    if (rows.length === 0) return { ok: false, error: 'Ce fichier CSV est vide.' };
    const width = Math.max(...rows.map((r) => r.length));
    const base = fileName.replace(/\.(csv|tsv|txt)$/i, '').trim() || 'Import';
    const taken = new Set(this.emulator.workbook.sheets.map((s) => s.name.toLowerCase()));
    let name = base.slice(0, 90);
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 85)} (${n})`;
    const values = rows.map((r) =>
      Array.from({ length: width }, (_, c) => {
        const cell = r[c] ?? '';
        return cell.startsWith('=') || cell.startsWith('+') || (cell.startsWith('-') && !/^-[\d.]/.test(cell))
          ? `'${cell}`
          : cell;
      }),
    );
    const response = this.execute(() =>
      this.emulator.calls.quietly(() => {
        const sheet = this.emulator.spreadsheet.insertSheet(name, this.emulator.spreadsheet.getNumSheets());
        if (sheet.getMaxRows() < rows.length)
          sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
        if (sheet.getMaxColumns() < width)
          sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
        sheet.getRange(1, 1, rows.length, width).setValues(values);
        this.emulator.spreadsheet.setActiveSheet(sheet);
        return name;
      }),
    );
    return response;
  }

  select(sheet: string, row?: number, column?: number): RunResponse {
    if (row === undefined) {
      const target = this.emulator.spreadsheet.getSheetByName(sheet);
      if (!target) return { ok: false, error: `Feuille introuvable : ${sheet}` };
      this.emulator.spreadsheet.setActiveSheet(target);
      this.revision++;
      return { ok: true };
    }
    this.emulator.select(sheet, row, column ?? 1);
    this.revision++;
    return { ok: true };
  }

  setToday(isoDate: string): RunResponse {
    if (!this.setClock(isoDate)) return { ok: false, error: 'Date invalide.' };
    if (this.file) writeFileSync(PreviewSession.dateFile(this.file), `${isoDate}\n`);
    return this.execute(() => this.runDueTriggers());
  }

  private setClock(isoDate: string): boolean {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    if (!match) return false;
    const zone = this.emulator.spreadsheet.getSpreadsheetTimeZone();
    this.emulator.clock.set(
      fromWallClock(
        {
          year: Number(match[1]),
          month: Number(match[2]),
          day: Number(match[3]),
          hour: 9,
          minute: 0,
          second: 0,
          ms: 0,
        },
        zone,
      ),
    );
    return true;
  }

  /**
   * Time-driven triggers whose hour has come on the new date run as their owner, as Apps Script
   * would have run them that morning (the daily reminder then shows in « Courriels envoyés »).
   */
  private runDueTriggers(): void {
    const now = this.emulator.clock.now();
    const person = this.emulator.ctx.activeUser();
    try {
      for (const trigger of this.emulator.scriptApp.takeDue(now)) {
        this.emulator.setActiveUser(trigger.owner);
        this.runtime.run(trigger.handler, this.emulator.scriptApp.clockEvent(trigger, now));
      }
    } finally {
      this.emulator.setActiveUser(person);
    }
  }

  /** The charts of the sheet in the grid, with the values of their first two columns. */
  private charts(sheetName: string): ChartView[] {
    const sheet = this.emulator.workbook.sheets.find((s) => s.name === sheetName);
    if (!sheet) return [];
    const view = this.emulator.view.sheet(sheetName, { maxRows: 200, maxColumns: 10, showUnevaluated: true });
    return sheet.charts.map((chart) => {
      const range = chart.ranges[0];
      const rows = range ? view.rows.slice(range.row, range.row - 1 + range.numRows) : [];
      return {
        title: String(chart.options.title ?? ''),
        type: chart.type,
        bars: rows.map((row) => ({
          label: row[range?.col ? range.col - 1 : 0]?.display ?? '',
          value: Number(row[range?.col ?? 1]?.display) || 0,
        })),
      };
    });
  }

  closeSidebar(): RunResponse {
    this.sidebarClosedAt = this.emulator.ui.sidebars.length;
    this.revision++;
    return { ok: true };
  }

  dismiss(kind: 'toast' | 'alert', id: number): RunResponse {
    this.dismissed[kind].add(id);
    this.revision++;
    return { ok: true };
  }

  sidebarHtml(id: number): string | null {
    return this.emulator.ui.sidebars[id]?.html ?? null;
  }

  document(id: string): DocumentView | null {
    const doc = this.emulator.documents.document(id);
    if (!doc) return null;
    return {
      id: doc.id,
      name: doc.name,
      url: docUrl(doc.id),
      margins: doc.margins,
      paragraphs: doc.paragraphs.map((p) => ({
        text: p.type === 'LIST_ITEM' ? `• ${p.text}` : p.text,
        heading: p.heading,
        alignment: p.alignment ?? undefined,
        bold: p.bold,
        boldRanges: p.boldRanges.map(([start, end]) => [start, end + 1] as [number, number]),
        indentStart: p.indentStart ?? undefined,
        spacingBefore: p.spacingBefore ?? undefined,
        spacingAfter: p.spacingAfter ?? undefined,
        lineSpacing: p.lineSpacing ?? undefined,
        fontFamily: p.fontFamily ?? undefined,
        fontSize: p.fontSize ?? undefined,
      })),
    };
  }

  private today(): string {
    const w = wallClock(this.emulator.clock.now(), this.emulator.spreadsheet.getSpreadsheetTimeZone());
    return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
  }

  private grid(): GridView | null {
    const active = this.emulator.view.sheets().find((s) => s.active) ?? this.emulator.view.sheets()[0];
    if (!active) return null;
    const typing: TypingContext = {
      locale: this.emulator.workbook.locale ?? 'fr_FR',
      timeZone: this.emulator.workbook.timeZone,
      now: this.emulator.clock.now(),
      plainText: STRICT_PLAIN_TEXT,
    };
    const sheet = this.emulator.view.sheet(active.name, {
      maxRows: Math.max(MIN_ROWS, active.lastRow + 5),
      maxColumns: Math.max(MIN_COLUMNS, active.lastColumn + 1),
      showUnevaluated: true,
    });
    return {
      name: sheet.name,
      frozenRows: sheet.frozenRows,
      frozenColumns: sheet.frozenColumns,
      columnWidths: sheet.columnWidths.slice(0, sheet.rows[0]?.length ?? 0),
      rows: sheet.rows.map((row) =>
        row.map((cell) => {
          const view = cellView(cell, typing);
          if (this.warnsOnEdit(sheet.name, cell.row, cell.col)) view.warnOnEdit = true;
          return view;
        }),
      ),
      lastRow: sheet.lastRow,
      lastColumn: sheet.lastColumn,
      filter: sheet.filter,
      hiddenRows: sheet.hiddenRows,
    };
  }

  state(): PreviewState {
    const { ui } = this.emulator;
    const sidebarIndex = ui.sidebars.length - 1;
    const sidebar = ui.sidebars[sidebarIndex];
    const menus: MenuView[] = ui.menus.map((menu) => ({
      title: menu.kind === 'addon' ? menu.caption : '',
      items: menu.items.map(menuEntry),
    }));
    // The page must always load: a sheet the view cannot draw is reported, not thrown.
    let grid: GridView | null = null;
    let charts: ChartView[] = [];
    let viewError: string | null = null;
    try {
      grid = this.grid();
      charts = grid ? this.charts(grid.name) : [];
    } catch (error) {
      viewError = `L’aperçu ne sait pas afficher cette feuille (${error instanceof Error ? error.message : String(error)}).`;
    }
    return {
      revision: this.revision,
      workbookName: this.emulator.spreadsheet.getName(),
      today: this.today(),
      user: this.emulator.ctx.activeUser(),
      sheets: this.emulator.view
        .sheets()
        .filter((s) => !s.hidden)
        .map((s) => ({ name: s.name, active: s.active })),
      grid,
      menus,
      sidebar:
        sidebar && sidebarIndex >= this.sidebarClosedAt ? { id: sidebarIndex, title: sidebar.title } : null,
      toasts: ui.toasts
        .map((t, id) => ({ id, title: t.title, message: t.message }))
        .filter((t) => !this.dismissed.toast.has(t.id))
        .slice(-3),
      alerts: ui.alerts
        .map((a, id) => ({ id, title: a.title ?? '', message: a.prompt }))
        .filter((a) => !this.dismissed.alert.has(a.id)),
      documents: this.emulator.documents
        .documents()
        .map((d) => ({ id: d.id, name: d.name, url: docUrl(d.id) }))
        .reverse(),
      charts,
      mails: this.emulator.mail
        .sent()
        .map((m) => ({ to: m.to, cc: m.cc, subject: m.subject, body: m.body, sentAt: m.sentAt }))
        .reverse(),
      error: this.lastError ?? viewError,
    };
  }
}
