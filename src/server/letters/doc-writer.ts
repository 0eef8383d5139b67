/**
 * Lays a letter out as a new Google Doc, on the page the letters are written for (domain
 * PAGE): A4, 2 cm margins, Arial 11 pt, single spacing. Each line is a paragraph.
 *
 * Two calls whatever the letter (issue 14): through the Docs advanced service, the Doc is
 * created (Docs.Documents.create) then written and styled by one Docs.Documents.batchUpdate:
 * the page, all the text in one insertText, then each paragraph's style. Where the advanced
 * service is not enabled (an older deployment's manifest), DocumentApp writes the same Doc,
 * paragraph by paragraph (two calls a line). Same scope for both: `documents`.
 *
 * The domain's « right » blocks (recipient, place and date, signature) are set as a column
 * starting 9 cm from the margin, left-aligned: the French layout a secretary expects, where
 * the address lines start together and show through a window envelope (ragged right-aligned
 * lines look like a poster).
 */
import type { LetterBlock, LetterDocument } from '../../domain/letters/types';

/** What the writer uses of a document: its name and its blocks (a letter, a fiche d'appel, a recap). */
export type DocContent = Pick<LetterDocument, 'title' | 'blocks'>;

const CM = 72 / 2.54;
export const DOC_PAGE = {
  width: 21 * CM,
  height: 29.7 * CM,
  margin: 2 * CM,
  font: 'Arial',
  size: 11,
  /** Where the right-hand column starts, from the left margin. */
  column: 9 * CM,
  /** A blank line after each block of the frame; half a line after a paragraph of the body. */
  afterBlock: 11,
  afterParagraph: 6,
  /** Room for a handwritten signature above the name (the domain's PAGE.signatureRoom, 3 lines). */
  beforeSignature: 36,
} as const;

/** How line `index` of `block` is laid out, whichever service writes it. */
interface LineStyle {
  readonly bold: boolean;
  readonly justify: boolean;
  /** Points from the left margin (the right-hand column starts 9 cm in). */
  readonly indentStart: number;
  readonly spaceAbove: number;
  readonly spaceBelow: number;
}

function lineStyle(block: LetterBlock, index: number): LineStyle {
  const lastLine = index === block.lines.length - 1;
  const frame = block.kind !== 'paragraph' && block.kind !== 'list';
  const spacingAfter = !lastLine ? 0 : frame ? DOC_PAGE.afterBlock : DOC_PAGE.afterParagraph;
  return {
    bold: block.bold === true,
    justify: block.align === 'justify',
    indentStart: block.align === 'right' ? DOC_PAGE.column : 0,
    spaceAbove: block.kind === 'signature' && index === 0 ? DOC_PAGE.beforeSignature : 0,
    spaceBelow: block.kind === 'heading' ? 3 : spacingAfter,
  };
}

/** The same style as DocumentApp attributes (paragraph attributes and its text's font). */
function attributesOf(style: LineStyle): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  return {
    [A.FONT_FAMILY]: DOC_PAGE.font,
    [A.FONT_SIZE]: DOC_PAGE.size,
    [A.BOLD]: style.bold,
    [A.HORIZONTAL_ALIGNMENT]: style.justify
      ? DocumentApp.HorizontalAlignment.JUSTIFY
      : DocumentApp.HorizontalAlignment.LEFT,
    [A.INDENT_START]: style.indentStart,
    [A.LINE_SPACING]: 1,
    [A.SPACING_BEFORE]: style.spaceAbove,
    [A.SPACING_AFTER]: style.spaceBelow,
  };
}

/** A new, empty Doc named by its title, and how to write the letter into it. */
export interface NewLetterDoc {
  readonly id: string;
  /** Writes the letter (a new Doc holds one empty paragraph) and returns the Doc's URL. */
  write(document: DocContent): string;
}

/**
 * Creates the Doc: through the Docs advanced service when the manifest enables it (then one
 * batchUpdate writes it all), else DocumentApp (two calls a line). A Docs error (daily quota,
 * Drive unavailable) is thrown as it is: the caller turns it into French.
 */
export function createLetterDoc(title: string): NewLetterDoc {
  if (typeof Docs !== 'undefined' && Docs !== undefined) {
    const docs = Docs;
    const id = docs.Documents.create({ title }).documentId ?? '';
    return { id, write: (document) => writeWithDocsApi(docs, id, document) };
  }
  const doc = DocumentApp.create(title);
  return { id: doc.getId(), write: (document) => fillLetterDoc(doc, document, false) };
}

/** A new Doc named `document.title` holding the letter; returns its URL. */
export function writeLetterDoc(document: DocContent): string {
  return createLetterDoc(document.title).write(document);
}

type DocsRequest = GoogleAppsScript.Docs.Schema.Request | { updateDocumentStyle: unknown };

