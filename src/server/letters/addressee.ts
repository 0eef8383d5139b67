/**
 * To whom a letter for a row of « Suivi des demandes » goes: the collectivité's body (« Mairie
 * de Lyon », « Conseil départemental de l'Ain ») and its head (maire or président). With the
 * row's Code (INSEE or SIREN), the official data says it; without, the Type and the name do.
 * Pure: the directory is passed in by the caller, which reads it only when a code is there.
 */
import type { Body } from '../../domain/collectivites/bodies';
import {
  communeBody,
  departmentBody,
  epciBody,
  holderOf,
  regionBody,
} from '../../domain/collectivites/bodies';
import type { Department, Directory } from '../../domain/collectivites/directory';
import { epciOfficialName, epciWithDe, withDe, withLigatures } from '../../domain/collectivites/names';
import { usualHeadTitle } from '../../domain/letters/addressing';
import type { Civility, CollectivityKind, Head, Recipient } from '../../domain/letters/types';
import type { Request } from '../../domain/tracking';

export type Addressee = Pick<Recipient, 'kind' | 'name' | 'nameWithArticle' | 'head'>;

const KIND_OF_TYPE: Readonly<Record<string, CollectivityKind>> = {
  commune: 'commune',
  intercommunalité: 'intercommunality',
  département: 'department',
  région: 'region',
  'autre organisme public': 'other',
};

// A name the person typed without a Type: the first words say the kind of body.
const KIND_OF_NAME: readonly (readonly [RegExp, CollectivityKind])[] = [
  [/^(mairie|ville|commune|hôtel de ville)(?![\p{L}])/iu, 'commune'],
  [/^(communauté|métropole|eurométropole)(?![\p{L}])/iu, 'intercommunality'],
  [/^(conseil départemental|département)(?![\p{L}])/iu, 'department'],
  [/^(conseil régional|région)(?![\p{L}])/iu, 'region'],
];

/** The row's kind: its Type, else its Code's shape, else its name; a commune when nothing says. */
export function kindOfRow(
  request: Pick<Request, 'collectivityType' | 'code' | 'collectivity'>,
): CollectivityKind {
  const typed = KIND_OF_TYPE[request.collectivityType.trim().toLocaleLowerCase('fr')];
  if (typed !== undefined) return typed;
  const code = request.code.replace(/\s/g, '');
  if (/^\d{9}$/.test(code)) return 'intercommunality';
  if (/^(\d{5}|2[AB]\d{3})$/i.test(code)) return 'commune';
  const named = KIND_OF_NAME.find(([pattern]) => pattern.test(request.collectivity.trim()));
  return named?.[1] ?? 'commune';
}

/** The body the official data gives for the row's code, or null (unknown code, no such body). */
export function bodyOfCode(directory: Directory, kind: CollectivityKind, rawCode: string): Body | null {
  const code = rawCode.replace(/\s/g, '').toUpperCase();
  switch (kind) {
    case 'commune': {
      const commune = directory.byCode(code);
      return commune === undefined ? null : communeBody(commune.name, commune.liaison);
    }
    case 'intercommunality':
      for (let index = 0; ; index++) {
        const epci = directory.epci(index);
        if (epci === undefined) return null;
        if (epci.siren === code) return epciBody(epci.name, epci.type);
      }
    case 'department': {
      const department = directory.department(code);
      return department === undefined ? null : departmentBody(department);
    }
    case 'region': {
      const region = directory.region(code);
      return region === undefined ? null : regionBody(region);
    }
    case 'other':
      return null;
  }
}

const key = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase();

// Every INSEE code a département or a région may have: a name is found among them (about 200 lookups).
const AREA_CODES = [
  ...Array.from({ length: 99 }, (_, i) => String(i + 1).padStart(2, '0')),
  '2A',
  '2B',
  ...Array.from({ length: 19 }, (_, i) => String(971 + i)),
];

/**
 * A département or a région typed by its bare name (« Haute-Savoie », « Ain »): its article
 * cannot be guessed (« de la Haute-Savoie », « de l'Ain »), the data says it.
 */
export function bodyOfAreaName(directory: Directory, kind: CollectivityKind, typed: string): Body | null {
  if (kind !== 'department' && kind !== 'region') return null;
  const wanted = key(typed);
  for (const code of AREA_CODES) {
    const area = kind === 'department' ? directory.department(code) : directory.region(code);
    if (area !== undefined && key(area.name) === wanted) {
      return kind === 'department' ? departmentBody(area as Department) : regionBody(area);
    }
  }
  return null;
}

