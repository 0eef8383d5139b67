/**
 * The sheet's basic filter (one per sheet). Criteria are recorded, not applied to rows.
 * https://developers.google.com/apps-script/reference/spreadsheet/filter
 */
import { counted } from './calls';
import { fail } from './errors';
import { newRange } from './range';
import { type Api, asGas, sheetById } from './runtime';

type GFilter = GoogleAppsScript.Spreadsheet.Filter;

class EmuFilter implements Pick<GFilter, 'getRange' | 'remove' | 'getColumnFilterCriteria'> {
  constructor(
    readonly api: Api,
    readonly sheetId: number,
  ) {}
  private get grid() {
    const g = sheetById(this.api.rt, this.sheetId).filter;
    if (!g) fail('The filter has been removed.');
    return g;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return newRange(this.api, this.sheetId, { ...this.grid });
  }
  remove(): void {
    sheetById(this.api.rt, this.sheetId).filter = null;
  }
  getColumnFilterCriteria(_columnPosition: number): GoogleAppsScript.Spreadsheet.FilterCriteria | null {
    return null;
  }
}

export function newFilter(api: Api, sheetId: number): GFilter {
  return asGas<GFilter>(counted(new EmuFilter(api, sheetId), 'Filter', api.log));
}
