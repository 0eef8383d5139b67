import { describe, expect, it } from 'vitest';
import { createRequest, NewRequestSchema } from '../../../src/domain/tracking/new-request';
import { validate } from '../../../src/shared/validation';

describe('NewRequestSchema', () => {
  it('needs the collectivité and trims what is typed', () => {
    const checked = validate(NewRequestSchema, {
      collectivity: '  Mairie de Bron ',
      phone: ' 04 78 12 34 56 ',
    });
    expect(checked).toEqual({ ok: true, value: { collectivity: 'Mairie de Bron', phone: '04 78 12 34 56' } });
    const missing = validate(NewRequestSchema, { collectivity: '   ' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.fields).toEqual({ collectivity: 'Indiquez la collectivité.' });
  });

  it('checks the lists, the code, the phone and the e-mail in French', () => {
    const checked = validate(NewRequestSchema, {
      collectivity: 'Bron',
      collectivityType: 'Entreprise',
      civility: 'Mlle',
      code: '6912',
      phone: '12',
      email: 'martin@',
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.fields).toEqual({
      collectivityType: 'Choisissez un type dans la liste.',
      civility: 'Choisissez Madame ou Monsieur.',
      code: 'Le code INSEE compte 5 caractères et le SIREN 9 chiffres.',
      phone: 'Le numéro de téléphone semble incomplet.',
      email: 'L’adresse de courriel semble incorrecte.',
    });
    for (const code of ['69123', '2A004', '216901231', '216 901 231', '']) {
      expect(validate(NewRequestSchema, { collectivity: 'x', code }).ok).toBe(true);
    }
  });
});

describe('createRequest', () => {
  it('starts « À contacter » and logs the new number in the journal', () => {
    const { request, journal } = createRequest(
      { collectivity: 'Mairie de Bron', service: 'Médiathèque', civility: 'Madame' },
      { requestId: 'D-012', today: '2026-11-03', author: 'claire@example.fr' },
    );
    expect(request).toMatchObject({
      requestId: 'D-012',
      collectivity: 'Mairie de Bron',
      service: 'Médiathèque',
      civility: 'Madame',
      step: 'À contacter',
      lastActionDate: null,
      phone: '',
    });
    expect(journal).toEqual({
      date: '2026-11-03',
      requestId: 'D-012',
      collectivity: 'Mairie de Bron',
      action: 'Note',
      detail: 'Demande ajoutée. Service visé : Médiathèque.',
      author: 'claire@example.fr',
    });
  });
});
