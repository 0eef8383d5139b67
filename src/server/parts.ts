/**
 * The features whose code is loaded on demand. Apps Script evaluates every script file of the
 * project on every execution (each menu click, each google.script.run call, each onEdit), so
 * Code.js holds only what is used every day: the menu, the sidebar's opening, the plan, the
 * tracking table and its onEdit. Each feature below is built (scripts/build.ts) into its own
 * file, `Part-<name>.html`, which an execution evaluates only when it calls one of the part's
 * functions: two calls (createHtmlOutputFromFile, getContent) and its evaluation, paid by that
 * execution alone. In Code.js, every export of the modules listed is a function that loads the
 * part and calls the part's own function of the same name (./part-loader.ts).
 *
 * Keys are the parts' names; values, the modules (under src/server, without extension) whose
 * exports the part provides. Every export of those modules must be a function
 * (tests/bundle/parts.test.ts).
 */
export const ON_DEMAND_PARTS = {
  /** « Écrire »: the letters as Google Docs, the fiche d'appel, the letter head. */
  letters: ['letters/api'],
  /** « Collectivités »: the search around a commune, adding them, the Annuaire. */
  collectivites: ['collectivites/api', 'collectivites/annuaire-api'],
  /** « Tableau de bord », sharing with the counsellor, the daily reminder. */
  dashboard: ['dashboard/api', 'dashboard/menu', 'dashboard/reminder'],
  /** « Préparer ma convention », after « Stage accepté ». */
  convention: ['convention/api'],
  /** « Récapitulatif de mes démarches ». */
  recap: ['recap/api'],
  /** « Reprendre mon tableau »: importing an existing table. */
  import: ['tracking/import-api'],
  /** The « Bienvenue » sheet, from the menu. */
  welcome: ['welcome/menu'],
} as const satisfies Record<string, readonly string[]>;

export type PartName = keyof typeof ON_DEMAND_PARTS;

/** The project file a part is built into (an HTML file: Apps Script evaluates every .gs file). */
export function partFileName(name: PartName): string {
  return `Part-${name}`;
}

/** The global variable the part's code defines when it is evaluated. */
export function partGlobalName(name: PartName): string {
  return `StageEnCollectivitePart_${name}`;
}
