/**
 * Who the letters are addressed to (issue 13): the maire or président(e) is the row's own data,
 * asked once before the first letter and kept in « Suivi des demandes », where the counsellor
 * reads it without the add-on.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REQUESTS_SHEET_NAME } from '../../../src/domain/tracking';
import { draftRequestLetter, getLetterContext, saveLetterHead } from '../../../src/server/api';
import { addRequest, type LettersWorkbook, ok, onlyDoc, openLettersWorkbook, sheetValues } from './harness';

let wb: LettersWorkbook;
beforeEach(() => {
  wb = openLettersWorkbook();
});
afterEach(() => wb.close());

const unknownHead = { headCivility: '' as const, headName: '' };
const docText = () =>
  onlyDoc(wb.emulator)
    .paragraphs.map((p) => p.text)
    .join('\n');

describe('the head of the body', () => {
  it('is asked before the first letter when nobody knows it yet, and no letter is drafted meanwhile', () => {
    const requestId = addRequest(unknownHead);
    const context = ok(getLetterContext({ requestId }));
    expect(context.head).toEqual({
      question: 'Qui est maire de Villeurbanne\u00a0?',
      who: 'le maire ou la maire',
      addressedTo: '',
      // The sidebar's hint for the demande: « Au maire ou à la maire, après votre appel. »
      to: 'au maire ou à la maire',
      ask: true,
      civility: '',
      name: '',
    });
    const request = context.letters.find((letter) => letter.kind === 'request');
    expect(request?.pieces.map((piece) => piece.place)).toContain(
      'dans le suivi des demandes (colonne Civilité du maire ou du président)',
    );
    expect(draftRequestLetter({ requestId, kind: 'request' }).ok).toBe(false);
    expect(wb.emulator.documents.documents()).toHaveLength(0);
  });

  it('once answered, lives in the row’s two columns and the letter follows it: « Madame la Maire »', () => {
    const requestId = addRequest(unknownHead);
    const saved = ok(saveLetterHead({ requestId, civility: 'Madame', name: '  =Claire Martin ' }));
    expect(saved).toBe('C’est noté\u00a0: les courriers s’adresseront à cette personne.');
    const [header, row] = sheetValues(wb.emulator, REQUESTS_SHEET_NAME) as string[][];
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(cell('Civilité du maire ou du président')).toBe('Madame');
    // Typed text never becomes a formula: it is kept as the text typed.
    expect(cell('Nom du maire ou du président')).toBe('=Claire Martin');
    expect(cell('Interlocuteur')).toBe('Dupont');
    const context = ok(getLetterContext({ requestId }));
    expect(context.head?.ask).toBe(false);
    expect(context.head?.addressedTo).toBe('Madame la Maire (=Claire Martin)');
    expect(context.head?.to).toBe('à la maire');
    ok(draftRequestLetter({ requestId, kind: 'request' }));
    const text = docText();
    expect(text).toContain('Madame la Maire\nMairie de Villeurbanne');
    expect(text).toContain('\nMadame la Maire,\n');
    expect(text).toContain('Je vous prie d’agréer, Madame la Maire, l’expression de ma haute considération.');
    expect(text).not.toContain('Madame, Monsieur');
  });

  it('« Je ne trouve pas » is an answer: asked once, the letter then opens « Madame, Monsieur »', () => {
    const requestId = addRequest(unknownHead);
    expect(ok(saveLetterHead({ requestId, civility: 'Inconnue', name: '' }))).toContain('Madame, Monsieur');
    expect(ok(getLetterContext({ requestId })).head).toMatchObject({
      ask: false,
      to: 'au maire ou à la maire',
    });
    ok(draftRequestLetter({ requestId, kind: 'request' }));
    expect(docText()).toContain('\nMadame, Monsieur,\n');
  });

  it('refuses a civility outside the list, in French, and writes nothing', () => {
    const requestId = addRequest(unknownHead);
    const before = sheetValues(wb.emulator, REQUESTS_SHEET_NAME);
    const result = saveLetterHead({ requestId, civility: 'Mlle' as 'Madame', name: 'X' });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.fields.civility).toContain('Choisissez Madame, Monsieur');
    expect(sheetValues(wb.emulator, REQUESTS_SHEET_NAME)).toEqual(before);
  });

  it('when the maire was the person spoken to, the letter speaks of « notre échange »', () => {
    const requestId = addRequest({
      ...unknownHead,
      contactRole: 'Maire',
      civility: 'Monsieur',
      contactName: 'Bernard',
    });
    expect(ok(getLetterContext({ requestId })).head).toMatchObject({
      addressedTo: 'Monsieur le Maire (Bernard)',
      to: 'au maire',
    });
    ok(draftRequestLetter({ requestId, kind: 'request' }));
    const text = docText();
    expect(text).toContain('À la suite de notre échange téléphonique du 25 novembre 2026');
    expect(text).not.toContain('À l’attention');
  });

  it('for a président or a présidente, the sidebar’s hint names them as the answer says', () => {
    const requestId = addRequest({
      ...unknownHead,
      collectivity: 'Conseil départemental du Rhône',
      collectivityType: 'Département',
      code: '',
    });
    expect(ok(getLetterContext({ requestId })).head).toMatchObject({
      ask: true,
      to: 'au président ou à la présidente',
    });
    ok(saveLetterHead({ requestId, civility: 'Madame', name: '' }));
    expect(ok(getLetterContext({ requestId })).head?.to).toBe('à la présidente');
  });
});
