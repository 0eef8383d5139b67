import type { Settings } from '../../domain/settings';
import { takeServed } from '../initial-data';
import { server } from '../rpc';

export interface HomeData {
  workbookName: string;
  settings: Settings;
}

/** The home: served in the page when the sidebar opens, asked for afterwards. */
export async function loadHome(): Promise<HomeData> {
  const result = takeServed('getHome') ?? (await server.getHome({}));
  if (!result.ok) throw new Error(result.message);
  return result.value;
}
