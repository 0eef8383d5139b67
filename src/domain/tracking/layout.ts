/**
 * Where each known column is. The counsellor may move, rename or insert columns: a column is
 * found by the developer metadata the add-on put on it, then by its header, and a missing one
 * is appended after the last used column, never written over an existing one.
 */
import { COLUMN_METADATA_KEY, type ColumnDefinition } from './columns';
import { normaliseLabel } from './text';

/** One developer metadata found on a column (Apps Script: getKey, getValue, getLocation().getColumn().getColumn()). */
export interface ColumnMetadata {
  readonly key: string;
  readonly value: string | null;
  /** 1-based column, as Apps Script counts. */
  readonly column: number;
}

export interface LocatedColumn<K extends string> {
  readonly key: K;
  /** 1-based column. */
  readonly column: number;
  readonly foundBy: 'metadata' | 'header' | 'appended';
}

export interface Layout<K extends string> {
  /** Every known column, 1-based, after the missing ones are appended. */
  readonly columns: Readonly<Record<K, number>>;
  readonly located: readonly LocatedColumn<K>[];
  /** Known columns absent from the sheet, with the column where they must be created. */
  readonly missing: readonly { key: K; column: number; header: string }[];
  /** Columns found by header only: attach COLUMN_METADATA_KEY = key so a later rename keeps them. */
  readonly metadataToAdd: readonly { key: K; column: number }[];
  /** Width the sheet needs once the missing columns are appended. */
  readonly width: number;
}

/**
 * Locates `definitions` in a sheet. `header` is the whole first row, as wide as the sheet's
 * last used column (getRange(1, 1, 1, getLastColumn()).getValues()[0]) so that appended columns
 * land after anything the user keeps there, even under an empty header.
 */
export function locateColumns<K extends string>(
  definitions: readonly ColumnDefinition<K>[],
  header: readonly unknown[],
  metadata: readonly ColumnMetadata[],
): Layout<K> {
  const known = new Map<string, ColumnDefinition<K>>(definitions.map((d) => [d.key, d]));
  const found = new Map<K, LocatedColumn<K>>();
  const taken = new Set<number>();

  // Leftmost first: if the user copied a column, its metadata was copied too, and the original
  // is the one further left in every case we could think of (a copy is pasted to the right).
  const ours = metadata
    .filter((m) => m.key === COLUMN_METADATA_KEY && m.value !== null && known.has(m.value) && m.column >= 1)
    .sort((a, b) => a.column - b.column);
  for (const entry of ours) {
    const key = entry.value as K;
    if (found.has(key) || taken.has(entry.column)) continue;
    found.set(key, { key, column: entry.column, foundBy: 'metadata' });
    taken.add(entry.column);
  }

  const headers = header.map((cell) => (typeof cell === 'string' ? normaliseLabel(cell) : ''));
  const metadataToAdd: { key: K; column: number }[] = [];
  for (const definition of definitions) {
    if (found.has(definition.key)) continue;
    const names = new Set([definition.header, ...definition.aliases].map(normaliseLabel));
    const index = headers.findIndex((h, i) => h !== '' && names.has(h) && !taken.has(i + 1));
    if (index < 0) continue;
    found.set(definition.key, { key: definition.key, column: index + 1, foundBy: 'header' });
    taken.add(index + 1);
    metadataToAdd.push({ key: definition.key, column: index + 1 });
  }

  let next = Math.max(header.length, ...[...taken]) + 1;
  const missing: { key: K; column: number; header: string }[] = [];
  for (const definition of definitions) {
    if (found.has(definition.key)) continue;
    const column = next++;
    missing.push({ key: definition.key, column, header: definition.header });
    found.set(definition.key, { key: definition.key, column, foundBy: 'appended' });
  }

  const located = definitions.map((d) => found.get(d.key) as LocatedColumn<K>);
  const columns = Object.fromEntries(located.map((l) => [l.key, l.column])) as Record<K, number>;
  return { columns, located, missing, metadataToAdd, width: next - 1 };
}

/** "A", "Z", "AA"… for a 1-based column. */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new Error(`Not a column: ${column}`);
  let letters = '';
  let rest = column;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}
