/**
 * DocumentApp: the Google Docs the add-on writes letters into
 * (https://developers.google.com/apps-script/reference/document/document-app). create(name)
 * makes a Doc in the runner's Drive; the quotas page allows 250 Docs created a day on a consumer
 * account (https://developers.google.com/apps-script/guides/services/quotas).
 */
import { counted } from './calls';
import type { EmulatedService, EmulatorContext } from './context';
import { fail } from './errors';
import { wallClock } from './tz';

export const DOCS_PER_DAY = 250;

export interface DocParagraphState {
  type: 'PARAGRAPH' | 'LIST_ITEM' | 'HORIZONTAL_RULE' | 'PAGE_BREAK';
  text: string;
  heading: string;
  alignment: string | null;
  /** Whole-paragraph attributes. */
  bold: boolean;
  italic: boolean;
  fontSize: number | null;
  fontFamily: string | null;
  /** Character ranges [start, endInclusive] set bold inside the paragraph. */
  boldRanges: [number, number][];
  spacingBefore: number | null;
  spacingAfter: number | null;
  indentStart: number | null;
  lineSpacing: number | null;
}

export interface DocState {
  id: string;
  name: string;
  owner: string;
  createdAt: string;
  margins: { top: number; bottom: number; left: number; right: number };
  /** Page size in points; absent until set (Docs' default then applies). */
  page?: { width: number | null; height: number | null };
  paragraphs: DocParagraphState[];
}

export interface DocumentAppState {
  docs: DocState[];
  nextId: number;
  /** Docs created per user and day (yyyy-mm-dd), for the daily quota. */
  created: Record<string, number>;
}

