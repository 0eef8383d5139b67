/**
 * The Marketplace store listing's text and the graphic assets it needs: one source, written
 * into listing/ by `npm run listing` (scripts/listing.ts), checked by tests/shared/listing.test.ts.
 * Limits and sizes from https://developers.google.com/workspace/marketplace/create-listing.
 */

const NBSP = '\u00a0';
const q = (text: string) => `«${NBSP}${text}${NBSP}»`;

export const LISTING_LIMITS = {
  /** « Limit the name to 50 characters or less ». */
  name: 50,
  /** « A short summary of your app and what it does (200 characters limit) ». */
  shortDescription: 200,
  /** « Limit this to less than 16,000 characters ». */
  detailedDescription: 16_000,
} as const;

export const LISTING_TEXT = {
  /** The same as the OAuth consent screen's app name and the bound project's name. */
  name: 'Stage en collectivité',
  shortDescription: `Préparez et suivez votre demande de stage (PMSMP) dans une mairie ou une collectivité${NBSP}: plan guidé, collectivités proches, suivi des relances, courriers, partage avec votre conseiller.`,
  detailedDescription: [
    `Stage en collectivité accompagne les personnes en recherche d’emploi qui veulent faire un stage pratique dans une collectivité locale${NBSP}: une PMSMP, ${q('période de mise en situation en milieu professionnel')}, signée avec France Travail. Il suit pas à pas le guide ${q('Rechercher un stage au sein d’une collectivité')}, et se partage avec le conseiller ou la conseillère qui vous accompagne (France Travail, mission locale, Cap emploi, PLIE).`,
    `Depuis le menu Extensions › Stage en collectivité et un panneau latéral, le module${NBSP}:`,
    [
      `• guide votre plan de stage en cinq étapes (pourquoi un stage, votre rôle, le contenu, les conditions idéales, la prise de contact) et l’écrit dans une feuille ${q('Plan de stage')} lisible comme un document${NBSP}; les règles de la PMSMP sont vérifiées (un mois au plus, 48${NBSP}heures par semaine au plus)${NBSP};`,
      `• propose les collectivités autour de votre commune à partir des données publiques officielles (commune, intercommunalité, département, région), avec leur nom correct pour le courrier${NBSP};`,
      `• tient le suivi de vos demandes et le journal de vos démarches, et colore en orange les demandes à relancer après trois semaines sans réponse${NBSP};`,
      `• prépare la fiche d’appel et rédige vos courriers (demande, relance, remerciements) dans Google Docs, selon les usages administratifs${NBSP};`,
      `• offre à votre conseiller ou conseillère un tableau de bord avec graphiques, le partage du classeur en un clic et, si vous le souhaitez, un rappel quotidien par courriel des relances du jour.`,
    ].join('\n'),
    `Vos informations restent dans votre classeur et dans votre Google Drive${NBSP}: aucun serveur, aucune publicité, aucune statistique de visite. Seules deux options, désactivées au départ, font sortir quelque chose${NBSP}: le code INSEE d’une commune envoyé à l’Annuaire de l’administration pour compléter les coordonnées d’une mairie, et le courriel de rappel envoyé de votre compte à vous-même.`,
    'Tout est en français, et gratuit.',
  ].join('\n\n'),
} as const;

/**
 * Where each size comes from. The stored copy of this page read when writing this was cut
 * before its « Graphic assets » table: docs/publication.md says to check the sizes there.
 */
export const LISTING_SOURCE = 'https://developers.google.com/workspace/marketplace/create-listing';

export interface ListingAsset {
  readonly file: string;
  readonly width: number;
  readonly height: number;
  /** What the listing uses it for. */
  readonly use: string;
}

export const LISTING_ICONS: readonly ListingAsset[] = [
  { file: 'icon-128.png', width: 128, height: 128, use: 'Application icon, 128 × 128 (required)' },
  { file: 'icon-32.png', width: 32, height: 32, use: 'Application icon, 32 × 32 (required)' },
  {
    file: 'banner-220x140.png',
    width: 220,
    height: 140,
    use: 'Application card banner, 220 × 140 (required)',
  },
];

/** Screenshots: at least one, 1280 × 800; each shows one thing a person does, in French. */
export const SCREENSHOT_SIZE = { width: 1280, height: 800 } as const;

export interface ListingScreenshot {
  readonly file: string;
  /** The sidebar section shown, by its tab label. */
  readonly section: string;
  /** The workbook tab shown, by name. */
  readonly sheet: string;
  /** The caption, French. */
  readonly caption: string;
}

export const LISTING_SCREENSHOTS: readonly ListingScreenshot[] = [
  {
    file: 'capture-1-plan.png',
    section: 'Mon plan',
    sheet: 'Plan de stage',
    caption: 'Un plan de stage guidé en cinq étapes, écrit dans une feuille lisible comme un document.',
  },
  {
    file: 'capture-2-suivi.png',
    section: 'Suivi des demandes',
    sheet: 'Suivi des demandes',
    caption: 'Le suivi des demandes, avec les relances à faire après trois semaines sans réponse.',
  },
  {
    file: 'capture-3-collectivites.png',
    section: 'Collectivités',
    sheet: 'Suivi des demandes',
    caption: 'Les collectivités autour de votre commune, avec leur nom correct pour le courrier.',
  },
  {
    file: 'capture-4-conseiller.png',
    section: 'Conseiller',
    sheet: 'Tableau de bord',
    caption: 'Un tableau de bord pour votre conseiller ou conseillère, le partage en un clic.',
  },
  {
    file: 'capture-5-aide.png',
    section: 'Aide',
    sheet: 'Plan de stage',
    caption: 'À quoi sert chaque autorisation, expliqué en français dans le panneau.',
  },
];
