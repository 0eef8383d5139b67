/**
 * Warning-only protections on what the add-on relies on: the tracking table's header row and
 * its N° column, the plan's question column, and the dashboard it rewrites. A person is warned
 * before breaking the structure, never locked out (Range.protect().setWarningOnly(true)).
 * The add-on's protections are known by their description: a second run updates them instead
 * of stacking new ones, and the person's own protections are never touched.
 */
import { PLAN_COLUMNS, PLAN_SHEET_NAME } from '../../domain/plan';
import { REQUEST_COLUMNS, REQUESTS_SHEET_NAME } from '../../domain/tracking';
import { readSheetLayout } from '../tracking/sheet-layout';
import { findDashboard } from './dashboard-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Every description the add-on writes starts with this: it is how its protections are found again. */
export const PROTECTION_PREFIX = 'Stage en collectivité : ';

export const PROTECTION_DESCRIPTIONS = {
  header: `${PROTECTION_PREFIX}en-têtes du suivi. Le module retrouve les colonnes grâce à eux : renommez-les seulement si nécessaire.`,
  requestId: `${PROTECTION_PREFIX}numéros des demandes. Le journal et les courriers s’y réfèrent : ne les changez pas.`,
  planQuestions: `${PROTECTION_PREFIX}questions du plan. Répondez dans la colonne B ; le module lit les questions de la colonne A.`,
  dashboard: `${PROTECTION_PREFIX}tableau de bord. Il est réécrit à chaque actualisation : ce que vous y tapez serait remplacé.`,
} as const;

export interface ProtectionReport {
  readonly added: number;
  readonly kept: number;
}

interface Wanted {
  readonly range: Range;
  readonly description: string;
}

const isOurs = (p: GoogleAppsScript.Spreadsheet.Protection) =>
  p.getDescription().startsWith(PROTECTION_PREFIX);

/** Brings the add-on's range protections of `sheet` to `wanted`: same range kept, others replaced. */
function syncRangeProtections(sheet: Sheet, wanted: readonly Wanted[]): ProtectionReport {
  const ours = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).filter(isOurs);
  let added = 0;
  let kept = 0;
  for (const want of wanted) {
    const index = ours.findIndex((p) => p.getDescription() === want.description);
    const found = index < 0 ? undefined : ours.splice(index, 1)[0];
    if (found && found.getRange().getA1Notation() === want.range.getA1Notation() && found.isWarningOnly()) {
      kept++;
      continue;
    }
    found?.remove();
    want.range.protect().setWarningOnly(true).setDescription(want.description);
    added++;
  }
  // An add-on protection no longer wanted (a description changed between versions) goes.
  for (const stale of ours) stale.remove();
  return { added, kept };
}

/** The dashboard sheet as a whole, warning only, unless the person already protects it their way. */
export function protectDashboardSheet(sheet: Sheet): ProtectionReport {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  if (existing !== undefined) return { added: 0, kept: 1 };
  sheet.protect().setWarningOnly(true).setDescription(PROTECTION_DESCRIPTIONS.dashboard);
  return { added: 1, kept: 0 };
}

/** Protects the structure of every sheet the add-on keeps; says how many protections were added. */
export function protectStructure(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): ProtectionReport {
  const reports: ProtectionReport[] = [];
  const requests = spreadsheet.getSheetByName(REQUESTS_SHEET_NAME);
  if (requests !== null) {
    const { layout } = readSheetLayout(requests, REQUEST_COLUMNS);
    const width = Math.min(layout.width, requests.getMaxColumns());
    const rows = requests.getMaxRows();
    const wanted: Wanted[] = [
      { range: requests.getRange(1, 1, 1, width), description: PROTECTION_DESCRIPTIONS.header },
    ];
    const idColumn = layout.columns.requestId;
    if (idColumn <= requests.getMaxColumns() && rows > 1) {
      wanted.push({
        range: requests.getRange(2, idColumn, rows - 1, 1),
        description: PROTECTION_DESCRIPTIONS.requestId,
      });
    }
    reports.push(syncRangeProtections(requests, wanted));
  }
  const plan = spreadsheet.getSheetByName(PLAN_SHEET_NAME);
  if (plan !== null) {
    const range = plan.getRange(1, PLAN_COLUMNS.question, plan.getMaxRows(), 1);
    reports.push(syncRangeProtections(plan, [{ range, description: PROTECTION_DESCRIPTIONS.planQuestions }]));
  }
  const dashboard = findDashboard(spreadsheet);
  if (dashboard !== null) reports.push(protectDashboardSheet(dashboard.sheet));
  return reports.reduce((a, b) => ({ added: a.added + b.added, kept: a.kept + b.kept }), {
    added: 0,
    kept: 0,
  });
}
