import { describe, expect, it } from 'vitest';
import { firstAnswerDays } from '../../../src/domain/dashboard/journal';
import {
  hasFormerSpelling,
  journalActionOf,
  REFUSAL_REASONS,
  reasonAsDropdownSays,
  refusalReasonOf,
} from '../../../src/domain/tracking/vocabulary';

const NBSP = '\u00a0';

describe('the words an earlier version wrote in the sheets', () => {
  it('reads the journal’s « E-mail » as a « Courriel », and leaves the other actions alone', () => {
    expect(journalActionOf('E-mail')).toBe('Courriel');
    expect(journalActionOf('Courriel')).toBe('Courriel');
    expect(journalActionOf('Appel')).toBe('Appel');
    expect(journalActionOf('Mail à Mme Roux')).toBe('Mail à Mme Roux');
  });

  it('reads a refusal reason with a straight apostrophe as today’s', () => {
    expect(refusalReasonOf("Pas de besoin ou de projet d'accueil")).toBe(
      'Pas de besoin ou de projet d’accueil',
    );
    for (const reason of REFUSAL_REASONS) expect(refusalReasonOf(reason)).toBe(reason);
    expect(refusalReasonOf('Budget')).toBe('Budget');
  });

  it('writes a reason as the cell’s dropdown spells it: the former spelling only where the dropdown has it', () => {
    const today = 'Pas de besoin ou de projet d’accueil';
    const former = "Pas de besoin ou de projet d'accueil";
    expect(hasFormerSpelling(today)).toBe(true);
    expect(hasFormerSpelling('Pas de tuteur disponible')).toBe(false);
    expect(reasonAsDropdownSays(today, [former, 'Pas de tuteur disponible'])).toBe(former);
    expect(reasonAsDropdownSays(today, [...REFUSAL_REASONS])).toBe(today);
    expect(reasonAsDropdownSays(today, [])).toBe(today);
  });

  it('counts a step moved by hand as an answer, with the plain space of former lines or the non-breaking one', () => {
    const line = (requestId: string, detail: string) => ({
      date: '2026-11-20',
      requestId,
      action: 'Note',
      detail,
    });
    const days = firstAnswerDays([
      line('D-001', 'Étape modifiée : Courrier envoyé → Refusé (Service non adapté).'),
      line('D-002', `Étape modifiée${NBSP}: Courrier envoyé → Réponse positive.`),
      line('D-003', `Étape modifiée${NBSP}: À contacter → Courrier envoyé.`),
    ]);
    expect([...days.keys()]).toEqual(['D-001', 'D-002']);
  });
});
