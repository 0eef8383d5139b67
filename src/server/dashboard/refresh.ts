/**
 * « Actualiser le tableau de bord »: one read of the tracking data, the figures computed in
 * memory, one write per property of the dashboard's area, the add-on's charts updated.
 */
import { clockTime, type DashboardFigures, dashboardFigures, dashboardSheet } from '../../domain/dashboard';
import { readSettings } from '../settings-store';
import { today } from '../tracking/workbook';
import { writeCharts } from './charts';
import { dashboardTarget, writeDashboard } from './dashboard-sheet';
import { protectDashboardSheet } from './protections';
import { readTrackingData } from './tracking-data';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DashboardSummary {
  readonly sheetName: string;
  readonly created: boolean;
  readonly trackingExists: boolean;
  readonly total: number;
  readonly inProgress: number;
  readonly inProgressWarning: string | null;
  readonly followUpsDueToday: number;
  readonly followUpsOverdue: number;
  readonly meetingsToPropose: number;
  /** Between 0 and 1, null before any request is sent. */
  readonly responseRate: number | null;
  readonly message: string;
}

function summaryOf(
  figures: DashboardFigures,
  sheetName: string,
  created: boolean,
  trackingExists: boolean,
): DashboardSummary {
  const message = trackingExists
    ? `Le tableau de bord est à jour dans la feuille « ${sheetName} ».`
    : `Le tableau de bord est prêt dans la feuille « ${sheetName} » ; il se remplira dès que le tableau de suivi aura des demandes.`;
  return {
    sheetName,
    created,
    trackingExists,
    total: figures.total,
    inProgress: figures.inProgress,
    inProgressWarning: figures.inProgressWarning,
    followUpsDueToday: figures.followUpsDueToday,
    followUpsOverdue: figures.followUpsOverdue,
    meetingsToPropose: figures.meetingsToPropose,
    responseRate: figures.responses.rate,
    message,
  };
}

export function refreshDashboardSheet(spreadsheet: Spreadsheet): DashboardSummary {
  const data = readTrackingData(spreadsheet);
  const day = today(data.timeZone);
  const figures = dashboardFigures(data.requests, data.journal, day, readSettings().followUpDays);
  const content = dashboardSheet(figures, clockTime(new Date(), data.timeZone));
  const target = dashboardTarget(spreadsheet);
  writeDashboard(target, content);
  writeCharts(target.sheet, content.charts);
  if (target.created) protectDashboardSheet(target.sheet);
  return summaryOf(figures, target.sheet.getName(), target.created, data.exists);
}
