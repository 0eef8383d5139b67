/**
 * The opt-in enrichment from the API Annuaire de l'administration (service-public.gouv.fr, DILA;
 * no key; Licence Ouverte 2.0, credit « Service-Public.gouv.fr / DILA »): the query URL for a
 * commune's mairie, and the reading of its answer. Pure: the server fetches and writes.
 *
 * Format (Opendatasoft Explore API v2.1, dataset `api-lannuaire-administration`):
 *   GET https://api-lannuaire.service-public.gouv.fr/api/explore/v2.1/catalog/datasets/api-lannuaire-administration/records
 *       ?select=…&where=code_insee_commune="69266" and pivot LIKE "mairie"&limit=…
 * answers `{ total_count, results: [{ nom, telephone, adresse, adresse_courriel, pivot, … }] }`.
 * The host moved with Service-Public: « Depuis le 1er octobre 2025, le changement d'URL de
 * "service-public.fr" en "service-public.gouv.fr" » (dataset page below); the former host
 * `api-lannuaire.service-public.fr` is asked only when the current one fails.
 * Documented by the dataset page (https://www.data.gouv.fr/datasets/service-public-fr-annuaire-de-l-administration-base-de-donnees-locales/,
 * « API Annuaire de l'administration et des services publics ») and the Explore v2.1 reference
 * (records endpoint: select, where in ODSQL, limit ≤ 100); the same query is used by the Base
 * Adresse Nationale's mes-adresses-api (apps/api/src/lib/utils/annuaire-service-public.ts):
 * `where=code_insee_commune="<code>" and pivot LIKE "mairie"`, then `JSON.parse(result.adresse)`.
 * Pitfalls (../shared/docs/product.md): `telephone`, `adresse` and `pivot` are JSON inside
 * strings; `adresse_courriel` may hold several addresses separated by `;`; `LIKE "mairie"` also
 * returns annex and delegated town halls.
 */
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { searchKey } from './search-key';

const RECORDS_PATH = '/api/explore/v2.1/catalog/datasets/api-lannuaire-administration/records';

/** The API's host since 1 October 2025. */
export const ANNUAIRE_HOST = 'https://api-lannuaire.service-public.gouv.fr';
/** The host before, asked only when the current one fails (it may redirect or be gone). */
export const ANNUAIRE_FORMER_HOST = 'https://api-lannuaire.service-public.fr';

export const ANNUAIRE_RECORDS_URL = `${ANNUAIRE_HOST}${RECORDS_PATH}`;
export const ANNUAIRE_FORMER_RECORDS_URL = `${ANNUAIRE_FORMER_HOST}${RECORDS_PATH}`;

/** The manifest's urlFetchWhitelist entries (https://developers.google.com/apps-script/manifest/allowlist-url). */
export const ANNUAIRE_URL_PREFIXES = [`${ANNUAIRE_HOST}/`, `${ANNUAIRE_FORMER_HOST}/`] as const;

export const ANNUAIRE_CREDIT = 'Source : Service-Public.gouv.fr / DILA';

/** A commune's INSEE code (« 69266 », « 2A004 »): the only thing the query sends. */
export const INSEE_COMMUNE_CODE = /^\d[\dAB]\d{3}$/;

export function isInseeCommuneCode(code: string): boolean {
  return INSEE_COMMUNE_CODE.test(code.trim().toUpperCase());
}

/** The fields the contact completion asks for. */
// affectation_personne: the people of the mairie and their function, the maire among them.
export const CONTACT_FIELDS = 'nom,telephone,adresse,adresse_courriel,pivot,affectation_personne';
/**
 * The fields the convention asks for: the mairie's `siret`, a field of the dataset (« SIRET »
 * in the technical documentation, documentation_technique_api_annuaire_de_l_administration.pdf,
 * attached to the dataset), often empty.
 */
export const SIRET_FIELDS = 'nom,siret,pivot';

/** The queries for the mairie(s) of `inseeCode`, current host first, then the former one. */
export function mairieQueryUrls(inseeCode: string): readonly [string, string] {
  const current = mairieQueryUrl(inseeCode);
  return [current, `${ANNUAIRE_FORMER_RECORDS_URL}${current.slice(ANNUAIRE_RECORDS_URL.length)}`];
}