// « Mairie de », « Ville d' »… before a commune's name typed in the row.
const COMMUNE_PREFIX = /^(mairie|ville|commune|hôtel de ville)\s+(de\s+|d['’]\s*)?/iu;

/** « Mairie d'Hyères » → « Hyères »; « Le Havre » as it is. */
const communeNameOf = (typed: string) => typed.replace(/\s+/g, ' ').trim().replace(COMMUNE_PREFIX, '');

/**
 * Whether the row's addressee needs the official data: a Code, a bare département or région
 * name, or a commune whose name starts with H (« d'Hyères » but « de Hirson »: only the INSEE
 * type de liaison says which).
 */
export function needsDirectory(request: Request): boolean {
  const kind = kindOfRow(request);
  const bare = !/^(conseil|collectivité|département|région)(?![\p{L}])/iu.test(request.collectivity.trim());
  if (request.code.trim() !== '') return true;
  if (kind === 'department' || kind === 'region')
    return bare && holderOf(kind, request.collectivity) === null;
  return kind === 'commune' && /^h/i.test(communeNameOf(request.collectivity));
}

/** A commune typed by its name: its article from the data when the name is a single commune's. */
export function bodyOfCommuneName(directory: Directory, typed: string): Body | null {
  const found = directory.byName(communeNameOf(typed));
  const [commune] = found;
  return found.length === 1 && commune !== undefined ? communeBody(commune.name, commune.liaison) : null;
}

/** « du Conseil départemental de l'Ain », « de la Communauté de communes … »: after a président's title. */
function withArticle(body: string): string {
  if (/^(conseil|syndicat|centre|pôle)(?![\p{L}])/iu.test(body)) return `du ${body}`;
  if (/^(collectivité|région)(?![\p{L}])/iu.test(body)) return `de la ${body}`;
  if (/^(établissement|office)(?![\p{L}])/iu.test(body)) return `de l’${body}`;
  return epciWithDe(body);
}

/** The body from the name as typed: « Lyon » → « Mairie de Lyon », « Ain » → « Conseil départemental de l'Ain ». */
export function bodyOfName(kind: CollectivityKind, typed: string): Pick<Body, 'body' | 'headOf'> {
  const written = withLigatures(typed.replace(/\s+/g, ' ').trim());
  // « CC du Pays de Gex » typed as the data writes it; « CA Communauté Paris-Saclay » without its doubled type.
  const name = kind === 'intercommunality' ? epciOfficialName(written) : written;
  switch (kind) {
    case 'commune':
      return {
        body: /^(mairie|ville|hôtel de ville)(?![\p{L}])/iu.test(name)
          ? name
          : `Mairie ${withDe(name, null)}`,
        headOf: null,
      };
    case 'department':
    case 'region': {
      const council = kind === 'department' ? 'Conseil départemental' : 'Conseil régional';
      const bare = !/^(conseil|collectivité|département|région)(?![\p{L}])/iu.test(name);
      const body = bare ? `${council} ${withDe(name, null)}` : name;
      return { body, headOf: withArticle(body) };
    }
    case 'intercommunality':
      return { body: name, headOf: epciWithDe(name) };
    case 'other':
      return { body: name, headOf: null };
  }
}

// « Maire », « Présidente », « Maire de Lyon », « Président du Conseil départemental »: the head.
const HEAD_FUNCTION = /^(maire|président|présidente)(\s+(de|du|des|d['’]).*)?$/iu;
// A deputy, a district mayor, the président of a commission or of a CCAS: not the head.
const NOT_HEAD =
  /(adjointe?|délégué|déléguée|arrondissement|secteur|commission|ccas|cias|action sociale|conseil d['’]administration|vice|honoraire|comité|syndicat|office|association|conseil (municipal|communautaire)|délégation)/iu;

/** Whether a function written in the row is the head's own (not a deputy's, a district mayor's…). */
export function isHeadFunction(role: string): boolean {
  const clean = role.replace(/\s+/g, ' ').trim();
  return HEAD_FUNCTION.test(clean) && !NOT_HEAD.test(clean);
}

// Bodies of « Autre organisme public » whose head is a président(e) (« du CCAS de Lyon »).
const PRESIDED_BODY =
  /^(ccas|cias|centre (communal|intercommunal) d['’]action sociale|syndicat|sivu|sivom|centre de gestion|sdis|service départemental d['’]incendie)(?![\p{L}])/iu;

/** « du CCAS de Lyon », « du Syndicat des eaux… »: after the président's title. */
function presidedOf(body: string): string {
  return /^(ccas|cias|centre|syndicat|sivu|sivom|sdis|service)(?![\p{L}])/iu.test(body)
    ? `du ${body}`
    : withArticle(body);
}

/** The head's civility recorded in the row (« Inconnue » once the person said they do not know). */
function recordedCivility(request: Request): Civility | 'unknown' | null {
  const written = request.headCivility.trim().toLocaleLowerCase('fr');
  if (written === 'madame' || written === 'mme') return 'Madame';
  if (written === 'monsieur' || written === 'm.') return 'Monsieur';
  if (written === 'inconnue' || written === 'inconnu') return 'unknown';
  return null;
}

/**
 * The addressee of a letter for `request`. The head's civility and name are the row's own
 * columns (« Civilité du maire ou du président », « Nom du maire ou du président »), filled by
 * the person or from the API Annuaire; when empty and the person spoken to is the head, theirs.
 * Otherwise the head is `unasked`: the sidebar asks before the first letter. For another public
 * body, the head is the person in the Fonction column (the président of a CCAS by default).
 */
export function addresseeOf(request: Request, directory: Directory | null): Addressee {
  const rowKind = kindOfRow(request);
  // A département or a région with no council of its own: the body that holds its powers.
  const holder =
    rowKind === 'department' || rowKind === 'region'
      ? holderOf(rowKind, request.code.trim() !== '' ? request.code : request.collectivity)
      : null;
  const kind = holder?.kind ?? rowKind;
  const fromData =
    holder !== null
      ? holder.body
      : directory === null
        ? null
        : request.code.trim() !== ''
          ? bodyOfCode(directory, kind, request.code)
          : kind === 'commune'
            ? bodyOfCommuneName(directory, request.collectivity)
            : bodyOfAreaName(directory, kind, request.collectivity);
  const body = fromData ?? bodyOfName(kind, request.collectivity);
  const civility: Civility | 'unknown' =
    request.civility === 'Madame' || request.civility === 'Monsieur' ? request.civility : 'unknown';
  const role = request.contactRole.trim();
  const isHead = interlocutorIsHead(request);
  const title = fromData?.head ?? usualHeadTitle(kind);
  const recorded = recordedCivility(request);
  const headName = request.headName.trim();
  const name = headName !== '' ? headName : isHead ? request.contactName.trim() : '';
  const named = name === '' ? {} : { name };
  if (title === 'other') {
    // A CCAS, a syndicat: its président is the head, whoever was spoken to.
    if (PRESIDED_BODY.test(body.body.trim())) {
      const spokenTo = /^(président|présidente)(?![\p{L}])/iu.test(role);
      const headCivility = recorded ?? (spokenTo ? civility : 'unknown');
      const unasked = recorded === null && !(spokenTo && civility !== 'unknown');
      return {
        kind,
        name: body.body,
        nameWithArticle: presidedOf(body.body),
        head: { civility: headCivility, title: 'president', ...named, ...(unasked ? { unasked: true } : {}) },
      };
    }
    const head: Head = { civility: role === '' ? 'unknown' : civility, title, otherTitle: role };
    return { kind, name: body.body, ...(body.headOf === null ? {} : { nameWithArticle: body.headOf }), head };
  }
  const headCivility = recorded ?? (isHead ? civility : 'unknown');
  const unasked = recorded === null && !(isHead && civility !== 'unknown');
  const head: Head = { civility: headCivility, title, ...named, ...(unasked ? { unasked: true } : {}) };
  return {
    kind,
    name: body.body,
    ...(body.headOf === null ? {} : { nameWithArticle: body.headOf }),
    head,
  };
}

/** Whether the person spoken to is the head the letter is addressed to (then no « À l'attention de »). */
export function interlocutorIsHead(request: Request): boolean {
  const role = request.contactRole.replace(/\s+/g, ' ').trim();
  if (kindOfRow(request) === 'other') {
    // The président of a CCAS or a syndicat written to is the person spoken to.
    return (
      PRESIDED_BODY.test(request.collectivity.trim()) && /^(président|présidente)(?![\p{L}])/iu.test(role)
    );
  }
  if (NOT_HEAD.test(role)) return false;
  const headName = request.headName.trim().toLocaleLowerCase('fr');
  const contact = request.contactName.trim().toLocaleLowerCase('fr');
  if (headName !== '' && contact !== '' && (headName === contact || headName.endsWith(` ${contact}`)))
    return true;
  return isHeadFunction(request.contactRole);
}
