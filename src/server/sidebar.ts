export const SIDEBAR_TITLE = 'Stage en collectivité';

/** Shows the sidebar: one HTML file with its script and styles inlined at build time. */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
