/** What the preview page and the preview server exchange (JSON over HTTP, loopback only). */

export interface CellView {
  text: string;
  kind: 'empty' | 'string' | 'number' | 'boolean' | 'date' | 'formula';
  /**
   * What the cell's editor starts with, as Sheets' formula bar shows it: the formula of a
   * formula cell, a text that would be read as something else behind its apostrophe ('=1).
   */
  input: string;
  /** A formula the local emulator cannot compute (Sheets would): drawn as typed, flagged. */
  unevaluated?: boolean | undefined;
  /** A warning-only protection covers the cell: Sheets asks before an edit. */
  warnOnEdit?: boolean | undefined;
  background?: string | undefined;
  color?: string | undefined;
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  align?: string | undefined;
  note?: string | undefined;
  /** Choices of a list data validation: the grid shows a dropdown. */
  options?: string[] | undefined;
}

export interface GridView {
  name: string;
  frozenRows: number;
  frozenColumns: number;
  /** Pixel width of each shown column, left to right. */
  columnWidths: number[];
  rows: CellView[][];
  /** Rows and columns the sheet really has (the grid may show fewer). */
  lastRow: number;
  lastColumn: number;
  filter: string | null;
  /** 1-based rows hidden by the filter's criteria: the grid does not draw them. */
  hiddenRows: number[];
}

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuEntry[] };

export interface MenuView {
  title: string;
  items: MenuEntry[];
}

export interface Notice {
  id: number;
  title: string;
  message: string;
}

export interface DocumentSummary {
  id: string;
  name: string;
  url: string;
}

export interface DocumentParagraph {
  text: string;
  heading?: string | undefined;
  alignment?: string | undefined;
  bold?: boolean | undefined;
  /** Bold character ranges [start, end) inside the paragraph. */
  boldRanges?: [number, number][] | undefined;
  /** Layout in points, as the script set it (absent: Docs' default). */
  indentStart?: number | undefined;
  spacingBefore?: number | undefined;
  spacingAfter?: number | undefined;
  lineSpacing?: number | undefined;
  fontFamily?: string | undefined;
  fontSize?: number | undefined;
}

export interface DocumentView extends DocumentSummary {
  /** Page margins in points. */
  margins?: { top: number; bottom: number; left: number; right: number } | undefined;
  paragraphs: DocumentParagraph[];
}

/** A chart of the shown sheet, as the emulator recorded it: its title and the values it draws. */
export interface ChartView {
  title: string;
  type: string;
  bars: { label: string; value: number }[];
}

/** An e-mail the add-on sent (MailApp records it; nothing leaves the machine). */
export interface MailView {
  to: string;
  cc: string | null;
  subject: string;
  body: string;
  sentAt: string;
}

export interface PreviewState {
  revision: number;
  workbookName: string;
  /** The emulated "aujourd'hui", as yyyy-mm-dd in the spreadsheet's time zone. */
  today: string;
  user: string;
  sheets: { name: string; active: boolean }[];
  grid: GridView | null;
  menus: MenuView[];
  sidebar: { id: number; title: string } | null;
  toasts: Notice[];
  alerts: Notice[];
  documents: DocumentSummary[];
  /** Charts of the sheet shown in the grid. */
  charts: ChartView[];
  /** E-mails sent so far, newest first. */
  mails: MailView[];
  /** The last execution's failure, shown as Sheets shows a script error. */
  error: string | null;
}

export interface RunResponse {
  ok: boolean;
  value?: unknown;
  error?: string;
  /** Nothing was written: the person must confirm first (a warning-only protection). */
  warning?: string;
}

/** A new sheet made from a CSV file the person opened in the preview. */
export interface CsvImport {
  name: string;
  text: string;
}
