/**
 * The « Tableau de bord » sheet: found by the developer metadata the add-on put on it (a sheet
 * of the person's that happens to bear the name is never touched), written with one call per
 * property over the add-on's area, and the rows it wrote last time blanked when the area shrinks.
 */
import {
  DASHBOARD_COLUMN_WIDTHS,
  DASHBOARD_METADATA_KEY,
  DASHBOARD_SHEET_NAME,
  DASHBOARD_WIDTH,
  type DashboardSheet,
} from '../../domain/dashboard';
import { freeSheetName } from '../sheet-names';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DashboardTarget {
  readonly sheet: Sheet;
  readonly created: boolean;
  /** Rows the add-on wrote on the previous refresh (0 for a new sheet). */
  readonly previousRows: number;
  readonly metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
}

/** The add-on's dashboard sheet, or null before the first refresh. */
export function findDashboard(spreadsheet: Spreadsheet): DashboardTarget | null {
  for (const found of spreadsheet.createDeveloperMetadataFinder().withKey(DASHBOARD_METADATA_KEY).find()) {
    const sheet = found.getLocation().getSheet();
    if (sheet === null) continue;
    return { sheet, created: false, previousRows: Number(found.getValue()) || 0, metadata: found };
  }
  return null;
}

/** The add-on's dashboard sheet, created (second tab, after the plan) when there is none. */
export function dashboardTarget(spreadsheet: Spreadsheet): DashboardTarget {
  const existing = findDashboard(spreadsheet);
  if (existing !== null) return existing;
  const sheet = spreadsheet.insertSheet(
    freeSheetName(spreadsheet, DASHBOARD_SHEET_NAME),
    Math.min(1, spreadsheet.getNumSheets()),
  );
  sheet.addDeveloperMetadata(DASHBOARD_METADATA_KEY, '0');
  const [metadata] = sheet.getDeveloperMetadata();
  if (metadata === undefined) throw new Error('The dashboard metadata was not stored');
  for (const [i, width] of DASHBOARD_COLUMN_WIDTHS.entries()) sheet.setColumnWidth(i + 1, width);
  return { sheet, created: true, previousRows: 0, metadata };
}

/** Writes `content` over the add-on's area; rows written last time and not now are blanked. */
export function writeDashboard(target: DashboardTarget, content: DashboardSheet): void {
  const rows = Math.max(content.values.length, target.previousRows);
  const blankRow = <T>(fill: T): T[] => Array.from({ length: DASHBOARD_WIDTH }, () => fill);
  const padded = <T>(grid: T[][], fill: T): T[][] => [
    ...grid,
    ...Array.from({ length: rows - grid.length }, () => blankRow(fill)),
  ];
  const maxRows = target.sheet.getMaxRows();
  if (rows > maxRows) target.sheet.insertRowsAfter(maxRows, rows - maxRows);
  const range = target.sheet.getRange(1, 1, rows, DASHBOARD_WIDTH);
  // Formats first: a value written into a text-formatted cell would otherwise stay text.
  range.setNumberFormats(padded(content.numberFormats, '@'));
  range.setValues(padded(content.values, ''));
  range.setFontWeights(padded(content.fontWeights, 'normal'));
  range.setBackgrounds(padded(content.backgrounds, null));
  range.setWraps(
    padded(
      content.values.map((r) => r.map(() => true)),
      true,
    ),
  );
  target.metadata.setValue(String(content.values.length));
}
