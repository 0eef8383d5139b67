/**
 * The « Bienvenue » sheet: what the tool does, how to start, who sees the workbook. The first
 * thing a person reads in a copy of the template workbook, so plain words and no jargon.
 */

/** Developer metadata on the sheet the add-on wrote: a sheet of the person's with the same name is never touched. */
export const WELCOME_METADATA_KEY = 'stage-en-collectivite.welcome';
export const WELCOME_SHEET_NAME = 'Bienvenue';

export type WelcomeStyle = 'title' | 'heading' | 'text';

export interface WelcomeRow {
  readonly text: string;
  readonly style: WelcomeStyle;
}

/** The menu's captions, given by the server so that the sheet names exactly what the menu shows. */
export interface WelcomeMenu {
  readonly plan: string;
  readonly collectivites: string;
  readonly sidebar: string;
}

const NBSP = '\u00a0';
const quoted = (text: string) => `«${NBSP}${text}${NBSP}»`;

/** The sheet's lines, one per row of column A. */
export function welcomeRows(menu: WelcomeMenu): WelcomeRow[] {
  const path = (item: string) => `Extensions › Stage en collectivité › ${item}`;
  const rows: [WelcomeStyle, string][] = [
    ['title', 'Bienvenue dans votre classeur Stage en collectivité'],
    ['text', ''],
    ['heading', 'À quoi sert ce classeur'],
    [
      'text',
      `Il vous aide à trouver un stage pratique dans une mairie, une intercommunalité, un département ou une région${NBSP}: une PMSMP, ${quoted('période de mise en situation en milieu professionnel')}, signée avec France Travail. Il suit pas à pas le guide ${quoted('Rechercher un stage au sein d’une collectivité')}.`,
    ],
    [
      'text',
      'Vous y préparez votre plan de stage, vous trouvez les collectivités à contacter, vous suivez vos demandes et vos relances, et vous rédigez vos courriers dans Google Docs.',
    ],
    ['text', ''],
    ['heading', 'Pour commencer'],
    ['text', `1. Ouvrez le menu ${path(menu.plan)}.`],
    [
      'text',
      `2. La première fois, Google vous demande d’autoriser le module. Ce qu’il a le droit de faire, et pourquoi, est expliqué dans le panneau, onglet ${quoted('Aide')}.`,
    ],
    [
      'text',
      `3. Répondez aux questions des cinq étapes${NBSP}: votre plan s’écrit dans la feuille ${quoted('Plan de stage')}.`,
    ],
    ['text', `4. Ensuite${NBSP}: ${path(menu.collectivites)}.`],
    ['text', `Le panneau se rouvre à tout moment par ${path(menu.sidebar)}.`],
    ['text', ''],
    ['heading', 'Qui voit ce classeur'],
    [
      'text',
      `Ce classeur est dans votre Google Drive. Seules les personnes avec qui vous le partagez le voient${NBSP}: en général votre conseiller ou votre conseillère (bouton ${quoted('Partager')} en haut à droite, ou onglet ${quoted('Conseiller')} du panneau).`,
    ],
    [
      'text',
      'Le module n’envoie vos informations à aucun serveur qui nous appartienne. Tout reste dans ce classeur et, pour les courriers, dans votre Drive.',
    ],
    ['text', ''],
    ['text', 'Vous pouvez supprimer cette feuille quand vous n’en avez plus besoin.'],
  ];
  return rows.map(([style, text]) => ({ style, text }));
}
