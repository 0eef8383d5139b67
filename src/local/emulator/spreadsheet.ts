/**
 * Spreadsheet and the SpreadsheetApp global.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 */
import { parseA1, splitSheetName } from './a1';
import { counted } from './calls';
import { newConditionalFormatRuleBuilder } from './conditional-format';
import { isValid, newDataValidationBuilder } from './data-validation';
import { addMetadata, newMetadataFinder } from './developer-metadata';
import {
  BooleanCriteria,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  Direction,
  ProtectionType,
  WrapStrategy,
} from './enums';
import { fail } from './errors';
import type { OnEditEvent } from './events';
import { newFilterCriteriaBuilder } from './filter';
import { type CellState, type CellValue, cellAt, cellForWrite, newSheetState, nextId } from './model';
import { newRange } from './range';
import { type Api, asGas, sheetById } from './runtime';
import { checkGrid, newSheet } from './sheet';
import { newUi } from './ui';
import { readCell, typingContext, writeCell } from './values';

type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GUser = GoogleAppsScript.Base.User;

type SpreadsheetMethods =
  | 'addDeveloperMetadata'
  | 'addEditor'
  | 'addEditors'
  | 'createDeveloperMetadataFinder'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getDeveloperMetadata'
  | 'getEditors'
  | 'getId'
  | 'getName'
  | 'getNumSheets'
  | 'getOwner'
  | 'getRange'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'setSpreadsheetLocale'
  | 'getUrl'
  | 'insertSheet'
  | 'deleteSheet'
  | 'rename'
  | 'setActiveSheet'
  | 'setSpreadsheetTimeZone'
  | 'toast';

export function user(email: string): GUser {
  return asGas<GUser>({ getEmail: () => email, getUserLoginId: () => email, toString: () => email });
}

export function newSpreadsheet(api: Api): GSpreadsheet {
  return asGas<GSpreadsheet>(counted(new EmuSpreadsheet(api), 'Spreadsheet', api.log));
}

export interface UserEditResult {
  /** False when data validation rejected the value (the cell is unchanged). */
  accepted: boolean;
  /** Sheets' message: the rejection, or the warning a warning-only protection shows. */
  message: string | null;
  /** The event to pass to onEdit(e) when accepted. */
  event: OnEditEvent | null;
}

