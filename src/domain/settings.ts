import * as z from 'zod/mini';
import { isEmailAddress } from './email';
import { lazy } from './lazy';

/** The guide: « sans réponse après 3 semaines, rappeler la personne ou le service ». */
export const DEFAULT_FOLLOW_UP_DAYS = 21;

const FOLLOW_UP_DAYS_MESSAGE = 'Indiquez un nombre entier de jours entre 1 et 90.';

/** Settings shared by everyone who works in the workbook (stored in document properties). */
export const SettingsSchema = lazy(() =>
  z.object({
    followUpDays: z
      .int({ error: FOLLOW_UP_DAYS_MESSAGE })
      .check(z.gte(1, { error: FOLLOW_UP_DAYS_MESSAGE }), z.lte(90, { error: FOLLOW_UP_DAYS_MESSAGE })),
  }),
);

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { followUpDays: DEFAULT_FOLLOW_UP_DAYS };

/** Reads stored settings leniently: a damaged or older value falls back to the defaults. */
export function settingsFromStored(stored: string | null): Settings {
  if (stored === null) return DEFAULT_SETTINGS;
  try {
    const parsed = z.safeParse(z.partial(SettingsSchema), JSON.parse(stored));
    return parsed.success ? { ...DEFAULT_SETTINGS, ...parsed.data } : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export const COUNSELLOR_EMAIL_MESSAGE =
  'Indiquez une adresse de courriel valide, par exemple prenom.nom@francetravail.fr.';

/**
 * Working with the counsellor (issue 8), kept apart from the settings above so that saving one
 * form never resets the other. The reminder is a time-driven trigger owned by whoever turned it on.
 */
export const CounsellorSettingsSchema = lazy(() =>
  z.object({
    /** Used when the plan gives no e-mail for the counsellor. */
    counsellorEmail: z.string({ error: COUNSELLOR_EMAIL_MESSAGE }).check(
      z.trim(),
      z.maxLength(200, { error: COUNSELLOR_EMAIL_MESSAGE }),
      z.refine((text) => text === '' || isEmailAddress(text), { error: COUNSELLOR_EMAIL_MESSAGE }),
    ),
    reminderEnabled: z.boolean({ error: 'Choisissez oui ou non.' }),
    reminderCopyCounsellor: z.boolean({ error: 'Choisissez oui ou non.' }),
  }),
);

export type CounsellorSettings = z.infer<typeof CounsellorSettingsSchema>;

export const DEFAULT_COUNSELLOR_SETTINGS: CounsellorSettings = {
  counsellorEmail: '',
  reminderEnabled: false,
  reminderCopyCounsellor: false,
};

export function counsellorSettingsFromStored(stored: string | null): CounsellorSettings {
  if (stored === null) return DEFAULT_COUNSELLOR_SETTINGS;
  try {
    const parsed = z.safeParse(z.partial(CounsellorSettingsSchema), JSON.parse(stored));
    return parsed.success ? { ...DEFAULT_COUNSELLOR_SETTINGS, ...parsed.data } : DEFAULT_COUNSELLOR_SETTINGS;
  } catch {
    return DEFAULT_COUNSELLOR_SETTINGS;
  }
}
