import { describe, expect, it } from 'vitest';
import { reminderEmail } from '../../../src/domain/dashboard';
import { dueFollowUps } from '../../../src/domain/tracking';
import { request } from '../tracking/fixtures';

const CONTEXT = {
  today: '2026-11-28',
  workbookName: 'Ma recherche de stage',
  workbookUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
};

describe('reminderEmail', () => {
  it('is null when nothing is due: no e-mail that day', () => {
    expect(reminderEmail([], CONTEXT)).toBeNull();
  });

  it('lists each follow-up with its suggestions and links to the workbook, in French', () => {
    const due = dueFollowUps(
      [
        request({ requestId: 'D-001', step: 'Courrier envoyé', lastActionDate: '2026-11-05' }),
        request({
          requestId: 'D-002',
          collectivity: 'Mairie de Bron',
          service: '',
          contactName: '',
          phone: '',
          step: 'Appel passé',
          lastActionDate: '2026-11-07',
        }),
      ],
      CONTEXT.today,
      21,
    );
    const email = reminderEmail(due, CONTEXT);
    expect(email?.subject).toBe(
      'Stage en collectivité : 2 relances à faire aujourd’hui (samedi 28 novembre 2026)',
    );
    expect(email?.body).toContain(
      '2 démarches vous attendent aujourd’hui, samedi 28 novembre 2026, dans votre recherche de stage :',
    );
    expect(email?.body).toContain(
      [
        '1. D-001 · Mairie de Lyon — Espaces verts : sans réponse depuis 23 jours',
        '   → Rappeler Mme Martin au 04 78 12 34 56',
        '   → ou : envoyer une relance écrite',
      ].join('\n'),
    );
    expect(email?.body).toContain(
      '2. D-002 · Mairie de Bron : sans réponse depuis 21 jours\n   → Rappeler la Mairie de Bron\n   → ou : envoyer la demande écrite au maire',
    );
    expect(email?.body).toContain(
      'Ouvrir le classeur « Ma recherche de stage » :\nhttps://docs.google.com/spreadsheets/d/abc/edit',
    );
    expect(email?.body).toMatch(/^Bonjour,\n/);
    expect(email?.body).not.toMatch(/ {2,}[^ →]|undefined|null/);
  });

  it('names a meeting to propose in the subject, in the singular', () => {
    const due = dueFollowUps(
      [request({ step: 'Réponse positive', lastActionDate: '2026-11-27' })],
      CONTEXT.today,
      21,
    );
    const email = reminderEmail(due, CONTEXT);
    expect(email?.subject).toBe(
      'Stage en collectivité : 1 rencontre à proposer aujourd’hui (samedi 28 novembre 2026)',
    );
    expect(email?.body).toContain('Une démarche vous attend aujourd’hui');
    expect(email?.body).toContain(
      '→ Proposer une rencontre à Mme Martin au 04 78 12 34 56 avant le début du stage',
    );
  });
});
