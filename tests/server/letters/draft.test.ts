import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLetterText } from '../../../src/domain/letters';
import { JOURNAL_SHEET_NAME, REQUESTS_SHEET_NAME } from '../../../src/domain/tracking';
import { docUrl } from '../../../src/local/emulator/document-app';
import {
  draftRequestLetter,
  getLetterContext,
  markLetterSent,
  recordTrackingAction,
  saveCallSheet,
} from '../../../src/server/api';
import { DOC_PAGE } from '../../../src/server/letters/doc-writer';
import { addRequest, type LettersWorkbook, ok, onlyDoc, openLettersWorkbook, sheetValues } from './harness';

let wb: LettersWorkbook;
beforeEach(() => {
  wb = openLettersWorkbook();
});
afterEach(() => wb.close());

const header = (name: string) => sheetValues(wb.emulator, name)[0] as string[];
const column = (name: string, title: string) => header(name).indexOf(title);

describe('drafting a demande de stage', () => {
  it('creates a Doc named with the date, the kind and the collectivité, and returns its URL', () => {
    const requestId = addRequest();
    const drafted = ok(draftRequestLetter({ requestId, kind: 'request' }));
    const doc = onlyDoc(wb.emulator);
    expect(doc.name).toBe('2026-11-28 Demande de stage — Mairie de Villeurbanne');
    expect(drafted.url).toBe(docUrl(doc.id));
    expect(drafted.title).toBe(doc.name);
  });

  it('lays the letter out on an A4 page with 2 cm margins, in Arial 11 with single spacing', () => {
    const requestId = addRequest();
    ok(draftRequestLetter({ requestId, kind: 'request' }));
    const doc = onlyDoc(wb.emulator);
    const twoCm = (2 / 2.54) * 72;
    expect(doc.margins).toEqual({ top: twoCm, bottom: twoCm, left: twoCm, right: twoCm });
    expect(doc.page?.width).toBeCloseTo(595.28, 1);
    expect(doc.page?.height).toBeCloseTo(841.89, 1);
    for (const p of doc.paragraphs) {
      expect([p.fontFamily, p.fontSize, p.lineSpacing]).toEqual(['Arial', 11, 1]);
    }
    // The new Doc's empty first paragraph holds the first line: nothing blank above the sender.
    expect(doc.paragraphs[0]?.text).toBe('Camille Martin');
  });

  it('puts the sender on the left, the recipient and the place and date in a column on the right, the Objet in bold', () => {
    const requestId = addRequest();
    ok(draftRequestLetter({ requestId, kind: 'request' }));
    const paragraphs = onlyDoc(wb.emulator).paragraphs;
    const at = (text: string) => {
      const found = paragraphs.find((p) => p.text === text || p.text.startsWith(text));
      if (found === undefined)
        throw new Error(`No paragraph « ${text} » in ${paragraphs.map((p) => p.text).join(' / ')}`);
      return found;
    };
    const sender = ['Camille Martin', '12 rue des Lilas', '69100 Villeurbanne', 'Tél. : 06 12 34 56 78'];
    expect(paragraphs.slice(0, 4).map((p) => p.text.replace(/\u00a0/g, ' '))).toEqual(sender);
    for (const p of paragraphs.slice(0, 4)) expect([p.alignment, p.indentStart]).toEqual(['LEFT', 0]);
    const right = [
      'Monsieur le Maire',
      'Mairie de Villeurbanne',
      'Place Lazare-Goujon',
      '69100 Villeurbanne',
      'À Villeurbanne, le 28 novembre 2026',
    ];
    const recipient = paragraphs.findIndex((p) => p.text === right[0]);
    expect(paragraphs.slice(recipient, recipient + 5).map((p) => p.text.replace(/\u00a0/g, ' '))).toEqual(
      right,
    );
    for (const p of paragraphs.slice(recipient, recipient + 5)) {
      expect([p.alignment, p.indentStart]).toEqual(['LEFT', DOC_PAGE.column]);
    }
    const subject = at('Objet');
    expect(subject.text).toBe(
      'Objet\u00a0: Demande d’immersion professionnelle (PMSMP) au service Accueil et état civil',
    );
    expect(subject.bold).toBe(true);
    expect(paragraphs.filter((p) => p.bold).map((p) => p.text)).toEqual([subject.text]);
    expect(at('À l’attention de Mme Dupont').text).toBe(
      'À l’attention de Mme Dupont, responsable du service Accueil et état civil',
    );
    expect(at('Monsieur le Maire,').alignment).toBe('LEFT');
    expect(at('Je suis actuellement en recherche d’emploi.').alignment).toBe('JUSTIFY');
    const signature = paragraphs.at(-1);
    expect([signature?.text, signature?.indentStart, signature?.spacingBefore]).toEqual([
      'Camille Martin',
      DOC_PAGE.column,
      DOC_PAGE.beforeSignature,
    ]);
    // A blank line after each block of the frame, none inside a block.
    expect([at('Camille Martin').spacingAfter, at('Courriel').spacingAfter]).toEqual([
      0,
      DOC_PAGE.afterBlock,
    ]);
  });

  it('writes French a careful reader accepts, citing the call and the plan', () => {
    const requestId = addRequest();
    ok(draftRequestLetter({ requestId, kind: 'request' }));
    const text = onlyDoc(wb.emulator)
      .paragraphs.map((p) => p.text)
      .join('\n');
    expect(checkLetterText(text)).toEqual([]);
    expect(text).toContain('À la suite de mon échange téléphonique du 25 novembre 2026 avec Mme Dupont');
    expect(text).toContain('de quatre semaines');
    expect(text).toContain('du 1er au 26 mars 2027');
    expect(text).toContain('France Travail Villeurbanne');
    expect(text).toContain(
      'Je vous prie d’agréer, Monsieur le Maire, l’expression de ma haute considération.',
    );
  });

  it('writes the link in the row’s Courrier cell and notes the draft in the journal, the step unchanged', () => {
    const requestId = addRequest();
    const { url } = ok(draftRequestLetter({ requestId, kind: 'request' }));
    const row = sheetValues(wb.emulator, REQUESTS_SHEET_NAME)[1] as unknown[];
    expect(row[column(REQUESTS_SHEET_NAME, 'Courrier')]).toBe(url);
    expect(row[column(REQUESTS_SHEET_NAME, 'Étape')]).toBe('Appel passé');
    const journal = sheetValues(wb.emulator, JOURNAL_SHEET_NAME);
    const last = journal.at(-1) as unknown[];
    expect(last[column(JOURNAL_SHEET_NAME, 'N°')]).toBe(requestId);
    expect(last[column(JOURNAL_SHEET_NAME, 'Démarche')]).toBe('Note');
    expect(last[column(JOURNAL_SHEET_NAME, 'Détail')]).toBe(
      `Brouillon Google Docs (à envoyer) : 2026-11-28 Demande de stage — Mairie de Villeurbanne. ${url}`,
    );
  });

  it('« Marquer comme envoyé » records the letter: Courrier envoyé, the dates, a Courrier line', () => {
    const requestId = addRequest();
    ok(draftRequestLetter({ requestId, kind: 'request' }));
    const sent = ok(markLetterSent({ requestId, kind: 'request', date: '2026-11-28' }));
    expect([sent.step, sent.lastActionDate, sent.nextFollowUpDate]).toEqual([
      'Courrier envoyé',
      '2026-11-28',
      '2026-12-19',
    ]);
    const last = sheetValues(wb.emulator, JOURNAL_SHEET_NAME).at(-1) as unknown[];
    expect(last[column(JOURNAL_SHEET_NAME, 'Démarche')]).toBe('Courrier');
  });

  it('a relance restates the first letter sent, as the journal dates it', () => {
    const requestId = addRequest();
    ok(markLetterSent({ requestId, kind: 'request', date: '2026-11-26' }));
    ok(draftRequestLetter({ requestId, kind: 'followUp' }));
    const text = onlyDoc(wb.emulator)
      .paragraphs.map((p) => p.text)
      .join('\n');
    expect(text).toContain(
      'Objet\u00a0: Relance de ma demande d’immersion professionnelle (PMSMP) du 26 novembre 2026',
    );
    expect(checkLetterText(text)).toEqual([]);
  });
});

