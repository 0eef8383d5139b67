import { describe, expect, it } from 'vitest';
import { editRequest, RequestEditSchema } from '../../../src/domain/tracking/edit-request';
import { validate } from '../../../src/shared/validation';
import { request } from './fixtures';

const context = { today: '2026-11-28' as const, author: 'camille.martin@example.org' };

describe('« Modifier la demande »', () => {
  it('checks the fields with the add schema’s rules and French messages, trimming what is typed', () => {
    expect(validate(RequestEditSchema, { requestId: ' D-002 ', contactName: ' Durand ' })).toEqual({
      ok: true,
      value: { requestId: 'D-002', contactName: 'Durand' },
    });
    const refused = validate(RequestEditSchema, { requestId: 'D-002', phone: '12', email: 'martin@' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.fields).toMatchObject({
        phone: 'Le numéro de téléphone semble incomplet.',
        email: 'L’adresse de courriel semble incorrecte.',
      });
    }
  });

  it('changes only the fields that differ; absent stays, empty clears; one journal line', () => {
    const before = request({
      requestId: 'D-002',
      collectivity: 'Mairie de Bron',
      contactName: 'Petit',
      phone: '04 72 36 13 13',
      address: 'Place',
    });
    const result = editRequest(
      before,
      { requestId: 'D-002', contactName: 'Petit', phone: '', address: 'Place', email: 'a@b.fr' },
      context,
    );
    expect(result.changed).toEqual(['phone', 'email']);
    expect(result.request).toEqual({ ...before, phone: '', email: 'a@b.fr' });
    expect(result.journal).toEqual({
      date: '2026-11-28',
      requestId: 'D-002',
      collectivity: 'Mairie de Bron',
      action: 'Note',
      detail: 'Coordonnées modifiées\u00a0: téléphone, courriel.',
      author: 'camille.martin@example.org',
    });
  });

  it('nothing changed: no cell, no journal line', () => {
    const before = request({ requestId: 'D-001', service: 'Accueil' });
    expect(editRequest(before, { requestId: 'D-001', service: 'Accueil' }, context)).toEqual({
      request: before,
      changed: [],
      journal: null,
    });
  });
});
