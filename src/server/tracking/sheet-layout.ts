/**
 * Where the add-on's columns are in a sheet: one read of the header row and one search of the
 * column developer metadata, whatever the number of rows. The domain (locateColumns) decides.
 */
import {
  COLUMN_METADATA_KEY,
  type ColumnDefinition,
  type ColumnMetadata,
  type Layout,
  locateColumns,
} from '../../domain/tracking';

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

export function readSheetLayout<K extends string>(
  sheet: Sheet,
  definitions: readonly ColumnDefinition<K>[],
): SheetLayout<K> {
  const lastColumn = sheet.getLastColumn();
  const header = lastColumn === 0 ? [] : (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []);
  return { header, layout: locateColumns(definitions, header, columnMetadata(sheet)) };
}

/** The whole column, the only range a column's developer metadata may be attached to. */
export function wholeColumn(sheet: Sheet, column: number): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(1, column, sheet.getMaxRows(), 1);
}
