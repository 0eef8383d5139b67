import { describe, expect, it } from 'vitest';
import { dashboardFigures, type JournalLine, NO_REASON, UNKNOWN_STEP } from '../../../src/domain/dashboard';
import { request } from '../tracking/fixtures';

const TODAY = '2026-11-28';
const line = (requestId: string, date: string, action: string, detail = ''): JournalLine => ({
  requestId,
  date,
  action,
  detail,
});

describe('dashboardFigures', () => {
  it('counts every step in the guide order, zeros included, and leaves blank rows out', () => {
    const figures = dashboardFigures(
      [
        request({ requestId: 'D-001', step: 'Appel passé', lastActionDate: '2026-11-20' }),
        request({ requestId: 'D-002', step: '' }),
        request({ requestId: '', collectivity: '', step: '' }),
        request({ requestId: 'D-003', step: 'Refusé', refusalReason: 'Pas de tuteur disponible' }),
      ],
      [],
      TODAY,
      21,
    );
    expect(figures.total).toBe(3);
    expect(figures.byStep.map((c) => c.label)[0]).toBe('À contacter');
    expect(Object.fromEntries(figures.byStep.map((c) => [c.label, c.count]))).toMatchObject({
      'À contacter': 1,
      'Appel passé': 1,
      Refusé: 1,
      'Stage accepté': 0,
    });
    expect(figures.byStep.some((c) => c.label === UNKNOWN_STEP)).toBe(false);
  });

  it('counts a step nobody can read apart, instead of hiding the request', () => {
    const figures = dashboardFigures([request({ step: 'Peut-être plus tard' })], [], TODAY, 21);
    expect(figures.byStep.at(-1)).toEqual({ label: UNKNOWN_STEP, count: 1 });
  });

  it('warns under three requests in progress, in the guide’s words, and not once a stage is accepted', () => {
    const two = dashboardFigures(
      [request({ step: 'Appel passé' }), request({ step: 'Réponse positive' }), request({ step: 'Refusé' })],
      [],
      TODAY,
      21,
    );
    expect(two.inProgress).toBe(2);
    expect(two.inProgressWarning).toBe(
      'Deux demandes en cours seulement : le guide conseille d’en mener au moins trois à la fois.',
    );
    expect(dashboardFigures([], [], TODAY, 21).inProgressWarning).toMatch(/^Aucune demande en cours/);
    const three = ['Appel passé', 'Courrier envoyé', 'Rencontre prévue'].map((step) => request({ step }));
    expect(dashboardFigures(three, [], TODAY, 21).inProgressWarning).toBeNull();
    expect(
      dashboardFigures([request({ step: 'Stage accepté' })], [], TODAY, 21).inProgressWarning,
    ).toBeNull();
  });

  it('splits the follow-ups due exactly today from the overdue ones, and counts meetings to propose', () => {
    const figures = dashboardFigures(
      [
        request({ requestId: 'D-001', step: 'Courrier envoyé', lastActionDate: '2026-11-07' }), // 21 days
        request({ requestId: 'D-002', step: 'Appel passé', lastActionDate: '2026-11-01' }), // 27 days
        request({ requestId: 'D-003', step: 'Relance faite', lastActionDate: '2026-11-20' }), // 8 days
        request({ requestId: 'D-004', step: 'Réponse positive', lastActionDate: '2026-11-20' }),
      ],
      [],
      TODAY,
      21,
    );
    expect(figures.followUpsDueToday).toBe(1);
    expect(figures.followUpsOverdue).toBe(1);
    expect(figures.meetingsToPropose).toBe(1);
    expect(figures.due.map((d) => d.requestId)).toEqual(['D-001', 'D-002', 'D-004']);
  });

  it('computes the response rate over the requests actually sent', () => {
    const figures = dashboardFigures(
      [
        request({ step: 'À contacter' }),
        request({ step: 'Courrier envoyé' }),
        request({ step: 'Refusé' }),
        request({ step: 'Stage accepté' }),
        request({ step: 'Abandonné' }), // given up before any contact: not sent
      ],
      [],
      TODAY,
      21,
    );
    expect(figures.responses).toEqual({ contacted: 3, answered: 2, rate: 2 / 3 });
    expect(dashboardFigures([request()], [], TODAY, 21).responses.rate).toBeNull();
  });

  it('measures the time to an answer from the first contact to the journal’s first answer line', () => {
    const figures = dashboardFigures(
      [
        request({ requestId: 'D-001', step: 'Rencontre prévue', firstContactDate: '2026-10-01' }),
        request({
          requestId: 'D-002',
          step: 'Refusé',
          firstContactDate: '2026-10-10',
          lastActionDate: '2026-11-20',
        }),
        request({ requestId: 'D-003', step: 'Courrier envoyé', firstContactDate: '2026-10-10' }),
      ],
      [
        line('D-001', '2026-10-05', 'Appel'),
        line('D-001', '2026-10-11', 'Réponse', 'Réponse positive.'),
        line('D-001', '2026-10-20', 'Rencontre'),
        line(
          'd-002',
          '2026-10-30',
          'Note',
          'Étape modifiée : Courrier envoyé → Refusé (Pas de tuteur disponible).',
        ),
        line('D-003', '2026-10-15', 'Note', 'Étape modifiée : Appel passé → Courrier envoyé.'),
      ],
      TODAY,
      21,
    );
    // D-001: 10 days; D-002: 20 days (the journal beats Dernière démarche); D-003 has no answer.
    expect(figures.answerDelay).toEqual({ averageDays: 15, measured: 2 });
  });

  it('falls back on Dernière démarche for a refusal imported without its history', () => {
    const figures = dashboardFigures(
      [
        request({
          requestId: 'D-009',
          step: 'Refusé',
          firstContactDate: '2026-11-01',
          lastActionDate: '2026-11-08',
        }),
      ],
      [],
      TODAY,
      21,
    );
    expect(figures.answerDelay).toEqual({ averageDays: 7, measured: 1 });
  });

  it('counts refusal reasons: every suggested one, a typed one as « Autre », a missing one apart', () => {
    const figures = dashboardFigures(
      [
        request({ step: 'Refusé', refusalReason: 'Pas de tuteur disponible' }),
        request({ step: 'Refusé', refusalReason: 'Pas de tuteur disponible' }),
        request({ step: 'Refusé', refusalReason: 'budget gelé' }),
        request({ step: 'Refusé', refusalReason: '' }),
        request({ step: 'Abandonné', refusalReason: 'Service non adapté' }),
      ],
      [],
      TODAY,
      21,
    );
    expect(figures.refusalReasons).toEqual([
      { label: 'Pas de besoin ou de projet d’accueil', count: 0 },
      { label: 'Pas de tuteur disponible', count: 2 },
      { label: 'Période ou durée inadaptée', count: 0 },
      { label: 'Service non adapté', count: 0 },
      { label: 'Procédure ou délais RH', count: 0 },
      { label: 'Autre (préciser)', count: 1 },
      { label: NO_REASON, count: 1 },
    ]);
    expect(dashboardFigures([], [], TODAY, 21).refusalReasons.map((c) => c.label)).not.toContain(NO_REASON);
  });
});
