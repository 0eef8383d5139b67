import { INITIAL_DATA_ID, type InitialData, jsonForScriptElement } from '../shared/initial-data';
import type { Result } from '../shared/result';
import { COLLECTIVITES_SECTION_ID, FIRST_SECTION_ID, START_SECTION_META } from '../shared/start-section';
import { getCollectivitesStart } from './collectivites/api';
import { getHome } from './home/api';
import { getPlan } from './plan/api';

export const SIDEBAR_TITLE = 'Stage en collectivité';

/** The sidebar function whose answer a section needs first, by section id. */
const SECTION_DATA: Record<string, { name: string; load(): Result<unknown> }> = {
  [FIRST_SECTION_ID]: { name: 'getPlan', load: () => getPlan({}) },
  [COLLECTIVITES_SECTION_ID]: { name: 'getCollectivitesStart', load: () => getCollectivitesStart({}) },
};

/**
 * The answers the page needs first. A failure here must not keep the sidebar from opening:
 * an answer that could not be computed is left out, and the sidebar asks for it itself (and
 * shows the error then).
 */
function initialData(section: string): InitialData {
  const data: InitialData = {};
  const wanted = [
    { name: 'getHome', load: () => getHome({}) },
    ...(SECTION_DATA[section] ? [SECTION_DATA[section]] : []),
  ];
  for (const { name, load } of wanted) {
    try {
      data[name] = load();
    } catch (error) {
      console.warn(`Sidebar: ${name} left to the sidebar (${String(error)})`);
    }
  }
  return data;
}

/**
 * Shows the sidebar: one HTML file with its script and styles inlined at build time, opened
 * on `startSection` when a menu item names one, with the home and that section's data in the
 * page (src/shared/initial-data.ts): one execution for the person's click.
 */
export function showSidebar(startSection?: string): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  const meta =
    startSection === undefined ? '' : `<meta name="${START_SECTION_META}" content="${startSection}">`;
  const data = jsonForScriptElement(initialData(startSection ?? FIRST_SECTION_ID));
  html.append(`${meta}<script type="application/json" id="${INITIAL_DATA_ID}">${data}</script>`);
  SpreadsheetApp.getUi().showSidebar(html);
}
