/**
 * The plan as the « Plan de stage » sheet, readable like a document: a title row per section,
 * then one question per row (A: question, B: answer, C: hint). The sheet is the source of
 * truth and belongs to the person too: a row is found by its key (developer metadata), then by
 * its question; rows the add-on does not know are reported so that the adapter keeps them, and
 * a save only rewrites answers (column B) of known rows, adding missing questions at the end.
 */
import { DEFAULT_TIME_ZONE } from '../tracking/calendar';
import {
  AUTOMATIC_FORMAT,
  type CellContent,
  cellText,
  neutraliseCellText,
  normaliseLabel,
  TEXT_FORMAT,
  textContent,
} from '../tracking/text';
import { answerContent, type CellValue, isEmptyCell } from './cell-values';
import { emptyPlan, type Plan } from './plan';
import { QUESTIONS, type Question, SECTIONS } from './questions';

export const PLAN_SHEET_NAME = 'Plan de stage';
/** Developer-metadata key on each row the add-on owns; the value is the question or section key. */
export const PLAN_ROW_METADATA_KEY = 'stage-en-collectivite.plan-row';
/** 1-based columns. */
export const PLAN_COLUMNS = { question: 1, answer: 2, hint: 3 } as const;

export interface PlanRow {
  readonly kind: 'section' | 'question';
  /** `section.why`, or the question's key (`conditions.hoursPerWeek`). */
  readonly key: string;
  /** Columns A, B, C. */
  readonly cells: readonly [CellValue, CellValue, CellValue];
  /** For the answer cell (column B): '@' text, 'dd/mm/yyyy', or null for Sheets' automatic format. */
  readonly numberFormat: string | null;
}

export interface SheetOptions {
  /** The spreadsheet's zone: a date is written as midnight there. */
  readonly timeZone?: string;
}

function questionRow(question: Question, plan: Plan, timeZone: string): PlanRow {
  return {
    kind: 'question',
    key: question.key,
    cells: [question.label, question.write(plan, timeZone), question.hint],
    numberFormat: question.numberFormat,
  };
}

const sectionRow = (section: (typeof SECTIONS)[number]): PlanRow => ({
  kind: 'section',
  key: section.key,
  cells: [section.title, '', ''],
  numberFormat: null,
});

/** Every row of a new « Plan de stage » sheet, in order. Text is neutralised: no answer becomes a formula. */
export function planToRows(plan: Plan, options: SheetOptions = {}): PlanRow[] {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  return SECTIONS.flatMap((section) => [
    sectionRow(section),
    ...QUESTIONS.filter((q) => q.section === section.step).map((q) => questionRow(q, plan, timeZone)),
  ]);
}

/** One developer metadata found on a row (getKey, getValue, getLocation().getRow().getRow()). */
export interface RowMetadata {
  readonly key: string;
  readonly value: string | null;
  /** 1-based row. */
  readonly row: number;
}

export interface LocatedRow {
  readonly key: string;
  readonly kind: 'section' | 'question';
  /** 1-based row. */
  readonly row: number;
  readonly foundBy: 'metadata' | 'label';
}

export interface CellProblem {
  readonly key: string;
  readonly row: number;
  /** Question label, for a message that names it. */
  readonly label: string;
  readonly message: string;
}

export interface PlanReading {
  /** The plan as the sheet says it. Not validated: check it with PlanSchema to show what to correct. */
  readonly plan: Plan;
  readonly located: readonly LocatedRow[];
  /** 1-based rows that are not empty and not the add-on's: keep them as they are. */
  readonly unknownRows: readonly number[];
  /** Question keys found nowhere in the sheet: a save appends them. */
  readonly missing: readonly string[];
  /** Answers that could not be understood; their value is left out of `plan`. */
  readonly problems: readonly CellProblem[];
  /** Rows found by their label only: attach PLAN_ROW_METADATA_KEY = key so a later rename keeps them. */
  readonly metadataToAdd: readonly { readonly key: string; readonly row: number }[];
}

const labelKey = (text: string): string => normaliseLabel(text).replace(/^\d+/, '');

let labels: Map<string, string> | undefined;

/** Each row's key by its label (and former labels); built at first use, not at every execution. */
function labelIndex(): Map<string, string> {
  labels ??= new Map<string, string>([
    ...SECTIONS.map((s): [string, string] => [labelKey(s.title), s.key]),
    ...QUESTIONS.flatMap((q) =>
      [q.label, ...q.aliases].map((label): [string, string] => [labelKey(label), q.key]),
    ),
  ]);
  return labels;
}
const SECTION_KEYS = new Set(SECTIONS.map((s) => s.key));

/** Where each known row is: by metadata first (topmost wins if a row was copied), then by label. */
function locate(
  values: readonly (readonly unknown[])[],
  metadata: readonly RowMetadata[],
): Map<string, LocatedRow> {
  const found = new Map<string, LocatedRow>();
  const taken = new Set<number>();
  const ours = metadata
    .filter(
      (m) => m.key === PLAN_ROW_METADATA_KEY && m.value !== null && m.row >= 1 && m.row <= values.length,
    )
    .sort((a, b) => a.row - b.row);
  for (const entry of ours) {
    const key = entry.value as string;
    const known = SECTION_KEYS.has(key) || QUESTIONS.some((q) => q.key === key);
    if (!known || found.has(key) || taken.has(entry.row)) continue;
    found.set(key, {
      key,
      kind: SECTION_KEYS.has(key) ? 'section' : 'question',
      row: entry.row,
      foundBy: 'metadata',
    });
    taken.add(entry.row);
  }
  values.forEach((row, index) => {
    const key = labelIndex().get(labelKey(cellText(row[PLAN_COLUMNS.question - 1])));
    if (key === undefined || found.has(key) || taken.has(index + 1)) return;
    found.set(key, {
      key,
      kind: SECTION_KEYS.has(key) ? 'section' : 'question',
      row: index + 1,
      foundBy: 'label',
    });
    taken.add(index + 1);
  });
  return found;
}

