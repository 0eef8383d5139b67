/** The add-on's menu, under Extensions › Stage en collectivité. */
export const MENU_ITEMS = [
  { caption: 'Préparer mon plan de stage', functionName: 'openPlanFromMenu' },
  { caption: 'Trouver des collectivités à contacter', functionName: 'openCollectivitesFromMenu' },
  { caption: 'Ouvrir le panneau', functionName: 'openSidebar' },
  { caption: 'Créer ou réparer le tableau de suivi', functionName: 'setUpTrackingTableFromMenu' },
  { caption: 'Actualiser le tableau de bord', functionName: 'refreshDashboardFromMenu' },
  { caption: 'Afficher la page Bienvenue', functionName: 'showWelcomeFromMenu' },
] as const;

/**
 * Builds the menu. May run in AuthMode.NONE (before the add-on is authorised in this
 * workbook), where only the menu may be built: no properties, no other service.
 */
export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}
