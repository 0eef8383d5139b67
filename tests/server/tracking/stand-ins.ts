import type { Emulator } from '../../../src/local/emulator';

/**
 * Until the emulator wires PropertiesService, LockService and Session (another engineer is
 * adding them under src/local/emulator/services), minimal stand-ins take their place: settings
 * in memory, the active user's e-mail, and a lock that is always free (no contention).
 */
export function standIns(emulator: Emulator): Record<string, unknown> {
  const missing: Record<string, unknown> = {};
  const g = emulator.globals as unknown as Record<string, unknown>;
  if (g.PropertiesService === undefined) {
    const store = new Map<string, string>();
    const properties = {
      getProperty: (key: string) => store.get(key) ?? null,
      setProperty: (key: string, value: string) => {
        store.set(key, value);
        return properties;
      },
    };
    missing.PropertiesService = { getDocumentProperties: () => properties };
  }
  if (g.Session === undefined) {
    missing.Session = { getActiveUser: () => ({ getEmail: () => emulator.ctx.activeUser() }) };
  }
  if (g.LockService === undefined) {
    const lock = {
      tryLock: () => true,
      waitLock: () => undefined,
      releaseLock: () => undefined,
      hasLock: () => true,
    };
    missing.LockService = { getDocumentLock: () => lock };
  }
  return missing;
}
