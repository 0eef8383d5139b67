import { afterEach, describe, expect, it } from 'vitest';
import { PLAN_SHEET_NAME } from '../../../src/domain/plan';
import { getPlan, savePlan } from '../../../src/server';
import { COMPLETE, ok, openWorkbook, type Workbook } from './helpers';

let wb: Workbook;
afterEach(() => wb.close());

const BAD = {
  conditions: {
    duration: { amount: 6, unit: 'weeks' },
    hoursPerWeek: 60,
    earliestStart: '2026-12-10',
    latestEnd: '2026-12-01',
  },
  contact: {
    me: { email: 'camille.exemple.fr', phone: '12 34', firstName: 'C'.repeat(101) },
    counsellor: { email: 'claire@' },
  },
};

describe('a refused save: French messages by field, nothing written', () => {
  it('answers a date that is not a day (« 03/11/2026 », « x ») with a French message, never an exception', () => {
    wb = openWorkbook();
    for (const [earliestStart, latestEnd] of [
      ['03/11/2026', '2026-12-20'],
      ['2026-11-03', 'x'],
    ]) {
      const result = savePlan({
        conditions: { earliestStart, latestEnd, duration: { amount: 2, unit: 'weeks' } },
      });
      expect(result).toMatchObject({ ok: false, message: 'Certaines informations sont à corriger.' });
      if (result.ok) return;
      expect(Object.values(result.fields)).toEqual([expect.stringMatching(/^Indiquez une date/)]);
    }
    expect(wb.emulator.spreadsheet.getSheetByName(PLAN_SHEET_NAME)).toBeNull();
  });

  it('names every wrong answer next to its field and creates no sheet', () => {
    wb = openWorkbook();
    const result = savePlan(BAD);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe('Certaines informations sont à corriger.');
    expect(result.fields).toEqual({
      'conditions.duration': expect.stringContaining(
        'Une PMSMP dure au plus un mois de date à date, soit 30 jours calendaires',
      ),
      'conditions.hoursPerWeek':
        'Une PMSMP ne peut pas dépasser 48 heures par semaine : indiquez 48 heures au plus.',
      'conditions.latestEnd':
        'La date de fin au plus tard ne peut pas être avant la date de début au plus tôt : corrigez l’une des deux dates.',
      'contact.me.email': 'Saisissez une adresse de courriel valide, par exemple prenom.nom@exemple.fr.',
      'contact.me.phone':
        'Saisissez un numéro de téléphone français à 10 chiffres, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.',
      'contact.me.firstName':
        'Ce texte ne peut pas dépasser 100 caractères (il en compte 101) : raccourcissez-le.',
      'contact.counsellor.email':
        'Saisissez une adresse de courriel valide, par exemple prenom.nom@exemple.fr.',
    });
    expect(wb.emulator.spreadsheet.getSheetByName(PLAN_SHEET_NAME)).toBeNull();
  });

  it('leaves a saved plan exactly as it was', () => {
    wb = openWorkbook();
    ok(savePlan(COMPLETE));
    const before = JSON.stringify(wb.emulator.toJSON());
    expect(savePlan({ ...COMPLETE, conditions: { hoursPerWeek: 49 } }).ok).toBe(false);
    expect(savePlan({ why: { objective: 'tout' } }).ok).toBe(false);
    expect(JSON.stringify(wb.emulator.toJSON())).toBe(before);
    expect(ok(getPlan({})).plan.conditions.hoursPerWeek).toBe(35);
  });

  it('answers with a French message when someone else is writing, and writes nothing', () => {
    wb = openWorkbook();
    const g = globalThis as unknown as { LockService: unknown };
    const real = g.LockService;
    g.LockService = {
      getDocumentLock: () => ({ tryLock: () => false, releaseLock: () => undefined, hasLock: () => false }),
    };
    try {
      const result = savePlan(COMPLETE);
      expect(result).toEqual({
        ok: false,
        message: 'Quelqu’un d’autre modifie le classeur, réessayez dans un instant.',
        fields: {},
      });
      expect(wb.emulator.spreadsheet.getSheetByName(PLAN_SHEET_NAME)).toBeNull();
    } finally {
      g.LockService = real;
    }
  });

  it('saves without a lock when the script is not bound to the workbook (getDocumentLock is null)', () => {
    wb = openWorkbook();
    const g = globalThis as unknown as { LockService: unknown };
    const real = g.LockService;
    g.LockService = { getDocumentLock: () => null };
    try {
      expect(ok(savePlan(COMPLETE)).created).toBe(true);
    } finally {
      g.LockService = real;
    }
  });
});