const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });

/**
 * The batchUpdate requests writing `blocks` into a new Doc, whose body holds one empty
 * paragraph (index 1): the page, the text of every line at once (a newline starts the next
 * paragraph), the font on all of it, then each line's paragraph style, the bold lines and the
 * lists. Indexes count UTF-16 code units, as String.length does.
 */
export function letterRequests(blocks: readonly LetterBlock[]): DocsRequest[] {
  const lines = blocks.flatMap((block) => block.lines.map((line, index) => ({ block, line, index })));
  const text = lines.map((l) => l.line).join('\n');
  const requests: DocsRequest[] = [
    {
      updateDocumentStyle: {
        documentStyle: {
          pageSize: { width: pt(DOC_PAGE.width), height: pt(DOC_PAGE.height) },
          marginTop: pt(DOC_PAGE.margin),
          marginBottom: pt(DOC_PAGE.margin),
          marginLeft: pt(DOC_PAGE.margin),
          marginRight: pt(DOC_PAGE.margin),
        },
        fields: 'pageSize,marginTop,marginBottom,marginLeft,marginRight',
      },
    },
  ];
  if (text !== '') requests.push({ insertText: { location: { index: 1 }, text } });
  // All the text but the body's last newline, which a text style does not take.
  if (text.length > 0) {
    requests.push({
      updateTextStyle: {
        range: { startIndex: 1, endIndex: 1 + text.length },
        textStyle: {
          weightedFontFamily: { fontFamily: DOC_PAGE.font },
          fontSize: pt(DOC_PAGE.size),
          bold: false,
        },
        fields: 'weightedFontFamily,fontSize,bold',
      },
    });
  }
  let start = 1;
  for (const { block, line, index } of lines) {
    const end = start + line.length + 1;
    const style = lineStyle(block, index);
    requests.push({
      updateParagraphStyle: {
        range: { startIndex: start, endIndex: end },
        paragraphStyle: {
          alignment: style.justify ? 'JUSTIFIED' : 'START',
          indentStart: pt(style.indentStart),
          lineSpacing: 100,
          spaceAbove: pt(style.spaceAbove),
          spaceBelow: pt(style.spaceBelow),
        },
        fields: 'alignment,indentStart,lineSpacing,spaceAbove,spaceBelow',
      },
    });
    if (style.bold && line !== '') {
      requests.push({
        updateTextStyle: {
          range: { startIndex: start, endIndex: end - 1 },
          textStyle: { bold: true },
          fields: 'bold',
        },
      });
    }
    if (block.kind === 'list') {
      requests.push({
        createParagraphBullets: {
          range: { startIndex: start, endIndex: end },
          bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE',
        },
      });
    }
    start = end;
  }
  return requests;
}

function writeWithDocsApi(docs: GoogleAppsScript.Docs, id: string, document: DocContent): string {
  docs.Documents.batchUpdate(
    { requests: letterRequests(document.blocks) as GoogleAppsScript.Docs.Schema.Request[] },
    id,
  );
  return `https://docs.google.com/document/d/${id}/edit`;
}

/**
 * Writes the letter into `doc` with DocumentApp and returns its URL: a Doc made by DocumentApp,
 * or `reused`, a Doc created by an earlier attempt that failed before the end (its name and
 * content are replaced, nothing is appended; the Docs API can rename nothing).
 */
export function fillLetterDoc(
  doc: GoogleAppsScript.Document.Document,
  document: DocContent,
  reused: boolean,
): string {
  const body = doc.getBody();
  if (reused) {
    doc.setName(document.title);
    // A cleared body keeps one empty paragraph, as a new Doc has.
    body.clear();
  }
  body.setPageWidth(DOC_PAGE.width);
  body.setPageHeight(DOC_PAGE.height);
  body.setMarginTop(DOC_PAGE.margin);
  body.setMarginBottom(DOC_PAGE.margin);
  body.setMarginLeft(DOC_PAGE.margin);
  body.setMarginRight(DOC_PAGE.margin);
  // A new Doc already holds one empty paragraph: the first line goes there, not below it.
  let first: GoogleAppsScript.Document.Paragraph | null = body.getParagraphs()[0] ?? null;
  for (const block of document.blocks) {
    block.lines.forEach((line, index) => {
      let paragraph: GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem;
      if (first !== null) {
        first.setText(line);
        paragraph = first;
        first = null;
      } else {
        paragraph = block.kind === 'list' ? body.appendListItem(line) : body.appendParagraph(line);
      }
      paragraph.setAttributes(attributesOf(lineStyle(block, index)));
    });
  }
  const url = doc.getUrl();
  // Writes are buffered until the script ends; saving now makes the Doc whole before the link is written.
  doc.saveAndClose();
  return url;
}
