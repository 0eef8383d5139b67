/**
 * Developer metadata: key/value pairs attached to the spreadsheet, a sheet, or whole rows or
 * columns. Row and column metadata stays with its row or column when others are inserted or
 * deleted before it, and is deleted with it (model.shiftDimension).
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
 */
import { counted } from './calls';
import { fail } from './errors';
import { type MetadataLocation, type MetadataState, nextId, type WorkbookState } from './model';
import { newRange } from './range';
import { type Api, asGas, sheetById } from './runtime';
import { newSheet } from './sheet';
import { newSpreadsheet } from './spreadsheet';

type GMeta = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type GLocation = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
type GVisibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
type GLocationType = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;

export type MetadataOwner = MetadataLocation;

const VISIBILITIES = new Set(['DOCUMENT', 'PROJECT']);

/** Handles the four overloads: (key), (key, visibility), (key, value), (key, value, visibility). */
export function addMetadata(
  state: WorkbookState,
  location: MetadataLocation,
  key: string,
  valueOrVisibility?: unknown,
  visibility?: unknown,
): MetadataState {
  let value: string | null = null;
  let vis = 'DOCUMENT';
  if (visibility !== undefined) {
    value = String(valueOrVisibility);
    vis = String(visibility);
  } else if (valueOrVisibility !== undefined) {
    if (VISIBILITIES.has(String(valueOrVisibility))) vis = String(valueOrVisibility);
    else value = String(valueOrVisibility);
  }
  const m: MetadataState = {
    id: nextId(state),
    key,
    value,
    visibility: vis as MetadataState['visibility'],
    location: structuredClone(location),
  };
  state.metadata.push(m);
  return m;
}

type MetaMethods =
  | 'getId'
  | 'getKey'
  | 'getValue'
  | 'getVisibility'
  | 'getLocation'
  | 'setKey'
  | 'setValue'
  | 'setVisibility'
  | 'remove'
  | 'moveToColumn'
  | 'moveToRow';

export class EmuDeveloperMetadata implements Pick<GMeta, MetaMethods> {
  constructor(
    readonly api: Api,
    readonly id: number,
  ) {}
  private get self(): GMeta {
    return asGas<GMeta>(this);
  }
  private get data(): MetadataState {
    const m = this.api.rt.state.metadata.find((x) => x.id === this.id);
    if (!m) fail('The developer metadata has been removed.');
    return m;
  }
  getId(): number {
    return this.id;
  }
  getKey(): string {
    return this.data.key;
  }
  getValue(): string | null {
    return this.data.value;
  }
  getVisibility(): GVisibility {
    return this.data.visibility as unknown as GVisibility;
  }
  getLocation(): GLocation {
    return asGas<GLocation>(
      counted(
        new EmuMetadataLocation(this.api, this.data.location),
        'DeveloperMetadataLocation',
        this.api.log,
      ),
    );
  }
  setKey(key: string): GMeta {
    this.data.key = key;
    return this.self;
  }
  setValue(value: string): GMeta {
    this.data.value = value;
    return this.self;
  }
  setVisibility(visibility: GVisibility): GMeta {
    this.data.visibility = String(visibility) as MetadataState['visibility'];
    return this.self;
  }
  remove(): void {
    const state = this.api.rt.state;
    state.metadata = state.metadata.filter((m) => m.id !== this.id);
  }
  moveToColumn(column: GoogleAppsScript.Spreadsheet.Range): GMeta {
    const r = column as unknown as { sheetId: number; grid: { col: number; numCols: number } };
    this.data.location = { type: 'COLUMN', sheetId: r.sheetId, start: r.grid.col, count: r.grid.numCols };
    return this.self;
  }
  moveToRow(row: GoogleAppsScript.Spreadsheet.Range): GMeta {
    const r = row as unknown as { sheetId: number; grid: { row: number; numRows: number } };
    this.data.location = { type: 'ROW', sheetId: r.sheetId, start: r.grid.row, count: r.grid.numRows };
    return this.self;
  }
}

class EmuMetadataLocation
  implements Pick<GLocation, 'getColumn' | 'getRow' | 'getSheet' | 'getSpreadsheet' | 'getLocationType'>
{
  constructor(
    readonly api: Api,
    readonly loc: MetadataLocation,
  ) {}
  getLocationType(): GLocationType {
    return this.loc.type as unknown as GLocationType;
  }
  /** The whole column(s) where the metadata is now, after any insertion or deletion. */
  getColumn(): GoogleAppsScript.Spreadsheet.Range | null {
    if (this.loc.type !== 'COLUMN') return null;
    const sheet = sheetById(this.api.rt, this.loc.sheetId);
    return newRange(this.api, sheet.id, {
      row: 1,
      col: this.loc.start,
      numRows: sheet.maxRows,
      numCols: this.loc.count,
    });
  }
  getRow(): GoogleAppsScript.Spreadsheet.Range | null {
    if (this.loc.type !== 'ROW') return null;
    const sheet = sheetById(this.api.rt, this.loc.sheetId);
    return newRange(this.api, sheet.id, {
      row: this.loc.start,
      col: 1,
      numRows: this.loc.count,
      numCols: sheet.maxColumns,
    });
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    return 'sheetId' in this.loc ? newSheet(this.api, this.loc.sheetId) : null;
  }
  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    return this.loc.type === 'SPREADSHEET' ? newSpreadsheet(this.api) : null;
  }
}

export function newMetadata(api: Api, id: number): GMeta {
  return asGas<GMeta>(counted(new EmuDeveloperMetadata(api, id), 'DeveloperMetadata', api.log));
}

type FinderMethods = 'find' | 'withId' | 'withKey' | 'withValue' | 'withLocationType' | 'withVisibility';

class EmuMetadataFinder implements Pick<GFinder, FinderMethods> {
  private readonly filters: Array<(m: MetadataState) => boolean> = [];
  constructor(
    readonly api: Api,
    scope: (m: MetadataState) => boolean,
  ) {
    this.filters.push(scope);
  }
  private add(f: (m: MetadataState) => boolean): GFinder {
    this.filters.push(f);
    return asGas<GFinder>(this);
  }
  find(): GMeta[] {
    return this.api.rt.state.metadata
      .filter((m) => this.filters.every((f) => f(m)))
      .map((m) => newMetadata(this.api, m.id));
  }
  withId(id: number): GFinder {
    return this.add((m) => m.id === id);
  }
  withKey(key: string): GFinder {
    return this.add((m) => m.key === key);
  }
  withValue(value: string): GFinder {
    return this.add((m) => m.value === value);
  }
  withLocationType(locationType: GLocationType): GFinder {
    return this.add((m) => m.location.type === String(locationType));
  }
  withVisibility(visibility: GVisibility): GFinder {
    return this.add((m) => m.visibility === String(visibility));
  }
}

export function newMetadataFinder(api: Api, scope: (m: MetadataState) => boolean): GFinder {
  return asGas<GFinder>(counted(new EmuMetadataFinder(api, scope), 'DeveloperMetadataFinder', api.log));
}