describe('the letters for a request, in the sidebar', () => {
  it('suggests the letter the step calls for and says each one is ready', () => {
    const requestId = addRequest();
    ok(markLetterSent({ requestId, kind: 'request', date: '2026-11-26' }));
    const context = ok(getLetterContext({ requestId }));
    expect(context.suggested).toBe('followUp');
    const byKind = Object.fromEntries(context.letters.map((l) => [l.kind, l.message]));
    expect(byKind.request).toBe('');
    expect(byKind.followUp).toBe('');
    // No meeting in the journal yet: the remerciement says what it lacks, and where.
    expect(byKind.thanksAfterMeeting).toBe(
      'Pour rédiger le remerciement, indiquez la date de la rencontre avec « Noter une démarche » (Rencontre) dans l’onglet « Suivi des demandes ».',
    );
    expect('blocks' in context.callSheet).toBe(true);
    expect(wb.emulator.documents.documents()).toEqual([]);
  });

  it('drafts for the row selected in the sheet when no N° is given', () => {
    addRequest({ collectivity: 'Mairie de Lyon' });
    addRequest();
    wb.emulator.select(REQUESTS_SHEET_NAME, 3, 2);
    const drafted = ok(draftRequestLetter({ kind: 'request' }));
    expect(drafted.row).toBe(3);
    expect(onlyDoc(wb.emulator).name).toBe('2026-11-28 Demande de stage — Mairie de Villeurbanne');
  });
});

