/** The sidebar's home: what it shows when it opens, and the shared settings. */
import * as z from 'zod/mini';
import { lazy } from '../../domain/lazy';
import { SettingsSchema } from '../../domain/settings';
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
