/**
 * PropertiesService: three key-value stores of strings.
 * https://developers.google.com/apps-script/reference/properties/properties-service
 * https://developers.google.com/apps-script/reference/properties/properties
 *
 * - Document properties are shared by every user of the document; null when the script is not
 *   bound to one. User properties belong to the person running the script. Script properties
 *   are shared by everyone.
 * - Values are strings: `setProperty('n', 3)` stores `'3'`.
 * - Limits (https://developers.google.com/apps-script/guides/services/quotas): "Properties value
 *   size 9 KB / val", "Properties total storage 500 KB / property store" (keys and values, UTF-8).
 *   A write that would exceed them throws and changes nothing.
 */
import { counted } from '../calls';
import type { EmulatedService, EmulatorContext } from '../context';
import { fail } from '../errors';
import { asGas } from '../runtime';
import { type ServicesOptions, utf8Length, withDefaults } from './common';

type GProperties = GoogleAppsScript.Properties.Properties;
type GPropertiesService = GoogleAppsScript.Properties.PropertiesService;
type Store = Record<string, string>;

export const PROPERTY_VALUE_MAX_BYTES = 9 * 1024;
export const PROPERTY_STORE_MAX_BYTES = 500 * 1024;

export interface PropertiesState {
  script: Store;
  document: Store;
  /** By user e-mail. */
  user: Record<string, Store>;
}

export type PropertyStoreName = 'script' | 'document' | 'user';

function storeSize(store: Store): number {
  let total = 0;
  for (const [k, v] of Object.entries(store)) total += utf8Length(k) + utf8Length(v);
  return total;
}

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
  constructor(private readonly store: () => Store) {}
  private get self(): GProperties {
    return asGas<GProperties>(this);
  }
  /** Replaces the store's content with `next` if it fits the limits. */
  private commit(next: Store, written: string[]): void {
    for (const key of written) {
      if (utf8Length(next[key] ?? '') > PROPERTY_VALUE_MAX_BYTES) fail('Argument too large: value');
    }
    if (storeSize(next) > PROPERTY_STORE_MAX_BYTES) {
      fail('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    const store = this.store();
    for (const key of Object.keys(store)) delete store[key];
    Object.assign(store, next);
  }
  getProperty(key: string): string | null {
    return Object.hasOwn(this.store(), key) ? (this.store()[key] ?? null) : null;
  }
  setProperty(key: string, value: string): GProperties {
    this.commit({ ...this.store(), [String(key)]: String(value) }, [String(key)]);
    return this.self;
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): GProperties {
    const next: Store = deleteAllOthers ? {} : { ...this.store() };
    for (const [k, v] of Object.entries(properties)) next[k] = String(v);
    this.commit(next, Object.keys(properties));
    return this.self;
  }
  getProperties(): { [key: string]: string } {
    return { ...this.store() };
  }
  getKeys(): string[] {
    return Object.keys(this.store());
  }
  deleteProperty(key: string): GProperties {
    delete this.store()[key];
    return this.self;
  }
  deleteAllProperties(): GProperties {
    const store = this.store();
    for (const key of Object.keys(store)) delete store[key];
    return this.self;
  }
}

export interface PropertiesHelpers {
  /** A copy of one store (the user store of `user`, by default the active user). Uncounted. */
  storeOf(name: PropertyStoreName, user?: string): Store;
  /** Bytes used by one store, as the 500 KB limit counts them. */
  bytesUsed(name: PropertyStoreName, user?: string): number;
}

export function createPropertiesService(
  ctx: EmulatorContext,
  state?: PropertiesState | null,
  options?: ServicesOptions,
): EmulatedService<GPropertiesService, PropertiesState> & PropertiesHelpers {
  const { boundToDocument } = withDefaults(options);
  const data: PropertiesState = state ? structuredClone(state) : { script: {}, document: {}, user: {} };
  const userStore = (email: string): Store => {
    data.user[email] ??= {};
    return data.user[email];
  };
  const pick = (name: PropertyStoreName, user = ctx.activeUser()): Store =>
    name === 'user' ? userStore(user) : data[name];
  const wrap = (store: () => Store): GProperties =>
    asGas<GProperties>(counted(new EmuProperties(store), 'Properties', ctx.calls));

  const service: Pick<
    GPropertiesService,
    'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
  > = {
    getDocumentProperties: () =>
      // "returns null if the script is not published as an add-on or bound to a container"
      boundToDocument ? wrap(() => data.document) : (null as unknown as GProperties),
    getScriptProperties: () => wrap(() => data.script),
    getUserProperties: () => {
      const email = ctx.activeUser();
      return wrap(() => userStore(email));
    },
  };

  return {
    global: asGas<GPropertiesService>(counted(service, 'PropertiesService', ctx.calls)),
    toJSON: () => structuredClone(data),
    storeOf: (name, user) => ({ ...pick(name, user) }),
    bytesUsed: (name, user) => storeSize(pick(name, user)),
  };
}