const ParagraphHeading = {
  NORMAL: 'NORMAL',
  HEADING1: 'HEADING1',
  HEADING2: 'HEADING2',
  HEADING3: 'HEADING3',
  HEADING4: 'HEADING4',
  HEADING5: 'HEADING5',
  HEADING6: 'HEADING6',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
} as const;
const HorizontalAlignment = { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' } as const;
// DocumentApp.Attribute: keys of setAttributes (https://developers.google.com/apps-script/reference/document/attribute).
const ATTRIBUTE_NAMES = [
  'BOLD',
  'ITALIC',
  'FONT_SIZE',
  'FONT_FAMILY',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_START',
  'LINE_SPACING',
  'SPACING_AFTER',
  'SPACING_BEFORE',
] as const;
const Attribute = Object.fromEntries(ATTRIBUTE_NAMES.map((name) => [name, name])) as {
  readonly [K in (typeof ATTRIBUTE_NAMES)[number]]: K;
};

export const docUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;

function newParagraph(type: DocParagraphState['type'], text: string): DocParagraphState {
  return {
    type,
    text,
    heading: 'NORMAL',
    alignment: null,
    bold: false,
    italic: false,
    fontSize: null,
    fontFamily: null,
    boldRanges: [],
    spacingBefore: null,
    spacingAfter: null,
    indentStart: null,
    lineSpacing: null,
  };
}

export function createDocumentApp(
  ctx: EmulatorContext,
  state?: DocumentAppState,
  options: { docsPerDay?: number } = {},
): EmulatedService<GoogleAppsScript.Document.DocumentApp, DocumentAppState> & {
  documents(): DocState[];
  document(id: string): DocState | null;
  /** Makes a Doc in the runner's Drive, counted against the daily quota (the Docs advanced service too). */
  newDoc(name: string): DocState;
} {
  const data: DocumentAppState = state ?? { docs: [], nextId: 1, created: {} };
  const limit = options.docsPerDay ?? DOCS_PER_DAY;
  const log = ctx.calls;

  const textOf = (p: DocParagraphState) => {
    const text = counted(
      {
        getText: () => p.text,
        setText(value: string) {
          p.text = value;
          return text;
        },
        setBold(a: boolean | number, b?: number, c?: boolean) {
          if (typeof a === 'boolean') p.bold = a;
          else if (c) p.boldRanges.push([a, b ?? a]);
          return text;
        },
        setItalic(a: boolean | number) {
          if (typeof a === 'boolean') p.italic = a;
          return text;
        },
        setFontSize(a: number, _b?: number, c?: number) {
          p.fontSize = c ?? a;
          return text;
        },
        setFontFamily(a: string | number, _b?: number, c?: string) {
          p.fontFamily = typeof a === 'string' ? a : (c ?? null);
          return text;
        },
      },
      'Text',
      log,
    );
    return text;
  };

  const paragraphOf = (p: DocParagraphState, typeName: string) => {
    const paragraph = counted(
      {
        getText: () => p.text,
        setText(value: string) {
          p.text = value;
          return paragraph;
        },
        getType: () => p.type,
        getHeading: () => p.heading,
        setHeading(heading: string) {
          p.heading = String(heading);
          return paragraph;
        },
        getAlignment: () => p.alignment,
        setAlignment(alignment: string) {
          p.alignment = String(alignment);
          return paragraph;
        },
        setSpacingBefore(pt: number) {
          p.spacingBefore = pt;
          return paragraph;
        },
        setSpacingAfter(pt: number) {
          p.spacingAfter = pt;
          return paragraph;
        },
        setIndentStart(pt: number) {
          p.indentStart = pt;
          return paragraph;
        },
        setLineSpacing(multiplier: number) {
          p.lineSpacing = multiplier;
          return paragraph;
        },
        setAttributes(attributes: Record<string, unknown>) {
          const number = (key: string) => (typeof attributes[key] === 'number' ? attributes[key] : undefined);
          if (typeof attributes.BOLD === 'boolean') p.bold = attributes.BOLD;
          if (typeof attributes.ITALIC === 'boolean') p.italic = attributes.ITALIC;
          if (typeof attributes.FONT_SIZE === 'number') p.fontSize = attributes.FONT_SIZE;
          if (typeof attributes.FONT_FAMILY === 'string') p.fontFamily = attributes.FONT_FAMILY;
          if (attributes.HORIZONTAL_ALIGNMENT !== undefined)
            p.alignment = String(attributes.HORIZONTAL_ALIGNMENT);
          p.indentStart = number('INDENT_START') ?? p.indentStart;
          p.lineSpacing = number('LINE_SPACING') ?? p.lineSpacing;
          p.spacingAfter = number('SPACING_AFTER') ?? p.spacingAfter;
          p.spacingBefore = number('SPACING_BEFORE') ?? p.spacingBefore;
          return paragraph;
        },
        editAsText: () => textOf(p),
      },
      typeName,
      log,
    );
    return paragraph;
  };

  const bodyOf = (doc: DocState) => {
    const append = (type: DocParagraphState['type'], text: string, typeName: string) => {
      const p = newParagraph(type, text);
      doc.paragraphs.push(p);
      return paragraphOf(p, typeName);
    };
    const body = counted(
      {
        appendParagraph: (text: string) => append('PARAGRAPH', String(text), 'Paragraph'),
        appendListItem: (text: string) => append('LIST_ITEM', String(text), 'ListItem'),
        appendHorizontalRule: () => append('HORIZONTAL_RULE', '', 'HorizontalRule'),
        appendPageBreak: () => append('PAGE_BREAK', '', 'PageBreak'),
        getParagraphs: () =>
          doc.paragraphs.filter((p) => p.type === 'PARAGRAPH').map((p) => paragraphOf(p, 'Paragraph')),
        getNumChildren: () => doc.paragraphs.length,
        getText: () => doc.paragraphs.map((p) => p.text).join('\n'),
        clear() {
          // A cleared body keeps one empty paragraph, as in Docs.
          doc.paragraphs = [newParagraph('PARAGRAPH', '')];
          return body;
        },
        setMarginTop(pt: number) {
          doc.margins.top = pt;
          return body;
        },
        setMarginBottom(pt: number) {
          doc.margins.bottom = pt;
          return body;
        },
        setMarginLeft(pt: number) {
          doc.margins.left = pt;
          return body;
        },
        setMarginRight(pt: number) {
          doc.margins.right = pt;
          return body;
        },
        setPageWidth(pt: number) {
          doc.page = { width: pt, height: doc.page?.height ?? null };
          return body;
        },
        setPageHeight(pt: number) {
          doc.page = { width: doc.page?.width ?? null, height: pt };
          return body;
        },
        editAsText: () => textOf(doc.paragraphs[0] ?? newParagraph('PARAGRAPH', '')),
      },
      'Body',
      log,
    );
    return body;
  };

  const documentOf = (doc: DocState) =>
    counted(
      {
        getId: () => doc.id,
        getName: () => doc.name,
        setName(name: string) {
          doc.name = name;
          return documentOf(doc);
        },
        getUrl: () => docUrl(doc.id),
        getBody: () => bodyOf(doc),
        saveAndClose: () => undefined,
      },
      'Document',
      log,
    ) as unknown as GoogleAppsScript.Document.Document;

  const find = (id: string) => data.docs.find((d) => d.id === id) ?? null;

  /**
   * The quotas page counts « Docs created » per user and day; whether a Doc made through the
   * Docs advanced service counts too is not written, so the emulator counts both (the stricter).
   */
  function newDoc(name: string): DocState {
    const w = wallClock(ctx.clock.now(), ctx.scriptTimeZone);
    const key = `${ctx.activeUser()} ${w.year}-${w.month}-${w.day}`;
    const count = data.created[key] ?? 0;
    if (count >= limit) fail('Service invoked too many times for one day: docs create.');
    data.created[key] = count + 1;
    // A new Doc starts with one empty paragraph.
    const doc: DocState = {
      id: `doc-${String(data.nextId++).padStart(4, '0')}`,
      name,
      owner: ctx.activeUser(),
      createdAt: ctx.clock.now().toISOString(),
      margins: { top: 72, bottom: 72, left: 72, right: 72 },
      paragraphs: [newParagraph('PARAGRAPH', '')],
    };
    data.docs.push(doc);
    return doc;
  }

  const documentApp = {
    Attribute,
    ParagraphHeading,
    HorizontalAlignment,
    create(name: string) {
      return documentOf(newDoc(String(name)));
    },
    openById(id: string) {
      const doc = find(id);
      if (!doc) fail(`Document is missing (perhaps it was deleted, or you don't have read access?)`);
      return documentOf(doc);
    },
    openByUrl(url: string) {
      const id = /\/d\/([^/]+)/.exec(url)?.[1] ?? '';
      return documentApp.openById(id);
    },
  };

  return {
    global: counted(documentApp, 'DocumentApp', log) as unknown as GoogleAppsScript.Document.DocumentApp,
    toJSON: () => data,
    documents: () => data.docs,
    document: find,
    newDoc,
  };
}
