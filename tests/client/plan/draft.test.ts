import { describe, expect, it } from 'vitest';
import { draftFromPlan } from '../../../src/client/plan/draft';
import { CHECKLIST_SUGGESTIONS } from '../../../src/domain/plan/vocabulary';
import { plan } from '../../domain/plan/fixtures';

describe('the plan as the sidebar’s form holds it', () => {
  it('ticks a suggestion saved by an earlier version with a straight apostrophe, and keeps the person’s own checks', () => {
    const saved = plan({
      contact: {
        checklist: [
          "L'accès à un poste de travail ou à un ordinateur",
          'Les repas sur place',
          "L'horaire d'ouverture du service",
        ],
      },
    });
    const draft = draftFromPlan(saved, '', CHECKLIST_SUGGESTIONS);
    expect(draft.checklist).toEqual([
      'L’accès à un poste de travail ou à un ordinateur',
      'Les repas sur place',
    ]);
    expect(draft.otherChecks).toBe("L'horaire d'ouverture du service");
  });
});
