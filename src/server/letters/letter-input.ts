/**
 * The letters' input from what the workbook holds: the stage plan (« Plan de stage ») and a
 * row of « Suivi des demandes ». Pure. The plan has no field for « who I am » nor « why this
 * service »: they are built from the answers that say it (current skills, reasons, what the
 * stage will bring), and a piece the letter lacks is named by the question to fill in.
 */
import { frenchDate } from '../../domain/french';
import type {
  Contact,
  Counsellor,
  LetterHistory,
  LetterInput,
  LetterPlan,
  PostalAddress,
  StagePeriod,
} from '../../domain/letters/types';
import type { Plan } from '../../domain/plan';
import { daysBetween, type IsoDay, type Request } from '../../domain/tracking';
import type { Addressee } from './addressee';
import { interlocutorIsHead } from './addressee';

const clean = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const lowerFirst = (text: string) =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase('fr') + text.slice(1) : text;
const phrase = (text: string | undefined) => clean(text).replace(/[\s.;,:!]+$/, '');
// A sentence in the first person stands as written; a noun phrase gets a lead-in.
const FIRST_PERSON = /^(j['’]|(je|mon|ma|mes|moi|ayant|après|depuis)(?![\p{L}]))/iu;
const sentence = (text: string) => `${text.charAt(0).toLocaleUpperCase('fr')}${text.slice(1)}.`;

export const SITUATION_START = 'Je suis actuellement en recherche d’emploi.';

// The person's answers may be a list typed without articles, one per line or separated by « ; ».
const items = (text: string | undefined, commas = false): string[] =>
  (text ?? '')
    .split(commas ? /\n|;|•|·|,\s/ : /\n|;|•|·/)
    .map((item) => phrase(item.replace(/^[\s\-–—*]+/, '')))
    .filter((item) => item !== '');

const joinAnd = (parts: readonly string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}`;

// « tailler », « accueillir », « conduire »: a skill told as a verb.
const INFINITIVE = /^\p{L}+(er|ir|re|oir)(?![\p{L}])/u;
// « un CAP agricole », « dix ans d'expérience »: what the person has.
const HAVE =
  /^(un|une|des|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs|\d+)(?![\p{L}])/iu;
// A diploma or a certificate: « je suis titulaire d'un CAP ».
const DIPLOMA =
  /^(cap|bep|bac|bts|dut|but|licence|master|diplôme|titre professionnel|caces|bafa|psc1|sst|certificat)(?![\p{L}])/iu;
// Nouns that end like an infinitive.
const NOUN_LIKE_VERB =
  /^(dossier|courrier|calendrier|métier|atelier|cadre|centre|titre|ordre|papier|chantier|quartier|fichier|clavier|premier|dernier|loisir|savoir|espoir|comptoir|registre|livre|répertoire|territoire|théâtre|fenêtre|lettre|chiffre|nombre|membre|filtre)(?![\p{L}])/iu;
const LEADING_ARTICLE = /^(le|la|les|l['’])\s*/i;

/**
 * The person's skills as French sentences, whatever their form: a first-person sentence as
 * written; otherwise each item by its kind (« Je sais tailler les haies. », « Je suis titulaire
 * d’un CAP… », « J’ai des compétences en accueil du public et en gestion du courrier. »).
 */
export function skillSentences(text: string | undefined): string {
  const whole = phrase(text);
  if (whole === '') return '';
  if (FIRST_PERSON.test(whole)) return sentence(clean(whole.replace(/\n+/g, ' ')));
  const verbs: string[] = [];
  const had: string[] = [];
  const diplomas: string[] = [];
  const fields: string[] = [];
  const at = [] as string[];
  for (const item of items(text, true).map(lowerFirst)) {
    if (/^à l['’]aise(?![\p{L}])/iu.test(item)) at.push(item);
    else if (/^permis(?![\p{L}])/iu.test(item)) had.push(`le ${item}`);
    else if (DIPLOMA.test(item)) diplomas.push(`${/^licence/i.test(item) ? 'd’une' : 'd’un'} ${item}`);
    else if (HAVE.test(item)) had.push(item);
    else if (INFINITIVE.test(item) && !NOUN_LIKE_VERB.test(item)) verbs.push(item);
    else fields.push(`en ${item.replace(LEADING_ARTICLE, '')}`);
  }
  return [
    diplomas.length > 0 ? `Je suis titulaire ${joinAnd(diplomas)}.` : '',
    had.length > 0 ? `J’ai ${joinAnd(had)}.` : '',
    fields.length > 0 ? `J’ai des compétences ${joinAnd(fields)}.` : '',
    verbs.length > 0 ? `Je sais ${joinAnd(verbs)}.` : '',
    at.length > 0 ? `Je suis ${joinAnd(at)}.` : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
}

/** « Je suis actuellement en recherche d'emploi. » and the person's skills (plan, step 3). */
export function situationOf(plan: Plan): string {
  const skills = skillSentences(plan.content.currentSkills);
  return skills === '' ? SITUATION_START : `${SITUATION_START} ${skills}`;
}

// The guide's reasons, as the end of « me permettre de … » (first person, no gender agreement).
const REASON_PHRASES = {
  immersion: 'm’immerger dans un environnement de travail pour en comprendre le fonctionnement',
  discoverActivity: 'découvrir l’activité d’un service ou un métier dans son ensemble',
  practiceSkill: 'mettre en pratique une nouvelle compétence',
  training: 'me former à un aspect précis du métier',
  network: 'me créer un réseau de contacts professionnels',
} as const;

/**
 * Why this stage: the reasons (step 1) and what it will bring (step 3), in the first person.
 * « l'occasion de », not « me permettre de »: the sentence before it ends with « me permettrait ».
 */
export function whyOf(plan: Plan): string {
  const reasons = (plan.why.reasons ?? []).map((reason) => `de ${REASON_PHRASES[reason]}`);
  const joined =
    reasons.length <= 1 ? (reasons[0] ?? '') : `${reasons.slice(0, -1).join(', ')} et ${reasons.at(-1)}`;
  const other = phrase(plan.why.otherReason);
  const gains = phrase(plan.content.expectedGains);
  const gainItems = items(plan.content.expectedGains).map(lowerFirst);
  const told = (list: readonly string[]) =>
    list.every((item) => INFINITIVE.test(item) && !NOUN_LIKE_VERB.test(item))
      ? `J’espère ainsi ${joinAnd(list)}.`
      : `J’en attends ${joinAnd(list)}.`;
  return [
    joined === '' ? '' : `Cette immersion serait pour moi l’occasion ${joined}.`,
    other === '' ? '' : FIRST_PERSON.test(other) ? sentence(other) : sentence(clean(other)),
    gains === '' ? '' : FIRST_PERSON.test(gains) ? sentence(clean(gains)) : told(gainItems),
  ]
    .filter((part) => part !== '')
    .join(' ');
}

/** The period: the stage's dates when the window fits the duration, else the window itself. */
export function periodOf(plan: Plan): StagePeriod | undefined {
  const { earliestStart: start, latestEnd: end, duration } = plan.conditions;
  if (start !== undefined && end !== undefined && end >= start) {
    const weeks = duration?.unit === 'weeks' ? duration.amount : undefined;
    // A window a few days longer than the stage is still « its dates »; a wider one is a period.
    const fits = weeks !== undefined && daysBetween(start, end) <= weeks * 7 + 2;
    return fits
      ? { kind: 'dates', start, end }
      : { kind: 'text', text: `entre le ${frenchDate(start)} et le ${frenchDate(end)}` };
  }
  if (start !== undefined) return { kind: 'text', text: `à partir du ${frenchDate(start)}` };
  if (end !== undefined) return { kind: 'text', text: `d’ici le ${frenchDate(end)}` };
  return undefined;
}

/** The prescriber named in « Agence ou structure qui m'accompagne ». */
export function counsellorOf(plan: Plan): Counsellor {
  const { name, agency } = plan.contact.counsellor;
  const written = clean(agency);
  const base = clean(name) === '' ? {} : { name: clean(name) };
  if (written === '') return base;
  if (/france travail|p[ôo]le emploi/i.test(written))
    return { ...base, prescriber: 'franceTravail', agency: written };
  if (/cap emploi/i.test(written)) return { ...base, prescriber: 'capEmploi', agency: written };
  if (/mission locale/i.test(written)) return { ...base, prescriber: 'missionLocale', agency: written };
  return { ...base, prescriber: 'other', prescriberName: written };
}

/** The plan's answers the letters use; a duration in days is told in days, its roles too. */
export function letterPlanOf(plan: Plan): LetterPlan {
  const { content, conditions } = plan;
  const inWeeks = conditions.duration?.unit === 'weeks';
  const inDays = conditions.duration?.unit === 'days';
  const home = clean(conditions.homeCommune);
  const pitch = clean(plan.contact.pitch);
  const period = periodOf(plan);
  return {
    situation: situationOf(plan),
    ...(plan.why.objective === undefined ? {} : { objective: plan.why.objective }),
    ...(clean(content.targetJob) === '' ? {} : { targetJob: clean(content.targetJob) }),
    why: whyOf(plan),
    toSee: content.tasksToSee ?? [],
    toDo: content.tasksToDo ?? [],
    toLearn: content.tasksToUnderstand ?? [],
    roles:
      inWeeks || inDays
        ? (plan.role.phases ?? []).map((p) => ({ role: p.role, fromWeek: p.from, toWeek: p.to }))
        : [],
    ...(inWeeks && conditions.duration !== undefined ? { durationWeeks: conditions.duration.amount } : {}),
    ...(inDays && conditions.duration !== undefined ? { durationDays: conditions.duration.amount } : {}),
    ...(home === '' ? {} : { homeTown: home }),
    ...(pitch === '' ? {} : { pitch }),
    ...(period === undefined ? {} : { period }),
    ...(conditions.rhythm === undefined ? {} : { rhythm: conditions.rhythm }),
    ...(conditions.hoursPerWeek === undefined ? {} : { hoursPerWeek: conditions.hoursPerWeek }),
    counsellor: counsellorOf(plan),
  };
}

/** « 1 place de la Comédie, 69001 Lyon » (or on several lines) as street lines, postal code and town. */
export function postalAddressOf(text: string): PostalAddress | undefined {
  const written = text.trim();
  if (written === '') return undefined;
  const town = /(?:^|[\n,]\s*|\s)(\d{5})\s+([^,\n]+?)\s*$/.exec(written);
  const street = town === null ? written : written.slice(0, town.index);
  const lines = street
    .split(/[\n,]/)
    .map(clean)
    .filter((line) => line !== '');
  return { lines, postalCode: town?.[1] ?? '', town: clean(town?.[2]) };
}

/** The person spoken to, from the row (Interlocuteur, Civilité, Fonction). */
export function contactOf(request: Request): Contact | undefined {
  const name = clean(request.contactName);
  if (name === '') return undefined;
  const civility =
    request.civility === 'Madame' || request.civility === 'Monsieur' ? request.civility : undefined;
  const role = clean(request.contactRole);
  return {
    name,
    ...(civility === undefined ? {} : { civility }),
    ...(role === '' ? {} : { function: role }),
  };
}

export interface RowContext {
  readonly request: Request;
  readonly addressee: Addressee;
  readonly history: LetterHistory;
  readonly today: IsoDay;
}

/** The letter's whole input: the plan's answers, the row's addressee, service, contact and dates. */
export function letterInputOf(plan: Plan, { request, addressee, history, today }: RowContext): LetterInput {
  const me = plan.contact.me;
  const isHead = interlocutorIsHead(request);
  const contact = isHead ? undefined : contactOf(request);
  const address = postalAddressOf(request.address);
  return {
    sender: {
      ...(me.civility === undefined ? {} : { civility: me.civility }),
      firstName: clean(me.firstName),
      lastName: clean(me.lastName),
      addressLines: (me.address ?? '').split('\n').map(clean),
      postalCode: clean(me.postalCode),
      town: clean(me.town),
      phone: clean(me.phone),
      email: clean(me.email),
    },
    recipient: {
      ...addressee,
      service: clean(request.service),
      ...(contact === undefined ? {} : { interlocutor: contact }),
      ...(isHead ? { interlocutorIsHead: true } : {}),
      ...(address === undefined ? {} : { address }),
      ...(clean(request.phone) === '' ? {} : { phone: clean(request.phone) }),
    },
    plan: letterPlanOf(plan),
    // The head met in person is the reader: « l'entretien que vous m'avez accordé ».
    history:
      isHead && history.meeting !== undefined
        ? { ...history, meeting: { date: history.meeting.date } }
        : history,
    writtenOn: today,
  };
}
