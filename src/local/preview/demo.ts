/**
 * The demo workbook: what a job seeker often has before installing the add-on — a table of
 * her own, kept by hand. Features seed more of it through the add-on's own functions.
 */
import { DEFAULT_FOLLOW_UP_DAYS } from '../../domain/settings';
import { setUpTrackingSheets } from '../../server/tracking/set-up';
import { type Emulator, installGlobals } from '../emulator';

const OWN_TABLE: (string | Date)[][] = [
  ['Date', 'Organisme', 'Contact', 'Téléphone', 'Statut', 'Remarques'],
  [
    new Date(2026, 9, 6),
    'Mairie de Villeurbanne',
    'Mme Bernard',
    '04 78 03 67 67',
    'Appel passé',
    'Rappeler après les vacances',
  ],
  [new Date(2026, 9, 13), 'Mairie de Bron', 'M. Petit', '04 72 36 13 13', 'Courrier envoyé', ''],
  [new Date(2026, 9, 20), 'Métropole de Lyon', '', '04 78 63 40 40', 'Refus', 'Pas de tuteur disponible'],
];

export function seedDemoWorkbook(emulator: Emulator): void {
  const sheet = emulator.spreadsheet.getSheets()[0];
  if (!sheet) return;
  sheet.setName('Mes démarches');
  // Phone numbers as plain text, set before writing: Sheets would otherwise read them as numbers.
  sheet.getRange(2, 4, OWN_TABLE.length - 1, 1).setNumberFormat('@');
  sheet.getRange(1, 1, OWN_TABLE.length, OWN_TABLE[0]?.length ?? 0).setValues(OWN_TABLE);
  sheet.getRange(1, 1, 1, OWN_TABLE[0]?.length ?? 0).setFontWeight('bold');
  sheet.getRange(2, 1, OWN_TABLE.length - 1, 1).setNumberFormat('dd/mm/yyyy');
  seedDemoTracking(emulator);
}

/**
 * The tracking table, made by the add-on's own set-up (empty: « Mes démarches » above is there
 * to be adopted with the sidebar's « Reprendre un tableau existant »).
 */
export function seedDemoTracking(emulator: Emulator): void {
  const uninstall = installGlobals(emulator);
  try {
    const spreadsheet = emulator.globals.SpreadsheetApp.getActive();
    const own = spreadsheet.getActiveSheet();
    setUpTrackingSheets(spreadsheet, DEFAULT_FOLLOW_UP_DAYS);
    spreadsheet.setActiveSheet(own);
  } finally {
    uninstall();
  }
}
