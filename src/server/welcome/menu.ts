import { UserError } from '../../shared/validation';
import { withDocumentLock } from '../tracking/document-lock';
import { ensureWelcomeSheet } from './welcome-sheet';

const TITLE = 'Bienvenue';

/** The menu's « Afficher la page Bienvenue »: creates it if it is not there, shows it, says so. */
export function showWelcomeFromMenu(): void {
  const spreadsheet = SpreadsheetApp.getActive();
  try {
    const { sheet, created } = withDocumentLock(() => ensureWelcomeSheet(spreadsheet));
    spreadsheet.setActiveSheet(sheet);
    const name = `«\u00a0${sheet.getName()}\u00a0»`;
    spreadsheet.toast(
      created
        ? `La page ${name} est prête, en premier onglet du classeur.`
        : `La page ${name} était déjà là\u00a0: rien n’a été modifié.`,
      TITLE,
    );
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    spreadsheet.toast(error.message, TITLE);
  }
}