export class EmuSpreadsheet implements Pick<GSpreadsheet, SpreadsheetMethods> {
  constructor(readonly api: Api) {}
  private get state() {
    return this.api.rt.state;
  }
  getId(): string {
    return this.state.id;
  }
  getName(): string {
    return this.state.name;
  }
  rename(newName: string): void {
    this.state.name = newName;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.state.id}/edit`;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetLocale() */
  getSpreadsheetLocale(): string {
    return this.state.locale ?? 'fr_FR';
  }
  setSpreadsheetLocale(locale: string): void {
    this.state.locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.state.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.state.timeZone = timezone;
  }
  getOwner(): GUser | null {
    return user(this.state.owner);
  }
  getEditors(): GUser[] {
    return this.state.editors.map(user);
  }
  addEditor(emailOrUser: string | GUser): GSpreadsheet {
    const email = typeof emailOrUser === 'string' ? emailOrUser : emailOrUser.getEmail();
    if (!this.state.editors.includes(email)) this.state.editors.push(email);
    return asGas<GSpreadsheet>(this);
  }
  addEditors(emailAddresses: string[]): GSpreadsheet {
    for (const e of emailAddresses) this.addEditor(e);
    return asGas<GSpreadsheet>(this);
  }
  getSheets(): GSheet[] {
    return this.state.sheets.map((s) => newSheet(this.api, s.id));
  }
  getNumSheets(): number {
    return this.state.sheets.length;
  }
  getSheetByName(name: string): GSheet | null {
    const s = this.state.sheets.find((x) => x.name === name);
    return s ? newSheet(this.api, s.id) : null;
  }
  getSheetById(id: number): GSheet | null {
    const s = this.state.sheets.find((x) => x.id === id);
    return s ? newSheet(this.api, s.id) : null;
  }
  insertSheet(nameOrIndex?: unknown, index?: unknown): GSheet {
    const state = this.state;
    let name: string | null = typeof nameOrIndex === 'string' ? nameOrIndex : null;
    const position = typeof nameOrIndex === 'number' ? nameOrIndex : typeof index === 'number' ? index : null;
    if (name !== null && state.sheets.some((s) => s.name.toLowerCase() === name!.toLowerCase())) {
      fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const id = nextId(state);
    if (name === null) {
      let n = state.sheets.length + 1;
      while (state.sheets.some((s) => s.name === `Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const sheet = newSheetState(id, name);
    // Without an index Google inserts after the active sheet; with one, at that 0-based index.
    const activeIndex = state.sheets.findIndex((s) => s.id === state.activeSheetId);
    const at = position ?? activeIndex + 1;
    state.sheets.splice(Math.max(0, Math.min(at, state.sheets.length)), 0, sheet);
    state.activeSheetId = id;
    return newSheet(this.api, id);
  }
  deleteSheet(sheet: GSheet): void {
    const id = (sheet as unknown as { sheetId: number }).sheetId;
    if (this.state.sheets.length === 1) fail("You can't remove all the sheets in a document.");
    this.state.sheets = this.state.sheets.filter((s) => s.id !== id);
    this.state.metadata = this.state.metadata.filter(
      (m) => !('sheetId' in m.location) || m.location.sheetId !== id,
    );
    if (this.state.activeSheetId === id) this.state.activeSheetId = this.state.sheets[0]!.id;
  }
  getActiveSheet(): GSheet {
    return newSheet(this.api, sheetById(this.api.rt, this.state.activeSheetId).id);
  }
  setActiveSheet(sheet: GSheet): GSheet {
    const id = (sheet as unknown as { sheetId: number }).sheetId;
    sheetById(this.api.rt, id);
    this.state.activeSheetId = id;
    return newSheet(this.api, id);
  }
  getActiveRange(): GRange | null {
    const sel = this.state.activeRange;
    if (!sel || !this.state.sheets.some((s) => s.id === sel.sheetId)) return null;
    return newRange(this.api, sel.sheetId, { ...sel.range });
  }
  getRange(a1Notation: string): GRange {
    const { sheet: name, ref } = splitSheetName(a1Notation);
    const sheet =
      name === null
        ? sheetById(this.api.rt, this.state.activeSheetId)
        : this.state.sheets.find((s) => s.name === name);
    if (!sheet) fail(`Range not found`);
    const grid = parseA1(ref, sheet.maxRows, sheet.maxColumns);
    checkGrid(sheet, grid);
    return newRange(this.api, sheet.id, grid);
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.api.rt.ui.toasts.push({
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? null,
    });
  }
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): GSpreadsheet {
    addMetadata(this.state, { type: 'SPREADSHEET' }, key, valueOrVisibility, visibility);
    return asGas<GSpreadsheet>(this);
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return newMetadataFinder(this.api, () => true);
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return newMetadataFinder(this.api, (m) => m.location.type === 'SPREADSHEET').find();
  }

  /** Selects a cell or rows the way a person clicking in the grid would (preview, tests). */
  _select(sheetName: string, row: number, col = 1, numRows = 1, numCols = 1): void {
    const sheet = this.state.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`No sheet named ${sheetName}`);
    this.state.activeSheetId = sheet.id;
    this.state.activeRange = { sheetId: sheet.id, range: { row, col, numRows, numCols } };
  }

  /**
   * A person typing `value` into a cell: parsed like typing, checked against the cell's data
   * validation (rejected when invalid values are not allowed), warned by a warning-only
   * protection, blocked by a protection the user is not an editor of. Records the edit and
   * returns the onEdit event. Not counted: it is the user, not the script.
   */
  _userEdit(sheetName: string, row: number, col: number, value: CellValue): UserEditResult {
    const state = this.state;
    const sheet = state.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`No sheet named ${sheetName}`);
    checkGrid(sheet, { row, col, numRows: 1, numCols: 1 });
    const editor = this.api.rt.ctx.activeUser();
    // Typing goes through the same parsing as setValue: the locale's numbers, dates and
    // booleans in an Automatic cell, text as typed in a Plain-text one, ' forcing text.
    const typedCell: CellState = { ...(cellAt(sheet, row, col) ?? {}) };
    writeCell(typedCell, value, typingContext(this.api.rt));
    const typed: CellValue = typedCell.f ?? typedCell.v ?? '';
    const oldValue = readCell(this.api.rt, sheet, row, col);
    const record = (accepted: boolean, message: string | null) =>
      state.edits.push({
        at: this.api.rt.ctx.clock.now(),
        user: editor,
        sheet: sheetName,
        row,
        col,
        value: typed,
        oldValue,
        accepted,
        message,
      });
    const dv = cellAt(sheet, row, col)?.dv;
    if (dv && !dv.allowInvalid && !isValid(this.api, dv, typed)) {
      const message = 'There was a problem: this cell violates the data validation rules set on it.';
      record(false, message);
      return { accepted: false, message, event: null };
    }
    let message: string | null = null;
    for (const p of sheet.protections) {
      const covers =
        !p.range ||
        (row >= p.range.row &&
          row < p.range.row + p.range.numRows &&
          col >= p.range.col &&
          col < p.range.col + p.range.numCols);
      if (!covers) continue;
      if (p.warningOnly)
        message =
          'You are trying to edit a protected cell or object. Please contact the spreadsheet owner if you need to make changes.';
      else if (!p.editors.includes(editor) && editor !== state.owner) {
        const refused =
          'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
        record(false, refused);
        return { accepted: false, message: refused, event: null };
      }
    }
    const target = cellForWrite(sheet, row, col);
    delete target.v;
    delete target.f;
    Object.assign(target, typedCell);
    record(true, message);
    const event: OnEditEvent = {
      authMode: 'LIMITED',
      range: newRange(this.api, sheet.id, { row, col, numRows: 1, numCols: 1 }),
      value: typed instanceof Date ? typed.toISOString() : typed === '' ? undefined : String(typed),
      oldValue:
        oldValue === '' ? undefined : oldValue instanceof Date ? oldValue.toISOString() : String(oldValue),
      source: newSpreadsheet(this.api),
      user: user(editor),
    };
    return { accepted: true, message, event };
  }
}

