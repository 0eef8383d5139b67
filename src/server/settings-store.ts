import { type Settings, settingsFromStored } from '../domain/settings';

const KEY = 'stage.settings';

/** Settings live in document properties: shared by the job seeker and the counsellor. */
export function readSettings(): Settings {
  return settingsFromStored(PropertiesService.getDocumentProperties().getProperty(KEY));
}

export function writeSettings(settings: Settings): void {
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(settings));
}
