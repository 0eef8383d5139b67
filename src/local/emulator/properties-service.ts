/**
 * PropertiesService: document properties shared by every editor of the workbook, user
 * properties per person, script properties. Values are strings; the quotas page sets
 * "Properties value size 9 KB / val" and "Properties total storage 500 KB / property store"
 * (https://developers.google.com/apps-script/guides/services/quotas).
 */
import { counted } from './calls';
import type { EmulatedService, EmulatorContext } from './context';
import { fail } from './errors';

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;

export interface PropertiesState {
  document: Record<string, string>;
  script: Record<string, string>;
  users: Record<string, Record<string, string>>;
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function storeSize(store: Record<string, string>): number {
  let total = 0;
  for (const [key, value] of Object.entries(store)) total += bytes(key) + bytes(value);
  return total;
}

type GProperties = GoogleAppsScript.Properties.Properties;

class EmuProperties
  implements
    Pick<
      GProperties,
      | 'getProperty'
      | 'setProperty'
      | 'setProperties'
      | 'getProperties'
      | 'getKeys'
      | 'deleteProperty'
      | 'deleteAllProperties'
    >
{
  constructor(private readonly store: () => Record<string, string>) {}

  private put(next: Record<string, string>): void {
    for (const value of Object.values(next)) {
      if (bytes(value) > VALUE_LIMIT_BYTES) fail('Argument too large: value');
    }
    if (storeSize(next) > STORE_LIMIT_BYTES) {
      fail('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    const target = this.store();
    for (const key of Object.keys(target)) delete target[key];
    Object.assign(target, next);
  }

  getProperty(key: string): string | null {
    return this.store()[key] ?? null;
  }

  setProperty(key: string, value: string): GProperties {
    this.put({ ...this.store(), [key]: String(value) });
    return this as unknown as GProperties;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): GProperties {
    const next = deleteAllOthers ? {} : { ...this.store() };
    for (const [key, value] of Object.entries(properties)) next[key] = String(value);
    this.put(next);
    return this as unknown as GProperties;
  }

  getProperties(): { [key: string]: string } {
    return { ...this.store() };
  }

  getKeys(): string[] {
    return Object.keys(this.store());
  }

  deleteProperty(key: string): GProperties {
    delete this.store()[key];
    return this as unknown as GProperties;
  }

  deleteAllProperties(): GProperties {
    const store = this.store();
    for (const key of Object.keys(store)) delete store[key];
    return this as unknown as GProperties;
  }
}

export function createPropertiesService(
  ctx: EmulatorContext,
  state?: PropertiesState,
): EmulatedService<GoogleAppsScript.Properties.PropertiesService, PropertiesState> & {
  state: PropertiesState;
} {
  const data: PropertiesState = state ?? { document: {}, script: {}, users: {} };
  const wrap = (store: () => Record<string, string>) =>
    counted(new EmuProperties(store), 'Properties', ctx.calls) as unknown as GProperties;
  const userStore = () => {
    const email = ctx.activeUser();
    data.users[email] ??= {};
    return data.users[email];
  };
  const service = {
    getDocumentProperties: () => wrap(() => data.document),
    getUserProperties: () => wrap(userStore),
    getScriptProperties: () => wrap(() => data.script),
  } satisfies Partial<GoogleAppsScript.Properties.PropertiesService>;
  return {
    global: counted(
      service,
      'PropertiesService',
      ctx.calls,
    ) as unknown as GoogleAppsScript.Properties.PropertiesService,
    state: data,
    toJSON: () => data,
  };
}
