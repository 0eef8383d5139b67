import { describe, expect, it } from 'vitest';
import { buildPitch, pitchOf } from '../../../src/domain/plan/pitch';
import { COMPLETE, plan } from './fixtures';

const sentences = (text: string): string[] => text.split(/(?<=[.?!])\s+(?=[A-ZÀ-Ý])/);

/** What a careful reader checks in any generated text. */
function expectClean(text: string): void {
  expect(text).not.toMatch(/undefined|null|NaN|\[|\]|\{|\}|<|>/);
  expect(text).not.toMatch(/ {2}| [,.]|,,|\.\./);
  // Elision: never « de initier », « le accueil ».
  expect(text).not.toMatch(/\b(de|le|la|que) [aeiouéèh]/i);
  const count = sentences(text).length;
  expect(count).toBeGreaterThanOrEqual(4);
  expect(count).toBeLessThanOrEqual(6);
}

describe('the presentation of the approach', () => {
  it('tells the whole approach in six sentences for a complete plan', () => {
    const text = buildPitch(plan(COMPLETE));
    expect(sentences(text)).toEqual([
      'Je m’appelle Camille Martin, j’habite à Villeurbanne et je suis actuellement en recherche d’emploi.',
      'Je souhaite effectuer une période de mise en situation en milieu professionnel (PMSMP) de 4 semaines, à temps plein, soit 35 heures par semaine, entre le 2 et le 27 novembre 2026.',
      "Je m’intéresse en particulier au métier ou au service suivant : agent d'accueil, de préférence dans l’un des services suivants : accueil, état civil.",
      'Cette PMSMP a pour objectif de confirmer mon projet professionnel ; elle doit aussi me permettre de m’immerger dans un environnement de travail pour en comprendre le fonctionnement et de me créer un réseau de contacts professionnels.',
      'J’aimerais d’abord observer pour comprendre le déroulement de l’activité (semaine 1), puis réaliser des tâches sous contrôle pour gagner en autonomie (semaines 2 à 4).',
      'Ma démarche est accompagnée par Claire Dupont (France Travail Villeurbanne) : la convention serait signée avec cet organisme, sans aucun frais pour votre collectivité.',
    ]);
    expectClean(text);
  });

  it('leaves out what is not known, without a gap, and still asks the question', () => {
    const text = buildPitch(plan());
    expect(text).toBe(
      'Je suis actuellement en recherche d’emploi. Je souhaite effectuer une période de mise en situation en milieu professionnel (PMSMP). La convention serait signée avec l’organisme qui m’accompagne dans ma recherche d’emploi, sans aucun frais pour votre collectivité. Pourriez-vous me dire si votre service serait en mesure de m’accueillir ?',
    );
    expectClean(text);
  });

  it('speaks of one week, of days, of part time and of a period across two years', () => {
    const text = buildPitch(
      plan({
        contact: { me: { firstName: 'Yanis' }, counsellor: { name: 'Mme Roux' } },
        conditions: {
          duration: { amount: 1, unit: 'weeks' },
          rhythm: 'partTime',
          hoursPerWeek: 17.5,
          earliestStart: '2026-12-28',
          latestEnd: '2027-01-15',
          homeCommune: 'Les Mureaux',
        },
        why: { reasons: ['practiceSkill'] },
        role: { phases: [{ role: 'learner', from: 1, to: 1 }] },
      }),
    );
    expect(sentences(text)).toEqual([
      'Je m’appelle Yanis, j’habite aux Mureaux et je suis actuellement en recherche d’emploi.',
      'Je souhaite effectuer une période de mise en situation en milieu professionnel (PMSMP) d’une semaine, à temps partiel, soit 17,5 heures par semaine, entre le 28 décembre 2026 et le 15 janvier 2027.',
      'Ce stage doit notamment me permettre de mettre en pratique une nouvelle compétence.',
      'Pendant tout le stage, j’aimerais regarder plusieurs fois chaque tâche avant de l’essayer sous contrôle.',
      'Ma démarche est accompagnée par Mme Roux : la convention serait signée avec l’organisme qui me suit, sans aucun frais pour votre collectivité.',
      'Pourriez-vous me dire si votre service serait en mesure de m’accueillir ?',
    ]);
    expectClean(text);
  });

  it('uses the tasks when no role is given, and the ROME job when no job is typed', () => {
    const text = buildPitch(
      plan({
        conditions: { duration: { amount: 10, unit: 'days' }, earliestStart: '2026-03-01' },
        content: { romeCode: 'A1203', tasksToSee: ['La taille des haies', 'Le fleurissement'] },
        why: { objective: 'recruit' },
      }),
    );
    expect(text).toContain('(PMSMP) de 10 jours, à partir du 1er mars 2026.');
    expect(text).toContain('Je m’intéresse en particulier au métier ou au service suivant : espaces verts.');
    expect(text).toContain('Cette PMSMP a pour objectif d’initier une démarche de recrutement.');
    expect(text).toContain(
      'j’aimerais notamment découvrir les tâches suivantes : la taille des haies, le fleurissement.',
    );
    expectClean(text);
  });

  it('tells three roles in order', () => {
    const text = buildPitch(
      plan({
        role: {
          phases: [
            { role: 'observer', from: 1, to: 1 },
            { role: 'learner', from: 2, to: 3 },
            { role: 'actor', from: 4, to: 4 },
          ],
        },
      }),
    );
    expect(text).toContain(
      'J’aimerais d’abord observer pour comprendre le déroulement de l’activité (semaine 1), puis regarder plusieurs fois chaque tâche avant de l’essayer sous contrôle (semaines 2 et 3), enfin réaliser des tâches sous contrôle pour gagner en autonomie (semaine 4).',
    );
    expectClean(text);
  });

  it('prefers the text the person edited', () => {
    const edited = plan({
      ...COMPLETE,
      contact: { ...COMPLETE.contact, pitch: 'Bonjour, je suis Camille.' },
    });
    expect(pitchOf(edited)).toBe('Bonjour, je suis Camille.');
    expect(pitchOf(plan(COMPLETE))).toBe(buildPitch(plan(COMPLETE)));
  });
});
