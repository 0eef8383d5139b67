/**
 * Conditional format rules: the builder, the rule objects the script reads back, and their
 * evaluation for the view and tests. For each cell the first rule (in list order) whose range
 * contains it and whose condition holds gives the format. A custom formula is written for the
 * top-left cell of the rule's first range; relative references shift for every other cell,
 * `$` references stay. https://support.google.com/docs/answer/78413
 * https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
 */
import { contains, type GridRange } from './a1';
import { BooleanCriteriaBuilder } from './boolean-criteria';
import { counted } from './calls';
import { fail } from './errors';
import { shiftFormula } from './formula';
import type { CfFormat, CfRuleState, SheetState } from './model';
import { newRange } from './range';
import { type Api, asGas, normaliseColor, type Runtime } from './runtime';

type GRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;
type GCriteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;

function emptyFormat(): CfFormat {
  return {
    background: null,
    fontColor: null,
    bold: null,
    italic: null,
    strikethrough: null,
    underline: null,
  };
}

/** Rule ranges must name a sheet; the rule keeps the sheet id of its first range. */
interface RuleData extends CfRuleState {
  sheetId: number | null;
}

class EmuBooleanCondition
  implements
    Pick<
      GCondition,
      | 'getBackground'
      | 'getBold'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getFontColor'
      | 'getItalic'
      | 'getStrikethrough'
      | 'getUnderline'
    >
{
  constructor(readonly data: CfRuleState) {}
  getBackground(): string | null {
    return this.data.format.background;
  }
  getBold(): boolean | null {
    return this.data.format.bold;
  }
  getCriteriaType(): GCriteria {
    return this.data.criteria as unknown as GCriteria;
  }
  getCriteriaValues(): unknown[] {
    return structuredClone(this.data.values);
  }
  getFontColor(): string | null {
    return this.data.format.fontColor;
  }
  getItalic(): boolean | null {
    return this.data.format.italic;
  }
  getStrikethrough(): boolean | null {
    return this.data.format.strikethrough;
  }
  getUnderline(): boolean | null {
    return this.data.format.underline;
  }
}

export class EmuConditionalFormatRule
  implements Pick<GRule, 'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges'>
{
  constructor(
    readonly api: Api,
    readonly data: RuleData,
  ) {}
  copy(): GBuilder {
    return newConditionalFormatRuleBuilder(this.api, structuredClone(this.data));
  }
  getBooleanCondition(): GCondition | null {
    return asGas<GCondition>(counted(new EmuBooleanCondition(this.data), 'BooleanCondition', this.api.log));
  }
  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return null;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    const sheetId = this.data.sheetId;
    if (sheetId === null) return [];
    return this.data.ranges.map((g) => newRange(this.api, sheetId, { ...g }));
  }
}

export function newConditionalFormatRule(api: Api, data: RuleData): GRule {
  return asGas<GRule>(counted(new EmuConditionalFormatRule(api, data), 'ConditionalFormatRule', api.log));
}

/** The stored rules of a sheet as the objects getConditionalFormatRules returns. */
export function rulesOf(api: Api, sheet: SheetState): GRule[] {
  return sheet.conditionalFormats.map((r) =>
    newConditionalFormatRule(api, { ...structuredClone(r), sheetId: sheet.id }),
  );
}

/** Validates the rules setConditionalFormatRules receives and returns them as plain data. */
export function rulesToState(rules: unknown[], sheetId: number): CfRuleState[] {
  return rules.map((rule) => {
    if (!(rule instanceof EmuConditionalFormatRule)) {
      fail(
        "The parameters don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
      );
    }
    const { sheetId: ruleSheet, ...data } = structuredClone(rule.data);
    if (ruleSheet !== null && ruleSheet !== sheetId)
      fail('Conditional format rule ranges must be on the same sheet.');
    return data;
  });
}

type BuilderMethods =
  | 'build'
  | 'copy'
  | 'getBooleanCondition'
  | 'getGradientCondition'
  | 'getRanges'
  | 'setBackground'
  | 'setBold'
  | 'setFontColor'
  | 'setItalic'
  | 'setStrikethrough'
  | 'setUnderline'
  | 'setRanges'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty'
  | 'whenFormulaSatisfied'
  | 'whenNumberBetween'
  | 'whenNumberEqualTo'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan'
  | 'whenNumberLessThanOrEqualTo'
  | 'whenTextContains'
  | 'whenTextDoesNotContain'
  | 'whenTextEqualTo'
  | 'whenTextStartsWith'
  | 'whenTextEndsWith'
  | 'withCriteria';

