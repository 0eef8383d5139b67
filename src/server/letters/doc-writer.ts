/**
 * Lays a letter out as a new Google Doc, on the page the letters are written for (domain
 * PAGE): A4, 2 cm margins, Arial 11 pt, single spacing. Each line is a paragraph styled with
 * one setAttributes call (two calls a line), whatever the size of the workbook.
 *
 * The domain's « right » blocks (recipient, place and date, signature) are set as a column
 * starting 9 cm from the margin, left-aligned: the French layout a secretary expects, where
 * the address lines start together and show through a window envelope (ragged right-aligned
 * lines look like a poster).
 */
import type { LetterBlock, LetterDocument } from '../../domain/letters/types';

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

type Alignment = GoogleAppsScript.Document.HorizontalAlignment;

function alignmentOf(block: LetterBlock): Alignment {
  if (block.align === 'justify') return DocumentApp.HorizontalAlignment.JUSTIFY;
  return DocumentApp.HorizontalAlignment.LEFT;
}

/** The style of line `index` of `block` (paragraph attributes and its text's font). */
function styleOf(block: LetterBlock, index: number): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  const lastLine = index === block.lines.length - 1;
  const frame = block.kind !== 'paragraph' && block.kind !== 'list';
  const spacingAfter = !lastLine ? 0 : frame ? DOC_PAGE.afterBlock : DOC_PAGE.afterParagraph;
  return {
    [A.FONT_FAMILY]: DOC_PAGE.font,
    [A.FONT_SIZE]: DOC_PAGE.size,
    [A.BOLD]: block.bold === true,
    [A.HORIZONTAL_ALIGNMENT]: alignmentOf(block),
    [A.INDENT_START]: block.align === 'right' ? DOC_PAGE.column : 0,
    [A.LINE_SPACING]: 1,
    [A.SPACING_BEFORE]: block.kind === 'signature' && index === 0 ? DOC_PAGE.beforeSignature : 0,
    [A.SPACING_AFTER]: block.kind === 'heading' ? 3 : spacingAfter,
  };
}

/**
 * Writes the letter into `doc` (a new Doc named `document.title`) and returns its URL.
 * `reused`: a Doc created by an earlier attempt that failed before the end (its name and
 * content are replaced, nothing is appended). A DocumentApp error (daily quota, Drive
 * unavailable) is thrown as it is: the caller turns it into French.
 */
export function fillLetterDoc(
  doc: GoogleAppsScript.Document.Document,
  document: LetterDocument,
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
      paragraph.setAttributes(styleOf(block, index));
    });
  }
  const url = doc.getUrl();
  // Writes are buffered until the script ends; saving now makes the Doc whole before the link is written.
  doc.saveAndClose();
  return url;
}
