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

  it('has four requests, one of them due for a follow-up today', () => {
    const runtime = preview.session;
    const answer = runtime.runFromSidebar('getTracking', [{}]);
    expect(answer.ok).toBe(true);
    const tracking = (
      answer.value as { ok: boolean; value: { requests: unknown[]; followUps: { requestId: string }[] } }
    ).value;
    expect(tracking.requests).toHaveLength(4);
    expect(tracking.followUps.map((f) => f.requestId)).toEqual(['D-001']);
  });

  it('turns its accepted request into a prefilled Immersion Facilitée link holding everything the workbook knows', () => {
    const runtime = preview.session;
    const call = (fn: string, payload: unknown) => {
      const answer = runtime.runFromSidebar(fn, [payload]) as { ok: boolean; value: unknown };
      expect(answer.ok).toBe(true);
      const result = answer.value as { ok: boolean; value?: unknown; message?: string };
      if (!result.ok) throw new Error(result.message);
      return result.value as Record<string, unknown>;
    };
    const view = call('getConvention', { requestId: 'D-004' });
    const suggested = view.details as Record<string, unknown>;
    const window = view.planWindow as { earliestStart: string; latestEnd: string };
    // The first weekday of the plan's window (the window may open on a weekend).
    expect(String(suggested.dateStart) >= window.earliestStart).toBe(true);
    expect(new Date(`${suggested.dateStart}T00:00:00Z`).getUTCDay()).not.toBe(0);
    expect(new Date(`${suggested.dateStart}T00:00:00Z`).getUTCDay()).not.toBe(6);
    // What the person types in the form: the tutor's first name, e-mail and the SIRET.
    const prepared = call('prepareConventionLink', {
      ...suggested,
      requestId: 'D-004',
      tutorFirstName: 'Sophie',
      tutorEmail: 'sophie.lambert@mairie-caluire.example',
      siret: '21690034000011',
    });
    const url = new URL(String(prepared.url));
    expect(`${url.origin}${url.pathname}`).toBe('https://immersion-facile.beta.gouv.fr/demande-immersion');
    const query = Object.fromEntries(url.searchParams.entries());
    const { schedule, ...texts } = query;
    expect(texts).toEqual({
      // The plan (« Mon plan »): the person, the objective, the content.
      firstName: 'Camille',
      lastName: 'Martin',
      email: 'camille.martin@exemple.fr',
      phone: '+33612345678',
      immersionObjective: 'Confirmer un projet professionnel',
      immersionActivities:
        "L'accueil du public ; la prise de rendez-vous ; la célébration d'un mariage ; le fonctionnement de l'état civil.",
      immersionSkills: "Connaître l'accueil d'une mairie et l'état civil",
      // The request (« Suivi des demandes »).
      businessName: 'Mairie de Caluire-et-Cuire',
      immersionAddress: '1 place du Docteur-Dugoujon, 69300 Caluire-et-Cuire',
      // The form: the plan's window and the person spoken to, suggested, then completed.
      dateStart: suggested.dateStart,
      dateEnd: suggested.dateEnd,
      siret: '21690034000011',
      etFirstName: 'Sophie',
      etLastName: 'Lambert',
      etJob: 'Responsable de l’accueil',
      etEmail: 'sophie.lambert@mairie-caluire.example',
      etPhone: '+33478988080',
    });
    // One entry a calendar day, Monday to Friday worked, 9:00–12:00 and 14:00–17:00 (the suggestion).
    const parsed = JSON.parse(schedule ?? '');
    const days: string[] = [];
    for (let d = new Date(`${query.dateStart}T00:00:00Z`); d <= new Date(`${query.dateEnd}T00:00:00Z`); ) {
      days.push(d.toISOString());
      d = new Date(d.getTime() + 86_400_000);
    }
    const worked = days.filter((d) => ![0, 6].includes(new Date(d).getUTCDay()));
    expect(parsed.complexSchedule.map((d: { date: string }) => d.date)).toEqual(days);
    expect(parsed).toMatchObject({
      workedDays: worked.length,
      totalHours: worked.length * 6,
      isSimple: true,
    });
    expect(parsed.complexSchedule.find((d: { date: string }) => d.date === worked[0])?.timePeriods).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '14:00', end: '17:00' },
    ]);
  });
});