describe('after a refusal', () => {
  it('thanks with the reason from the row and the date from the journal, and notes it without reopening the request', () => {
    const requestId = addRequest();
    ok(
      recordTrackingAction({
        requestId,
        kind: 'negativeAnswer',
        date: '2026-11-27',
        refusalReason: 'Pas de tuteur disponible',
      }),
    );
    ok(draftRequestLetter({ requestId, kind: 'thanksAfterRefusal' }));
    const text = onlyDoc(wb.emulator)
      .paragraphs.map((p) => p.text)
      .join('\n');
    expect(text).toContain('J’ai bien reçu votre réponse du 27 novembre 2026');
    expect(text).toContain('Je comprends qu’aucun tuteur ne puisse être disponible pour le moment.');
    expect(checkLetterText(text)).toEqual([]);
    const noted = ok(markLetterSent({ requestId, kind: 'thanksAfterRefusal', date: '2026-11-28' }));
    expect(noted.step).toBe('Refusé');
    const last = sheetValues(wb.emulator, JOURNAL_SHEET_NAME).at(-1) as unknown[];
    expect(last[column(JOURNAL_SHEET_NAME, 'Démarche')]).toBe('Note');
  });
});

describe('the fiche d’appel as a Google Doc', () => {
  it('is saved with its headings in bold and its questions as a list, the row left as it was', () => {
    const requestId = addRequest({}, false);
    const before = sheetValues(wb.emulator, REQUESTS_SHEET_NAME);
    ok(saveCallSheet({ requestId }));
    const doc = onlyDoc(wb.emulator);
    expect(doc.name).toBe('2026-11-28 Fiche d’appel — Mairie de Villeurbanne');
    const bold = doc.paragraphs.filter((p) => p.bold).map((p) => p.text);
    expect(bold).toContain('Questions à poser');
    const items = doc.paragraphs.filter((p) => p.type === 'LIST_ITEM').map((p) => p.text);
    expect(items[0]).toBe(
      'Votre service serait-il ouvert à l’accueil d’une personne en immersion professionnelle\u00a0?',
    );
    expect(sheetValues(wb.emulator, REQUESTS_SHEET_NAME)).toEqual(before);
  });
});

describe('the two ways of writing the Doc (issue 14)', () => {
  it('without the Docs advanced service (an older manifest), DocumentApp writes the very same Doc', () => {
    const requestId = addRequest();
    ok(draftRequestLetter({ requestId, kind: 'request' }));
    const viaApi = onlyDoc(wb.emulator);
    const global = globalThis as { Docs?: unknown };
    const docs = global.Docs;
    // Apps Script only defines Docs when appsscript.json enables it.
    delete global.Docs;
    try {
      wb.emulator.calls.reset();
      ok(draftRequestLetter({ requestId, kind: 'request' }));
    } finally {
      global.Docs = docs;
    }
    expect(wb.emulator.calls.count('DocumentApp.create')).toBe(1);
    const viaDocumentApp = wb.emulator.documents.documents()[1];
    const shape = (doc: typeof viaApi | undefined) => ({
      margins: doc?.margins,
      page: doc?.page,
      paragraphs: doc?.paragraphs,
    });
    expect(shape(viaDocumentApp)).toEqual(shape(viaApi));
  });
});
