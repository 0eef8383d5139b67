/**
 * Who to write to for each collectivité: the body's name (« Mairie de Lyon », « Conseil
 * départemental de l'Ain ») and the head (maire or président). The INSEE data lists départements
 * and régions as territories; a few are no longer, or never were, run by a conseil départemental
 * or régional. Those statutory cases, absent from the data, are listed here once.
 */
import type { Area } from './directory';
import { epciOfficialName, epciWithDe, withDe } from './names';
import { searchKey } from './search-key';

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
  body: 'Collectivité européenne d’Alsace',
  headOf: 'de la Collectivité européenne d’Alsace',
  note: 'Depuis 2021, la Collectivité européenne d’Alsace remplace les départements du Bas-Rhin et du Haut-Rhin.',
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
    note: 'Collectivité unique : elle exerce les compétences du département et de la région.',
  },
  '03': {
    body: 'Collectivité territoriale de Guyane',
    headOf: 'de la Collectivité territoriale de Guyane',
    note: 'Collectivité unique : elle exerce les compétences du département et de la région.',
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
        note: 'Collectivité à statut particulier : elle exerce aussi, sur son territoire, les compétences du département.',
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

/**
 * Where the data's département or région is no collectivité of its own, the body that holds its
 * powers: the Ville de Paris for Paris, the Collectivité de Corse for both Corsican départements,
 * the collectivités uniques of Martinique and Guyane, the Département de Mayotte for its région,
 * the Collectivité européenne d'Alsace for the Bas-Rhin and the Haut-Rhin. A letter is never
 * addressed to a « Conseil départemental de Paris » that does not exist.
 */
export interface Holder {
  readonly kind: 'commune' | 'department' | 'region';
  readonly body: Body;
}

const PARIS: Holder = {
  kind: 'commune',
  body: {
    ...communeBody('Paris', 0),
    note: 'La Ville de Paris est à la fois une commune et un département : on écrit à la maire de Paris.',
  },
};

function regionHolder(code: string): Holder {
  const special = SPECIAL_REGIONS[code] as NonNullable<Special>;
  return {
    kind: 'region',
    body: { ...special, name: special.body, ofName: `de la ${special.body}`, head: 'president' },
  };
}

const MAYOTTE: Holder = {
  kind: 'department',
  body: {
    name: 'Mayotte',
    ofName: 'de Mayotte',
    body: 'Conseil départemental de Mayotte',
    headOf: 'du Conseil départemental de Mayotte',
    head: 'president',
    note: 'Le Département de Mayotte exerce aussi les compétences d’une région : il n’y a pas de conseil régional.',
  },
};

const ALSACE_HOLDER: Holder = {
  kind: 'department',
  body: {
    ...(ALSACE as NonNullable<Special>),
    name: 'Collectivité européenne d’Alsace',
    ofName: 'de la Collectivité européenne d’Alsace',
    head: 'president',
  },
};

const DEPARTMENT_HOLDERS: Readonly<Record<string, () => Holder>> = {
  '75': () => PARIS,
  '2A': () => regionHolder('94'),
  '2B': () => regionHolder('94'),
  '972': () => regionHolder('02'),
  '973': () => regionHolder('03'),
  '67': () => ALSACE_HOLDER,
  '68': () => ALSACE_HOLDER,
};

const REGION_HOLDERS: Readonly<Record<string, () => Holder>> = {
  '94': () => regionHolder('94'),
  '02': () => regionHolder('02'),
  '03': () => regionHolder('03'),
  '06': () => MAYOTTE,
};

// The names a person may type for those territories, to their INSEE code.
const DEPARTMENT_CODES: Readonly<Record<string, string>> = {
  paris: '75',
  corsedusud: '2A',
  hautecorse: '2B',
  corse: '2A',
  martinique: '972',
  guyane: '973',
  basrhin: '67',
  hautrhin: '68',
};
const REGION_CODES: Readonly<Record<string, string>> = {
  corse: '94',
  martinique: '02',
  guyane: '03',
  mayotte: '06',
};

/** « Conseil départemental de la Haute-Corse » → « hautecorse »: the territory's name, as a key. */
function territoryKey(typed: string): string {
  const bare = typed
    .replace(/\s+/g, ' ')
    .trim()
    .replace(
      /^(conseil (départemental|général|régional)|département|région|collectivité (territoriale )?)\s*/iu,
      '',
    )
    .replace(/^(de la|de l['’]|des|du|de|d['’])\s*/iu, '');
  return searchKey(bare).replace(/[^a-z0-9]/g, '');
}

/**
 * The body holding the powers of the département or région `codeOrName` (an INSEE code or a
 * name as typed), when that territory has no council of its own; null otherwise.
 */
export function holderOf(kind: 'department' | 'region', codeOrName: string): Holder | null {
  const typed = codeOrName.trim().toUpperCase();
  const holders = kind === 'department' ? DEPARTMENT_HOLDERS : REGION_HOLDERS;
  const byCode = holders[typed];
  if (byCode !== undefined) return byCode();
  const code = (kind === 'department' ? DEPARTMENT_CODES : REGION_CODES)[territoryKey(codeOrName)];
  return code === undefined ? null : (holders[code]?.() ?? null);
}
