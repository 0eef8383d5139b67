/**
 * The columns of « Suivi des demandes » and « Journal des démarches ». The key is the column's
 * identity: it is stored as developer metadata on the column, so the column is found again
 * after the counsellor moves or renames it. Header, width, format and dropdown are what the
 * add-on writes when it creates the column.
 */
import { TEXT_FORMAT } from './text';
import { CIVILITIES, COLLECTIVITY_TYPES, HEAD_CIVILITIES, REFUSAL_REASONS, STEPS } from './vocabulary';

/** Developer-metadata key put on each column the add-on owns; the value is the column key. */
export const COLUMN_METADATA_KEY = 'stage-en-collectivite.column';

export const REQUESTS_SHEET_NAME = 'Suivi des demandes';
export const JOURNAL_SHEET_NAME = 'Journal des démarches';

export const DATE_FORMAT = 'dd/mm/yyyy';

export type ColumnKind = 'text' | 'date';

export interface ColumnDefinition<K extends string = string> {
  readonly key: K;
  readonly header: string;
  /** Other headers a person may have typed for the same column (found case- and accent-blind). */
  readonly aliases: readonly string[];
  readonly width: number;
  readonly kind: ColumnKind;
  /** Number format to apply, null to leave Sheets' automatic format. */
  readonly numberFormat: string | null;
  /** Dropdown values (requireValueInList), null when the column is free. */
  readonly dropdown: readonly string[] | null;
}

function column<K extends string>(
  key: K,
  header: string,
  width: number,
  options: Partial<Pick<ColumnDefinition, 'aliases' | 'kind' | 'numberFormat' | 'dropdown'>> = {},
): ColumnDefinition<K> {
  const kind = options.kind ?? 'text';
  return {
    key,
    header,
    width,
    kind,
    aliases: options.aliases ?? [],
    numberFormat: options.numberFormat ?? (kind === 'date' ? DATE_FORMAT : null),
    dropdown: options.dropdown ?? null,
  };
}

export const REQUEST_COLUMNS = [
  column('requestId', 'N°', 70, { aliases: ['No', 'Numéro', 'Num'] }),
  column('collectivity', 'Collectivité', 200),
  column('collectivityType', 'Type', 130, {
    dropdown: COLLECTIVITY_TYPES,
    aliases: ['Type de collectivité'],
  }),
  column('code', 'Code (INSEE/SIREN)', 110, {
    numberFormat: TEXT_FORMAT,
    aliases: ['Code', 'Code INSEE', 'SIREN'],
  }),
  column('service', 'Service visé', 170, { aliases: ['Service'] }),
  column('contactName', 'Interlocuteur', 160),
  column('civility', 'Civilité', 90, { dropdown: CIVILITIES }),
  column('contactRole', 'Fonction', 150),
  column('phone', 'Téléphone', 130, { numberFormat: TEXT_FORMAT, aliases: ['Tél', 'Tel'] }),
  column('email', 'Courriel', 200, { aliases: ['E-mail', 'Mail', 'Adresse électronique'] }),
  column('address', 'Adresse', 220),
  column('step', 'Étape', 140, { dropdown: STEPS }),
  column('firstContactDate', 'Date du premier contact', 120, { kind: 'date', aliases: ['Premier contact'] }),
  column('lastActionDate', 'Dernière démarche', 120, { kind: 'date', aliases: ['Dernière démarche (date)'] }),
  column('nextFollowUpDate', 'Prochaine relance', 120, {
    kind: 'date',
    aliases: ['Prochaine relance (date)'],
  }),
  column('refusalReason', 'Motif de refus', 220, { dropdown: REFUSAL_REASONS, aliases: ['Motif du refus'] }),
  column('letter', 'Courrier', 160, { aliases: ['Lien du courrier'] }),
  column('notes', 'Notes', 260),
  column('counsellorComment', 'Commentaire du conseiller', 260, {
    aliases: ['Commentaire de la conseillère', 'Commentaire du conseiller ou de la conseillère'],
  }),
  // The head of the body the letters are addressed to (maire, président·e), apart from the person
  // spoken to. Appended last: set-up adds them to an existing table without moving any column.
  column('headCivility', 'Civilité du maire ou du président', 150, {
    dropdown: HEAD_CIVILITIES,
    aliases: ['Civilité du maire', 'Civilité du président', 'Civilité de la présidente'],
  }),
  column('headName', 'Nom du maire ou du président', 200, {
    aliases: ['Nom du maire', 'Maire', 'Nom du président', 'Nom de la présidente'],
  }),
] as const;

export type RequestColumnKey = (typeof REQUEST_COLUMNS)[number]['key'];

export const JOURNAL_COLUMNS = [
  column('date', 'Date', 100, { kind: 'date' }),
  column('requestId', 'N°', 70, { aliases: ['No', 'Numéro'] }),
  column('collectivity', 'Collectivité', 200),
  // No dropdown: only the add-on writes the journal, and a rule would only slow appends.
  column('action', 'Démarche', 110),
  column('detail', 'Détail', 360),
  column('author', 'Auteur', 200),
] as const;

export type JournalColumnKey = (typeof JOURNAL_COLUMNS)[number]['key'];
