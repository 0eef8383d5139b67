/**
 * The answers the server put in the page when it opened the sidebar (src/shared/initial-data.ts).
 * Each is taken once: the first time a component asks for it, it gets the served answer; any
 * later time (the section reopened, a refresh) it asks the server as usual.
 */
import { INITIAL_DATA_ID, type InitialData } from '../shared/initial-data';
import type { Result } from '../shared/result';
import type { Server } from './rpc';

let data: InitialData | null = null;

function served(): InitialData {
  if (data !== null) return data;
  data = {};
  const text = document.getElementById(INITIAL_DATA_ID)?.textContent;
  if (text) {
    try {
      data = JSON.parse(text) as InitialData;
    } catch {
      // A page without readable data: every answer is asked for.
    }
  }
  return data;
}

type Answer<K extends keyof Server> = Awaited<ReturnType<Server[K]>>;

/** The answer the page holds for `name`, once; undefined when it holds none (or gave it already). */
export function takeServed<K extends keyof Server>(name: K): Answer<K> | undefined {
  const all = served();
  const answer = all[name as string] as Result<unknown> | undefined;
  delete all[name as string];
  return answer as Answer<K> | undefined;
}
