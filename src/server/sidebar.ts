import { START_SECTION_META } from '../shared/start-section';

export const SIDEBAR_TITLE = 'Stage en collectivité';

/**
 * Shows the sidebar: one HTML file with its script and styles inlined at build time, opened
 * on `startSection` when a menu item names one.
 */
export function showSidebar(startSection?: string): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  if (startSection !== undefined)
    html.append(`<meta name="${START_SECTION_META}" content="${startSection}">`);
  SpreadsheetApp.getUi().showSidebar(html);
}
