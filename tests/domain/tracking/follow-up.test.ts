import { describe, expect, it } from 'vitest';
import { addDays, dayOf } from '../../../src/domain/tracking/calendar';
import { REQUEST_COLUMNS } from '../../../src/domain/tracking/columns';
import { dueFollowUps, followUpKind, formatPhone, whomToCall } from '../../../src/domain/tracking/follow-up';
import { locateColumns } from '../../../src/domain/tracking/layout';
import { readRequest } from '../../../src/domain/tracking/request-rows';
import { PARIS, request, sheetDate } from './fixtures';

const SENT = '2026-10-15';
const sent = (step = 'Courrier envoyé') => request({ step, lastActionDate: SENT });

describe('followUpKind: « sans réponse après 3 semaines »', () => {
  it.each([
    [20, null],
    [21, 'followUp'],
    [22, 'followUp'],
  ])('day %i after the letter: %s', (days, expected) => {
    expect(followUpKind(sent(), addDays(SENT, days), 21)).toBe(expected);
  });

  it('applies to the three waiting steps only', () => {
    const late = addDays(SENT, 40);
    for (const step of ['Appel passé', 'Courrier envoyé', 'Relance faite']) {
      expect(followUpKind(sent(step), late, 21)).toBe('followUp');
    }
    for (const step of [
      'À contacter',
      'Rencontre prévue',
      'Stage accepté',
      'Refusé',
      'Abandonné',
      '',
      'envoyé',
    ]) {
      expect(followUpKind(sent(step), late, 21)).toBeNull();
    }
  });

  it('follows the delay of the settings', () => {
    expect(followUpKind(sent(), addDays(SENT, 13), 14)).toBeNull();
    expect(followUpKind(sent(), addDays(SENT, 14), 14)).toBe('followUp');
  });

  it('does not flag a waiting request whose date is unknown', () => {
    expect(followUpKind(request({ step: 'Courrier envoyé' }), '2027-01-01', 21)).toBeNull();
  });

  it('asks to propose a meeting after a positive answer', () => {
    expect(followUpKind(request({ step: 'Réponse positive', lastActionDate: SENT }), SENT, 21)).toBe(
      'proposeMeeting',
    );
  });

  it('compares calendar days in Paris, whatever the hour and the UTC date', () => {
    // The letter date as Sheets returns it (midnight in Paris = 22:00 UTC the day before, in summer).
    const layout = locateColumns(
      REQUEST_COLUMNS,
      REQUEST_COLUMNS.map((c) => c.header),
      [],
    );
    const row: unknown[] = Array(19).fill('');
    row[layout.columns.step - 1] = 'Courrier envoyé';
    row[layout.columns.lastActionDate - 1] = sheetDate('2026-06-10');
    const req = readRequest(row, layout, PARIS);
    expect(req.lastActionDate).toBe('2026-06-10');
    // 30 June (day 20) late in the evening in Paris, already 1 July in UTC: not yet.
    const lateEvening = new Date('2026-06-30T22:30:00Z');
    expect(dayOf(lateEvening, PARIS)).toBe('2026-07-01');
    expect(followUpKind(req, dayOf(new Date('2026-06-30T21:59:00Z'), PARIS), 21)).toBeNull();
    // 1 July (day 21) just after midnight in Paris, still 30 June in UTC: due.
    expect(followUpKind(req, dayOf(new Date('2026-06-30T22:00:00Z'), PARIS), 21)).toBe('followUp');
    // Read in UTC, the same cell would be a day early: the zone matters.
    expect(readRequest(row, layout, 'UTC').lastActionDate).toBe('2026-06-09');
  });
});

describe('suggestions', () => {
  it('formats French phone numbers, restoring the 0 Sheets drops from a number', () => {
    expect(formatPhone('0478123456')).toBe('04 78 12 34 56');
    expect(formatPhone('478123456')).toBe('04 78 12 34 56');
    expect(formatPhone('04.78.12.34.56')).toBe('04 78 12 34 56');
    expect(formatPhone('+33 4 78 12 34 56')).toBe('+33 4 78 12 34 56');
    expect(formatPhone(' 3939 ')).toBe('3939');
  });

  it('names whom to call', () => {
    expect(whomToCall(request())).toBe('Mme Martin');
    expect(whomToCall(request({ civility: 'Monsieur', contactName: 'Paul Durand' }))).toBe('M. Paul Durand');
    expect(whomToCall(request({ civility: '', contactName: 'Sam Roux' }))).toBe('Sam Roux');
    expect(whomToCall(request({ contactName: '' }))).toBe('le service Espaces verts');
    expect(whomToCall(request({ contactName: '', service: '' }))).toBe('la Mairie de Lyon');
    expect(
      whomToCall(request({ contactName: '', service: '', collectivity: 'Conseil départemental du Rhône' })),
    ).toBe('le Conseil départemental du Rhône');
    expect(
      whomToCall(request({ contactName: '', service: '', collectivity: 'Eurométropole de Strasbourg' })),
    ).toBe('l’Eurométropole de Strasbourg');
    expect(whomToCall(request({ contactName: '', service: '', collectivity: 'Villeurbanne' }))).toBe(
      'Villeurbanne',
    );
  });
});

