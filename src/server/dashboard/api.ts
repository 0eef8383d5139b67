/** The sidebar's API for working with the counsellor: dashboard, sharing, protections, daily reminder. */
import * as z from 'zod/mini';
import { EMAIL_PATTERN } from '../../domain/email';
import { lazy } from '../../domain/lazy';
import { type CounsellorSettings, CounsellorSettingsSchema } from '../../domain/settings';
import { UserError } from '../../shared/validation';
import { endpoint } from '../endpoint';
import { readCounsellorSettings, writeCounsellorSettings } from '../settings-store';
import { withDocumentLock } from '../tracking/document-lock';
import { currentAuthor } from '../tracking/workbook';
import { protectStructure } from './protections';
import { refreshDashboardSheet } from './refresh';
import { hasReminderTrigger, installReminder, removeReminder } from './reminder';
import { counsellorOf, isEditor, shareWith } from './sharing';

const NoPayload = lazy(() => z.optional(z.object({})));
const EMAIL_MESSAGE = 'Indiquez une adresse de courriel valide, par exemple prenom.nom@francetravail.fr.';

/** What the « Conseiller » section and the reminder settings show. */
export interface CounsellorView {
  readonly counsellorName: string;
  readonly counsellorEmail: string;
  readonly emailSource: 'plan' | 'settings' | null;
  /** True when the counsellor is already an editor of the workbook. */
  readonly shared: boolean;
  readonly settings: CounsellorSettings;
  /** The person looking at the sidebar owns the reminder's trigger. */
  readonly reminderInstalledForMe: boolean;
  readonly me: string;
}

function counsellorView(): CounsellorView {
  const spreadsheet = SpreadsheetApp.getActive();
  const counsellor = counsellorOf(spreadsheet);
  return {
    counsellorName: counsellor.name,
    counsellorEmail: counsellor.email,
    emailSource: counsellor.source,
    shared: counsellor.email !== '' && isEditor(spreadsheet, counsellor.email),
    settings: readCounsellorSettings(),
    reminderInstalledForMe: hasReminderTrigger(),
    me: currentAuthor(),
  };
}

/** « Actualiser le tableau de bord ». */
export const refreshDashboard = endpoint(
  () => NoPayload,
  () => withDocumentLock(() => refreshDashboardSheet(SpreadsheetApp.getActive())),
);

export const getCounsellor = endpoint(
  () => NoPayload,
  () => counsellorView(),
);

/** « Partager le classeur », only after the sidebar asked for confirmation. */
export const shareWithCounsellor = endpoint(
  () =>
    z.object({
      email: z
        .string({ error: EMAIL_MESSAGE })
        .check(z.trim(), z.regex(EMAIL_PATTERN, { error: EMAIL_MESSAGE })),
      confirmed: z.literal(true, { error: 'Confirmez le partage avant de continuer.' }),
    }),
  ({ email }) =>
    withDocumentLock(() => {
      const report = shareWith(SpreadsheetApp.getActive(), email);
      // An address typed in the sidebar is kept for next time when the plan has none.
      const settings = readCounsellorSettings();
      if (counsellorOf(SpreadsheetApp.getActive()).source !== 'plan' && settings.counsellorEmail !== email) {
        writeCounsellorSettings({ ...settings, counsellorEmail: email });
      }
      return report;
    }),
);

/** « Protéger la structure »: warning-only protections, never stacked. */
export const protectWorkbook = endpoint(
  () => NoPayload,
  () =>
    withDocumentLock(() => {
      const report = protectStructure(SpreadsheetApp.getActive());
      const message =
        report.added === 0
          ? 'La structure était déjà protégée : rien à changer.'
          : 'Les en-têtes, les numéros des demandes et les questions du plan sont protégés par un simple avertissement.';
      return { ...report, message };
    }),
);

/** The counsellor's e-mail and the daily reminder: saved, then the caller's trigger installed or removed. */
export const saveCounsellorSettings = endpoint(
  () => CounsellorSettingsSchema,
  (settings) => {
    if (settings.reminderCopyCounsellor && settings.reminderEnabled) {
      const known = settings.counsellorEmail || counsellorOf(SpreadsheetApp.getActive()).email;
      if (known === '') {
        throw new UserError(
          'Indiquez l’adresse de courriel de votre conseiller ou conseillère pour le mettre en copie.',
          'counsellorEmail',
        );
      }
    }
    withDocumentLock(() => {
      writeCounsellorSettings(settings);
      if (settings.reminderEnabled) installReminder();
      else removeReminder();
    });
    return counsellorView();
  },
);
