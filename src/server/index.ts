/**
 * The add-on's public functions, and nothing else. The build turns each export into a
 * top-level function declaration of Code.js, which is what Apps Script can call. Each one
 * (but onOpen, which may touch nothing) reads the document properties at most once
 * (./document-properties.ts); the sidebar's functions do so through ./endpoint.ts.
 */

import { COLLECTIVITES_SECTION_ID, PLAN_SECTION_ID } from '../shared/start-section';
import { refreshDashboardFromMenu as refreshDashboardSheetFromMenu } from './dashboard/menu';
import { runDailyReminder } from './dashboard/reminder';
import { withPropertiesSnapshot } from './document-properties';
import { buildMenu } from './menu';
import { showSidebar } from './sidebar';
import { setUpFromMenu } from './tracking/menu';
import { handleEdit } from './tracking/on-edit';
import { showWelcomeFromMenu as showWelcomeSheetFromMenu } from './welcome/menu';

/**
 * Simple trigger: Sheets calls it when the workbook opens, in AuthMode.NONE where the add-on
 * was never used, else LIMITED. In every mode it only builds the menu, which NONE allows;
 * nothing else is read or written.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Sheets calls it once when the add-on is installed; the menu must appear at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Menu: « Ouvrir le panneau ». */
export function openSidebar(): void {
  withPropertiesSnapshot(() => showSidebar());
}

/** Menu: « Préparer mon plan de stage »: the sidebar, opened on « Mon plan ». */
export function openPlanFromMenu(): void {
  withPropertiesSnapshot(() => showSidebar(PLAN_SECTION_ID));
}

/** Menu: « Trouver des collectivités à contacter »: the sidebar, opened on « Collectivités ». */
export function openCollectivitesFromMenu(): void {
  withPropertiesSnapshot(() => showSidebar(COLLECTIVITES_SECTION_ID));
}

/** Menu: « Créer ou réparer le tableau de suivi ». */
export function setUpTrackingTableFromMenu(): void {
  withPropertiesSnapshot(setUpFromMenu);
}

/** Menu: « Actualiser le tableau de bord ». */
export function refreshDashboardFromMenu(): void {
  withPropertiesSnapshot(refreshDashboardSheetFromMenu);
}

/** Menu: « Afficher la page Bienvenue » (what the tool does, how to start, who sees the workbook). */
export function showWelcomeFromMenu(): void {
  showWelcomeSheetFromMenu();
}

/** Time-driven trigger (7 h every day, opt-in in the settings): e-mails the follow-ups due today. */
export function sendDailyReminder(e?: GoogleAppsScript.Events.TimeDriven): void {
  withPropertiesSnapshot(() => runDailyReminder(e?.triggerUid));
}

/**
 * Simple trigger: a person edited a cell (Étape or Motif de refus typed in the tracking table).
 * Runs in LIMITED, or NONE where the add-on was never used (then it returns at once).
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  withPropertiesSnapshot(() => handleEdit(e));
}

/** Sidebar API (google.script.run): see ./api.ts. */
export * from './api';