class EmuConditionalFormatRuleBuilder
  extends BooleanCriteriaBuilder<GBuilder>
  implements Pick<GBuilder, BuilderMethods>
{
  constructor(
    readonly api: Api,
    readonly data: RuleData,
  ) {
    super();
  }
  private format<K extends keyof CfFormat>(key: K, value: CfFormat[K]): GBuilder {
    this.data.format[key] = value;
    return this.self;
  }
  build(): GRule {
    if (!this.data.criteria) fail('Conditional format rule must have a condition.');
    return newConditionalFormatRule(this.api, structuredClone(this.data));
  }
  copy(): GBuilder {
    return newConditionalFormatRuleBuilder(this.api, structuredClone(this.data));
  }
  getBooleanCondition(): GCondition | null {
    return this.data.criteria
      ? asGas<GCondition>(counted(new EmuBooleanCondition(this.data), 'BooleanCondition', this.api.log))
      : null;
  }
  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return null;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    const sheetId = this.data.sheetId;
    return sheetId === null ? [] : this.data.ranges.map((g) => newRange(this.api, sheetId, { ...g }));
  }
  setBackground(color: string | null): GBuilder {
    return this.format('background', normaliseColor(color) ?? null);
  }
  setFontColor(color: string | null): GBuilder {
    return this.format('fontColor', normaliseColor(color) ?? null);
  }
  setBold(bold: boolean | null): GBuilder {
    return this.format('bold', bold);
  }
  setItalic(italic: boolean | null): GBuilder {
    return this.format('italic', italic);
  }
  setStrikethrough(strikethrough: boolean | null): GBuilder {
    return this.format('strikethrough', strikethrough);
  }
  setUnderline(underline: boolean | null): GBuilder {
    return this.format('underline', underline);
  }
  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): GBuilder {
    const grids: GridRange[] = [];
    let sheetId: number | null = null;
    for (const range of ranges) {
      const r = range as unknown as { sheetId?: number; grid?: GridRange };
      if (r.sheetId === undefined || !r.grid) fail("The parameters don't match the method signature.");
      if (sheetId !== null && r.sheetId !== sheetId)
        fail('All ranges of a conditional format rule must be on one sheet.');
      sheetId = r.sheetId;
      grids.push({ ...r.grid });
    }
    this.data.ranges = grids;
    this.data.sheetId = sheetId;
    return this.self;
  }
  withCriteria(criteria: GCriteria, args: unknown[]): GBuilder {
    return this.when(String(criteria), [...args]);
  }
}

export function newConditionalFormatRuleBuilder(api: Api, data?: RuleData): GBuilder {
  const initial: RuleData = data ?? {
    ranges: [],
    criteria: '',
    values: [],
    format: emptyFormat(),
    sheetId: null,
  };
  return asGas<GBuilder>(
    counted(new EmuConditionalFormatRuleBuilder(api, initial), 'ConditionalFormatRuleBuilder', api.log),
  );
}

function truthy(v: unknown): boolean {
  return v === true || (typeof v === 'number' && v !== 0);
}

export function conditionHolds(
  rt: Runtime,
  sheet: SheetState,
  rule: CfRuleState,
  row: number,
  col: number,
): boolean {
  const value = rt.engine.value(sheet, row, col);
  const [a, b] = rule.values as [unknown, unknown];
  const text = value instanceof Date ? '' : String(value).toLowerCase();
  const num = typeof value === 'number' ? value : Number.NaN;
  switch (rule.criteria) {
    case 'CUSTOM_FORMULA': {
      const anchor = rule.ranges[0];
      if (!anchor) return false;
      const formula = shiftFormula(String(a), row - anchor.row, col - anchor.col);
      return truthy(rt.engine.evaluate(sheet, row, col, formula));
    }
    case 'CELL_EMPTY':
      return value === '';
    case 'CELL_NOT_EMPTY':
      return value !== '';
    case 'TEXT_CONTAINS':
      return text.includes(String(a).toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(String(a).toLowerCase());
    case 'TEXT_EQUAL_TO':
      return text === String(a).toLowerCase();
    case 'TEXT_STARTS_WITH':
      return text.startsWith(String(a).toLowerCase());
    case 'TEXT_ENDS_WITH':
      return text.endsWith(String(a).toLowerCase());
    case 'NUMBER_BETWEEN':
      return num >= Number(a) && num <= Number(b);
    case 'NUMBER_EQUAL_TO':
      return num === Number(a);
    case 'NUMBER_GREATER_THAN':
      return num > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num >= Number(a);
    case 'NUMBER_LESS_THAN':
      return num < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num <= Number(a);
    default:
      throw new Error(`Emulator: conditional format criteria ${rule.criteria} is not evaluated`);
  }
}

/** The format conditional formatting gives (row, col), or null when no rule applies. */
export function conditionalFormatAt(
  rt: Runtime,
  sheet: SheetState,
  row: number,
  col: number,
): CfFormat | null {
  for (const rule of sheet.conditionalFormats) {
    if (!rule.ranges.some((g) => contains(g, row, col))) continue;
    if (conditionHolds(rt, sheet, rule, row, col)) return rule.format;
  }
  return null;
}
