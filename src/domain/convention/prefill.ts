/**
 * From the plan, the accepted request and the convention form to the platform's values, and
 * the list of what the person still fills on the site (field labels as the platform words
 * them, front/src/app/contents/forms/convention/formConvention.tsx).
 */
import { asPhrase, lowerFirst } from '../french';
import type { Plan } from '../plan/plan';
import { ROME_JOBS } from '../plan/vocabulary';
import type { Request } from '../tracking/request-rows';
import type { ConventionDetails } from './details';
import {
  type ConventionLink,
  type ConventionParameter,
  type ConventionValues,
  conventionLink,
  e164,
  PLATFORM_OBJECTIVES,
  platformSchedule,
} from './immersion-facile';
import { compactSiret } from './siret';

export interface ConventionSources {
  readonly plan: Plan;
  readonly request: Pick<Request, 'collectivity' | 'address'>;
  readonly details: ConventionDetails;
}

/** A field of the platform's form the link could not fill, and what to put in it. */
export interface FieldToFill {
  /** The platform's label. */
  readonly label: string;
  readonly hint: string;
}

/** The activities of the plan's step 3, one list: « l'accueil du public ; la prise de rendez-vous… ». */
function activitiesOf(plan: Plan): string {
  const { tasksToDo = [], tasksToSee = [], tasksToUnderstand = [] } = plan.content;
  const items = [...tasksToDo, ...tasksToSee, ...tasksToUnderstand].map(asPhrase).filter((t) => t !== '');
  const text = items.map((item, index) => (index === 0 ? item : lowerFirst(item))).join(' ; ');
  return text === '' ? '' : `${text}.`;
}

/** The values the workbook knows, under the platform's parameter names. */
export function conventionValues({ plan, request, details }: ConventionSources): ConventionValues {
  const me = plan.contact.me;
  const tutor = {
    FirstName: details.tutorFirstName ?? '',
    LastName: details.tutorLastName ?? '',
    Email: details.tutorEmail ?? '',
    Phone: e164(details.tutorPhone ?? ''),
  };
  const signs = details.tutorSigns === true;
  return {
    firstName: me.firstName ?? '',
    lastName: me.lastName ?? '',
    email: me.email ?? '',
    phone: e164(me.phone ?? ''),
    dateStart: details.dateStart,
    dateEnd: details.dateEnd,
    siret: compactSiret(details.siret ?? ''),
    businessName: request.collectivity,
    immersionAddress: request.address,
    etFirstName: tutor.FirstName,
    etLastName: tutor.LastName,
    etJob: details.tutorRole ?? '',
    etEmail: tutor.Email,
    etPhone: tutor.Phone,
    erFirstName: signs ? tutor.FirstName : '',
    erLastName: signs ? tutor.LastName : '',
    erEmail: signs ? tutor.Email : '',
    erPhone: signs ? tutor.Phone : '',
    immersionObjective: PLATFORM_OBJECTIVES[details.objective],
    immersionActivities: activitiesOf(plan),
    immersionSkills: asPhrase(plan.content.expectedGains),
    schedule: platformSchedule(details.dateStart, details.dateEnd, {
      weekdays: details.weekdays,
      periods: details.periods,
    }),
  };
}

/**
 * The platform's labels for the parameters this add-on may fill, quoted as Immersion Facile writes
 * them (« Email du tuteur ») so that the person finds the field: not the product's own French.
 */
const PLATFORM_LABELS: Readonly<Record<ConventionParameter, string>> = {
  firstName: 'Prénom du candidat',
  lastName: 'Nom de famille du candidat',
  email: 'E-mail du candidat',
  phone: 'Téléphone du candidat',
  dateStart: 'Date de début de l’immersion',
  dateEnd: 'Date de fin de l’immersion',
  siret: 'SIRET de la structure d’accueil',
  businessName: 'Nom (raison sociale) de l’établissement d’accueil',
  immersionAddress: 'Adresse du lieu où se fera l’immersion',
  etFirstName: 'Prénom du tuteur',
  etLastName: 'Nom du tuteur',
  etJob: 'Fonction du tuteur',
  etEmail: 'Email du tuteur',
  etPhone: 'Numéro de téléphone du tuteur ou de la structure d’accueil',
  erFirstName: 'Prénom du représentant de l’entreprise',
  erLastName: 'Nom du représentant de l’entreprise',
  erEmail: 'E-mail du représentant de l’entreprise',
  erPhone: 'Téléphone du représentant de l’entreprise',
  immersionObjective: 'Objet de la période de mise en situation en milieu professionnel',
  immersionActivities: 'Activités observées / pratiquées pendant l’immersion',
  immersionSkills: 'Compétences/aptitudes observées / évaluées pendant l’immersion',
  schedule: 'Horaires',
};

