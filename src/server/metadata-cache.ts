/**
 * The add-on finds its columns and rows by developer metadata, which follows them when a person
 * moves them; but each metadata entry costs four service calls to read (value, location, row or
 * column, index). What the search finds is therefore cached in document properties together
 * with a fingerprint of what a person can change by hand (the header texts, the question
 * labels, the sheet): while the fingerprint holds, one property read replaces the search.
 * A moved, inserted, deleted or renamed column or row changes the fingerprint and searches again.
 */

import { deleteProperty, readProperty, writeProperty } from './document-properties';

/** Properties values are limited to 9 KB; a larger cache entry is simply not kept. */
const MAX_ENTRY_BYTES = 8000;

/** FNV-1a, 32 bits: a short fingerprint, enough to tell one layout from another. */
export function fingerprintOf(values: readonly unknown[]): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(values);
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

interface Entry<T> {
  f: string;
  v: T;
}

/** The cached result of `search` while `fingerprint` holds; otherwise searches and caches. */
export function cachedSearch<T>(key: string, fingerprint: string, search: () => T): T {
  const stored = readProperty(key);
  if (stored !== null) {
    try {
      const entry = JSON.parse(stored) as Entry<T>;
      if (entry.f === fingerprint) return entry.v;
    } catch {
      // A damaged entry is searched again and replaced.
    }
  }
  const value = search();
  rememberSearch(key, fingerprint, value);
  return value;
}

/**
 * Caches what a search would find, without searching: the add-on itself just wrote the
 * metadata (a sheet it created), so it knows where they are. Skipped when the value is the
 * cached one already.
 */
export function rememberSearch<T>(key: string, fingerprint: string, value: T): void {
  const text = JSON.stringify({ f: fingerprint, v: value } satisfies Entry<T>);
  if (text.length > MAX_ENTRY_BYTES) forgetSearch(key);
  else if (readProperty(key) !== text) writeProperty(key, text);
}

/** Forgets a cached search (after the add-on itself adds metadata it does not list). */
export function forgetSearch(key: string): void {
  if (readProperty(key) !== null) deleteProperty(key);
}
