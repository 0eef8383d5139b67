/**
 * The value-semantics cases (./value-cases.ts, written by the issue-12 values work as plain
 * data) as fidelity cases: each writes its input with setValue into a cell of a scratch sheet
 * of a fr_FR workbook and reports what getValue()/getFormula() give, in the cases' form.
 */
import type { FidelityCase } from './cases';
import { CURRENT_YEAR, type ExpectedValue, VALUE_CASES, type ValueCase } from './value-cases';

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function valueCase(v: ValueCase): FidelityCase {
  return {
    id: `values/${slug(v.name)}`,
    behaviour: `${v.name}: setValue(${JSON.stringify(v.input)}) in a ${v.format === '@' ? 'Plain text' : 'Automatic'} cell of a fr_FR workbook`,
    reference: v.reference,
    context: 'editor',
    run: ({ SpreadsheetApp, Utilities }, { scratchSheet }): ExpectedValue => {
      const spreadsheet = SpreadsheetApp.getActive();
      if (spreadsheet.getSpreadsheetLocale() !== 'fr_FR') spreadsheet.setSpreadsheetLocale('fr_FR');
      const zone = spreadsheet.getSpreadsheetTimeZone();
      const cell = scratchSheet().getRange('B2');
      if (v.format === '@') cell.setNumberFormat('@');
      cell.setValue(v.input);
      const formula = cell.getFormula();
      if (formula !== '') return { formula };
      const value: unknown = cell.getValue();
      if (typeof value === 'number') return { number: value };
      if (typeof value === 'boolean') return { boolean: value };
      if (value instanceof Date) {
        const time = Utilities.formatDate(value, zone, 'HH:mm');
        let date = Utilities.formatDate(value, zone, 'yyyy-MM-dd') + (time === '00:00' ? '' : `T${time}`);
        const thisYear = Utilities.formatDate(new Date(), zone, 'yyyy');
        if ('date' in v.expected && v.expected.date.startsWith(CURRENT_YEAR) && date.startsWith(thisYear)) {
          date = CURRENT_YEAR + date.slice(4);
        }
        return { date };
      }
      return { text: String(value) };
    },
    expected: v.expected,
  };
}

export const VALUE_FIDELITY_CASES: FidelityCase[] = VALUE_CASES.map(valueCase);
