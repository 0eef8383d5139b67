import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  type ConventionDetails,
  ConventionDetailsSchema,
  conventionIssues,
  isSiret,
  lastAllowedDay,
  luhn,
  siretProblem,
} from '../../../src/domain/convention';

const details: ConventionDetails = {
  requestId: 'D-004',
  dateStart: '2026-11-02',
  dateEnd: '2026-11-27',
  weekdays: [0, 1, 2, 3, 4],
  periods: [
    { start: '09:00', end: '12:00' },
    { start: '13:30', end: '17:00' },
  ],
  objective: 'discover',
};
const frame = { earliestStart: '2026-11-02', latestEnd: '2026-11-27', minor: false };
const messages = (d: Partial<ConventionDetails>, f: Partial<typeof frame> = {}) =>
  conventionIssues({ ...details, ...d }, { ...frame, ...f }).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('PMSMP checks before the link (Code du travail D5135-3, L3121-18, L3162-1)', () => {
  it('accepts four weeks of 32 h 30 inside the plan’s window', () => {
    expect(messages({})).toEqual([]);
  });

  it('keeps the dates inside the plan’s window, naming the plan’s own dates in words', () => {
    expect(messages({ dateStart: '2026-10-30' })).toEqual([
      'dateStart: Votre plan prévoit un début au plus tôt le 2 novembre 2026 : choisissez une date à partir de celle-ci, ou changez d’abord la période dans « Mon plan ».',
    ]);
    expect(messages({ dateEnd: '2026-11-30' }, { latestEnd: '2026-11-27' })[0]).toContain(
      'fin au plus tard le 27 novembre 2026',
    );
    expect(messages({ dateStart: '2026-10-30' }, { earliestStart: undefined })).toEqual([]);
  });

  it('refuses an end before the start', () => {
    expect(messages({ dateStart: '2026-11-10', dateEnd: '2026-11-09' })).toEqual([
      'dateEnd: La date de fin ne peut pas être avant la date de début : corrigez l’une des deux dates.',
    ]);
  });

  it('counts one month from date to date, and never more than 30 days', () => {
    expect(lastAllowedDay('2026-11-02')).toBe('2026-12-01');
    expect(lastAllowedDay('2027-02-01')).toBe('2027-02-28');
    expect(lastAllowedDay('2027-01-31')).toBe('2027-02-28');
    expect(lastAllowedDay('2026-12-15')).toBe('2027-01-13');
    // 1 January → 31 January is a month date to date but 31 days: the plan's 30 days hold.
    expect(lastAllowedDay('2027-01-01')).toBe('2027-01-30');
    expect(messages({ dateStart: '2026-11-02', dateEnd: '2026-12-02' }, { latestEnd: undefined })).toEqual([
      'dateEnd: Une PMSMP dure au plus un mois de date à date (article D5135-3 du Code du travail) : commencée le 2 novembre 2026, elle se termine au plus tard le 1er décembre 2026. Si besoin, la convention pourra être renouvelée une fois.',
    ]);
  });

  it('keeps 48 hours a week and 10 hours a day', () => {
    const long = [{ start: '08:00', end: '18:00' }];
    expect(messages({ periods: long, weekdays: [0, 1, 2, 3, 4] })).toEqual([
      'periods: Avec ces horaires, la semaine du 2 novembre 2026 compte 50 heures : une PMSMP ne peut pas dépasser 48 heures par semaine. Réduisez les horaires ou le nombre de jours.',
    ]);
    expect(messages({ periods: [{ start: '07:00', end: '18:00' }], weekdays: [0] })).toEqual([
      'periods: Ces horaires font 11 heures par jour : une journée compte au plus 10 heures (article L3121-18 du Code du travail).',
    ]);
  });

  it('holds a minor to 8 hours a day and 35 a week', () => {
    const minor = { minor: true };
    expect(messages({ periods: [{ start: '08:00', end: '16:30' }], weekdays: [0] }, minor)[0]).toContain(
      '8 h 30 par jour : avant 18 ans, une journée compte au plus 8 heures',
    );
    expect(messages({ periods: [{ start: '09:00', end: '16:30' }] }, minor)[0]).toContain(
      'compte 37 h 30 : avant 18 ans, une semaine compte au plus 35 heures',
    );
  });

  it('refuses periods out of order or overlapping, and days that never come', () => {
    expect(messages({ periods: [{ start: '12:00', end: '09:00' }] })).toEqual([
      'periods.0.end: L’heure de fin (09:00) doit venir après l’heure de début (12:00).',
    ]);
    expect(
      messages({
        periods: [
          { start: '09:00', end: '12:30' },
          { start: '12:00', end: '17:00' },
        ],
      })[0],
    ).toContain('se chevauchent');
    expect(messages({ dateStart: '2026-11-07', dateEnd: '2026-11-08' })).toEqual([
      'weekdays: Aucun des jours cochés ne tombe entre la date de début et la date de fin : cochez d’autres jours ou changez les dates.',
    ]);
  });
});

describe('the form’s schema', () => {
  it('needs exactly one of the three objectives, and says so in French', () => {
    const parsed = z.safeParse(ConventionDetailsSchema, { ...details, objective: 'both' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(
      'Choisissez l’objectif de la PMSMP : un seul des trois objectifs officiels figure sur la convention.',
    );
  });

  it('drops blank answers: an empty SIRET or e-mail is simply not given', () => {
    const parsed = z.parse(ConventionDetailsSchema, { ...details, siret: ' ', tutorEmail: '' });
    expect(parsed.siret).toBeUndefined();
    expect(parsed.tutorEmail).toBeUndefined();
  });

  it('refuses a SIRET that fails the Luhn check, with its French message', () => {
    const parsed = z.safeParse(ConventionDetailsSchema, { ...details, siret: '732 829 320 00075' });
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'siret',
        'Ce SIRET ne passe pas le contrôle de validité (clé de Luhn) : un chiffre a sans doute été mal recopié. Vérifiez-le auprès de la collectivité ou sur annuaire-entreprises.data.gouv.fr.',
      ],
    ]);
  });
});

describe('SIRET (Luhn, La Poste excepted)', () => {
  it('checks the key of the SIREN and of the SIRET', () => {
    expect(luhn('732829320')).toBe(true);
    expect(isSiret('732 829 320 00074')).toBe(true);
    expect(isSiret('73282932000075')).toBe(false);
    // A SIRET whose 14 digits pass but whose SIREN does not.
    expect(luhn('73282932100007')).toBe(true);
    expect(isSiret('73282932100007')).toBe(false);
  });

  it('asks for 14 digits', () => {
    expect(siretProblem('7328293200007')).toContain('Le SIRET compte 14 chiffres');
    expect(siretProblem('7328293200007A')).toContain('Le SIRET compte 14 chiffres');
  });

  it('accepts La Poste’s establishments, whose digits add up to a multiple of 5', () => {
    expect(isSiret('35600000000001')).toBe(true);
    // Its digits pass the Luhn check but do not add up to a multiple of 5.
    expect(isSiret('35600000000014')).toBe(false);
  });
});
