import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/plan/plan';
import { planProgress } from '../../../src/domain/plan/progress';
import { COMPLETE, plan } from './fixtures';

describe('progress', () => {
  it('shows five empty steps for a new plan, and says to start with the reasons', () => {
    const progress = planProgress(plan());
    expect(progress.steps.map((s) => [s.number, s.title, s.status])).toEqual([
      [1, 'Pourquoi un stage ?', 'empty'],
      [2, 'Mon rôle', 'empty'],
      [3, 'Contenu du stage', 'empty'],
      [4, 'Conditions idéales d’accueil', 'empty'],
      [5, 'Préparer la prise de contact', 'empty'],
    ]);
    expect(progress.complete).toBe(false);
    expect(progress.next).toBe(
      'Étape 1, « Pourquoi un stage ? » : choisissez au moins une raison de faire ce stage.',
    );
  });

  it('marks a step partial and lists what is missing', () => {
    const progress = planProgress(plan({ why: { reasons: ['network'] } }));
    expect(progress.steps[0]).toMatchObject({
      status: 'partial',
      missing: ['l’objectif officiel de la PMSMP'],
    });
    expect(progress.next).toBe(
      'Étape 1, « Pourquoi un stage ? » : choisissez l’objectif officiel de votre PMSMP.',
    );
  });

  it('counts « autre » as a reason', () => {
    const progress = planProgress(
      plan({ why: { otherReason: 'Reprendre confiance', objective: 'discover' } }),
    );
    expect(progress.steps[0]?.status).toBe('complete');
    expect(progress.next).toMatch(/^Étape 2, « Mon rôle » : indiquez votre rôle/);
  });

  it('says the plan is ready when all five steps are complete', () => {
    const progress = planProgress(plan(COMPLETE));
    expect(progress.steps.every((s) => s.status === 'complete')).toBe(true);
    expect(progress.complete).toBe(true);
    expect(progress.next).toBe(
      'Votre plan est prêt : vous pouvez contacter les collectivités, d’abord par téléphone, en menant plusieurs demandes à la fois.',
    );
  });

  it('keeps a step partial while an answer is to correct, and says so', () => {
    // As read from the sheet: not validated, so the schema's message is what progress shows.
    const broken: Plan = { ...plan(COMPLETE), role: { phases: [{ role: 'observer', from: 1, to: 2 }] } };
    const progress = planProgress(broken);
    expect(progress.steps[1]).toMatchObject({
      status: 'partial',
      missing: [],
      toFix: [
        'Les semaines 3 et 4 ne sont couvertes par aucun rôle : prolongez le dernier rôle jusqu’à la semaine 4.',
      ],
    });
    expect(progress.next).toBe('Étape 2, « Mon rôle » : corrigez la réponse signalée.');
  });

  it('asks a minor for a legal representative', () => {
    const minor = plan({
      ...COMPLETE,
      contact: { ...COMPLETE.contact, me: { ...COMPLETE.contact?.me, ageGroup: 'minor' } },
    });
    const contact = planProgress(minor).steps[4];
    expect(contact?.status).toBe('partial');
    expect(contact?.missing).toEqual(['le nom de votre représentant légal']);
  });

  it('does not require the pitch (it is built from the plan) nor the logistics', () => {
    const withoutExtras = plan({
      ...COMPLETE,
      conditions: { ...COMPLETE.conditions, logistics: {} },
      contact: { ...COMPLETE.contact, pitch: undefined },
    });
    expect(planProgress(withoutExtras).complete).toBe(true);
  });
});
