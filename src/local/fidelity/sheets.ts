/**
 * Fidelity cases of the Sheets model beyond single values: what a Plain-text cell does with a
 * leading ' or = (undocumented: the emulator takes the strictest reading; a « differs » here
 * tells which reading Google takes, and the product is written to be right under both), the
 * add-on's way of writing text, formulas and conditional formats after rows are inserted or
 * deleted, filters hiding rows, and the fr_FR display of numbers.
 */
import type { FidelityCase } from './cases';

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet';
const VALUE_INPUT_OPTION = 'https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption';

/** What Apps Script reports for a cell nobody formatted. */
const AUTOMATIC = '0.###############';

/** The hostile and reparsing inputs of issue 12, which every text field must give back. */
const HOSTILE = [
  '007',
  'TRUE',
  'VRAI',
  '12/09/2026',
  "'texte",
  "''deux",
  '=1+1',
  '3,5',
  '+33 6 12 34 56 78',
  '-',
  '1/2',
  '50 %',
  '14:30',
  '01053',
];

function frenchWorkbook(app: GoogleAppsScript.Spreadsheet.SpreadsheetApp): void {
  const spreadsheet = app.getActive();
  if (spreadsheet.getSpreadsheetLocale() !== 'fr_FR') spreadsheet.setSpreadsheetLocale('fr_FR');
}

