import { UserError } from '../../shared/validation';
import { readSettings } from '../settings-store';
import { withDocumentLock } from './document-lock';
import { describeSetUp, setUpTrackingSheets } from './set-up';

const TITLE = 'Tableau de suivi';

/** The menu's « Créer ou réparer le tableau de suivi »: does it, then says what was done. */
export function setUpFromMenu(): void {
  const spreadsheet = SpreadsheetApp.getActive();
  try {
    const report = withDocumentLock(() => setUpTrackingSheets(spreadsheet, readSettings().followUpDays));
    spreadsheet.toast(describeSetUp(report), TITLE);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    spreadsheet.toast(error.message, TITLE);
  }
}
