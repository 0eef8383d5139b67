/**
 * The conditions FilterCriteriaBuilder and ConditionalFormatRuleBuilder share: each sets one
 * BooleanCriteria and its values
 * (https://developers.google.com/apps-script/reference/spreadsheet/boolean-criteria,
 * https://developers.google.com/apps-script/reference/spreadsheet/filter-criteria-builder,
 * https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder).
 * What a condition means for a cell is evaluated by conditionHolds (./conditional-format.ts).
 */
import { asGas } from './runtime';

export abstract class BooleanCriteriaBuilder<Self> {
  /** The builder's state: the criteria and its values (and whatever else the builder keeps). */
  protected abstract readonly data: { criteria: string | null; values: unknown[] };

  /** This builder as the Apps Script type it stands for, for chaining. */
  protected get self(): Self {
    return asGas<Self>(this);
  }

  /** Records the criteria and its values. */
  protected when(criteria: string, values: unknown[]): Self {
    this.data.criteria = criteria;
    this.data.values = values;
    return this.self;
  }

  whenCellEmpty(): Self {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): Self {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenFormulaSatisfied(formula: string): Self {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenNumberBetween(start: number, end: number): Self {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberEqualTo(number: number): Self {
    return this.when('NUMBER_EQUAL_TO', [number]);
  }
  whenNumberGreaterThan(number: number): Self {
    return this.when('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): Self {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberLessThan(number: number): Self {
    return this.when('NUMBER_LESS_THAN', [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): Self {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  whenTextContains(text: string): Self {
    return this.when('TEXT_CONTAINS', [text]);
  }
  whenTextDoesNotContain(text: string): Self {
    return this.when('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  whenTextEqualTo(text: string): Self {
    return this.when('TEXT_EQUAL_TO', [text]);
  }
  whenTextStartsWith(text: string): Self {
    return this.when('TEXT_STARTS_WITH', [text]);
  }
  whenTextEndsWith(text: string): Self {
    return this.when('TEXT_ENDS_WITH', [text]);
  }
}
