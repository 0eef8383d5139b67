/**
 * Document properties (settings and the metadata caches), read at most once per execution: the
 * first read takes them all with one getProperties() and the rest of the execution reads that
 * snapshot; a write goes to Google and to the snapshot. The snapshot only lives inside
 * `withPropertiesSnapshot` (each public function opens one): outside of it every read asks
 * Google, so nothing stale can survive from one call to the next, even where a test calls the
 * server functions one after another in the same scope.
 */
type Properties = GoogleAppsScript.Properties.Properties;

interface Snapshot {
  properties: Properties | null;
  values: Record<string, string> | null;
}

let current: Snapshot | null = null;

function store(snapshot: Snapshot | null): Properties {
  if (snapshot === null) return PropertiesService.getDocumentProperties();
  snapshot.properties ??= PropertiesService.getDocumentProperties();
  return snapshot.properties;
}

/** Runs `work` with the properties read at most once (nested calls share the outer snapshot). */
export function withPropertiesSnapshot<T>(work: () => T): T {
  if (current !== null) return work();
  current = { properties: null, values: null };
  try {
    return work();
  } finally {
    current = null;
  }
}

export function readProperty(key: string): string | null {
  const snapshot = current;
  if (snapshot === null) return store(null).getProperty(key);
  snapshot.values ??= { ...store(snapshot).getProperties() };
  return snapshot.values[key] ?? null;
}

export function writeProperty(key: string, value: string): void {
  store(current).setProperty(key, value);
  if (current?.values) current.values[key] = value;
}

export function deleteProperty(key: string): void {
  store(current).deleteProperty(key);
  if (current?.values) delete current.values[key];
}
