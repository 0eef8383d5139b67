import { describe, expect, it } from 'vitest';
import {
  createDocumentApp,
  DOCUMENT_CLOSED,
  DOCUMENT_MISSING,
  LAST_PARAGRAPH,
} from '../../../src/local/emulator/services/document-app';
import { testContext, thrown } from './context';

const DOCUMENT_APP = 'https://developers.google.com/apps-script/reference/document/document-app';
const BODY = 'https://developers.google.com/apps-script/reference/document/body';
const PARAGRAPH = 'https://developers.google.com/apps-script/reference/document/paragraph';
const TEXT = 'https://developers.google.com/apps-script/reference/document/text';
const QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas';

function setup(docsPerDay?: number) {
  const { ctx, setUser } = testContext({ user: 'camille@example.org' });
  const service = createDocumentApp(ctx, null, docsPerDay === undefined ? {} : { docsPerDay });
  return { ctx, setUser, service, app: service.global };
}

describe(`DocumentApp (${DOCUMENT_APP})`, () => {
  it('create(name) makes a Doc owned by the runner, with an id, a URL and a name', () => {
    const { app, service } = setup();
    const doc = app.create('Lettre — Mairie de Lyon');
    expect(doc.getName()).toBe('Lettre — Mairie de Lyon');
    expect(doc.getUrl()).toBe(`https://docs.google.com/open?id=${doc.getId()}`);
    doc.setName('Lettre de candidature');
    expect(service.documents().map((d) => [d.name, d.owner])).toEqual([
      ['Lettre de candidature', 'camille@example.org'],
    ]);
  });

  it(`a new body already holds one empty paragraph (${BODY}): appended text starts at the second`, () => {
    const { app } = setup();
    const body = app.create('Lettre').getBody();
    expect(body.getParagraphs()).toHaveLength(1);
    expect(body.getText()).toBe('');
    body.appendParagraph('Madame, Monsieur,');
    body.appendListItem('Une semaine en mars');
    expect(body.getText()).toBe('\nMadame, Monsieur,\nUne semaine en mars');
    // getParagraphs includes list items.
    expect(body.getParagraphs()).toHaveLength(3);
    expect(body.getListItems()).toHaveLength(1);
    body.clear();
    expect(body.getParagraphs().map((p) => p.getText())).toEqual(['']);
    expect(thrown(() => body.getParagraphs()[0]!.removeFromParent()).message).toBe(LAST_PARAGRAPH);
  });

  it(`paragraph formatting (${PARAGRAPH}): heading, alignment, spacing, indent, attributes`, () => {
    const { app, service } = setup();
    const doc = app.create('Lettre');
    const body = doc.getBody();
    const title = body.appendParagraph('Demande de stage').setHeading(app.ParagraphHeading.HEADING1);
    title.setAlignment(app.HorizontalAlignment.CENTER).setSpacingAfter(12).setSpacingBefore(6);
    const quote = body.appendParagraph('« Apprendre le métier »').setIndentStart(36);
    quote.setAttributes({ [app.Attribute.ITALIC]: true, [app.Attribute.LINE_SPACING]: 1.15 });
    body.appendHorizontalRule();
    body.appendPageBreak();
    expect(title.getHeading()).toBe(app.ParagraphHeading.HEADING1);
    expect(title.getAlignment()).toBe(app.HorizontalAlignment.CENTER);
    expect(title.getSpacingAfter()).toBe(12);
    const [, first, second, rule, pageBreak] = service.documents()[0]!.paragraphs;
    expect(first).toMatchObject({
      heading: 'HEADING1',
      alignment: 'CENTER',
      spacingAfter: 12,
      spacingBefore: 6,
    });
    expect(second).toMatchObject({
      indentStart: 36,
      lineSpacing: 1.15,
      runs: [{ text: '« Apprendre le métier »', italic: true }],
    });
    expect(rule).toMatchObject({ element: 'HORIZONTAL_RULE', text: '' });
    expect(pageBreak).toMatchObject({ element: 'PAGE_BREAK' });
  });

  it(`editAsText().setBold(start, endInclusive, true) bolds only that range (${TEXT})`, () => {
    const { app, service } = setup();
    const p = app.create('Lettre').getBody().appendParagraph('Objet : demande de stage');
    const text = p.editAsText().setBold(0, 5, true);
    expect(text.isBold(0)).toBe(true);
    expect(text.isBold(6)).toBeNull();
    expect(text.isBold()).toBeNull(); // mixed
    expect(text.getTextAttributeIndices()).toEqual([0, 6]);
    expect(service.documents()[0]!.paragraphs[1]!.runs).toEqual([
      { text: 'Objet ', bold: true },
      { text: ': demande de stage' },
    ]);
    expect(() => text.setBold(0, 99, true)).toThrow('must be less than the content length');
  });

  it('text appended to a paragraph takes the formatting before it until set otherwise', () => {
    const { app, service } = setup();
    const p = app.create('Lettre').getBody().appendParagraph('');
    p.appendText('Nom : ').setBold(true);
    p.appendText('Camille');
    p.appendText(' (stagiaire)').setBold(false);
    expect(service.documents()[0]!.paragraphs[1]!.runs).toEqual([
      { text: 'Nom : Camille', bold: true },
      { text: ' (stagiaire)', bold: false },
    ]);
  });

  it('body margins are settable; a new Doc has 1-inch (72 pt) margins', () => {
    const { app } = setup();
    const body = app.create('Lettre').getBody();
    expect(body.getMarginTop()).toBe(72);
    body.setMarginTop(36).setMarginBottom(36).setMarginLeft(54).setMarginRight(54);
    expect([body.getMarginTop(), body.getMarginLeft()]).toEqual([36, 54]);
  });

  it('openById and openByUrl reopen a document; a missing one, or one the user cannot read, throws', () => {
    const { app, setUser, service } = setup();
    const doc = app.create('Lettre');
    doc.getBody().appendParagraph('Bonjour');
    expect(app.openById(doc.getId()).getBody().getText()).toBe('\nBonjour');
    expect(app.openByUrl(`https://docs.google.com/document/d/${doc.getId()}/edit`).getName()).toBe('Lettre');
    expect(app.openByUrl(doc.getUrl()).getId()).toBe(doc.getId());
    setUser('conseillere@example.org');
    expect(thrown(() => app.openById(doc.getId())).message).toBe(DOCUMENT_MISSING);
    setUser('camille@example.org');
    doc.addEditor('conseillere@example.org');
    setUser('conseillere@example.org');
    expect(app.openById(doc.getId()).getName()).toBe('Lettre');
    service.deleteDocument(doc.getId());
    expect(() => app.openById(doc.getId())).toThrow(DOCUMENT_MISSING);
  });

  it('after saveAndClose the Document object cannot be edited; openById reopens it', () => {
    const { app } = setup();
    const doc = app.create('Lettre');
    const body = doc.getBody();
    doc.saveAndClose();
    expect(thrown(() => body.appendParagraph('trop tard')).message).toBe(DOCUMENT_CLOSED);
    app.openById(doc.getId()).getBody().appendParagraph('rouvert');
    expect(app.openById(doc.getId()).getBody().getText()).toBe('\nrouvert');
  });

  it(`the daily "Documents created" quota (250 / day consumer, ${QUOTAS}): the next create throws, 24 h later it works`, () => {
    const { ctx, app, service, setUser } = setup(3);
    for (let i = 0; i < 3; i++) app.create(`Lettre ${i}`);
    expect(service.remainingCreates()).toBe(0);
    const error = thrown(() => app.create('Lettre 4'));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Service invoked too many times for one day: docs create.');
    expect(service.documents()).toHaveLength(3);
    setUser('conseillere@example.org'); // quotas are per user
    app.create('Sa lettre');
    setUser('camille@example.org');
    ctx.clock.advanceDays(1);
    app.create('Lettre 4');
    expect(createDocumentApp(testContext().ctx).remainingCreates()).toBe(250);
  });

  it('counts calls along a formatting chain', () => {
    const { ctx, app } = setup();
    app
      .create('Lettre')
      .getBody()
      .appendParagraph('Titre')
      .setHeading(app.ParagraphHeading.TITLE)
      .editAsText()
      .setBold(true);
    expect(ctx.calls.snapshot()).toEqual({
      'Body.appendParagraph': 1,
      'Document.getBody': 1,
      'DocumentApp.create': 1,
      'Paragraph.editAsText': 1,
      'Paragraph.setHeading': 1,
      'Text.setBold': 1,
    });
  });

  it('state round-trips through JSON with formatting', () => {
    const { ctx, app, service } = setup();
    app
      .create('Lettre')
      .getBody()
      .appendParagraph('Titre')
      .setHeading(app.ParagraphHeading.TITLE)
      .editAsText()
      .setBold(true);
    const restored = createDocumentApp(ctx, JSON.parse(JSON.stringify(service.toJSON())));
    expect(restored.documents()).toEqual(service.documents());
  });
});
