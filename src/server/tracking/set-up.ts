/**
 * « Créer ou réparer le tableau de suivi »: creates what is missing and nothing else. A second
 * run on a complete workbook writes nothing; a column the counsellor moved or renamed is found
 * by its metadata or header, and a missing one is appended at the right of everything there.
 */
import {
  COLUMN_METADATA_KEY,
  type ColumnDefinition,
  followUpFormatRules,
  JOURNAL_COLUMNS,
  JOURNAL_SHEET_NAME,
  type Layout,
  locateColumns,
  ownRuleId,
  REQUEST_COLUMNS,
  REQUESTS_SHEET_NAME,
  type RequestColumnKey,
} from '../../domain/tracking';
import { readSheetLayout, rememberLayout } from './sheet-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SetUpReport {
  /** Names of the sheets created by this run. */
  readonly createdSheets: string[];
  /** Headers of the columns appended to sheets that already existed. */
  readonly addedColumns: string[];
  /** True when the add-on's colour rules were written (first run, new columns, new delay). */
  readonly coloursUpdated: boolean;
}

export interface EnsuredSheet<K extends string> {
  readonly sheet: Sheet;
  readonly layout: Layout<K>;
  readonly created: boolean;
  readonly addedColumns: string[];
  readonly maxRows: number;
}

const JOURNAL_WARNING =
  'Journal tenu par le module Stage en collectivité : pour ajouter une démarche, passez plutôt par le panneau.';

function dropdownRule(values: readonly string[]): GoogleAppsScript.Spreadsheet.DataValidation {
  return (
    SpreadsheetApp.newDataValidation()
      .requireValueInList([...values], true)
      // The colours and the follow-up list compare these exact labels: anything else would be lost.
      .setAllowInvalid(false)
      .setHelpText('Choisissez une valeur dans la liste.')
      .build()
  );
}

/** Runs of side-by-side columns sharing `keyOf` (columns in order, as locateColumns appends them). */
function runs<T extends { column: number }, V>(
  columns: readonly T[],
  keyOf: (column: T) => V,
): { column: number; count: number; value: V }[] {
  const found: { column: number; count: number; value: V }[] = [];
  for (const item of columns) {
    const value = keyOf(item);
    const last = found.at(-1);
    if (last && last.value === value && last.column + last.count === item.column) last.count++;
    else found.push({ column: item.column, count: 1, value });
  }
  return found;
}

export function ensureSheet<K extends string>(
  spreadsheet: Spreadsheet,
  name: string,
  definitions: readonly ColumnDefinition<K>[],
): EnsuredSheet<K> {
  const existing = spreadsheet.getSheetByName(name);
  const sheet = existing ?? spreadsheet.insertSheet(name);
  // A sheet just inserted has neither header nor metadata: nothing to read or search.
  const { header, layout, metadata } =
    existing === null
      ? { header: [], layout: locateColumns(definitions, [], []), metadata: [] }
      : readSheetLayout(sheet, definitions);
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (layout.width > maxColumns) sheet.insertColumnsAfter(maxColumns, layout.width - maxColumns);

  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const first = layout.missing[0];
  if (first !== undefined) {
    // locateColumns appends the missing columns side by side: one write for their headers.
    sheet
      .getRange(1, first.column, 1, layout.missing.length)
      .setValues([layout.missing.map((m) => m.header)])
      .setFontWeight('bold');
  }
  const added = layout.missing.map((m) => ({
    column: m.column,
    definition: byKey.get(m.key) as ColumnDefinition<K>,
  }));
  // Formats and dropdowns go on the whole column below the header, before any value; side by
  // side columns with the same format (the three dates) or width take one call.
  const body = (column: number, count: number) => sheet.getRange(2, column, Math.max(1, maxRows - 1), count);
  for (const run of runs(added, (a) => a.definition.numberFormat)) {
    if (run.value !== null) body(run.column, run.count).setNumberFormat(run.value);
  }
  for (const { column, definition } of added) {
    if (definition.dropdown !== null) body(column, 1).setDataValidation(dropdownRule(definition.dropdown));
  }
  for (const run of runs(added, (a) => a.definition.width))
    sheet.setColumnWidths(run.column, run.count, run.value);
  const labelled = [...layout.missing, ...layout.metadataToAdd];
  for (const column of labelled) {
    sheet.getRange(1, column.column, maxRows, 1).addDeveloperMetadata(COLUMN_METADATA_KEY, column.key);
  }
  if (labelled.length > 0) {
    // The add-on knows where the metadata it just wrote is: cache it rather than search it next time.
    const written = [...header];
    for (const m of layout.missing) written[m.column - 1] = m.header;
    rememberLayout(
      definitions,
      Array.from(written, (cell) => cell ?? ''),
      [...metadata, ...labelled.map((c) => ({ key: COLUMN_METADATA_KEY, value: c.key, column: c.column }))],
    );
  }

  if (existing === null || sheet.getFrozenRows() === 0) sheet.setFrozenRows(1);
  // A sheet just inserted has no filter: no need to ask.
  if (existing === null || sheet.getFilter() === null)
    sheet.getRange(1, 1, maxRows, layout.width).createFilter();
  return {
    sheet,
    layout,
    created: existing === null,
    addedColumns: existing === null ? [] : layout.missing.map((m) => m.header),
    maxRows,
  };
}

