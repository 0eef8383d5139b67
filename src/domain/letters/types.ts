/**
 * What the letter writer needs and what it gives back. The input is its own: an adapter maps
 * the stage plan and a row of « Suivi des demandes » into it, so this module depends on neither.
 * Text fields hold what the person typed; an empty string means « not filled in ».
 */

/** A calendar day, "yyyy-mm-dd" (the same form as the tracking table's days). */
export type IsoDay = string;

export type Civility = 'Madame' | 'Monsieur';

export interface Sender {
  /** Not needed by the text: the letters avoid every word that would agree with the writer's gender. */
  readonly civility?: Civility;
  readonly firstName: string;
  readonly lastName: string;
  /** Street lines, e.g. ["12 rue des Lilas", "Bâtiment B"]. */
  readonly addressLines: readonly string[];
  readonly postalCode: string;
  readonly town: string;
  readonly phone: string;
  readonly email: string;
}

export type CollectivityKind = 'commune' | 'intercommunality' | 'department' | 'region' | 'other';

/** The head of the collectivité, to whom a letter is addressed. */
export interface Head {
  readonly civility: Civility | 'unknown';
  readonly title: 'mayor' | 'president' | 'other';
  /** For `other`: the function as the person wrote it (« directrice générale des services »). */
  readonly otherTitle?: string;
  /** « Claire Dupont », when known (the tracking table, the API Annuaire). */
  readonly name?: string;
  /**
   * Nobody has said yet who the head is: the letters wait for the answer (« Madame »,
   * « Monsieur », or « Inconnue » when the person cannot find it) rather than guess.
   */
  readonly unasked?: boolean;
}

/** A person named in the letter: the one spoken to by phone, or met. */
export interface Contact {
  readonly civility?: Civility;
  /** « Dupont » or « Claire Dupont ». */
  readonly name: string;
  /** As written (« cheffe du service Espaces verts », « responsable des espaces verts »). */
  readonly function?: string;
}

export interface PostalAddress {
  readonly lines: readonly string[];
  readonly postalCode: string;
  readonly town: string;
}

export interface Recipient {
  readonly kind: CollectivityKind;
  /** Official name as the adapter gives it: « Mairie de Lyon », « Conseil départemental de l'Ain ». */
  readonly name: string;
  /**
   * The name with its article after « de » (« du Conseil départemental de l'Ain »), when the
   * collectivités module knows it: the recipient block then reads « Madame la Présidente du
   * Conseil départemental de l'Ain » on one line. Without it, title and name take two lines.
   */
  readonly nameWithArticle?: string;
  readonly head: Head;
  /** The service aimed at, as the person wrote it (« Espaces verts », « direction des ressources humaines »). */
  readonly service: string;
  /** The person spoken to by phone, if any. */
  readonly interlocutor?: Contact;
  /** The person spoken to was the head: the letters speak to them of « notre échange ». */
  readonly interlocutorIsHead?: boolean;
  readonly address?: PostalAddress;
  /** The number to call, for the fiche d'appel. */
  readonly phone?: string;
}

/** The three official objectives of a PMSMP convention. */
export type Objective = 'discover' | 'confirm' | 'recruit';

/** The guide's roles: observateur, stagiaire en apprentissage, acteur. */
export type Role = 'observer' | 'learner' | 'actor';

/** One role over a run of weeks (1-based, inclusive). */
export interface RolePhase {
  readonly role: Role;
  readonly fromWeek: number;
  readonly toWeek: number;
}

export type StagePeriod =
  | { readonly kind: 'dates'; readonly start: IsoDay; readonly end: IsoDay }
  /** As the person wrote it: « en mars 2027 », « au printemps 2027 », « mars ou avril 2027 ». */
  | { readonly kind: 'text'; readonly text: string };

export type Prescriber = 'franceTravail' | 'capEmploi' | 'missionLocale' | 'other';

export interface Counsellor {
  readonly name?: string;
  readonly prescriber?: Prescriber;
  /** For `other`: the body as it reads after « avec » (« le PLIE de Lyon »). */
  readonly prescriberName?: string;
  /** « agence de Lyon Part-Dieu », « Mission locale de Lyon »… */
  readonly agency?: string;
}

export interface LetterPlan {
  /** Who I am and my situation: one or two sentences in the first person. */
  readonly situation: string;
  readonly objective?: Objective;
  /** The job aimed at, a noun phrase (« agent des espaces verts »). */
  readonly targetJob?: string;
  /** Why this service and this collectivité: one or two sentences in the first person. */
  readonly why: string;
  /**
   * What I want to see, do and learn: phrases, each either a noun phrase with its article
   * (« l'entretien des massifs ») or an infinitive phrase (« tailler les haies »).
   */
  readonly toSee: readonly string[];
  readonly toDo: readonly string[];
  readonly toLearn: readonly string[];
  /** Role phases, counted in weeks, or in days when the duration is in days (`durationDays`). */
  readonly roles: readonly RolePhase[];
  readonly durationWeeks?: number;
  /** A duration the plan gives in days (« 10 jours »): the letters then count in days. */
  readonly durationDays?: number;
  /** The town the person lives in (the plan's « Ma commune de résidence »). */
  readonly homeTown?: string;
  /** The presentation the person edited for the call (the fiche d'appel reads it as written). */
  readonly pitch?: string;
  readonly period?: StagePeriod;
  readonly rhythm?: 'fullTime' | 'partTime';
  readonly hoursPerWeek?: number;
  readonly counsellor: Counsellor;
}

/** Why the collectivité said no (the tracking table's « Motif de refus »). */
export type RefusalReason =
  | 'noNeed'
  | 'noTutor'
  | 'periodOrDuration'
  | 'serviceNotSuited'
  | 'hrProcedure'
  | 'other';

export interface LetterHistory {
  /** The phone call that came before the demande (the person spoken to is `recipient.interlocutor`). */
  readonly call?: { readonly date: IsoDay };
  /** The demande already sent, for a relance; without a subject, the demande's own is used. */
  readonly firstLetter?: { readonly date: IsoDay; readonly subject?: string };
  readonly meeting?: { readonly date: IsoDay; readonly with?: Contact };
  readonly refusal?: { readonly date: IsoDay; readonly reason?: RefusalReason };
}

export interface LetterInput {
  readonly sender: Sender;
  readonly recipient: Recipient;
  readonly plan: LetterPlan;
  readonly history: LetterHistory;
  /** The day of writing (today, in the spreadsheet's zone). */
  readonly writtenOn: IsoDay;
  /** The town of writing; the sender's town when empty or absent. */
  readonly writtenAt?: string;
}

export type LetterKind = 'request' | 'followUp' | 'thanksAfterMeeting' | 'thanksAfterRefusal' | 'callSheet';

export type BlockKind =
  | 'sender'
  | 'recipient'
  | 'placeDate'
  | 'subject'
  | 'attention'
  | 'salutation'
  | 'paragraph'
  | 'closing'
  | 'signature'
  /** Fiche d'appel only: a section title, and a bulleted list (one item per line). */
  | 'heading'
  | 'list';

export interface LetterBlock {
  readonly kind: BlockKind;
  /** Lines of the block; a paragraph has one line, which the adapter lets wrap. */
  readonly lines: readonly string[];
  readonly align: 'left' | 'right' | 'justify';
  readonly bold?: boolean;
}

/** A letter (or the fiche d'appel) ready to be laid out, every word in final French form. */
export interface LetterDocument {
  readonly kind: LetterKind;
  /** The Doc's name: « 2026-11-28 Demande de stage — Mairie de Lyon ». */
  readonly title: string;
  readonly blocks: readonly LetterBlock[];
}
