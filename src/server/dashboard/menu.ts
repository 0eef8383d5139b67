import { UserError } from '../../shared/validation';
import { withDocumentLock } from '../tracking/document-lock';
import { refreshDashboardSheet } from './refresh';

const TITLE = 'Tableau de bord';

/** The menu's « Actualiser le tableau de bord »: refreshes it, shows it, says so. */
export function refreshDashboardFromMenu(): void {
  const spreadsheet = SpreadsheetApp.getActive();
  try {
    const summary = withDocumentLock(() => refreshDashboardSheet(spreadsheet));
    const sheet = spreadsheet.getSheetByName(summary.sheetName);
    if (sheet !== null) spreadsheet.setActiveSheet(sheet);
    spreadsheet.toast(summary.message, TITLE);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    spreadsheet.toast(error.message, TITLE);
  }
}
