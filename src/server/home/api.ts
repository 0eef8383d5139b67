/** The sidebar's home: what it shows when it opens, and the shared settings. */
import * as z from 'zod/mini';
import { SettingsSchema } from '../../domain/settings';
import { endpoint } from '../endpoint';
import { readSettings, writeSettings } from '../settings-store';

const NoPayload = z.optional(z.object({}));

/** What the sidebar shows when it opens. */
export const getHome = endpoint(NoPayload, () => ({
  workbookName: SpreadsheetApp.getActive().getName(),
  settings: readSettings(),
}));

/** Saves the settings shared by everyone working in the workbook. */
export const saveSettings = endpoint(SettingsSchema, (settings) => {
  writeSettings(settings);
  return settings;
});
