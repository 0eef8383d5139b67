import { describe, expect, it } from 'vitest';
import {
  demarchesOf,
  personOf,
  type RecapInput,
  recapDocument,
  stepCounts,
} from '../../../src/domain/recap/recap';
import type { Request } from '../../../src/domain/tracking';

const request = (fields: Partial<Request>): Request => ({
  requestId: 'D-001',
  collectivity: 'Mairie de Bron',
  collectivityType: 'Commune',
  code: '',
  service: 'Accueil',
  contactName: '',
  civility: '',
  contactRole: '',
  phone: '',
  email: '',
  address: '',
  step: 'Appel passé',
  firstContactDate: null,
  lastActionDate: null,
  nextFollowUpDate: null,
  refusalReason: '',
  letter: '',
  notes: '',
  counsellorComment: '',
  headCivility: '',
  headName: '',
  ...fields,
});

const base: RecapInput = {
  from: '2026-11-03',
  to: '2026-11-03',
  today: '2026-11-28',
  person: { firstName: '', lastName: '' },
  counsellor: { name: '', agency: '' },
  journal: [],
  requests: [request({})],
};

const lines = (input: RecapInput) => recapDocument(input).blocks.flatMap((b) => b.lines);

describe('the recap of the démarches (pure)', () => {
  it('says plainly when the period holds no démarche, and names no one it does not know', () => {
    const text = lines(base).join('\n');
    expect(text).toContain('Aucune démarche notée dans le journal sur cette période.');
    expect(text).toContain('Démarches du 3 novembre 2026.');
    expect(text).toContain('pour mon rendez-vous avec mon conseiller ou ma conseillère.');
    expect(text).not.toContain('jour par jour');
  });

  it('keeps only démarches: a plain note is not one, a step changed by hand is', () => {
    const journal = [
      {
        date: '2026-11-03',
        requestId: 'D-001',
        collectivity: 'Mairie de Bron',
        action: 'Note',
        detail: 'Brouillon Google Docs',
      },
      {
        date: '2026-11-03',
        requestId: 'D-001',
        collectivity: 'Mairie de Bron',
        action: 'Note',
        detail: 'Étape modifiée : Appel passé → Refusé (Service non adapté).',
      },
      { date: '2026-11-04', requestId: 'D-001', collectivity: 'Mairie de Bron', action: 'Appel', detail: '' },
    ];
    expect(demarchesOf({ ...base, journal }).map((l) => l.action)).toEqual(['Note']);
  });

  it('counts the requests by step in the order of the guide', () => {
    const requests = [
      request({ step: 'Refusé' }),
      request({ requestId: 'D-002', step: '' }),
      request({ requestId: 'D-003', step: 'Refusé' }),
      request({ requestId: 'D-004', step: 'Stage accepté' }),
    ];
    expect(stepCounts(requests)).toEqual([
      { step: 'À contacter', count: 1 },
      { step: 'Stage accepté', count: 1 },
      { step: 'Refusé', count: 2 },
    ]);
  });

  it('names the person spoken to as a letter would', () => {
    expect(
      personOf(
        request({ contactName: 'Petit', civility: 'Monsieur', contactRole: 'Directeur des services' }),
      ),
    ).toBe('M. Petit, directeur des services');
    expect(personOf(request({ contactName: 'Bernard', civility: 'Madame' }))).toBe('Mme Bernard');
    expect(personOf(undefined)).toBe('');
  });
});
