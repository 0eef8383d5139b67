/**
 * The compact directory of collectivités written at build time (scripts/collectivites-data.ts)
 * into dist/ (its parts by département, the groupings; the name index in name-index.ts) and read
 * by the server only when a search is made.
 *
 * Columnar rather than one object per commune: 35,000 objects with repeated keys would be
 * three times larger to store and slower to parse. Row i of every commune column is commune i.
 * Long columns of short fixed-width values are single strings (split or sliced on load), numbers
 * are number arrays, references are indexes into the other tables.
 */

/** Bumped whenever the shape changes, so that a stale file is refused rather than misread. */
export const COLLECTIVITES_FORMAT = 'collectivites/1';

/**
 * What the data's files in dist/ are named after, as HtmlService.createHtmlOutputFromFile() wants
 * them (no extension): `Collectivites-69`, `Collectivites-noms-12`… No file has this name alone.
 */
export const COLLECTIVITES_FILE = 'Collectivites';

/**
 * One département's part of the directory (issue 14): its communes, the intercommunalités any
 * of them belongs to with all their members (an EPCI may span two départements), and every
 * département and région with its population. What proposals for one commune and a letter to
 * one commune need, about 1 % of the whole file.
 */
export const departmentFile = (departmentCode: string) =>
  `${COLLECTIVITES_FILE}-${departmentCode.toUpperCase()}`;

/** The départements, régions and intercommunalités without any commune: a letter to one of them. */
export const GROUPINGS_FILE = `${COLLECTIVITES_FILE}-groupements`;

/**
 * INSEE type de liaison (TNCC) as one character per row: '0'…'8', or '?' when the data gives
 * none (the communes of the collectivités d'outre-mer).
 */
export type LiaisonColumn = string;

export interface CompactCollectivites {
  readonly format: typeof COLLECTIVITES_FORMAT;
  /** Package and version the data comes from (cited in the add-on's credits). */
  readonly source: string;
  readonly regions: {
    readonly code: readonly string[];
    readonly name: readonly string[];
    readonly liaison: LiaisonColumn;
    /** Sum of the communes' populations, computed at build (a part of the file lacks most communes). */
    readonly population?: readonly number[];
  };
  readonly departments: {
    readonly code: readonly string[];
    readonly name: readonly string[];
    readonly liaison: LiaisonColumn;
    /** Index into `regions`. */
    readonly region: readonly number[];
    /** Sum of the communes' populations, computed at build. */
    readonly population?: readonly number[];
  };
  readonly epci: {
    /** SIRENs, 9 characters each, concatenated. */
    readonly siren: string;
    /** Names as the DGCL writes them (« CC Faucigny - Glières », « Métropole de Lyon »). */
    readonly name: readonly string[];
    /** DGCL nature: CC, CA, CU, METRO, MET69. */
    readonly type: readonly string[];
  };
  readonly communes: {
    /**
     * INSEE codes, 5 characters each, concatenated. The département is the code's first two
     * characters (three from 97 and 98 on), and the région follows from the département.
     */
    readonly code: string;
    /** Names joined by '|' (no commune name contains it). */
    readonly name: string;
    readonly liaison: LiaisonColumn;
    /**
     * Postal codes: communes separated by '|', a commune's codes by ','. A code that starts
     * with the commune's two first INSEE characters keeps only its last three digits
     * (« 01400 » for 01001 is stored « 400 »): 99 % of codes do.
     */
    readonly postalCodes: string;
    /** Population (INSEE, as the package gives it); -1 when unknown. */
    readonly population: readonly number[];
    /**
     * SIREN: most communes have « 21 » + two first INSEE characters + « 0 » + the other three +
     * one check digit; this column holds that digit, or '.' when the SIREN is the next one of
     * `sirenExceptions`, or '-' when the commune has none.
     */
    readonly sirenKey: string;
    /** SIRENs that do not follow the pattern (new communes, Saint-Denis…), 9 digits each, in row order. */
    readonly sirenExceptions: string;
    /** Index into `epci` in base 36 on two characters (1,296 > 1,255 EPCI), '--' for none. */
    readonly epci: string;
  };
}

/** Width of one `communes.epci` value. */
export const EPCI_INDEX_WIDTH = 2;

/** The département code of a commune: 2 characters, 3 for the outre-mer (97…, 98…). */
export function departmentOfCommune(inseeCode: string): string {
  return inseeCode.slice(0, inseeCode.startsWith('97') || inseeCode.startsWith('98') ? 3 : 2);
}

/**
 * The départements whose part of the directory holds every commune with this postal code: the
 * code's first two digits (three from 97 on), both Corsican départements for 20. A commune
 * whose postal code starts like another département's is copied into that part too (build).
 */
export function departmentsOfPostalCode(postalCode: string): string[] {
  if (postalCode.startsWith('20')) return ['2A', '2B'];
  return [postalCode.slice(0, postalCode.startsWith('97') || postalCode.startsWith('98') ? 3 : 2)];
}

/** The SIREN most communes have, up to its check digit. */
export function sirenStem(inseeCode: string): string {
  return `21${inseeCode.slice(0, 2)}0${inseeCode.slice(2)}`;
}
