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
import { cachedSearch, fingerprintOf } from '../metadata-cache';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetLayout<K extends string> {
  readonly header: unknown[];
  readonly layout: Layout<K>;
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

export function readSheetLayout<K extends string>(
  sheet: Sheet,
  definitions: readonly ColumnDefinition<K>[],
): SheetLayout<K> {
  const lastColumn = sheet.getLastColumn();
  const header = lastColumn === 0 ? [] : (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []);
  const metadata = cachedSearch(layoutCacheKey(definitions), fingerprintOf(header), () =>
    columnMetadata(sheet),
  );
  return { header, layout: locateColumns(definitions, header, metadata) };
}

/** The whole column, the only range a column's developer metadata may be attached to. */
export function wholeColumn(sheet: Sheet, column: number): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(1, column, sheet.getMaxRows(), 1);
}
