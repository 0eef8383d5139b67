/**
 * One preview session: the emulated workbook, the built add-on running against it, and what
 * the page needs to draw a Sheets-like window. Every action is an execution of Code.js, and the
 * workbook is saved to its file after each one.
 */
import { AddonRuntime } from '../addon-runtime';
import { type Emulator, saveEmulator } from '../emulator';
import { docUrl } from '../emulator/document-app';
import { fromWallClock, wallClock } from '../emulator/tz';
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

type EmuMenuEntry = Emulator['ui']['menus'][number]['items'][number];

function menuEntry(entry: EmuMenuEntry): MenuEntry {
  if (entry.type === 'item')
    return { kind: 'item', caption: entry.caption, functionName: entry.functionName };
  if (entry.type === 'separator') return { kind: 'separator' };
  return { kind: 'submenu', caption: entry.caption, items: entry.items.map(menuEntry) };
}

function cellView(cell: EmuCellView): CellView {
  const view: CellView = {
    text: cell.display,
    kind: cell.formula ? 'formula' : cell.kind === 'error' ? 'string' : cell.kind,
  };
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

  /** A person typing in a cell: validation as in Sheets, then the add-on's onEdit if it has one. */
  edit(sheet: string, row: number, column: number, text: string): RunResponse {
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
    if (!target) return { ok: false, error: `Feuille introuvable : ${sheet}` };
    return this.execute(() => {
      if (count > 0) target.insertRowBefore(row);
      else target.deleteRow(row);
    });
  }

  select(sheet: string, row?: number, column?: number): RunResponse {
    if (row === undefined) {
      const target = this.emulator.spreadsheet.getSheetByName(sheet);
      if (!target) return { ok: false, error: `Feuille introuvable : ${sheet}` };
      this.emulator.spreadsheet.setActiveSheet(target);
      this.revision++;
      return { ok: true };
    }
    this.emulator.select(sheet, row, column ?? 1);
    this.revision++;
    return { ok: true };
  }

  setToday(isoDate: string): RunResponse {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    if (!match) return { ok: false, error: 'Date invalide.' };
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
    return this.execute(() => this.runDueTriggers());
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
    const view = this.emulator.view.sheet(sheetName, { maxRows: 200, maxColumns: 10 });
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
    const sheet = this.emulator.view.sheet(active.name, {
      maxRows: Math.max(MIN_ROWS, active.lastRow + 5),
      maxColumns: Math.max(MIN_COLUMNS, active.lastColumn + 1),
    });
    return {
      name: sheet.name,
      frozenRows: sheet.frozenRows,
      frozenColumns: sheet.frozenColumns,
      columnWidths: sheet.columnWidths.slice(0, sheet.rows[0]?.length ?? 0),
      rows: sheet.rows.map((row) => row.map(cellView)),
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
    const grid = this.grid();
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
      charts: grid ? this.charts(grid.name) : [],
      mails: this.emulator.mail
        .sent()
        .map((m) => ({ to: m.to, cc: m.cc, subject: m.subject, body: m.body, sentAt: m.sentAt }))
        .reverse(),
      error: this.lastError,
    };
  }
}