function setAnswer(plan: Plan, path: string, value: unknown): void {
  const parts = path.split('.');
  let target = plan as unknown as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>;
  target[parts[parts.length - 1] as string] = value;
}

/**
 * Reads the plan from the sheet's values (getDataRange().getValues(): strings, numbers,
 * booleans, Dates) and its rows' developer metadata.
 */
export function planFromRows(
  values: readonly (readonly unknown[])[],
  metadata: readonly RowMetadata[] = [],
  options: SheetOptions = {},
): PlanReading {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const found = locate(values, metadata);
  const plan = emptyPlan();
  const problems: CellProblem[] = [];
  // Read last: the phases count in the duration's unit, and unknown reasons join « Autre raison ».
  const late = ['why.reasons', 'role.phases'];
  const order = [
    ...QUESTIONS.filter((q) => !late.includes(q.key)),
    ...QUESTIONS.filter((q) => late.includes(q.key)),
  ];
  for (const question of order) {
    const located = found.get(question.key);
    if (located === undefined) continue;
    const cell = values[located.row - 1]?.[PLAN_COLUMNS.answer - 1];
    const reading = question.read(cell, timeZone, plan);
    if (reading.value !== undefined) setAnswer(plan, question.key, reading.value);
    if (reading.message !== undefined) {
      problems.push({ key: question.key, row: located.row, label: question.label, message: reading.message });
    }
  }
  const ownRows = new Set([...found.values()].map((l) => l.row));
  const located = [...found.values()].sort((a, b) => a.row - b.row);
  return {
    plan,
    located,
    unknownRows: values.flatMap((row, index) =>
      ownRows.has(index + 1) || row.every((cell) => isEmptyCell(cell)) ? [] : [index + 1],
    ),
    missing: QUESTIONS.filter((q) => !found.has(q.key)).map((q) => q.key),
    problems: problems.sort((a, b) => a.row - b.row),
    metadataToAdd: located.filter((l) => l.foundBy === 'label').map(({ key, row }) => ({ key, row })),
  };
}

export interface AnswerWrite {
  /** 1-based row; the column is PLAN_COLUMNS.answer. */
  readonly row: number;
  readonly key: string;
  readonly value: CellValue;
  readonly numberFormat: string | null;
}

export interface PlanSheetUpdate {
  /** New answers of the known question rows, in column B only. */
  readonly answers: readonly AnswerWrite[];
  /** Rows to add after the sheet's last row: the missing questions, each group under its section title. */
  readonly append: readonly PlanRow[];
  readonly metadataToAdd: readonly { readonly key: string; readonly row: number }[];
}

/**
 * What saving `plan` over the sheet read as `reading` writes: the answers of known rows, and
 * the questions the sheet lacks, appended. Unknown rows, labels and hints stay as they are.
 */
export function planSheetUpdate(
  plan: Plan,
  reading: PlanReading,
  options: SheetOptions = {},
): PlanSheetUpdate {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const answers = reading.located.flatMap((located): AnswerWrite[] => {
    const question = QUESTIONS.find((q) => q.key === located.key);
    if (question === undefined) return [];
    return [
      {
        row: located.row,
        key: question.key,
        value: question.write(plan, timeZone),
        numberFormat: question.numberFormat,
      },
    ];
  });
  const missing = new Set(reading.missing);
  const append = SECTIONS.flatMap((section) => {
    const questions = QUESTIONS.filter((q) => q.section === section.step && missing.has(q.key));
    return questions.length === 0
      ? []
      : [sectionRow(section), ...questions.map((q) => questionRow(q, plan, timeZone))];
  });
  return { answers, append, metadataToAdd: reading.metadataToAdd };
}

/** Column B for one setNumberFormats and one setValues. */
export interface AnswerColumn {
  readonly values: unknown[][];
  readonly formats: string[][];
}

/**
 * Column B from the first to the last row: the new answers over what the sheet held, with the
 * number format of each cell. Pass the column's getValues(), getFormulas() and
 * getNumberFormats(): every cell that is not an answer is written back so that it stores
 * exactly what it held (a formula as a formula, text as the same text, its format kept; text
 * starting with ' or = in a Plain-text cell moves to an Automatic cell behind an apostrophe,
 * since what a Plain-text cell does with them is undocumented).
 */
export function mergedAnswerColumn(
  values: readonly unknown[],
  formulas: readonly string[] | undefined,
  formats: readonly string[] | undefined,
  answers: readonly AnswerWrite[],
): AnswerColumn {
  const cells = values.map((value, index) =>
    keptContent(value, formulas?.[index] ?? '', formats?.[index] ?? AUTOMATIC_FORMAT),
  );
  for (const answer of answers) cells[answer.row - 1] = answerContent(answer.value, answer.numberFormat);
  return {
    values: cells.map((cell) => [cell.value]),
    formats: cells.map((cell) => [cell.format]),
  };
}

/** A cell the save does not change, as it must be written back to hold the same. */
function keptContent(value: unknown, formula: string, format: string): CellContent {
  if (formula !== '') return { value: formula, format };
  if (typeof value === 'string') {
    if (format === TEXT_FORMAT) return /^['=]/.test(value) ? textContent(value) : { value, format };
    return { value: neutraliseCellText(value) as string, format };
  }
  return { value: value as CellContent['value'], format };
}
