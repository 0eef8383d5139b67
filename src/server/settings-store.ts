import {
  type CounsellorSettings,
  counsellorSettingsFromStored,
  type Settings,
  settingsFromStored,
} from '../domain/settings';

const KEY = 'stage.settings';

/** Settings live in document properties: shared by the job seeker and the counsellor. */
export function readSettings(): Settings {
  return settingsFromStored(PropertiesService.getDocumentProperties().getProperty(KEY));
}

export function writeSettings(settings: Settings): void {
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(settings));
}

const COUNSELLOR_KEY = 'stage.counsellor';

/** The counsellor's e-mail and the daily reminder's choices (document properties: shared). */
export function readCounsellorSettings(): CounsellorSettings {
  return counsellorSettingsFromStored(PropertiesService.getDocumentProperties().getProperty(COUNSELLOR_KEY));
}

export function writeCounsellorSettings(settings: CounsellorSettings): void {
  PropertiesService.getDocumentProperties().setProperty(COUNSELLOR_KEY, JSON.stringify(settings));
}