/**
 * Puts the add-on's colour rules beside the person's own: the rules the domain recognises as
 * ours are replaced, every other rule is kept in its place, and nothing is written when ours
 * are already exactly the wanted ones.
 */
export function writeFollowUpRules(
  sheet: Sheet,
  layout: Layout<RequestColumnKey>,
  followUpDays: number,
  maxRows: number = sheet.getMaxRows(),
  newSheet = false,
): boolean {
  // Up to the add-on's last column: a column the person adds further right neither gets our
  // colours nor makes a second run rewrite the rules.
  const width = Math.max(...Object.values<number>(layout.columns));
  const range = sheet.getRange(2, 1, Math.max(1, maxRows - 1), width);
  const wanted = followUpFormatRules(layout, followUpDays);
  const kept: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  const ours: { formula: unknown; rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule }[] = [];
  // A sheet just inserted has no rule: nothing to read nor compare.
  for (const rule of newSheet ? [] : sheet.getConditionalFormatRules()) {
    const formula = rule.getBooleanCondition()?.getCriteriaValues()[0];
    if (ownRuleId(formula) === null) kept.push(rule);
    else ours.push({ formula, rule });
  }
  const area = newSheet ? '' : range.getA1Notation();
  const unchanged =
    !newSheet &&
    ours.length === wanted.length &&
    ours.every(
      (own, i) =>
        own.formula === wanted[i]?.formula && own.rule.getRanges().every((r) => r.getA1Notation() === area),
    );
  if (unchanged) return false;
  const built = wanted.map((rule) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(rule.formula)
      .setBackground(rule.background)
      .setRanges([range])
      .build(),
  );
  sheet.setConditionalFormatRules([...kept, ...built]);
  return true;
}

export function setUpTrackingSheets(spreadsheet: Spreadsheet, followUpDays: number): SetUpReport {
  const requests = ensureSheet(spreadsheet, REQUESTS_SHEET_NAME, REQUEST_COLUMNS);
  const journal = ensureSheet(spreadsheet, JOURNAL_SHEET_NAME, JOURNAL_COLUMNS);
  if (journal.created) {
    // Warning only: the counsellor may still correct a line, but is told why not to.
    journal.sheet.protect().setWarningOnly(true).setDescription(JOURNAL_WARNING);
  }
  const coloursUpdated = writeFollowUpRules(
    requests.sheet,
    requests.layout,
    followUpDays,
    requests.maxRows,
    requests.created,
  );
  // insertSheet leaves the last sheet created in front: show the table, not its journal.
  if (requests.created || journal.created) spreadsheet.setActiveSheet(requests.sheet);
  return {
    createdSheets: [
      ...(requests.created ? [REQUESTS_SHEET_NAME] : []),
      ...(journal.created ? [JOURNAL_SHEET_NAME] : []),
    ],
    addedColumns: [...requests.addedColumns, ...journal.addedColumns],
    coloursUpdated,
  };
}

/** The sentence shown after « Créer ou réparer le tableau de suivi ». */
export function describeSetUp(report: SetUpReport): string {
  if (report.createdSheets.length === 2) {
    return `Le tableau de suivi est prêt : les feuilles « ${REQUESTS_SHEET_NAME} » et « ${JOURNAL_SHEET_NAME} » ont été créées.`;
  }
  const parts: string[] = [];
  for (const name of report.createdSheets) parts.push(`la feuille « ${name} » a été créée`);
  if (report.addedColumns.length === 1) parts.push(`la colonne « ${report.addedColumns[0]} » a été ajoutée`);
  if (report.addedColumns.length > 1)
    parts.push(`les colonnes ${report.addedColumns.map((h) => `« ${h} »`).join(', ')} ont été ajoutées`);
  if (report.coloursUpdated) parts.push('les couleurs de relance ont été mises à jour');
  if (parts.length === 0) return 'Le tableau de suivi est déjà complet : rien n’a été modifié.';
  const sentence = parts.join(', ');
  return `Tableau de suivi réparé : ${sentence}.`;
}

/**
 * After the follow-up delay changed: rewrites the add-on's colour rules (only those) if the
 * tracking table exists. Creates nothing: the person may not want the table yet.
 */
export function refreshFollowUpColours(spreadsheet: Spreadsheet, followUpDays: number): boolean {
  const sheet = spreadsheet.getSheetByName(REQUESTS_SHEET_NAME);
  if (sheet === null) return false;
  const { layout } = readSheetLayout(sheet, REQUEST_COLUMNS);
  // A missing Étape or Dernière démarche would give formulas on a column that is not there.
  if (layout.missing.some((m) => m.key === 'step' || m.key === 'lastActionDate')) return false;
  return writeFollowUpRules(sheet, layout, followUpDays);
}
