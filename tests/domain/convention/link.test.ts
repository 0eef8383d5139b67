import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  CONVENTION_FORM_PATH,
  type ConventionDetails,
  conventionLink,
  e164,
  IMMERSION_FACILE_ORIGIN,
  MAX_LINK_LENGTH,
  PLATFORM_OBJECTIVES,
  platformSchedule,
  prepareConvention,
} from '../../../src/domain/convention';
import { emptyPlan, type Plan, PlanSchema } from '../../../src/domain/plan';
import { OBJECTIVES } from '../../../src/domain/plan/vocabulary';
import { SAMPLE_PLAN } from '../../../src/local/sample-plan';

const plan: Plan = z.parse(PlanSchema, SAMPLE_PLAN);

const details: ConventionDetails = {
  requestId: 'D-004',
  tutorFirstName: 'Sophie',
  tutorLastName: 'Lambert',
  tutorRole: 'Responsable de l’accueil',
  tutorEmail: 'sophie.lambert@mairie-bron.fr',
  tutorPhone: '04 72 36 13 13',
  tutorSigns: false,
  siret: '732 829 320 00074',
  dateStart: '2026-11-02',
  dateEnd: '2026-11-27',
  weekdays: [0, 1, 2, 3, 4],
  periods: [
    { start: '09:00', end: '12:00' },
    { start: '13:30', end: '17:00' },
  ],
  objective: 'confirm',
};

const request = { collectivity: 'Mairie de Bron', address: 'Place de Weingarten, 69500 Bron' };

/** The query as the platform's router reads it: each value URI-decoded, the schedule JSON-parsed. */
function decode(url: string): Record<string, string> {
  const parsed = new URL(url);
  expect(`${parsed.origin}${parsed.pathname}`).toBe(`${IMMERSION_FACILE_ORIGIN}${CONVENTION_FORM_PATH}`);
  return Object.fromEntries(parsed.searchParams.entries());
}