export const SHEETS_CASES: FidelityCase[] = [
  {
    id: 'plain-text/apostrophe',
    behaviour:
      'setValue("\'texte") in a Plain-text (@) cell: undocumented; the emulator keeps the apostrophe (strictest reading)',
    reference: `${REF}/range#setNumberFormat(String)`,
    context: 'editor',
    run: ({ SpreadsheetApp }, { scratchSheet }) => {
      frenchWorkbook(SpreadsheetApp);
      const cell = scratchSheet().getRange('A1').setNumberFormat('@');
      cell.setValue("'texte");
      return cell.getValue();
    },
    expected: "'texte",
  },
  {
    id: 'plain-text/equals',
    behaviour:
      'setValue("=1+1") in a Plain-text (@) cell: undocumented; the emulator makes a formula (strictest reading, as setValue documents for any cell)',
    reference: `${REF}/range#setValue(Object)`,
    context: 'editor',
    run: ({ SpreadsheetApp }, { scratchSheet }) => {
      frenchWorkbook(SpreadsheetApp);
      const cell = scratchSheet().getRange('A1').setNumberFormat('@');
      cell.setValue('=1+1');
      return { formula: cell.getFormula(), value: cell.getValue() };
    },
    expected: { formula: '=1+1', value: 2 },
  },
  {
    id: 'values/the-add-on-s-text-reads-back',
    behaviour:
      "Text written as the add-on writes it (Plain-text format, or an Automatic cell behind an apostrophe when it starts with ' or =) reads back exactly, over any previous format",
    reference: VALUE_INPUT_OPTION,
    context: 'editor',
    run: ({ SpreadsheetApp }, { scratchSheet }) => {
      frenchWorkbook(SpreadsheetApp);
      const previous = [AUTOMATIC, '@', 'dd/mm/yyyy', '0.00'];
      const range = scratchSheet().getRange(1, 1, HOSTILE.length, previous.length);
      range.setNumberFormats(HOSTILE.map(() => [...previous]));
      const escaped = (text: string) => /^['=]/.test(text);
      range.setNumberFormats(HOSTILE.map((text) => previous.map(() => (escaped(text) ? AUTOMATIC : '@'))));
      range.setValues(HOSTILE.map((text) => previous.map(() => (escaped(text) ? `'${text}` : text))));
      return range.getValues().map((row, i) => ({
        input: HOSTILE[i],
        same: row.every((v) => v === HOSTILE[i]),
        formulas: range.getFormulas()[i]?.filter((f) => f !== '').length,
      }));
    },
    expected: HOSTILE.map((input) => ({ input, same: true, formulas: 0 })),
  },
  {
    id: 'conditional-format/insert-row-before',
    behaviour:
      'insertRowBefore(2) moves a conditional format rule on A2:C20 to A3:C21 and its formula =$B2="x" to =$B3="x"',
    reference: `${REF}/sheet#insertRowBefore(Integer)`,
    context: 'editor',
    run: ({ SpreadsheetApp }, { scratchSheet }) => {
      const sheet = scratchSheet();
      const rule = SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=$B2="x"')
        .setBackground('#fce8b2')
        .setRanges([sheet.getRange('A2:C20')])
        .build();
      sheet.setConditionalFormatRules([rule]);
      sheet.insertRowBefore(2);
      const [moved] = sheet.getConditionalFormatRules();
      return {
        ranges: moved?.getRanges().map((r) => r.getA1Notation()),
        formula: moved?.getBooleanCondition()?.getCriteriaValues()[0],
      };
    },
    expected: { ranges: ['A3:C21'], formula: '=$B3="x"' },
  },
  {
    id: 'conditional-format/delete-first-row',
    behaviour:
      'deleteRow(2) shrinks a conditional format rule on A2:C20 to A2:C19 and keeps =$B2="x" relative to its first row',
    reference: `${REF}/sheet#deleteRow(Integer)`,
    context: 'editor',
    run: ({ SpreadsheetApp }, { scratchSheet }) => {
      const sheet = scratchSheet();
      const rule = SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=$B2="x"')
        .setBackground('#fce8b2')
        .setRanges([sheet.getRange('A2:C20')])
        .build();
      sheet.setConditionalFormatRules([rule]);
      sheet.deleteRow(2);
      const [moved] = sheet.getConditionalFormatRules();
      return {
        ranges: moved?.getRanges().map((r) => r.getA1Notation()),
        formula: moved?.getBooleanCondition()?.getCriteriaValues()[0],
      };
    },
    expected: { ranges: ['A2:C19'], formula: '=$B2="x"' },
  },
  {
    id: 'formulas/follow-their-cells',
    behaviour:
      'Inserting a row above a referenced cell moves the reference; deleting the referenced row gives #REF!; a range loses its deleted row',
    reference: `${REF}/sheet#insertRowsBefore(Integer,Integer)`,
    context: 'editor',
    run: (_services, { scratchSheet }) => {
      const sheet = scratchSheet();
      sheet.getRange('A2:A4').setValues([[1], [2], [3]]);
      sheet.getRange('E1').setFormula('=A3');
      sheet.getRange('F1').setFormula('=SUM(A2:A4)');
      sheet.insertRowsBefore(2, 2);
      const afterInsert = [sheet.getRange('E1').getFormula(), sheet.getRange('F1').getFormula()];
      sheet.deleteRow(5);
      return [...afterInsert, sheet.getRange('E1').getFormula(), sheet.getRange('F1').getFormula()];
    },
    expected: ['=A5', '=SUM(A4:A6)', '=#REF!', '=SUM(A4:A5)'],
  },
  {
    id: 'filter/hides-rows',
    behaviour:
      'A filter criteria with hidden values hides the rows showing them (isRowHiddenByFilter), never the header row',
    reference: `${REF}/sheet#isRowHiddenByFilter(Integer)`,
    context: 'editor',
    run: ({ SpreadsheetApp }, { scratchSheet }) => {
      const sheet = scratchSheet();
      sheet.getRange('A1:B4').setValues([
        ['N°', 'Étape'],
        ['D-001', 'Refus'],
        ['D-002', 'À contacter'],
        ['D-003', 'Refus'],
      ]);
      const filter = sheet.getRange('A1:B4').createFilter();
      filter.setColumnFilterCriteria(
        2,
        SpreadsheetApp.newFilterCriteria().setHiddenValues(['Refus']).build(),
      );
      return [1, 2, 3, 4].filter((row) => sheet.isRowHiddenByFilter(row));
    },
    expected: [2, 4],
  },
  {
    id: 'display/decimal-comma',
    behaviour: 'In a fr_FR workbook « 3,5 » is the number 3.5 and shows « 3,5 »',
    reference: `${REF}/range#getDisplayValue()`,
    context: 'editor',
    run: ({ SpreadsheetApp }, { scratchSheet }) => {
      frenchWorkbook(SpreadsheetApp);
      const cell = scratchSheet().getRange('A1');
      cell.setValue('3,5');
      return { value: cell.getValue(), shown: cell.getDisplayValue() };
    },
    expected: { value: 3.5, shown: '3,5' },
  },
];
