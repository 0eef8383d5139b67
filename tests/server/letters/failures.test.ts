import { afterEach, describe, expect, it, vi } from 'vitest';
import { JOURNAL_SHEET_NAME, REQUESTS_SHEET_NAME } from '../../../src/domain/tracking';
import { draftRequestLetter } from '../../../src/server/api';
import { DOCS_FAILURE_MESSAGE, NO_PLAN_MESSAGE, QUOTA_MESSAGE } from '../../../src/server/letters/drafting';
import {
  addRequest,
  type LettersWorkbook,
  ok,
  onlyDoc,
  openLettersWorkbook,
  PLAN,
  sheetValues,
} from './harness';

let wb: LettersWorkbook;
afterEach(() => {
  vi.restoreAllMocks();
  wb.close();
});

/** Both tracking sheets as getValues() returns them: what must not change. */
const tracking = () => [
  sheetValues(wb.emulator, REQUESTS_SHEET_NAME),
  sheetValues(wb.emulator, JOURNAL_SHEET_NAME),
];

describe('a letter that cannot be drafted leaves the workbook as it was', () => {
  it('the daily Docs quota reached: a French message, the row and the journal unchanged', () => {
    wb = openLettersWorkbook({ docsPerDay: 0 });
    const requestId = addRequest();
    const before = tracking();
    const result = draftRequestLetter({ requestId, kind: 'request' });
    expect(result).toEqual({ ok: false, message: QUOTA_MESSAGE, fields: {} });
    expect(tracking()).toEqual(before);
    expect(wb.emulator.documents.documents()).toEqual([]);
  });

  it('the quota is per day: the next day the letter is drafted', () => {
    wb = openLettersWorkbook({ docsPerDay: 1 });
    const requestId = addRequest();
    expect(draftRequestLetter({ requestId, kind: 'request' }).ok).toBe(true);
    expect(draftRequestLetter({ requestId, kind: 'request' })).toMatchObject({
      ok: false,
      message: QUOTA_MESSAGE,
    });
    wb.emulator.clock.advanceDays(1);
    vi.setSystemTime(wb.emulator.clock.now());
    expect(draftRequestLetter({ requestId, kind: 'request' }).ok).toBe(true);
  });

  it('a Docs error while writing the Doc: a French message, the row unchanged', () => {
    wb = openLettersWorkbook();
    const requestId = addRequest();
    const before = tracking();
    const docs = (globalThis as unknown as { Docs: GoogleAppsScript.Docs }).Docs;
    vi.spyOn(docs.Documents, 'batchUpdate').mockImplementation(() => {
      throw new Error(
        'GoogleJsonResponseException: API call to docs.documents.batchUpdate failed with error: Internal error encountered.',
      );
    });
    expect(draftRequestLetter({ requestId, kind: 'request' })).toEqual({
      ok: false,
      message: DOCS_FAILURE_MESSAGE,
      fields: {},
    });
    expect(tracking()).toEqual(before);
  });

  // Issue 12: on Google an error after the Doc's creation (Docs, a timeout, a missing scope)
  // left the Doc behind, and every retry made one more.
  it('a failure after the Doc was created: the retry writes into that Doc, no second Doc', () => {
    wb = openLettersWorkbook();
    const requestId = addRequest();
    // Issue 14: the Doc is created by Docs.Documents.create, then written by one batchUpdate;
    // that write fails once, after the Doc exists.
    const service = (globalThis as unknown as { Docs: GoogleAppsScript.Docs }).Docs;
    vi.spyOn(service.Documents, 'batchUpdate').mockImplementationOnce(() => {
      throw new Error(
        'GoogleJsonResponseException: API call to docs.documents.batchUpdate failed with error: Internal error encountered.',
      );
    });
    const before = tracking();
    expect(draftRequestLetter({ requestId, kind: 'request' })).toMatchObject({
      ok: false,
      message: DOCS_FAILURE_MESSAGE,
    });
    expect(tracking()).toEqual(before);
    expect(wb.emulator.documents.documents()).toHaveLength(1);

    const retried = draftRequestLetter({ requestId, kind: 'request' });
    expect(retried.ok).toBe(true);
    const docs = wb.emulator.documents.documents();
    expect(docs).toHaveLength(1);
    const doc = docs[0];
    expect(retried.ok && retried.value.url).toBe(`https://docs.google.com/document/d/${doc?.id}/edit`);
    // Written once: the retry replaced the first attempt's lines instead of adding to them.
    const texts = doc?.paragraphs.map((p) => p.text) ?? [];
    expect(texts.filter((t) => t.startsWith('Objet')).length).toBe(1);
    const journal = sheetValues(wb.emulator, JOURNAL_SHEET_NAME);
    expect(journal.filter((row) => String(row[4]).startsWith('Brouillon Google Docs')).length).toBe(1);
    // A next draft, after success, is a new letter: a new Doc.
    expect(draftRequestLetter({ requestId, kind: 'request' }).ok).toBe(true);
    expect(wb.emulator.documents.documents()).toHaveLength(2);
  });

  it('a missing piece: the message names what to fill in and where, and no Doc is created', () => {
    const { address: _address, ...me } = PLAN.contact?.me ?? {};
    wb = openLettersWorkbook({ plan: { ...PLAN, contact: { ...PLAN.contact, me } } });
    const requestId = addRequest();
    const before = tracking();
    const result = draftRequestLetter({ requestId, kind: 'request' });
    expect(result).toEqual({
      ok: false,
      message:
        'Pour rédiger la demande, indiquez votre adresse dans le plan (étape 5 : Préparer la prise de contact, « Adresse »).',
      fields: { 'sender.addressLines': expect.any(String) },
    });
    expect(wb.emulator.documents.documents()).toEqual([]);
    expect(tracking()).toEqual(before);
  });

  it('a duration in days is accepted as the plan accepts it: the letter counts in days', () => {
    wb = openLettersWorkbook({
      plan: {
        ...PLAN,
        role: {
          phases: [
            { role: 'observer', from: 1, to: 3 },
            { role: 'actor', from: 4, to: 10 },
          ],
        },
        conditions: { ...PLAN.conditions, duration: { amount: 10, unit: 'days' } },
      },
    });
    const requestId = addRequest();
    ok(draftRequestLetter({ requestId, kind: 'request' }));
    const text = onlyDoc(wb.emulator)
      .paragraphs.map((p) => p.text)
      .join('\n');
    expect(text).toContain('(PMSMP) de dix jours');
    expect(text).toContain('(jours 1 à 3)');
    expect(text).toContain('(jours 4 à 10)');
  });

  it('a period already begun on the letter’s date is refused, in French, before any Doc', () => {
    wb = openLettersWorkbook({
      plan: {
        ...PLAN,
        conditions: { ...PLAN.conditions, earliestStart: '2026-11-02', latestEnd: '2026-11-27' },
      },
    });
    const requestId = addRequest();
    const result = draftRequestLetter({ requestId, kind: 'request' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(
      'des dates de stage à venir (le 2 novembre 2026 est déjà passé à la date du courrier)',
    );
    expect(wb.emulator.documents.documents()).toEqual([]);
  });

  it('no plan yet: the person is sent to « Mon plan »', () => {
    wb = openLettersWorkbook({ plan: null });
    const requestId = addRequest();
    expect(draftRequestLetter({ requestId, kind: 'request' })).toMatchObject({
      ok: false,
      message: NO_PLAN_MESSAGE,
    });
    expect(wb.emulator.documents.documents()).toEqual([]);
  });
});
