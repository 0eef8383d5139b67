import { describe, expect, it } from 'vitest';
import { planNotices } from '../../../src/domain/plan/notices';
import { PlanSchema } from '../../../src/domain/plan/plan';
import { validate } from '../../../src/shared/validation';
import { plan } from './fixtures';

const fieldsOf = (payload: unknown): Readonly<Record<string, string>> => {
  const result = validate(PlanSchema, payload);
  return result.ok ? {} : result.fields;
};

const TOO_LONG =
  'Une PMSMP dure au plus un mois de date à date, soit 30 jours calendaires, que la présence soit continue ou non (Code du travail, article D5135-3)\u00a0: réduisez la durée. Si l’objectif n’est pas atteint, la convention pourra être renouvelée une fois, pour le même objectif.';

describe('the one-month ceiling', () => {
  it('accepts 30 days and refuses 31, saying that a renewal is possible', () => {
    expect(fieldsOf({ conditions: { duration: { amount: 30, unit: 'days' } } })).toEqual({});
    expect(fieldsOf({ conditions: { duration: { amount: 31, unit: 'days' } } })).toEqual({
      'conditions.duration': TOO_LONG,
    });
  });

  it('accepts 4 weeks (28 days) and refuses 5 (35 days)', () => {
    expect(fieldsOf({ conditions: { duration: { amount: 4, unit: 'weeks' } } })).toEqual({});
    expect(fieldsOf({ conditions: { duration: { amount: 5, unit: 'weeks' } } })).toEqual({
      'conditions.duration': TOO_LONG,
    });
  });

  it('wants a whole number of weeks or days and its unit', () => {
    expect(fieldsOf({ conditions: { duration: { amount: 2.5, unit: 'weeks' } } })).toEqual({
      'conditions.duration.amount':
        'Indiquez la durée en nombre entier de semaines ou de jours, par exemple 4.',
    });
    expect(
      fieldsOf({ conditions: { duration: { amount: 0, unit: 'days' } } })['conditions.duration.amount'],
    ).toBeDefined();
    expect(fieldsOf({ conditions: { duration: { amount: 3, unit: 'months' } } })).toEqual({
      'conditions.duration.unit': 'Précisez si la durée est en semaines ou en jours.',
    });
  });
});

describe('hours per week', () => {
  it('accepts 48 hours and refuses 48.5', () => {
    expect(fieldsOf({ conditions: { hoursPerWeek: 48 } })).toEqual({});
    expect(fieldsOf({ conditions: { hoursPerWeek: 48.5 } })).toEqual({
      'conditions.hoursPerWeek':
        'Une PMSMP ne peut pas dépasser 48 heures par semaine : indiquez 48 heures au plus.',
    });
  });

  it('refuses zero or a text', () => {
    const message = 'Indiquez un nombre d’heures par semaine, par exemple 35.';
    expect(fieldsOf({ conditions: { hoursPerWeek: 0 } })).toEqual({ 'conditions.hoursPerWeek': message });
    expect(fieldsOf({ conditions: { hoursPerWeek: '35' } })).toEqual({ 'conditions.hoursPerWeek': message });
  });

  it('warns, without refusing, over 35 hours', () => {
    expect(planNotices(plan({ conditions: { hoursPerWeek: 35 } }))).toEqual([]);
    expect(planNotices(plan({ conditions: { hoursPerWeek: 35.5 } }))).toEqual([
      {
        path: 'conditions.hoursPerWeek',
        message:
          'Au-delà de 35 heures par semaine, vérifiez que ces horaires sont bien ceux du service qui vous accueillera : pendant une PMSMP, vous suivez ses horaires.',
      },
    ]);
  });
});

describe('the period', () => {
  const END_BEFORE_START =
    'La date de fin au plus tard ne peut pas être avant la date de début au plus tôt : corrigez l’une des deux dates.';

  it('refuses an end before the start, and accepts the same day (a one-day PMSMP)', () => {
    expect(fieldsOf({ conditions: { earliestStart: '2026-11-03', latestEnd: '2026-11-02' } })).toEqual({
      'conditions.latestEnd': END_BEFORE_START,
    });
    expect(fieldsOf({ conditions: { earliestStart: '2026-11-03', latestEnd: '2026-11-03' } })).toEqual({});
    expect(
      fieldsOf({
        conditions: {
          earliestStart: '2026-11-03',
          latestEnd: '2026-11-03',
          duration: { amount: 1, unit: 'days' },
        },
      }),
    ).toEqual({});
  });

  it('is a window: it may be longer than a month, but must hold the stage', () => {
    const conditions = { earliestStart: '2026-11-02', duration: { amount: 4, unit: 'weeks' } } as const;
    expect(fieldsOf({ conditions: { ...conditions, latestEnd: '2027-01-29' } })).toEqual({});
    // Monday 2 to Friday 27 November: four working weeks exactly.
    expect(fieldsOf({ conditions: { ...conditions, latestEnd: '2026-11-27' } })).toEqual({});
    expect(fieldsOf({ conditions: { ...conditions, latestEnd: '2026-11-26' } })).toEqual({
      'conditions.latestEnd':
        'Du 2 au 26 novembre 2026, la période est trop courte pour un stage de 4 semaines : reculez la date de fin ou réduisez la durée.',
    });
  });

  it('counts both ends for a duration in days', () => {
    const conditions = { earliestStart: '2026-11-02', duration: { amount: 10, unit: 'days' } } as const;
    expect(fieldsOf({ conditions: { ...conditions, latestEnd: '2026-11-11' } })).toEqual({});
    expect(
      fieldsOf({ conditions: { ...conditions, latestEnd: '2026-11-10' } })['conditions.latestEnd'],
    ).toMatch(/trop courte pour un stage de 10 jours/);
  });
});

