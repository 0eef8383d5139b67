import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP_DAYS, SettingsSchema, settingsFromStored } from '../../src/domain/settings';
import { validate } from '../../src/shared/validation';

describe('settings', () => {
  it('defaults the follow-up delay to the guide’s three weeks', () => {
    expect(DEFAULT_FOLLOW_UP_DAYS).toBe(21);
    expect(settingsFromStored(null)).toEqual({ followUpDays: 21 });
  });

  it('accepts a whole number of days from 1 to 90', () => {
    expect(validate(SettingsSchema, { followUpDays: 14 })).toEqual({ ok: true, value: { followUpDays: 14 } });
    expect(validate(SettingsSchema, { followUpDays: 1 }).ok).toBe(true);
    expect(validate(SettingsSchema, { followUpDays: 90 }).ok).toBe(true);
  });

  it.each([0, 91, 2.5, Number.NaN, '21', null])(
    'refuses %s with one French message on the field',
    (value) => {
      const result = validate(SettingsSchema, { followUpDays: value });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.fields).toEqual({ followUpDays: 'Indiquez un nombre entier de jours entre 1 et 90.' });
      expect(result.message).toBe('Certaines informations sont à corriger.');
    },
  );

  it('reads damaged or partial stored settings without failing', () => {
    expect(settingsFromStored('not json')).toEqual({ followUpDays: 21 });
    expect(settingsFromStored('{"followUpDays": 500}')).toEqual({ followUpDays: 21 });
    expect(settingsFromStored('{}')).toEqual({ followUpDays: 21 });
    expect(settingsFromStored('{"followUpDays": 10}')).toEqual({ followUpDays: 10 });
  });
});
