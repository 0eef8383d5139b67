/**
 * The Docs advanced service as the Docs API reference documents it
 * (https://developers.google.com/apps-script/advanced/docs: Docs.Documents.create({ title })
 * returns the new document, whose documentId batchUpdate takes).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/local/emulator';

let emulator: Emulator;
let docs: GoogleAppsScript.Docs;
beforeEach(() => {
  emulator = createEmulator({ now: new Date('2026-11-28T09:00:00+01:00') });
  docs = emulator.globals.Docs;
});

function newDoc(): string {
  return docs.Documents.create({ title: 'Lettre' }).documentId ?? '';
}
const texts = (id: string) => emulator.documents.document(id)?.paragraphs.map((p) => p.text);
const update = (id: string, requests: unknown[]) =>
  docs.Documents.batchUpdate({ requests: requests as GoogleAppsScript.Docs.Schema.Request[] }, id);

describe('Docs.Documents', () => {
  it('create: an empty Doc named by its title, in the same Drive as DocumentApp’s, counted as one call', () => {
    emulator.calls.reset();
    const id = newDoc();
    expect(emulator.calls.snapshot()).toEqual({ 'Docs.Documents.create': 1 });
    expect(emulator.documents.document(id)).toMatchObject({ name: 'Lettre', paragraphs: [{ text: '' }] });
  });

  // https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest:
  // « Inserting a newline character will implicitly create a new Paragraph at that index. The
  // paragraph style of the new paragraph will be copied from the paragraph at the current
  // insertion index, including lists and bullets. » Control characters are stripped.
  it('insertText: a newline starts a paragraph, which copies the style of the one written into', () => {
    const id = newDoc();
    update(id, [
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 2 },
          paragraphStyle: { alignment: 'JUSTIFIED' },
          fields: 'alignment',
        },
      },
      { insertText: { location: { index: 1 }, text: `Madame,\nJe vous écris\u0007.` } },
    ]);
    const doc = emulator.documents.document(id);
    expect(texts(id)).toEqual(['Madame,', 'Je vous écris.']);
    expect(doc?.paragraphs.map((p) => p.alignment)).toEqual(['JUSTIFY', 'JUSTIFY']);
  });

  // Indexes count UTF-16 code units and each paragraph ends with its newline
  // (https://developers.google.com/docs/api/concepts/structure#indexes).
  it('indexes: paragraph k starts after the text and newline of those before it', () => {
    const id = newDoc();
    update(id, [
      { insertText: { location: { index: 1 }, text: 'Objet : stage\nCamille' } },
      // « Camille » starts at 1 + 13 + 1 = 15.
      {
        updateTextStyle: {
          range: { startIndex: 15, endIndex: 22 },
          textStyle: { bold: true },
          fields: 'bold',
        },
      },
      {
        createParagraphBullets: {
          range: { startIndex: 15, endIndex: 16 },
          bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE',
        },
      },
    ]);
    const [first, second] = emulator.documents.document(id)?.paragraphs ?? [];
    expect([first?.bold, first?.type, second?.bold, second?.type]).toEqual([
      false,
      'PARAGRAPH',
      true,
      'LIST_ITEM',
    ]);
  });

  // https://developers.google.com/docs/api/how-tos/format-text: only the listed fields change.
  it('updateParagraphStyle and updateTextStyle change only the fields listed, in points', () => {
    const id = newDoc();
    update(id, [
      { insertText: { location: { index: 1 }, text: 'Lyon, le 28 novembre 2026' } },
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 27 },
          paragraphStyle: {
            indentStart: { magnitude: 255, unit: 'PT' },
            spaceBelow: { magnitude: 11, unit: 'PT' },
            lineSpacing: 100,
            alignment: 'END',
          },
          fields: 'indentStart,spaceBelow,lineSpacing',
        },
      },
      {
        updateTextStyle: {
          range: { startIndex: 1, endIndex: 26 },
          textStyle: { weightedFontFamily: { fontFamily: 'Arial' }, fontSize: { magnitude: 11, unit: 'PT' } },
          fields: 'weightedFontFamily,fontSize',
        },
      },
    ]);
    expect(emulator.documents.document(id)?.paragraphs[0]).toMatchObject({
      indentStart: 255,
      spacingAfter: 11,
      lineSpacing: 1,
      alignment: null,
      fontFamily: 'Arial',
      fontSize: 11,
    });
  });

  it('updateDocumentStyle: the page size and margins', () => {
    const id = newDoc();
    update(id, [
      {
        updateDocumentStyle: {
          documentStyle: {
            pageSize: { width: { magnitude: 595, unit: 'PT' }, height: { magnitude: 842, unit: 'PT' } },
            marginTop: { magnitude: 57, unit: 'PT' },
          },
          fields: 'pageSize,marginTop',
        },
      },
    ]);
    expect(emulator.documents.document(id)).toMatchObject({
      page: { width: 595, height: 842 },
      margins: { top: 57, left: 72 },
    });
  });

  // https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate: « If any
  // request is not valid, then the entire request will fail and nothing will be applied. »
  it('batchUpdate is atomic: one invalid request and nothing is applied', () => {
    const id = newDoc();
    const invalid = [
      { insertText: { location: { index: 1 }, text: 'Bonjour' } },
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 50 },
          paragraphStyle: {},
          fields: 'alignment',
        },
      },
    ];
    expect(() => update(id, invalid)).toThrow(/must be less than the end index of the referenced segment/);
    expect(texts(id)).toEqual(['']);
  });

  it('refuses what the API refuses: text outside the body, a style without fields, an unknown request', () => {
    const id = newDoc();
    expect(() => update(id, [{ insertText: { location: { index: 0 }, text: 'x' } }])).toThrow(/Index 0/);
    expect(() => update(id, [{ insertText: { location: { index: 2 }, text: 'x' } }])).toThrow(/Index 2/);
    expect(() =>
      update(id, [{ updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: {} } }]),
    ).toThrow(/fields is required/);
    expect(() => update(id, [{ deleteContentRange: { range: { startIndex: 1, endIndex: 2 } } }])).toThrow(
      /does not model deleteContentRange/,
    );
    expect(() => docs.Documents.batchUpdate({ requests: [] }, 'nope')).toThrow(/not found/);
  });

  it('counts Docs created per day with DocumentApp’s (the stricter reading of the quotas page)', () => {
    const limited = createEmulator({ now: new Date('2026-11-28T09:00:00+01:00'), docsPerDay: 1 });
    limited.globals.DocumentApp.create('Un');
    expect(() => limited.globals.Docs.Documents.create({ title: 'Deux' })).toThrow(/too many times/);
  });
});