describe('the role phases', () => {
  const withPhases = (phases: unknown[], duration?: unknown) =>
    fieldsOf({ role: { phases }, conditions: duration === undefined ? {} : { duration } });
  const weeks4 = { amount: 4, unit: 'weeks' };

  it('accepts phases that follow one another and cover the stage', () => {
    expect(
      withPhases(
        [
          { role: 'observer', from: 1, to: 1 },
          { role: 'learner', from: 2, to: 3 },
          { role: 'actor', from: 4, to: 4 },
        ],
        weeks4,
      ),
    ).toEqual({});
    expect(withPhases([{ role: 'actor', from: 1, to: 4 }], weeks4)).toEqual({});
  });

  it('reports a gap on the phase that starts too late', () => {
    expect(
      withPhases([
        { role: 'observer', from: 1, to: 1 },
        { role: 'actor', from: 3, to: 4 },
      ]),
    ).toEqual({
      'role.phases.1.from':
        'La semaine 2 n’est couverte par aucun rôle : faites commencer ce rôle à partir de la semaine 2 ou prolongez le précédent.',
    });
    expect(withPhases([{ role: 'observer', from: 3, to: 4 }])).toEqual({
      'role.phases.0.from':
        'Les semaines 1 et 2 ne sont couvertes par aucun rôle : faites commencer le premier rôle dès la semaine 1.',
    });
  });

  it('reports an overlap and a phase out of order', () => {
    expect(
      withPhases([
        { role: 'observer', from: 1, to: 2 },
        { role: 'actor', from: 2, to: 4 },
      ]),
    ).toEqual({
      'role.phases.1.from':
        'La semaine 2 a déjà un rôle : faites commencer celui-ci à partir de la semaine 3.',
    });
    expect(
      withPhases([
        { role: 'actor', from: 2, to: 4 },
        { role: 'observer', from: 1, to: 1 },
      ])['role.phases.1.from'],
    ).toBe('Ce rôle commence avant le précédent : rangez les rôles dans l’ordre du stage.');
  });

  it('reports a phase that ends before it starts', () => {
    expect(withPhases([{ role: 'observer', from: 2, to: 1 }])).toEqual({
      'role.phases.0.to':
        'Ce rôle finit avant de commencer : indiquez une semaine de fin égale ou postérieure à la semaine de début.',
    });
  });

  it('wants the phases to end with the stage once its duration is known', () => {
    const short = [
      { role: 'observer', from: 1, to: 1 },
      { role: 'actor', from: 2, to: 3 },
    ];
    expect(withPhases(short)).toEqual({});
    expect(withPhases(short, weeks4)).toEqual({
      'role.phases.1.to':
        'La semaine 4 n’est couverte par aucun rôle : prolongez le dernier rôle jusqu’à la semaine 4.',
    });
    expect(withPhases([{ role: 'actor', from: 1, to: 5 }], weeks4)).toEqual({
      'role.phases.0.to':
        'Le stage dure 4 semaines : arrêtez le dernier rôle à la semaine 4 ou allongez la durée du stage.',
    });
  });

  it('counts in days when the duration is in days, with French articles to match', () => {
    expect(withPhases([{ role: 'observer', from: 1, to: 3 }], { amount: 10, unit: 'days' })).toEqual({
      'role.phases.0.to':
        'Les jours 4 à 10 ne sont couverts par aucun rôle : prolongez le dernier rôle jusqu’au jour 10.',
    });
    expect(
      withPhases(
        [
          { role: 'observer', from: 1, to: 1 },
          { role: 'actor', from: 3, to: 5 },
        ],
        { amount: 5, unit: 'days' },
      ),
    ).toEqual({
      'role.phases.1.from':
        'Le jour 2 n’est couvert par aucun rôle : faites commencer ce rôle à partir du jour 2 ou prolongez le précédent.',
    });
  });
});

describe('age', () => {
  it('refuses a beneficiary under 16', () => {
    expect(fieldsOf({ contact: { me: { ageGroup: 'under16' } } })).toEqual({
      'contact.me.ageGroup':
        'Une PMSMP n’est possible qu’à partir de 16 ans : parlez-en à votre conseiller ou conseillère, qui vous proposera une autre solution.',
    });
    expect(fieldsOf({ contact: { me: { ageGroup: 'minor' } } })).toEqual({});
    // Before 18, at most 35 hours a week (Code du travail, article L3162-1).
    expect(fieldsOf({ contact: { me: { ageGroup: 'minor' } }, conditions: { hoursPerWeek: 35 } })).toEqual(
      {},
    );
    expect(fieldsOf({ contact: { me: { ageGroup: 'minor' } }, conditions: { hoursPerWeek: 39 } })).toEqual({
      'conditions.hoursPerWeek':
        'Avant 18 ans, la présence ne peut dépasser 8 heures par jour ni 35 heures par semaine (Code du travail, article L3162-1)\u00a0: indiquez 35 heures au plus.',
    });
    expect(fieldsOf({ contact: { me: { ageGroup: 'adult' } }, conditions: { hoursPerWeek: 39 } })).toEqual(
      {},
    );
  });

  it('tells a minor that a legal representative signs too', () => {
    expect(planNotices(plan({ contact: { me: { ageGroup: 'minor', civility: 'Madame' } } }))).toEqual([
      {
        path: 'contact.me.legalRepresentative',
        message:
          'Comme vous êtes mineure, votre représentant légal devra aussi signer la convention : indiquez son nom.',
      },
    ]);
    expect(planNotices(plan({ contact: { me: { ageGroup: 'adult' } } }))).toEqual([]);
  });
});