/** The query for the mairie(s) of the commune `inseeCode`; throws on anything but an INSEE code. */
export function mairieQueryUrl(inseeCode: string, fields: string = CONTACT_FIELDS): string {
  const code = inseeCode.trim().toUpperCase();
  if (!INSEE_COMMUNE_CODE.test(code)) throw new Error(`Not an INSEE commune code: ${inseeCode}`);
  const params = [
    ['select', fields],
    ['where', `code_insee_commune="${code}" and pivot LIKE "mairie"`],
    // A commune has one mairie and sometimes a few annexes or delegated ones.
    ['limit', '20'],
  ];
  return `${ANNUAIRE_RECORDS_URL}?${params.map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`).join('&')}`;
}

/** What the Annuaire gives for a mairie, ready for the tracking row. */
export interface MairieContact {
  /** « Mairie - Villeurbanne ». */
  readonly name: string;
  /** The first phone number given, as written by the Annuaire; '' when none. */
  readonly phone: string;
  /** « Place Lazare-Goujon », « 69100 Villeurbanne »; [] when none. */
  readonly addressLines: readonly string[];
  readonly emails: readonly string[];
  /** The maire, when the Annuaire names them (`affectation_personne`, fonction « Maire »). */
  readonly head?: MairieHead;
  /** The mairie's SIRET, 14 digits, when the query asked for it and the Annuaire gives one. */
  readonly siret?: string;
  readonly credit: typeof ANNUAIRE_CREDIT;
}

/** The maire as the Annuaire names them: « Madame », « Claire Dupont ». */
export interface MairieHead {
  readonly civility: 'Madame' | 'Monsieur';
  readonly name: string;
}

export type AnnuaireReading =
  | { readonly status: 'found'; readonly contact: MairieContact }
  | { readonly status: 'notFound' }
  | { readonly status: 'unexpected'; readonly detail: string };

const text = lazy(() => z.catch(z.string(), ''));
const RecordSchema = lazy(() =>
  z.object({
    nom: z.catch(z.string(), ''),
    telephone: z.optional(z.unknown()),
    adresse: z.optional(z.unknown()),
    adresse_courriel: z.optional(z.unknown()),
    pivot: z.optional(z.unknown()),
    affectation_personne: z.optional(z.unknown()),
    siret: z.optional(z.unknown()),
  }),
);
type AnnuaireRecord = z.infer<typeof RecordSchema>;

const Answer = lazy(() => z.object({ results: z.array(z.unknown()) }));

const Phone = lazy(() => z.object({ valeur: text }));
const Address = lazy(() =>
  z.object({
    type_adresse: z.optional(text),
    complement1: z.optional(text),
    complement2: z.optional(text),
    numero_voie: z.optional(text),
    service_distribution: z.optional(text),
    code_postal: z.optional(text),
    nom_commune: z.optional(text),
  }),
);
const Pivot = lazy(() => z.object({ type_service_local: text }));
// One person of the service: `{ fonction: "Maire", personne: { civilite, prenom, nom } }`.
const Assignment = lazy(() =>
  z.object({
    fonction: z.optional(text),
    personne: z.optional(
      z.object({ civilite: z.optional(text), prenom: z.optional(text), nom: z.optional(text) }),
    ),
  }),
);

/**
 * A field the Annuaire sends as JSON inside a string (or, should it ever change, as the array
 * itself): the valid items of `schema`; a malformed string gives none.
 */
function jsonList<T>(value: unknown, schema: z.ZodMiniType<T>): T[] {
  let list: unknown = value;
  if (typeof value === 'string') {
    if (value.trim() === '') return [];
    try {
      list = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const parsed = z.safeParse(schema, item);
    return parsed.success ? [parsed.data] : [];
  });
}

const squash = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function addressLinesOf(value: unknown): string[] {
  const addresses = jsonList(value, Address);
  // The street address first; a postal one (« BP 5051 ») only when there is nothing else.
  const chosen = addresses.find((a) => squash(a.type_adresse).toLowerCase() === 'adresse') ?? addresses[0];
  if (chosen === undefined) return [];
  const town = squash(`${squash(chosen.code_postal)} ${squash(chosen.nom_commune)}`);
  return [chosen.complement1, chosen.complement2, chosen.numero_voie, chosen.service_distribution, town]
    .map(squash)
    .filter((line) => line !== '');
}

// The Annuaire writes « Monsieur », « Madame », or their abbreviations.
const CIVILITY_OF: Readonly<Record<string, MairieHead['civility']>> = {
  madame: 'Madame',
  mme: 'Madame',
  'mme.': 'Madame',
  mlle: 'Madame',
  monsieur: 'Monsieur',
  m: 'Monsieur',
  'm.': 'Monsieur',
  mr: 'Monsieur',
};

/** « DUPONT » → « Dupont », « LE GALL » → « Le Gall »; a name already in mixed case is kept. */
function nameCase(name: string): string {
  if (name !== name.toLocaleUpperCase('fr')) return name;
  return name
    .toLocaleLowerCase('fr')
    .replace(
      /(^|[\s'’-])(\p{L})/gu,
      (_, before: string, letter: string) => before + letter.toLocaleUpperCase('fr'),
    );
}

/**
 * The maire among the mairie's people: the one whose function is exactly « Maire » (not
 * « Maire délégué », « Adjoint au maire »), with a civility and a name; else nothing.
 */
function headOf(value: unknown): MairieHead | undefined {
  for (const assignment of jsonList(value, Assignment)) {
    if (squash(assignment.fonction).toLocaleLowerCase('fr') !== 'maire') continue;
    const person = assignment.personne;
    const civility = CIVILITY_OF[squash(person?.civilite).toLocaleLowerCase('fr')];
    const name = squash(`${squash(person?.prenom)} ${nameCase(squash(person?.nom))}`);
    if (civility !== undefined && squash(person?.nom) !== '') return { civility, name };
  }
  return undefined;
}

const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;

function emailsOf(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  const all = value
    .split(/[;,]/)
    .map((e) => e.trim())
    .filter((e) => EMAIL.test(e));
  return [...new Set(all)];
}

/** 14 digits, whether the Annuaire sends them as text (with spaces or not) or as a number. */
function siretOf(value: unknown): string {
  const digits =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.replace(/\s/g, '') : '';
  return /^\d{14}$/.test(digits) ? digits : '';
}

const ANNEX = /\b(annexe|deleguee|delegue|mobile)\b/;
const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The commune's own mairie among what `LIKE "mairie"` returned: the one named « Mairie -
 * <commune> » when a commune name is known, else the first that is neither an annex nor a
 * delegated mairie, else nothing (an annex's phone is not the mairie's).
 */
function mainMairie(records: readonly AnnuaireRecord[], communeName: string): AnnuaireRecord | undefined {
  const mairies = records.filter((r) => {
    const types = jsonList(r.pivot, Pivot).map((p) => p.type_service_local);
    return types.length === 0 || types.includes('mairie');
  });
  const notAnnex = mairies.filter((r) => !ANNEX.test(plain(r.nom)));
  if (communeName.trim() !== '') {
    const wanted = searchKey(`Mairie ${communeName}`);
    const named = notAnnex.find((r) => searchKey(r.nom) === wanted);
    if (named) return named;
  }
  return notAnnex[0];
}

/**
 * Reads the Annuaire's answer (the body of the records endpoint). `communeName` helps pick the
 * main mairie. Anything else than the documented shape is `unexpected`, never a guess.
 */
export function readMairieAnswer(body: string, communeName = ''): AnnuaireReading {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { status: 'unexpected', detail: 'not JSON' };
  }
  const answer = z.safeParse(Answer, json);
  if (!answer.success) return { status: 'unexpected', detail: 'no results array' };
  const records = answer.data.results.flatMap((item) => {
    const parsed = z.safeParse(RecordSchema, item);
    return parsed.success ? [parsed.data] : [];
  });
  const mairie = mainMairie(records, communeName);
  if (mairie === undefined) return { status: 'notFound' };
  const phone = jsonList(mairie.telephone, Phone)
    .map((p) => squash(p.valeur))
    .find((p) => p !== '');
  const head = headOf(mairie.affectation_personne);
  return {
    status: 'found',
    contact: {
      name: squash(mairie.nom),
      phone: phone ?? '',
      addressLines: addressLinesOf(mairie.adresse),
      emails: emailsOf(mairie.adresse_courriel),
      ...(head === undefined ? {} : { head }),
      ...(siretOf(mairie.siret) === '' ? {} : { siret: siretOf(mairie.siret) }),
      credit: ANNUAIRE_CREDIT,
    },
  };
}

/** Whether the contact brings anything at all. */
export function hasContactDetails(contact: MairieContact): boolean {
  return (
    contact.phone !== '' ||
    contact.addressLines.length > 0 ||
    contact.emails.length > 0 ||
    contact.head !== undefined
  );
}

/** The cells the enrichment may fill: only those the person left empty. */
export interface ContactCells {
  readonly phone: string;
  readonly email: string;
  readonly address: string;
  readonly notes: string;
  /** The maire the letters are addressed to (« Madame », « Claire Dupont »). */
  readonly headCivility: string;
  readonly headName: string;
}

export interface Completion {
  /** The cells to write (Notes included when anything else is filled). */
  readonly cells: Partial<ContactCells>;
  /** « téléphone », « courriel », « adresse », « maire »: what was filled, for the message and the journal. */
  readonly filled: readonly string[];
}

/**
 * What the contact adds to a row: each of Téléphone, E-mail, Adresse only when its cell is
 * empty (what the person typed is never replaced); the credit (and any other e-mail addresses)
 * appended to Notes when anything was filled.
 */
export function completeContact(row: ContactCells, contact: MairieContact): Completion {
  const cells: { -readonly [K in keyof ContactCells]?: string } = {};
  const filled: string[] = [];
  const [firstEmail, ...otherEmails] = contact.emails;
  if (row.phone.trim() === '' && contact.phone !== '') {
    cells.phone = contact.phone;
    filled.push('téléphone');
  }
  if (row.email.trim() === '' && firstEmail !== undefined) {
    cells.email = firstEmail;
    filled.push('courriel');
  }
  if (row.address.trim() === '' && contact.addressLines.length > 0) {
    cells.address = contact.addressLines.join(', ');
    filled.push('adresse');
  }
  // The maire: only when the person has not recorded one (« Inconnue » included: an answer is theirs).
  if (row.headCivility.trim() === '' && row.headName.trim() === '' && contact.head !== undefined) {
    cells.headCivility = contact.head.civility;
    cells.headName = contact.head.name;
    filled.push('civilité et nom du maire');
  }
  if (filled.length === 0) return { cells: {}, filled };
  const others =
    cells.email !== undefined && otherEmails.length > 0
      ? ` Autres adresses : ${otherEmails.join(', ')}.`
      : '';
  const note = `Coordonnées complétées depuis l’Annuaire de l’administration (${filled.join(', ')}).${others} ${contact.credit}.`;
  const notes = row.notes.trim();
  cells.notes = notes === '' ? note : `${notes}\n${note}`;
  return { cells, filled };
}

/** The « Compléter les coordonnées depuis l'Annuaire de l'administration » setting: off by default. */
export const AnnuaireSettingsSchema = lazy(() =>
  z.object({
    enabled: z.boolean({ error: 'Choisissez oui ou non.' }),
  }),
);

export type AnnuaireSettings = z.infer<typeof AnnuaireSettingsSchema>;

export const DEFAULT_ANNUAIRE_SETTINGS: AnnuaireSettings = { enabled: false };

/** Stored settings read leniently: anything damaged is « off ». */
export function annuaireSettingsFromStored(stored: string | null): AnnuaireSettings {
  if (stored === null) return DEFAULT_ANNUAIRE_SETTINGS;
  try {
    const parsed = z.safeParse(AnnuaireSettingsSchema, JSON.parse(stored));
    return parsed.success ? parsed.data : DEFAULT_ANNUAIRE_SETTINGS;
  } catch {
    return DEFAULT_ANNUAIRE_SETTINGS;
  }
}
