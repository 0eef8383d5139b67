/**
 * Document properties (settings and the metadata caches), read at most once per execution: the
 * first read takes them all with one getProperties() and the rest of the execution reads that
 * snapshot; a write goes to Google and to the snapshot. The snapshot only lives inside
 * `withPropertiesSnapshot` (each public function opens one): outside of it every read asks
 * Google, so nothing stale can survive from one call to the next, even where a test calls the
 * server functions one after another in the same scope.
 *
 * The snapshot is held by the execution's global object, not by this module: a part of the
 * add-on loaded on demand (./parts.ts) carries its own copy of this module, and a call from
 * Code.js into a part must share the snapshot Code.js opened.
 */
type Properties = GoogleAppsScript.Properties.Properties;

interface Snapshot {
  properties: Properties | null;
  values: Record<string, string> | null;
}

const SNAPSHOT = 'StageEnCollectivitePropertiesSnapshot';
const scope = globalThis as unknown as { [SNAPSHOT]?: Snapshot | null };

function store(snapshot: Snapshot | null): Properties {
  if (snapshot === null) return PropertiesService.getDocumentProperties();
  snapshot.properties ??= PropertiesService.getDocumentProperties();
  return snapshot.properties;
}

/** Runs `work` with the properties read at most once (nested calls share the outer snapshot). */
export function withPropertiesSnapshot<T>(work: () => T): T {
  if (scope[SNAPSHOT]) return work();
  scope[SNAPSHOT] = { properties: null, values: null };
  try {
    return work();
  } finally {
    scope[SNAPSHOT] = null;
  }
}

export function readProperty(key: string): string | null {
  const snapshot = scope[SNAPSHOT];
  if (!snapshot) return store(null).getProperty(key);
  snapshot.values ??= { ...store(snapshot).getProperties() };
  return snapshot.values[key] ?? null;
}

export function writeProperty(key: string, value: string): void {
  const snapshot = scope[SNAPSHOT] ?? null;
  store(snapshot).setProperty(key, value);
  if (snapshot?.values) snapshot.values[key] = value;
}

export function deleteProperty(key: string): void {
  const snapshot = scope[SNAPSHOT] ?? null;
  store(snapshot).deleteProperty(key);
  if (snapshot?.values) delete snapshot.values[key];
}
