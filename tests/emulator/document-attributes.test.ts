/**
 * DocumentApp paragraph attributes, as the letters set them in one call.
 * https://developers.google.com/apps-script/reference/document/paragraph#setAttributes(Object)
 * https://developers.google.com/apps-script/reference/document/attribute
 * https://developers.google.com/apps-script/reference/document/body#setPageWidth(Number)
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/local/emulator';

describe('DocumentApp attributes (emulator)', () => {
  it('Paragraph.setAttributes takes DocumentApp.Attribute keys for text and paragraph attributes', () => {
    const emulator = createEmulator();
    const DocumentApp = emulator.globals.DocumentApp;
    const doc = DocumentApp.create('Lettre');
    const A = DocumentApp.Attribute;
    doc
      .getBody()
      .appendParagraph('Objet : test')
      .setAttributes({
        [A.FONT_FAMILY]: 'Arial',
        [A.FONT_SIZE]: 11,
        [A.BOLD]: true,
        [A.HORIZONTAL_ALIGNMENT]: DocumentApp.HorizontalAlignment.JUSTIFY,
        [A.INDENT_START]: 255,
        [A.LINE_SPACING]: 1,
        [A.SPACING_BEFORE]: 0,
        [A.SPACING_AFTER]: 11,
      });
    const paragraph = emulator.documents.document(doc.getId())?.paragraphs[1];
    expect(paragraph).toMatchObject({
      fontFamily: 'Arial',
      fontSize: 11,
      bold: true,
      alignment: 'JUSTIFY',
      indentStart: 255,
      lineSpacing: 1,
      spacingBefore: 0,
      spacingAfter: 11,
    });
  });

  it('Body.setPageWidth and setPageHeight set the page size in points (A4: 595.28 × 841.89)', () => {
    const emulator = createEmulator();
    const doc = emulator.globals.DocumentApp.create('Lettre');
    doc.getBody().setPageWidth(595.28).setPageHeight(841.89);
    expect(emulator.documents.document(doc.getId())?.page).toEqual({ width: 595.28, height: 841.89 });
  });
});
