/** The stage plan's public API, for the Apps Script adapter and the sidebar. */
export type { CellValue } from './cell-values';
export { answerContent } from './cell-values';
export { type Duration, durationText, PMSMP_MAX_DAYS } from './duration';
export { TEXT_LIMITS } from './fields';
export { type Notice, planNotices } from './notices';
export { buildPitch, pitchOf } from './pitch';
export {
  type Conditions,
  type Contact,
  type Content,
  emptyPlan,
  HOURS_PER_WEEK_MAX,
  type Person,
  type Plan,
  type PlanInput,
  PlanSchema,
  type RoleSection,
  type Why,
} from './plan';
export { type PlanProgress, planIssues, planProgress, type StepProgress, type StepStatus } from './progress';
export { QUESTIONS, type Question, questionOfPath, SECTIONS } from './questions';
export { phaseLine, type RolePhase } from './role-phases';
export {
  type AnswerWrite,
  type CellProblem,
  type LocatedRow,
  mergedAnswerColumn,
  PLAN_COLUMNS,
  PLAN_ROW_METADATA_KEY,
  PLAN_SHEET_NAME,
  type PlanReading,
  type PlanRow,
  type PlanSheetUpdate,
  planFromRows,
  planSheetUpdate,
  planToRows,
  type RowMetadata,
  type SheetOptions,
} from './sheet';
export * from './vocabulary';
