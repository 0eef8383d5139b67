import type { Settings } from '../../domain/settings';
import { server } from '../rpc';

export interface HomeData {
  workbookName: string;
  settings: Settings;
}

export async function loadHome(): Promise<HomeData> {
  const result = await server.getHome({});
  if (!result.ok) throw new Error(result.message);
  return result.value;
}
