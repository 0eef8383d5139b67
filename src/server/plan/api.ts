/** The sidebar's API for the stage plan (« Mon plan »): the « Plan de stage » sheet is the source of truth. */
import * as z from 'zod/mini';
import { lazy } from '../../domain/lazy';
import {
  type CellProblem,
  emptyPlan,
  type Notice,
  type Plan,
  type PlanProgress,
  PlanSchema,
  planIssues,
  planNotices,
  planProgress,
} from '../../domain/plan';
import { endpoint } from '../endpoint';
import { withDocumentLock } from '../tracking/document-lock';
import { readPlanSheet, savePlanSheet } from './plan-sheet';

const NoPayload = lazy(() => z.optional(z.object({})));

/** What the sidebar shows: the plan, where it stands, and what to correct, by field path. */
export interface PlanView {
  readonly plan: Plan;
  readonly progress: PlanProgress;
  readonly notices: readonly Notice[];
  /** French messages by field path: answers typed in the sheet that could not be read or break a rule. */
  readonly fields: Readonly<Record<string, string>>;
  readonly sheetExists: boolean;
}

const fromSheet = (problem: CellProblem): string =>
  `Dans la feuille « Plan de stage », ligne ${problem.row} : ${problem.message}`;

function planView(plan: Plan, problems: readonly CellProblem[], sheetExists: boolean): PlanView {
  const fields: Record<string, string> = { ...planIssues(plan) };
  for (const problem of problems) fields[problem.key] ??= fromSheet(problem);
  return {
    plan,
    progress: planProgress(plan),
    notices: planNotices(plan),
    fields,
    sheetExists,
  };
}

/** The plan as the sheet holds it now (an answer edited in the sheet shows here). */
export const getPlan = endpoint(
  () => NoPayload,
  () => {
    const sheet = readPlanSheet(SpreadsheetApp.getActive(), { forSave: false });
    return sheet === null
      ? planView(emptyPlan(), [], false)
      : planView(sheet.reading.plan, sheet.reading.problems, true);
  },
);

/**
 * « Enregistrer le brouillon »: a draft, partial or not, checked whatever the sidebar sent;
 * a refusal answers with French messages by field and writes nothing.
 */
export const savePlan = endpoint(
  () => PlanSchema,
  (plan) =>
    withDocumentLock(() => {
      const report = savePlanSheet(SpreadsheetApp.getActive(), plan);
      return { ...planView(plan, report.kept, true), created: report.created, appended: report.appended };
    }),
);
