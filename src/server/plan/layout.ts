/**
 * How « Plan de stage » looks: a document a person reads from top to bottom. Section titles
 * stand out, questions and answers wrap in wide columns, hints are discreet. Only rows the
 * add-on writes itself get this look; nothing the person formatted is ever restyled.
 */
import { answerContent, PLAN_ROW_METADATA_KEY, type PlanRow } from '../../domain/plan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Column widths in pixels: A question, B answer, C hint. */
export const PLAN_COLUMN_WIDTHS = [280, 380, 260] as const;

export const PLAN_HEADER = ['Question', 'Ma réponse', 'Comment répondre'] as const;

const SECTION = { background: '#e8f0fe', color: '#174ea6' } as const;
const HEADER_BACKGROUND = '#f1f3f4';
const TEXT = '#202124';
const HINT = '#5f6368';
/** Labels and hints are ours and must show exactly as written. */
const TEXT_FORMAT = '@';

/** Writes `rows` from `firstRow` with their look and their row metadata: a fixed number of calls plus 2 a row. */
export function writePlanRows(sheet: Sheet, firstRow: number, rows: readonly PlanRow[]): void {
  if (rows.length === 0) return;
  const range = sheet.getRange(firstRow, 1, rows.length, 3);
  // Formats first: a value written into a plain-text cell stays text (« 06… », « 01000 »).
  const answers = rows.map((row) => answerContent(row.cells[1], row.numberFormat));
  range.setNumberFormats(rows.map((_, i) => [TEXT_FORMAT, answers[i]?.format ?? TEXT_FORMAT, TEXT_FORMAT]));
  range.setValues(rows.map((row, i) => [row.cells[0], answers[i]?.value ?? '', row.cells[2]]));
  const section = (row: PlanRow) => row.kind === 'section';
  range.setFontWeights(
    rows.map((row) => (section(row) ? ['bold', 'bold', 'bold'] : ['bold', 'normal', 'normal'])),
  );
  range.setFontStyles(
    rows.map((row) => (section(row) ? ['normal', 'normal', 'normal'] : ['normal', 'normal', 'italic'])),
  );
  range.setFontColors(
    rows.map((row) => (section(row) ? [SECTION.color, SECTION.color, SECTION.color] : [TEXT, TEXT, HINT])),
  );
  range.setBackgrounds(
    rows.map((row) =>
      section(row) ? [SECTION.background, SECTION.background, SECTION.background] : [null, null, null],
    ) as string[][],
  );
  range.setWrap(true);
  rows.forEach((row, index) => {
    const at = firstRow + index;
    sheet.getRange(`${at}:${at}`).addDeveloperMetadata(PLAN_ROW_METADATA_KEY, row.key);
  });
}

/** A new sheet's header row and column widths (the person may change both afterwards). */
export function writePlanHeader(sheet: Sheet): void {
  const header = sheet.getRange(1, 1, 1, PLAN_HEADER.length);
  header.setValues([[...PLAN_HEADER]]);
  header.setFontWeight('bold');
  header.setBackground(HEADER_BACKGROUND);
  PLAN_COLUMN_WIDTHS.forEach((width, index) => {
    sheet.setColumnWidth(index + 1, width);
  });
}
