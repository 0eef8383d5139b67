/**
 * Where the add-on's columns are in a sheet: one read of the header row, and the column
 * developer metadata — searched only when the header changed since the last search (see
 * ../metadata-cache.ts), whatever the number of rows. The domain (locateColumns) decides.
 */
import {
  COLUMN_METADATA_KEY,
  type ColumnDefinition,
  type ColumnMetadata,
  type Layout,
  locateColumns,
} from '../../domain/tracking';
import { cachedSearch, fingerprintOf, rememberSearch } from '../metadata-cache';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetLayout<K extends string> {
  readonly header: unknown[];
  readonly layout: Layout<K>;
  /** The column metadata the layout was located with (cached or searched). */
  readonly metadata: ColumnMetadata[];
}

function columnMetadata(sheet: Sheet): ColumnMetadata[] {
  return sheet
    .createDeveloperMetadataFinder()
    .withKey(COLUMN_METADATA_KEY)
    .find()
    .flatMap((found) => {
      // Only column metadata locates a column; a row or sheet entry with our key is ignored.
      const column = found.getLocation().getColumn();
      return column === null
        ? []
        : [{ key: COLUMN_METADATA_KEY, value: found.getValue(), column: column.getColumn() }];
    });
}

/** The document property caching one table's column search: one per table, by its first column. */
export const layoutCacheKey = (definitions: readonly ColumnDefinition<string>[]) =>
  `stage.columns.${definitions[0]?.key ?? ''}`;

/**
 * The header's fingerprint, whatever the width it was read with (the last used column, the data
 * range, a whole row): trailing empty cells do not count.
 */
export function headerFingerprint(header: readonly unknown[]): string {
  let end = header.length;
  while (end > 0 && (header[end - 1] === '' || header[end - 1] === null)) end--;
  return fingerprintOf(header.slice(0, end));
}

/**
 * Locates the columns of `sheet`. `header` is its first row as wide as its last used column
 * (the first row of getDataRange().getValues(), read by the caller with the data); when absent
 * it is read here (getLastColumn, getRange, getValues).
 */
export function readSheetLayout<K extends string>(
  sheet: Sheet,
  definitions: readonly ColumnDefinition<K>[],
  header: unknown[] = readHeader(sheet),
): SheetLayout<K> {
  const metadata = cachedSearch(layoutCacheKey(definitions), headerFingerprint(header), () =>
    columnMetadata(sheet),
  );
  return { header, layout: locateColumns(definitions, header, metadata), metadata };
}

function readHeader(sheet: Sheet): unknown[] {
  const lastColumn = sheet.getLastColumn();
  return lastColumn === 0 ? [] : (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []);
}

/**
 * After the add-on labelled columns itself (set-up): the cache is written with what it knows,
 * so that the next operation does not search the metadata it just wrote (4 calls each).
 */
export function rememberLayout(
  definitions: readonly ColumnDefinition<string>[],
  header: readonly unknown[],
  metadata: readonly ColumnMetadata[],
): void {
  rememberSearch(layoutCacheKey(definitions), headerFingerprint(header), metadata);
}

/** The whole column, the only range a column's developer metadata may be attached to. */
export function wholeColumn(sheet: Sheet, column: number): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(1, column, sheet.getMaxRows(), 1);
}
