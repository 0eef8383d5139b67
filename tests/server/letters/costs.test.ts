import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftRequestLetter, getLetterContext, markLetterSent } from '../../../src/server/api';
import { addRequest, type LettersWorkbook, ok, openLettersWorkbook } from './harness';

let wb: LettersWorkbook;
afterEach(() => wb.close());

/** Calls by method for each letters operation, on a table of `requests` rows (journal alike). */
function costs(requests: number, code = '') {
  wb?.close();
  wb = openLettersWorkbook();
  for (let i = 1; i < requests; i++) addRequest({ collectivity: `Mairie n° ${i}` }, i % 2 === 0);
  const requestId = addRequest({ code });
  const measure = (run: () => unknown) => {
    wb.emulator.calls.reset();
    run();
    return wb.emulator.calls.snapshot();
  };
  return {
    context: measure(() => ok(getLetterContext({ requestId }))),
    draft: measure(() => ok(draftRequestLetter({ requestId, kind: 'request' }))),
    sent: measure(() => ok(markLetterSent({ requestId, kind: 'request', date: '2026-11-28' }))),
  };
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe('calls per letters operation', () => {
  it('are the same with 3 requests and with 60', () => {
    const small = costs(3);
    const large = costs(60);
    expect(large).toEqual(small);
    // One read of the data of each sheet, one write of the row, one journal line.
    expect(small.draft['Range.getValues']).toBeLessThanOrEqual(6);
    expect(small.draft['Range.setValues']).toBe(1);
    expect(small.draft['Sheet.appendRow']).toBe(1);
    // The Doc in two calls, whatever the letter (issue 14): created, then written in one batch.
    expect(small.draft['Docs.Documents.create']).toBe(1);
    expect(small.draft['Docs.Documents.batchUpdate']).toBe(1);
    expect(
      Object.keys(small.draft).filter((name) => /^(DocumentApp|Body|Paragraph|Document)\./.test(name)),
    ).toEqual([]);
    expect(small.context['Range.setValues'] ?? 0).toBe(0);
    expect(small.context['Docs.Documents.create'] ?? 0).toBe(0);
    console.info(
      `letters calls: context ${total(small.context)}, draft ${total(small.draft)}, sent ${total(small.sent)}`,
    );
  });

  it('a row with a Code reads the collectivités file once, and only then', () => {
    const withCode = costs(3, '69266');
    expect(withCode.draft['HtmlService.createHtmlOutputFromFile']).toBe(1);
    const without = costs(3);
    expect(without.draft['HtmlService.createHtmlOutputFromFile'] ?? 0).toBe(0);
  });

  it('reads only the part it needs: the commune’s département, or the groupings (issue 14)', () => {
    const files = (code: string, fields: Record<string, string> = {}) => {
      wb?.close();
      wb = openLettersWorkbook();
      const requestId = addRequest({ code, ...fields });
      const read = vi.spyOn(HtmlService, 'createHtmlOutputFromFile');
      ok(draftRequestLetter({ requestId, kind: 'request' }));
      const names = read.mock.calls.map(([name]) => name);
      read.mockRestore();
      return names;
    };
    expect(files('69266')).toEqual(['Collectivites-69']);
    expect(files('2A004')).toEqual(['Collectivites-2A']);
    expect(
      files('246900245', { collectivity: 'Métropole de Lyon', collectivityType: 'Intercommunalité' }),
    ).toEqual(['Collectivites-groupements']);
  });
});
