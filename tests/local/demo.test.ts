import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPreview, startPreview } from '../../src/local/preview/start';

describe('the demo workbook (npm start -- --demo)', () => {
  let preview: RunningPreview;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stage-demo-'));
    preview = await startPreview({
      file: join(dir, 'classeur.json'),
      start: 'demo',
      port: 0,
      distDir: join(dir, 'dist'),
      now: new Date('2026-11-28T09:00:00+01:00'),
    });
  });

  afterAll(() => preview?.close());

  it('holds her own table, her plan and the tracking sheets, made by the add-on itself', () => {
    const names = preview.session.state().sheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Mes démarches',
        'Plan de stage',
        'Suivi des demandes',
        'Journal des démarches',
      ]),
    );
  });

  it('has three requests, one of them due for a follow-up today', () => {
    const runtime = preview.session;
    const answer = runtime.runFromSidebar('getTracking', [{}]);
    expect(answer.ok).toBe(true);
    const tracking = (
      answer.value as { ok: boolean; value: { requests: unknown[]; followUps: { requestId: string }[] } }
    ).value;
    expect(tracking.requests).toHaveLength(3);
    expect(tracking.followUps.map((f) => f.requestId)).toEqual(['D-001']);
  });
});
