/**
 * Who to write to for each collectivité: the body's name (« Mairie de Lyon », « Conseil
 * départemental de l'Ain ») and the head (maire or président). The INSEE data lists départements
 * and régions as territories; a few are no longer, or never were, run by a conseil départemental
 * or régional. Those statutory cases, absent from the data, are listed here once.
 */
import type { Area } from './directory';
import { epciOfficialName, epciWithDe, withDe } from './names';

export type Head = 'mayor' | 'president';

export interface Body {
  /** The official name of the collectivité (« Lyon », « Ain », « Communauté de communes … »). */
  readonly name: string;
  /** « de Lyon », « du Havre », « de l'Ain », « de la Communauté de communes … ». */
  readonly ofName: string;
  /** The body written to, as the recipient block's name: « Mairie de Lyon », « Conseil départemental de l'Ain ». */
  readonly body: string;
  /**
   * What follows a président's title on the same line (« Madame la Présidente » + « du Conseil
   * départemental de l'Ain »); null for a maire, whose block reads « Monsieur le Maire » then the body.
   */
  readonly headOf: string | null;
  readonly head: Head;
  /** Shown with the proposal when the collectivité is not what its kind suggests. */
  readonly note?: string;
}

/** A body of a special statute, or null where no collectivité of that rank exists. */
type Special = Omit<Body, 'name' | 'ofName' | 'head'> | null;

const ALSACE: Special = {
  body: "Collectivité européenne d'Alsace",
  headOf: "de la Collectivité européenne d'Alsace",
  note: "Depuis 2021, la Collectivité européenne d'Alsace remplace les départements du Bas-Rhin et du Haut-Rhin.",
};

// Keyed by INSEE code. The collectivités d'outre-mer (975 and above) have neither.
const SPECIAL_DEPARTMENTS: Readonly<Record<string, Special>> = {
  // The Ville de Paris is one collectivité, commune and département: the commune stands for it.
  '75': null,
  // Since 2018 the Collectivité de Corse replaces both départements (proposed as the région).
  '2A': null,
  '2B': null,
  // Collectivités territoriales uniques, proposed as the région.
  '972': null,
  '973': null,
  '67': ALSACE,
  '68': ALSACE,
};

const SPECIAL_REGIONS: Readonly<Record<string, Special>> = {
  '94': {
    body: 'Collectivité de Corse',
    headOf: 'du Conseil exécutif de Corse',
    note: 'La Collectivité de Corse exerce aussi les compétences des deux départements de Corse.',
  },
  '02': {
    body: 'Collectivité territoriale de Martinique',
    headOf: 'du Conseil exécutif de Martinique',
    note: 'Collectivité unique : elle exerce les compétences du département et de la région.',
  },
  '03': {
    body: 'Collectivité territoriale de Guyane',
    headOf: 'de la Collectivité territoriale de Guyane',
    note: 'Collectivité unique : elle exerce les compétences du département et de la région.',
  },
  // The Département de Mayotte exercises the région's powers: proposed as the département.
  '06': null,
};

/** Codes of the collectivités d'outre-mer, listed by the data as départements and régions. */
const isOverseasCollectivity = (code: string): boolean =>
  code.length === 3 && code >= '975' && code !== '976';

export function communeBody(name: string, liaison: Area['liaison']): Body {
  const ofName = withDe(name, liaison);
  return { name, ofName, body: `Mairie ${ofName}`, headOf: null, head: 'mayor' };
}

export function epciBody(dgclName: string, type: string): Body {
  const name = epciOfficialName(dgclName);
  const ofName = epciWithDe(name);
  const body: Body = { name, ofName, body: name, headOf: ofName, head: 'president' };
  // The data lists the Métropole de Lyon among the EPCI (nature MET69), which it no longer is.
  return type === 'MET69'
    ? {
        ...body,
        note: 'Collectivité à statut particulier : elle exerce aussi, sur son territoire, les compétences du département.',
      }
    : body;
}

function areaBody(area: Area, council: string, special: Special | undefined): Body | null {
  if (special === null || isOverseasCollectivity(area.code)) return null;
  const ofName = withDe(area.name, area.liaison);
  const name = special?.body ?? area.name;
  if (special) return { ...special, name, ofName: `de la ${special.body}`, head: 'president' };
  const body = `${council} ${ofName}`;
  return { name, ofName, body, headOf: `du ${body}`, head: 'president' };
}

/** The conseil départemental, or null where no département is a collectivité (Paris, Corse…). */
export function departmentBody(department: Area): Body | null {
  return areaBody(department, 'Conseil départemental', SPECIAL_DEPARTMENTS[department.code]);
}

/** The conseil régional, or the collectivité unique that stands for it, or null (Mayotte, outre-mer). */
export function regionBody(region: Area): Body | null {
  return areaBody(region, 'Conseil régional', SPECIAL_REGIONS[region.code]);
}
