/**
 * Data validation rules (SpreadsheetApp.newDataValidation) and how the Sheets UI applies them
 * to a typed value: with setAllowInvalid(false) a value outside the rule is rejected; with
 * true (the default) it is kept and flagged.
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 */
import type { GridRange } from './a1';
import { counted } from './calls';
import { fail } from './errors';
import type { CellValue, DataValidationState } from './model';
import { newRange } from './range';
import { type Api, asGas, sheetById } from './runtime';
import { readCell } from './values';

type GBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GRule = GoogleAppsScript.Spreadsheet.DataValidation;
type GCriteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

const RULE_METHODS = [
  'copy',
  'getAllowInvalid',
  'getCriteriaType',
  'getCriteriaValues',
  'getHelpText',
] as const;
type RuleMethods = (typeof RULE_METHODS)[number];

export class EmuDataValidation implements Pick<GRule, RuleMethods> {
  constructor(
    readonly api: Api,
    readonly data: DataValidationState,
  ) {}
  copy(): GBuilder {
    return newDataValidationBuilder(this.api, structuredClone(this.data));
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getCriteriaType(): GCriteria {
    return this.data.criteria as unknown as GCriteria;
  }
  getCriteriaValues(): unknown[] {
    return criteriaValuesForScript(this.api, this.data);
  }
  getHelpText(): string {
    return this.data.helpText ?? '';
  }
}

/** VALUE_IN_RANGE keeps its source as {sheetId, grid}; the script gets a Range back. */
function criteriaValuesForScript(api: Api, data: DataValidationState): unknown[] {
  if (data.criteria !== 'VALUE_IN_RANGE') return structuredClone(data.values);
  const [ref, show] = data.values as [{ sheetId: number; grid: GridRange }, boolean];
  return [newRange(api, ref.sheetId, ref.grid), show];
}

export function newDataValidation(api: Api, data: DataValidationState): GRule {
  return asGas<GRule>(counted(new EmuDataValidation(api, data), 'DataValidation', api.log));
}

export function unwrapValidation(rule: unknown): DataValidationState {
  if (!(rule instanceof EmuDataValidation))
    fail("The parameters don't match the method signature for DataValidation.");
  return rule.data;
}

type BuilderMethods =
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireFormulaSatisfied'
  | 'requireNumberBetween'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireTextIsEmail'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria';

export class EmuDataValidationBuilder implements Pick<GBuilder, BuilderMethods> {
  constructor(
    readonly api: Api,
    readonly data: DataValidationState,
  ) {}
  private get self(): GBuilder {
    return asGas<GBuilder>(this);
  }
  private set(criteria: string, values: unknown[]): GBuilder {
    this.data.criteria = criteria;
    this.data.values = values;
    return this.self;
  }
  build(): GRule {
    if (!this.data.criteria) fail('You must specify a criteria for the data validation rule.');
    return newDataValidation(this.api, structuredClone(this.data));
  }
  copy(): GBuilder {
    return newDataValidationBuilder(this.api, structuredClone(this.data));
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getCriteriaType(): GCriteria {
    return this.data.criteria as unknown as GCriteria;
  }
  getCriteriaValues(): unknown[] {
    return criteriaValuesForScript(this.api, this.data);
  }
  getHelpText(): string | null {
    return this.data.helpText;
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GBuilder {
    const values =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    return this.set('CHECKBOX', values);
  }
  requireDate(): GBuilder {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireFormulaSatisfied(formula: string): GBuilder {
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  requireNumberBetween(start: number, end: number): GBuilder {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThan(number: number): GBuilder {
    return this.set('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): GBuilder {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireTextIsEmail(): GBuilder {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireValueInList(values: string[], showDropdown = true): GBuilder {
    return this.set('VALUE_IN_LIST', [[...values], showDropdown]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): GBuilder {
    const r = range as unknown as { sheetId?: number; grid?: GridRange };
    if (r.sheetId === undefined || !r.grid) fail("The parameters don't match the method signature.");
    return this.set('VALUE_IN_RANGE', [{ sheetId: r.sheetId, grid: { ...r.grid } }, showDropdown]);
  }
  setAllowInvalid(allowInvalidData: boolean): GBuilder {
    this.data.allowInvalid = allowInvalidData;
    return this.self;
  }
  setHelpText(helpText: string): GBuilder {
    this.data.helpText = helpText;
    return this.self;
  }
  withCriteria(criteria: GCriteria, args: unknown[]): GBuilder {
    return this.set(String(criteria), [...args]);
  }
}

export function newDataValidationBuilder(api: Api, data?: DataValidationState): GBuilder {
  const initial = data ?? { criteria: '', values: [], allowInvalid: true, helpText: null };
  return asGas<GBuilder>(
    counted(new EmuDataValidationBuilder(api, initial), 'DataValidationBuilder', api.log),
  );
}

/** The options a dropdown offers (list or range source), for the view; null when none. */
export function dropdownOptions(api: Api, dv: DataValidationState): string[] | null {
  if (dv.criteria === 'VALUE_IN_LIST') return (dv.values[0] as string[]).map(String);
  if (dv.criteria === 'VALUE_IN_RANGE') {
    const [ref] = dv.values as [{ sheetId: number; grid: GridRange }];
    const sheet = sheetById(api.rt, ref.sheetId);
    const out: string[] = [];
    for (let r = 0; r < ref.grid.numRows; r++) {
      for (let c = 0; c < ref.grid.numCols; c++) {
        const v = readCell(api.rt, sheet, ref.grid.row + r, ref.grid.col + c);
        if (v !== '') out.push(String(v));
      }
    }
    return out;
  }
  return null;
}

/** Whether `value` satisfies the rule, as the Sheets UI checks typed input. */
export function isValid(api: Api, dv: DataValidationState, value: CellValue): boolean {
  if (value === '') return true;
  const [a, b] = dv.values as [unknown, unknown];
  switch (dv.criteria) {
    case 'VALUE_IN_LIST':
    case 'VALUE_IN_RANGE':
      return (dropdownOptions(api, dv) ?? []).includes(String(value));
    case 'CHECKBOX':
      return dv.values.length === 0 ? typeof value === 'boolean' : value === a || value === b;
    case 'DATE_IS_VALID_DATE':
      return value instanceof Date;
    case 'NUMBER_BETWEEN':
      return typeof value === 'number' && value >= Number(a) && value <= Number(b);
    case 'NUMBER_GREATER_THAN':
      return typeof value === 'number' && value > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return typeof value === 'number' && value >= Number(a);
    case 'TEXT_IS_VALID_EMAIL':
      return typeof value === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value);
    default:
      throw new Error(`Emulator: data validation ${dv.criteria} is not evaluated`);
  }
}