type AppMethods =
  | 'getActive'
  | 'getActiveSpreadsheet'
  | 'getActiveSheet'
  | 'getActiveRange'
  | 'getUi'
  | 'newConditionalFormatRule'
  | 'newDataValidation'
  | 'newFilterCriteria'
  | 'flush'
  | 'BooleanCriteria'
  | 'DataValidationCriteria'
  | 'DeveloperMetadataLocationType'
  | 'DeveloperMetadataVisibility'
  | 'Dimension'
  | 'Direction'
  | 'ProtectionType'
  | 'WrapStrategy';

class EmuSpreadsheetApp implements Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, AppMethods> {
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly Dimension = Dimension;
  readonly Direction = Direction;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;
  constructor(
    readonly api: Api,
    readonly bound: boolean,
  ) {}
  getActive(): GSpreadsheet {
    // A standalone script (not bound, not an add-on in a document) has no active spreadsheet.
    return this.bound ? newSpreadsheet(this.api) : (null as unknown as GSpreadsheet);
  }
  getActiveSpreadsheet(): GSpreadsheet {
    return this.getActive();
  }
  getActiveSheet(): GSheet {
    return newSpreadsheet(this.api).getActiveSheet();
  }
  getActiveRange(): GRange {
    return newSpreadsheet(this.api).getActiveRange() as GRange;
  }
  getUi(): GoogleAppsScript.Base.Ui {
    return newUi(this.api.rt.ui, this.api.log);
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return newConditionalFormatRuleBuilder(this.api);
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return newDataValidationBuilder(this.api);
  }
  newFilterCriteria(): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder {
    return newFilterCriteriaBuilder(this.api);
  }
  /** Writes are applied immediately here, so flush has nothing to do (it is still a call). */
  flush(): void {}
}

export function createSpreadsheetApp(
  api: Api,
  options: { bound: boolean },
): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return asGas<GoogleAppsScript.Spreadsheet.SpreadsheetApp>(
    counted(new EmuSpreadsheetApp(api, options.bound), 'SpreadsheetApp', api.log),
  );
}