describe('dueFollowUps', () => {
  it('lists what to do today, with a call first when a phone is known', () => {
    const requests = [
      request({ requestId: 'D-001', step: 'Courrier envoyé', lastActionDate: '2026-10-01' }),
      request({ requestId: 'D-002', step: 'Courrier envoyé', lastActionDate: '2026-11-01' }),
      request({
        requestId: 'D-003',
        step: 'Relance faite',
        lastActionDate: '2026-10-01',
        phone: '',
        service: '',
      }),
      request({
        requestId: 'D-004',
        step: 'Réponse positive',
        lastActionDate: '2026-11-01',
        civility: 'Monsieur',
        contactName: 'Durand',
      }),
      request({ requestId: 'D-005', step: 'Refusé', lastActionDate: '2026-10-01' }),
    ];
    const due = dueFollowUps(requests, '2026-11-05', 21);
    expect(due).toEqual([
      {
        requestId: 'D-001',
        collectivity: 'Mairie de Lyon',
        index: 0,
        kind: 'followUp',
        daysSinceLastAction: 35,
        summary: 'Mairie de Lyon — Espaces verts : sans réponse depuis 35 jours',
        suggestions: ['Rappeler Mme Martin au 04 78 12 34 56', 'Envoyer une relance écrite'],
      },
      {
        requestId: 'D-003',
        collectivity: 'Mairie de Lyon',
        index: 2,
        kind: 'followUp',
        daysSinceLastAction: 35,
        summary: 'Mairie de Lyon : sans réponse depuis 35 jours',
        suggestions: ['Envoyer une relance écrite'],
      },
      {
        requestId: 'D-004',
        collectivity: 'Mairie de Lyon',
        index: 3,
        kind: 'proposeMeeting',
        daysSinceLastAction: 4,
        summary: 'Mairie de Lyon — Espaces verts : réponse positive, proposez une rencontre',
        suggestions: ['Proposer une rencontre à M. Durand au 04 78 12 34 56 avant le début du stage'],
      },
    ]);
  });

  it('advises calling back after a call with no letter sent, never a « relance écrite » (guide, point 6)', () => {
    const [due] = dueFollowUps(
      [request({ step: 'Appel passé', lastActionDate: '2026-10-01', phone: '' })],
      '2026-11-05',
      21,
    );
    expect(due?.suggestions).toEqual(['Rappeler Mme Martin', 'Envoyer la demande écrite au maire']);
  });

  it('names the head the written request goes to, as the row gives the body and its head', () => {
    const written = (fields: Parameters<typeof request>[0]) =>
      dueFollowUps(
        [request({ step: 'Appel passé', lastActionDate: '2026-10-01', phone: '', ...fields })],
        '2026-11-05',
        21,
      )[0]?.suggestions[1];
    expect(
      written({ collectivity: 'Mairie de Bron', collectivityType: 'Commune', headCivility: 'Madame' }),
    ).toBe('Envoyer la demande écrite à la maire');
    expect(
      written({
        collectivity: 'Métropole de Lyon',
        collectivityType: 'Intercommunalité',
        headCivility: 'Madame',
      }),
    ).toBe('Envoyer la demande écrite à la présidente');
    expect(
      written({
        collectivity: 'Conseil régional de Bretagne',
        collectivityType: 'Région',
        headCivility: 'Inconnue',
      }),
    ).toBe('Envoyer la demande écrite au président');
    expect(
      written({
        collectivity: 'SDIS du Rhône',
        collectivityType: 'Autre organisme public',
        headCivility: '',
      }),
    ).toBe('Envoyer la demande écrite au maire ou au président');
  });

  it('says « 1 jour » in the singular', () => {
    const due = dueFollowUps(
      [request({ step: 'Appel passé', lastActionDate: '2026-11-04' })],
      '2026-11-05',
      1,
    );
    expect(due[0]?.summary).toBe('Mairie de Lyon — Espaces verts : sans réponse depuis 1 jour');
  });
});
