/**
 * The « Bienvenue » sheet, created by the add-on itself (menu « Afficher la page Bienvenue »,
 * run once by the maintainer in the template workbook, or by anyone later). Found by its
 * developer metadata, like the dashboard: a second run writes nothing, and a sheet of the
 * person's that bears the name is never touched (the add-on's gets « Bienvenue (stage) »).
 */
import { WELCOME_METADATA_KEY, WELCOME_SHEET_NAME, type WelcomeRow, welcomeRows } from '../../domain/welcome';
import { MENU_ITEMS } from '../menu';
import { freeSheetName } from '../sheet-names';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const caption = (functionName: (typeof MENU_ITEMS)[number]['functionName']) =>
  MENU_ITEMS.find((item) => item.functionName === functionName)?.caption ?? '';

/** The rows as the menu names its items today. */
export function currentWelcomeRows(): WelcomeRow[] {
  return welcomeRows({
    plan: caption('openPlanFromMenu'),
    collectivites: caption('openCollectivitesFromMenu'),
    sidebar: caption('openSidebar'),
  });
}

/** The add-on's welcome sheet, or null. */
export function findWelcomeSheet(spreadsheet: Spreadsheet): Sheet | null {
  for (const found of spreadsheet.createDeveloperMetadataFinder().withKey(WELCOME_METADATA_KEY).find()) {
    const sheet = found.getLocation().getSheet();
    if (sheet !== null) return sheet;
  }
  return null;
}

/** The title and headings stand out as the plan sheet's sections do: bold on light blue. */
const BACKGROUNDS: Record<WelcomeRow['style'], string | null> = {
  title: '#d2e3fc',
  heading: '#e8f0fe',
  text: null,
};

export interface WelcomeReport {
  readonly sheet: Sheet;
  readonly created: boolean;
}

/**
 * A « Bienvenue » sheet without our metadata that starts with our exact title was written by
 * the add-on (a copy of the template made by a tool that drops developer metadata): it is
 * labelled again rather than duplicated. Anything else by that name is the person's own.
 */
function adoptUnlabelled(spreadsheet: Spreadsheet, title: string): Sheet | null {
  const sheet = spreadsheet.getSheetByName(WELCOME_SHEET_NAME);
  if (sheet === null || sheet.getRange(1, 1).getValue() !== title) return null;
  sheet.addDeveloperMetadata(WELCOME_METADATA_KEY, 'v1');
  return sheet;
}

/** Finds the welcome sheet, or creates it first in the tabs, written and formatted in one pass. */
export function ensureWelcomeSheet(spreadsheet: Spreadsheet): WelcomeReport {
  const existing = findWelcomeSheet(spreadsheet);
  if (existing !== null) return { sheet: existing, created: false };
  const rows = currentWelcomeRows();
  const adopted = adoptUnlabelled(spreadsheet, rows[0]?.text ?? '');
  if (adopted !== null) return { sheet: adopted, created: false };
  const sheet = spreadsheet.insertSheet(freeSheetName(spreadsheet, WELCOME_SHEET_NAME), 0);
  sheet.addDeveloperMetadata(WELCOME_METADATA_KEY, 'v1');
  const range = sheet.getRange(1, 1, rows.length, 1);
  // Plain text first: nothing written here may be read as a number, a date or a formula.
  range.setNumberFormat('@');
  range.setValues(rows.map((row) => [row.text]));
  range.setFontWeights(rows.map((row) => [row.style === 'text' ? 'normal' : 'bold']));
  range.setBackgrounds(rows.map((row) => [BACKGROUNDS[row.style]]));
  range.setWrap(true);
  sheet.setColumnWidth(1, 760);
  return { sheet, created: true };
}
