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

describe('a person inserting or deleting a row in the preview', () => {
  let preview: RunningPreview;
  const SUIVI = 'Suivi des demandes';

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stage-rows-'));
    preview = await startPreview({
      file: join(dir, 'classeur.json'),
      start: 'fresh',
      port: 0,
      distDir: join(dir, 'dist'),
      now: new Date('2026-11-28T09:00:00+01:00'),
    });
  });

  afterAll(() => preview?.close());

  const background = (row: number) =>
    preview.session.emulator.view.sheet(SUIVI).rows[row - 1]?.[1]?.background ?? '';

  it('keeps the follow-up colour on the request’s own row (conditional formats follow the rows)', () => {
    const run = (fn: string, arg: unknown) => expect(preview.session.runFromSidebar(fn, [arg]).ok).toBe(true);
    run('setUpTrackingTable', {});
    run('addTrackingRequest', { collectivity: 'Mairie de Lyon' });
    run('addTrackingRequest', { collectivity: 'Mairie de Bron' });
    // A letter sent 27 days ago: its follow-up is due, the row is coloured.
    run('recordTrackingAction', { requestId: 'D-001', kind: 'letter', date: '2026-11-01' });
    const due = background(2);
    expect(due).not.toBe('#ffffff');
    expect(background(3)).toBe('#ffffff');

    expect(preview.session.changeRows(SUIVI, 2, 1).ok).toBe(true);
    expect([background(2), background(3), background(4)]).toEqual(['#ffffff', due, '#ffffff']);

    expect(preview.session.changeRows(SUIVI, 2, -1).ok).toBe(true);
    expect([background(2), background(3)]).toEqual([due, '#ffffff']);
  });
});
