/** The sidebar's home: what it shows when it opens, and the shared settings. */
import * as z from 'zod/mini';
import { lazy } from '../../domain/lazy';
import { SettingsSchema } from '../../domain/settings';
import { counsellorOf, readPlan } from '../dashboard/sharing';
import { endpoint } from '../endpoint';
import { readSettings, writeSettings } from '../settings-store';
import { withDocumentLock } from '../tracking/document-lock';
import { refreshFollowUpColours } from '../tracking/set-up';

const NoPayload = lazy(() => z.optional(z.object({})));

/** What the sidebar shows when it opens. */
export const getHome = endpoint(
  () => NoPayload,
  () => ({
    workbookName: SpreadsheetApp.getActive().getName(),
    settings: readSettings(),
  }),
);

/** Saves the settings shared by everyone working in the workbook. */
export const saveSettings = endpoint(
  () => SettingsSchema,
  (settings) => {
    writeSettings(settings);
    // The delay lives in the tracking table's colour rules too: rewrite the add-on's rules only.
    withDocumentLock(() => refreshFollowUpColours(SpreadsheetApp.getActive(), settings.followUpDays));
    return settings;
  },
);

/** What « Aide » shows about the counsellor: the plan's contact, the settings' e-mail filling in. */
export interface HelpView {
  readonly counsellor: { readonly name: string; readonly email: string; readonly agency: string };
}

/** « Aide »: how to reach one's counsellor. Reads the plan sheet once and one property. */
export const getHelp = endpoint(
  () => NoPayload,
  (): HelpView => {
    const spreadsheet = SpreadsheetApp.getActive();
    const plan = readPlan(spreadsheet);
    const { name, email } = counsellorOf(spreadsheet, plan);
    return { counsellor: { name, email, agency: plan?.contact.counsellor.agency?.trim() ?? '' } };
  },
);
