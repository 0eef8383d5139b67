/**
 * The one source of text for the permissions (OAuth scopes) the add-on asks for: what each is
 * for, in French for the people who authorise it (sidebar « Aide », README, docs/confidentialite.md)
 * and in English for the Marketplace listing and the OAuth consent screen's justification
 * (docs/publication.md). tests/shared/permissions.test.ts fails when a scope of appsscript.json
 * has no entry here, or an entry no scope; `npm run docs` rewrites the generated blocks of the
 * docs and a test checks they are in sync.
 */

export interface Permission {
  /** The scope as appsscript.json lists it. */
  readonly scope: string;
  /** What the person does that needs it, in a few French words (a heading). */
  readonly title: string;
  /** Why, in French, for the person who authorises it: what is done, when, and what is not. */
  readonly fr: string;
  /** The same justification in English, for the OAuth consent screen and the Marketplace. */
  readonly en: string;
  /**
   * About what Google's authorisation screen shows for the scope in French (docs/installation.md
   * quotes it so that people recognise the line; Google's exact wording may vary).
   */
  readonly googleSays: string;
  /** Google classes it as sensitive: publishing needs OAuth verification for it. */
  readonly sensitive: boolean;
  /** Nothing is done with it until the person turns the feature on. */
  readonly optIn: boolean;
}

const AUTH = 'https://www.googleapis.com/auth/';

export const PERMISSIONS: readonly Permission[] = [
  {
    scope: `${AUTH}spreadsheets.currentonly`,
    title: 'Ce classeur, et lui seul',
    fr: 'Lire et écrire dans le classeur où le module est installé, et dans aucun autre\u00a0: le plan de stage, le suivi des demandes, le journal des démarches, le tableau de bord. Cette permission sert aussi à partager le classeur avec votre conseiller ou conseillère, seulement quand vous le demandez.',
    en: 'Read and write the spreadsheet the add-on is installed in, and no other: the internship plan, the tracking table, the action journal and the dashboard sheets. It also covers sharing that spreadsheet with the counsellor (Spreadsheet.addEditor), only when the user asks for it, so no Drive scope is requested.',
    googleSays: 'Afficher et gérer les feuilles de calcul dans lesquelles cette application a été installée',
    sensitive: false,
    optIn: false,
  },
  {
    scope: `${AUTH}script.container.ui`,
    title: 'Le menu et le panneau',
    fr: 'Afficher le menu Extensions › Stage en collectivité, le panneau latéral et les petits messages en bas de l’écran.',
    en: 'Show the add-on menu (Extensions › Stage en collectivité), its sidebar and toasts inside Google Sheets.',
    googleSays:
      'Afficher et exécuter du contenu Web tiers dans les invites et les barres latérales des applications Google',
    sensitive: false,
    optIn: false,
  },
  {
    scope: `${AUTH}documents`,
    title: 'Les courriers dans Google Docs',
    fr: 'Créer dans votre Drive un nouveau document Google Docs pour chaque courrier, fiche d’appel ou récapitulatif de vos démarches, seulement quand vous cliquez sur «\u00a0Rédiger dans Google Docs\u00a0» ou «\u00a0Créer le récapitulatif dans Google Docs\u00a0». Le module n’ouvre, ne modifie, ne partage ni ne supprime aucun autre document.',
    en: 'Create a new Google Doc in the user’s Drive for each letter, phone script or recap of the job-search actions, only when the user clicks « Rédiger dans Google Docs » or « Créer le récapitulatif dans Google Docs ». The narrower documents.currentonly scope only reaches a document the script is bound to, and this script is bound to a spreadsheet. No other document is opened, changed, shared or deleted.',
    googleSays: 'Consulter, modifier, créer et supprimer tous vos documents Google Docs',
    sensitive: true,
    optIn: false,
  },
  {
    scope: `${AUTH}script.scriptapp`,
    title: 'Le rappel quotidien (facultatif)',
    fr: 'Programmer le rappel quotidien, envoyé chaque matin entre 7 et 8\u00a0heures, seulement si vous l’activez dans les réglages\u00a0; le désactiver le supprime.',
    en: 'Install the optional daily reminder’s time-driven trigger (every day, some time between 7 and 8 a.m.) when the user turns it on in the settings, and remove it when they turn it off: one per person per spreadsheet, recorded in the spreadsheet with its own id.',
    googleSays: 'Autoriser cette application à s’exécuter lorsque vous n’êtes pas présent',
    sensitive: false,
    optIn: true,
  },
  {
    scope: `${AUTH}script.send_mail`,
    title: 'Le courriel du rappel (facultatif)',
    fr: 'Envoyer le courriel du rappel quotidien depuis votre compte, à vous-même (votre conseiller ou conseillère en copie si vous le choisissez). Aucun courriel n’est envoyé tant que le rappel n’est pas activé, ni un jour sans relance à faire.',
    en: 'Send the optional daily reminder e-mail from the user’s own account to themselves (the counsellor in copy if chosen). Nothing is sent until the reminder is turned on, nor on a day with no follow-up due.',
    googleSays: 'Envoyer des e-mails en votre nom',
    sensitive: false,
    optIn: true,
  },
  {
    scope: `${AUTH}script.external_request`,
    title: 'L’Annuaire de l’administration (facultatif)',
    fr: 'Demander à l’API Annuaire de l’administration (Service-Public, un service de l’État) le téléphone, l’adresse et le courriel d’une mairie, la civilité et le nom de son maire (à qui s’adressent les courriers) et son numéro SIRET pour la convention, seulement si vous activez cette option. Seul le code INSEE de la commune est envoyé, rien d’autre.',
    en: 'Ask the French government’s API Annuaire de l’administration (Service-Public, DILA) for a town hall’s phone, address and e-mail, its mayor’s civility and name (to whom the letters are addressed) and its SIRET for the convention, only when the user turns this option on. Only the commune’s public INSEE code is sent.',
    googleSays: 'Se connecter à un service externe',
    sensitive: false,
    optIn: true,
  },
  {
    scope: `${AUTH}userinfo.email`,
    title: 'Votre adresse, pour signer le journal',
    fr: 'Connaître votre adresse, et rien d’autre de votre compte\u00a0: pour signer chaque ligne du journal des démarches (colonne «\u00a0Auteur\u00a0») et pour adresser le rappel quotidien à la personne qui l’a activé. Elle n’est écrite que dans ce classeur.',
    en: 'Read the user’s own e-mail address, and nothing else of their account: the author of each action journal line (Session.getActiveUser) and the daily reminder’s recipient (Session.getEffectiveUser). It is only written into this spreadsheet.',
    googleSays: 'Afficher l’adresse e-mail principale de votre compte Google',
    sensitive: false,
    optIn: false,
  },
];

/** The short name of a scope, as people write it: `documents`, `script.send_mail`… */
export const shortScope = (scope: string): string => scope.replace(AUTH, '');