/** Where the person can find a value the workbook lacks. */
const WHERE: Partial<Record<ConventionParameter, string>> = {
  firstName: 'votre prénom (vous pouvez aussi le compléter dans « Mon plan », étape 5)',
  lastName: 'votre nom (vous pouvez aussi le compléter dans « Mon plan », étape 5)',
  email: 'votre adresse de courriel (ou complétez-la dans « Mon plan », étape 5)',
  phone: 'votre numéro de téléphone (ou complétez-le dans « Mon plan », étape 5)',
  siret:
    'le SIRET de la collectivité, qu’elle vous donnera, ou celui trouvé sur annuaire-entreprises.data.gouv.fr',
  immersionAddress: 'l’adresse où se déroulera le stage',
  etFirstName: 'le prénom de votre tuteur ou tutrice',
  etLastName: 'le nom de votre tuteur ou tutrice',
  etJob: 'sa fonction dans la collectivité',
  etEmail: 'son adresse de courriel',
  etPhone: 'son numéro de téléphone, ou celui du service',
  immersionActivities: 'ce que vous verrez et ferez (votre plan, étape 3)',
  immersionSkills: 'ce que le stage vous apportera (votre plan, étape 3)',
  schedule: 'les jours et horaires convenus',
};

/** Always to fill on the site: the workbook never holds them. */
function alwaysOnSite(plan: Plan): FieldToFill[] {
  const rome = plan.content.romeCode;
  const job = plan.content.targetJob?.trim() ?? '';
  const jobHint =
    rome !== undefined
      ? `choisissez dans la liste le métier le plus proche de « ${job || ROME_JOBS[rome]} » (code ROME ${rome}) : le lien ne peut pas le choisir pour vous, la liste du site utilise ses propres codes.`
      : 'choisissez dans la liste le métier observé pendant le stage.';
  return [
    {
      label: 'Votre structure d’accompagnement',
      hint: `choisissez votre agence${plan.contact.counsellor.agency ? ` (${plan.contact.counsellor.agency})` : ''} : elle valide la convention.`,
    },
    { label: 'Date de naissance du candidat', hint: 'le classeur ne la connaît pas.' },
    { label: 'Intitulé du poste / métier observé pendant l’immersion', hint: jobHint },
    {
      label: 'Conditions de travail, équipements de protection, prévention sanitaire',
      hint: 'à voir avec votre tuteur ou tutrice.',
    },
  ];
}

/** What the person fills on the site: the fields the link leaves empty, then those it never fills. */
export function fieldsToFill(sources: ConventionSources, link: ConventionLink): FieldToFill[] {
  const { plan, details } = sources;
  const fields: FieldToFill[] = [];
  const filled = new Set(link.filled);
  for (const name of link.leftOut) {
    fields.push({
      label: PLATFORM_LABELS[name],
      hint: `le lien serait trop long pour le porter : recopiez ${WHERE[name] ?? 'la valeur'}.`,
    });
  }
  for (const [name, where] of Object.entries(WHERE) as [ConventionParameter, string][]) {
    if (!filled.has(name) && !link.leftOut.includes(name)) {
      fields.push({ label: PLATFORM_LABELS[name], hint: `indiquez ${where}.` });
    }
  }
  if (details.tutorSigns !== true) {
    fields.push({
      label: 'Représentant de la structure d’accueil',
      hint: 'la personne qui signe la convention pour la collectivité (souvent le maire, le président ou la présidente, ou la personne qui a délégation).',
    });
  }
  if (plan.contact.me.ageGroup === 'minor') {
    const who = plan.contact.me.legalRepresentative?.trim();
    fields.push({
      label: 'Représentant légal',
      hint: `avant 18 ans, votre représentant légal${who ? ` (${who})` : ''} signe aussi : indiquez ses nom, prénom, courriel et téléphone.`,
    });
  }
  return [...fields, ...alwaysOnSite(plan)];
}

export interface PreparedConvention {
  readonly link: ConventionLink;
  readonly toFill: readonly FieldToFill[];
}

export function prepareConvention(sources: ConventionSources): PreparedConvention {
  const link = conventionLink(conventionValues(sources));
  return { link, toFill: fieldsToFill(sources, link) };
}