describe('the Immersion Facilitée link (gip-inclusion/immersion-facile, front/src/app/routes/routeParams/convention.ts)', () => {
  it('opens /demande-immersion on immersion-facile.beta.gouv.fr', () => {
    expect(conventionLink({}).url).toBe('https://immersion-facile.beta.gouv.fr/demande-immersion');
  });

  it('holds every value the plan, the request and the form give, under the platform’s names and formats', () => {
    const { link } = prepareConvention({ plan, request, details });
    const query = decode(link.url);
    expect(query).toMatchObject({
      firstName: 'Camille',
      lastName: 'Martin',
      email: 'camille.martin@exemple.fr',
      phone: '+33612345678',
      dateStart: '2026-11-02',
      dateEnd: '2026-11-27',
      siret: '73282932000074',
      businessName: 'Mairie de Bron',
      immersionAddress: 'Place de Weingarten, 69500 Bron',
      etFirstName: 'Sophie',
      etLastName: 'Lambert',
      etJob: 'Responsable de l’accueil',
      etEmail: 'sophie.lambert@mairie-bron.fr',
      etPhone: '+33472361313',
      immersionObjective: 'Confirmer un projet professionnel',
      immersionActivities:
        "L'accueil du public ; la prise de rendez-vous ; la célébration d'un mariage ; le fonctionnement de l'état civil.",
      immersionSkills: "Connaître l'accueil d'une mairie et l'état civil",
    });
    // The tutor does not sign: the representative is left for the site.
    expect(Object.keys(query).filter((k) => k.startsWith('er'))).toEqual([]);
    const schedule = JSON.parse(query.schedule ?? '');
    expect(schedule).toMatchObject({ totalHours: 130, workedDays: 20, isSimple: true, selectedIndex: 0 });
    expect(schedule.complexSchedule).toHaveLength(26);
    expect(schedule.complexSchedule[0]).toEqual({
      date: '2026-11-02T00:00:00.000Z',
      timePeriods: [
        { start: '09:00', end: '12:00' },
        { start: '13:30', end: '17:00' },
      ],
    });
    // Saturday 7 November: no period.
    expect(schedule.complexSchedule[5]).toEqual({ date: '2026-11-07T00:00:00.000Z', timePeriods: [] });
    expect(link.leftOut).toEqual([]);
  });

  it('names the representative after the tutor when the tutor signs', () => {
    const query = decode(
      prepareConvention({ plan, request, details: { ...details, tutorSigns: true } }).link.url,
    );
    expect(query).toMatchObject({
      erFirstName: 'Sophie',
      erLastName: 'Lambert',
      erEmail: 'sophie.lambert@mairie-bron.fr',
      erPhone: '+33472361313',
    });
  });

  it('uses the platform’s three objectives: the plan’s words, with the straight apostrophe the platform stores', () => {
    const platformSpelling = Object.fromEntries(
      Object.entries(OBJECTIVES).map(([key, label]) => [key, label.replace(/’/g, "'")]),
    );
    expect(PLATFORM_OBJECTIVES).toEqual(platformSpelling);
    expect(PLATFORM_OBJECTIVES.discover).toBe("Découvrir un métier ou un secteur d'activité");
  });

  it('encodes what a URL cannot carry as is (&, =, #, accents, quotes) and decodes back exactly', () => {
    const tricky = 'Accueil & état civil = #1 « service » 50 %';
    const query = decode(conventionLink({ businessName: tricky, etJob: 'a+b?c/d' }).url);
    expect(query.businessName).toBe(tricky);
    expect(query.etJob).toBe('a+b?c/d');
  });

  it('leaves empty values out, so that the site shows its own empty field', () => {
    const link = conventionLink({ firstName: 'Camille', lastName: '  ', siret: '' });
    expect(link.filled).toEqual(['firstName']);
    expect(decode(link.url)).toEqual({ firstName: 'Camille' });
  });

  it('drops the long texts, and says so, when the link would be too long', () => {
    const long = 'x'.repeat(MAX_LINK_LENGTH);
    const link = conventionLink({ firstName: 'Camille', immersionActivities: long });
    expect(link.url.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(link.leftOut).toEqual(['immersionActivities']);
    expect(decode(link.url).firstName).toBe('Camille');
  });

  it('lists what the site still asks, with the platform’s labels', () => {
    const bare = emptyPlan();
    const { toFill } = prepareConvention({
      plan: bare,
      request: { collectivity: 'Mairie de Bron', address: '' },
      details: { ...details, siret: undefined, tutorEmail: undefined },
    });
    const labels = toFill.map((f) => f.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Prénom du candidat',
        'SIRET de la structure d’accueil',
        'Email du tuteur',
        'Adresse du lieu où se fera l’immersion',
        'Représentant de la structure d’accueil',
        'Votre structure d’accompagnement',
        'Date de naissance du candidat',
        'Intitulé du poste / métier observé pendant l’immersion',
      ]),
    );
    expect(labels).not.toContain('Nom du tuteur');
  });
});

describe('the platform’s schedule (shared/src/schedule/ScheduleUtils.ts)', () => {
  it('counts total hours as the sum of minutes over 60, and worked days as days with a period', () => {
    const schedule = platformSchedule('2026-11-30', '2026-12-02', {
      weekdays: [0, 2],
      periods: [{ start: '08:15', end: '12:00' }],
    });
    expect(schedule.workedDays).toBe(2);
    expect(schedule.totalHours).toBe(7.5);
    expect(schedule.complexSchedule.map((d) => d.date)).toEqual([
      '2026-11-30T00:00:00.000Z',
      '2026-12-01T00:00:00.000Z',
      '2026-12-02T00:00:00.000Z',
    ]);
  });
});

describe('phones in E.164 (shared/src/phone.schema.ts)', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['+33 (0)4 72 10 30 30', '+33472103030'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['02 62 12 34 56', '+262262123456'],
    ['0696 12 34 56', '+596696123456'],
    ['12 34', ''],
  ])('%s → %s', (typed, expected) => {
    expect(e164(typed)).toBe(expected);
  });
});
