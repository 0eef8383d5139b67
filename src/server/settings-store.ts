/**
 * Settings live in document properties: shared by the job seeker and the counsellor. Each kind
 * has its own key, so saving one never resets another, and is read leniently by its domain
 * (a damaged or older value falls back to the defaults).
 */
import { type AnnuaireSettings, annuaireSettingsFromStored } from '../domain/collectivites/annuaire';
import {
  type CounsellorSettings,
  counsellorSettingsFromStored,
  type Settings,
  settingsFromStored,
} from '../domain/settings';
import { readProperty, writeProperty } from './document-properties';

function documentSetting<T>(key: string, fromStored: (stored: string | null) => T) {
  return {
    read: (): T => fromStored(readProperty(key)),
    write: (value: T): void => writeProperty(key, JSON.stringify(value)),
  };
}

/** The follow-up delay. */
const general = documentSetting<Settings>('stage.settings', settingsFromStored);
/** The counsellor's e-mail and the daily reminder's choices. */
const counsellor = documentSetting<CounsellorSettings>('stage.counsellor', counsellorSettingsFromStored);
/** The opt-in completion from the API Annuaire. */
const annuaire = documentSetting<AnnuaireSettings>('stage.annuaire', annuaireSettingsFromStored);

export const readSettings = general.read;
export const writeSettings = general.write;
export const readCounsellorSettings = counsellor.read;
export const writeCounsellorSettings = counsellor.write;
export const readAnnuaireSettings = annuaire.read;
export const writeAnnuaireSettings = annuaire.write;
