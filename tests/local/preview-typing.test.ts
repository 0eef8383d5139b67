/**
 * A person typing in the preview's grid goes through the emulator's typing path: the same
 * parsing as setValue in a fr_FR workbook ("parsed as if the user typed them into the UI":
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPreview, startPreview } from '../../src/local/preview/start';

describe('typing in the preview grid', () => {
  let preview: RunningPreview;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stage-typing-'));
    preview = await startPreview({
      file: join(dir, 'classeur.json'),
      start: 'fresh',
      port: 0,
      distDir: join(dir, 'dist'),
      now: new Date('2026-11-28T09:00:00+01:00'),
    });
  });

  afterAll(() => preview?.close());

  it.each([
    ['007', 7],
    ['3,5', 3.5],
    ['TRUE', true],
    ["'007", '007'],
    ['31/02/2026', '31/02/2026'],
    ['+33 6 12 34 56 78', '+33 6 12 34 56 78'],
  ])('%j is stored as typing gives it', (typed, stored) => {
    const sheet = preview.session.state().sheets[0]?.name ?? '';
    expect(preview.session.edit(sheet, 3, 3, typed).ok).toBe(true);
    expect(preview.session.emulator.spreadsheet.getSheetByName(sheet)?.getRange(3, 3).getValue()).toEqual(
      stored,
    );
  });

  it('a date typed day/month/year is a date of that day, and a Plain-text cell keeps it as text', () => {
    const sheet = preview.session.state().sheets[0]?.name ?? '';
    const target = preview.session.emulator.spreadsheet.getSheetByName(sheet);
    preview.session.edit(sheet, 4, 1, '12/09/2026');
    expect(target?.getRange(4, 1).getValue()).toEqual(new Date('2026-09-12T00:00:00+02:00'));
    target?.getRange(4, 2).setNumberFormat('@');
    preview.session.edit(sheet, 4, 2, '12/09/2026');
    expect(target?.getRange(4, 2).getValue()).toBe('12/09/2026');
  });
});
