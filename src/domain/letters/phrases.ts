/**
 * Sentences built from the plan, shared by the letters and the fiche d'appel. None of them
 * agrees with the writer's gender (« je reste à votre disposition », never « ravie »), so the
 * text is right whoever writes.
 */
import {
  asPhrase,
  capitalise,
  days,
  de,
  frenchDateRange,
  hoursPerWeek,
  joinWithAnd,
  lowerFirst,
  squash,
  weeks,
} from '../french';
import { formatPhone } from './phone';
import type { Counsellor, LetterPlan, Objective, Role, RolePhase, Sender, StagePeriod } from './types';

export const PMSMP_IN_FULL = 'période de mise en situation en milieu professionnel (PMSMP)';

// A period the person wrote that already reads after a comma (« en mars 2027 », « dès janvier »).
const PERIOD_PREPOSITION =
  /^(en|au|aux|à|dès|du|de|d['’]|entre|courant|pendant|durant|avant|après|fin|début|mi-|vers|sur|idéalement|si possible|dans)(\s|$|['’])/i;

// A period that starts with a month or a season takes its preposition (« mars 2027 » → « en mars 2027 »).
const MONTH_OR_SEASON =
  /^(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|été|automne|hiver|printemps)(\s|$)/i;

/** « du 1er au 26 mars 2027 », « en mars 2027 », « au printemps 2027 », « dates à convenir ». */
export function periodPhrase(period: StagePeriod): string {
  if (period.kind === 'dates') return frenchDateRange(period.start, period.end);
  const text = asPhrase(period.text);
  if (PERIOD_PREPOSITION.test(text)) return lowerFirst(text);
  const start = MONTH_OR_SEASON.exec(text);
  if (start) return `${start[1]?.toLocaleLowerCase('fr') === 'printemps' ? 'au' : 'en'} ${lowerFirst(text)}`;
  // The person's own words (« dates à convenir », « semaine 12 »), between commas.
  return lowerFirst(text);
}

/** « à temps plein (35 heures par semaine) », « à temps partiel ». */
export function rhythmPhrase(plan: LetterPlan): string {
  const rhythm = plan.rhythm === 'partTime' ? 'à temps partiel' : 'à temps plein';
  return plan.hoursPerWeek === undefined ? rhythm : `${rhythm} (${hoursPerWeek(plan.hoursPerWeek)})`;
}

/** « de quatre semaines », « d'une semaine », « de dix jours ». */
export function durationPhrase(plan: LetterPlan): string {
  return de(plan.durationDays === undefined ? weeks(plan.durationWeeks ?? 1) : days(plan.durationDays));
}

// First words of a job title (« agent », « secrétaire », « chargé de… », « -eur », « -ien »…):
// anything else in « Métier ou service visé » is a service or a field (« Espaces verts »).
const JOB_WORD =
  /^(agent|agente|aide|adjoint|adjointe|assistant|assistante|atsem|auxiliaire|chargé|chargée|chef|cheffe|secrétaire|gestionnaire|responsable|jardinier|jardinière|cuisinier|cuisinière|policier|policière|garde|gardien|gardienne|employé|employée|ouvrier|ouvrière|comptable|juriste|archiviste|bibliothécaire|médiateur|médiatrice|éducateur|éducatrice|puéricultrice|infirmier|infirmière|maçon|plombier|électricien|électricienne|mécanicien|mécanicienne|peintre|menuisier|paysagiste|standardiste|hôte|hôtesse|conducteur|conductrice|chauffeur|rédacteur|rédactrice|technicien|technicienne|ingénieur|ingénieure|attaché|attachée|animateur|animatrice|instructeur|instructrice|travailleur|travailleuse|opérateur|opératrice|coordinateur|coordinatrice|conseiller|conseillère|directeur|directrice|surveillant|surveillante|\p{L}+(eur|euse|rice|ien|ienne|iste|aire))(?![\p{L}])/iu;

/** The job aimed at, or '' when « Métier ou service visé » holds a service or a field, not a job. */
export function jobOf(plan: LetterPlan): string {
  const target = lowerFirst(asPhrase(plan.targetJob).replace(/\s*\n\s*/g, ' '));
  return JOB_WORD.test(target) ? target : '';
}

/** « découvrir le métier d'agent des espaces verts » — the objective as the end of « Elle me permettrait de … ». */
export function objectivePhrase(objective: Objective, plan: LetterPlan): string {
  const target = jobOf(plan);
  const trade = target === '' ? '' : `le métier ${de(target)}`;
  switch (objective) {
    case 'discover':
      return target === '' ? 'découvrir les métiers de ce service' : `découvrir ${trade}`;
    case 'confirm':
      return target === ''
        ? 'confirmer mon projet professionnel dans ce domaine'
        : `confirmer mon projet de devenir ${target}`;
    case 'recruit':
      return target === ''
        ? "initier une démarche de recrutement, si l'expérience est concluante de part et d'autre"
        : `initier une démarche de recrutement en vue d'un poste ${de(target)}, si l'expérience est concluante de part et d'autre`;
  }
}

/** « Elle me permettrait de découvrir le métier d'agent des espaces verts. », or nothing without an objective. */
export function objectiveSentence(plan: LetterPlan): string {
  if (plan.objective === undefined) return '';
  const aim = objectivePhrase(plan.objective, plan);
  return `Elle me permettrait ${de(aim)}.`;
}

// First words after which a phrase is a noun phrase that reads after « voir », « faire », « apprendre ».
const NOUN_START =
  /^(le|la|les|l|un|une|des|du|de|d|au|aux|ce|cet|cette|ces|mon|ma|mes|son|sa|ses|leur|leurs|quelques|plusieurs|tout|toute|tous|toutes|chaque|comment|pourquoi|quel|quelle|quels|quelles|à|en|ou|où|si)$/i;
// An infinitive (« tailler », « accueillir », « comprendre »): it replaces the verb of the list.
const INFINITIVE = /^\p{Ll}*(er|ir|re|oir)$/u;

// Endings that tell a common noun's gender well enough to give it its article.
const FEMININE_ENDING =
  /(tion|sion|xion|ure|ence|ance|té|ie|ade|ette|ise|ière|elle|esse|ée|ine|aine|onne|ille|tte|nte)$/u;
const COMMON_NOUN_ENDING = new RegExp(
  `(${FEMININE_ENDING.source.slice(1, -2)}|ment|age|isme|oir|ier|eau)$`,
  'u',
);

/**
 * A task typed without its article (« préparation des repas ») gets one (« la préparation des
 * repas »), from its first word's ending; a name (« Excel ») is left as written.
 */
function withNounArticle(phrase: string): string {
  const [first = ''] = phrase.split(/[\s'’]/);
  const word = first.toLocaleLowerCase('fr');
  const common = first === word || COMMON_NOUN_ENDING.test(word);
  if (!common || !/^\p{L}+$/u.test(first)) return phrase;
  const text = lowerFirst(phrase);
  if (/^[aeiouyéèêàâîôûœh]/i.test(word)) return `l'${text}`;
  if (/[sx]$/.test(word)) return `les ${text}`;
  return `${FEMININE_ENDING.test(word) ? 'la' : 'le'} ${text}`;
}

function contentPart(verb: string, items: readonly string[]): string[] {
  const phrases = items.map(asPhrase).filter((item) => item !== '');
  const nouns: string[] = [];
  const verbs: string[] = [];
  for (const phrase of phrases) {
    const first = phrase.split(/[\s'’]/)[0] ?? '';
    // « à utiliser le logiciel » keeps its own verb: « apprendre à utiliser… ».
    if (/^à$/i.test(first)) verbs.push(`${verb} ${lowerFirst(phrase)}`);
    else if (NOUN_START.test(first)) nouns.push(lowerFirst(phrase));
    else if (INFINITIVE.test(lowerFirst(first))) verbs.push(lowerFirst(phrase));
    else nouns.push(withNounArticle(phrase));
  }
  return [...(nouns.length > 0 ? [`${verb} ${joinWithAnd(nouns)}`] : []), ...verbs];
}

/** « Au cours de cette immersion, je souhaite voir …, faire … et apprendre …. » */
export function contentSentence(plan: LetterPlan): string {
  const parts = [
    ...contentPart('voir', plan.toSee),
    ...contentPart('faire', plan.toDo),
    ...contentPart('apprendre', plan.toLearn),
  ];
  if (parts.length === 0) return '';
  const list =
    parts.length <= 2 ? joinWithAnd(parts) : `${parts.slice(0, -1).join(', ')}, et ${parts.at(-1)}`;
  return `Au cours de cette immersion, je souhaite ${list}.`;
}

// What each of the guide's roles means, as it reads after « j'envisage »; none agrees with a gender.
const ROLE_PHRASES: Readonly<Record<Role, string>> = {
  observer: "d'observer pour comprendre le déroulement de l'activité",
  learner: "d'essayer sous contrôle après avoir regardé faire",
  actor: 'de réaliser des tâches sous contrôle pour gagner en autonomie',
};

function weeksLabel(phase: RolePhase, inDays: boolean): string {
  const [one, many] = inDays ? ['jour', 'jours'] : ['semaine', 'semaines'];
  if (phase.fromWeek === phase.toWeek) return `${one} ${phase.fromWeek}`;
  const joint = phase.toWeek === phase.fromWeek + 1 ? 'et' : 'à';
  return `${many} ${phase.fromWeek} ${joint} ${phase.toWeek}`;
}

/** « J'envisage d'abord d'observer … (semaine 1), puis d'essayer … (semaines 2 et 3), et enfin de réaliser … (semaine 4). » */
export function rolesSentence(plan: LetterPlan): string {
  const phases = [...plan.roles].sort((a, b) => a.fromWeek - b.fromWeek);
  const [first] = phases;
  if (first === undefined) return '';
  const inDays = plan.durationDays !== undefined;
  const length = plan.durationDays ?? plan.durationWeeks;
  const whole = length !== undefined && first.fromWeek === 1 && first.toWeek >= length;
  if (phases.length === 1 && whole) return `Tout au long du stage, j'envisage ${ROLE_PHRASES[first.role]}.`;
  const parts = phases.map((phase) => `${ROLE_PHRASES[phase.role]} (${weeksLabel(phase, inDays)})`);
  if (parts.length === 1) return `J'envisage ${parts[0]}.`;
  const middle = parts.slice(1, -1).map((part) => `, puis ${part}`);
  const last = parts.length === 2 ? `, puis ${parts.at(-1)}` : `, et enfin ${parts.at(-1)}`;
  return `J'envisage d'abord ${parts[0]}${middle.join('')}${last}.`;
}

// The article of a prescriber typed without one (« PLIE de Lyon » → « le PLIE de Lyon »).
const PRESCRIBER_ARTICLES: readonly (readonly [RegExp, string])[] = [
  [
    /^(plie|ccas|cias|département|conseil|centre|service|pôle|réseau|groupement|geiq|siae|cfa)(?![\p{L}])/iu,
    'le ',
  ],
  [
    /^(mission|maison|structure|régie|direction|plateforme|cité|école de la deuxième chance|e2c)(?![\p{L}])/iu,
    'la ',
  ],
  [
    /^(association|agence|apec|afpa|épide|epide|entreprise d['’]insertion|atelier|établissement|espace)(?![\p{L}])/iu,
    "l'",
  ],
];

/** The prescriber's name with its article, unless it has one or needs none (« Cap emploi »). */
function withArticle(name: string): string {
  if (/^(le|la|les|l['’]|un|une|mon|ma|cap emploi|france travail|pôle emploi)(?![\p{L}])/iu.test(name))
    return lowerFirst(name);
  const found = PRESCRIBER_ARTICLES.find(([pattern]) => pattern.test(name));
  if (found === undefined) return name;
  const article = found[1];
  // « l'APEC », « l'Afpa »: an acronym keeps its capitals; « la Mission locale de Lyon » its own.
  return `${article}${name}`;
}

/** « France Travail (agence de Lyon Part-Dieu) », « la Mission locale de Lyon », « le PLIE de Lyon ». */
export function prescriberPhrase(counsellor: Counsellor): string {
  const agency = asPhrase(counsellor.agency);
  const named = (name: string, article = '') => {
    if (agency === '') return `${article}${name}`;
    if (agency.toLocaleLowerCase('fr').startsWith(name.toLocaleLowerCase('fr'))) return `${article}${agency}`;
    return `${article}${name} (${agency})`;
  };
  switch (counsellor.prescriber) {
    case 'capEmploi':
      return named('Cap emploi');
    case 'missionLocale':
      return named('mission locale', 'la ');
    case 'other':
      return withArticle(asPhrase(counsellor.prescriberName));
    default:
      return named('France Travail');
  }
}

/**
 * The frame as the Code du travail states it: a convention concluded between the person, the
 * host and the prescriber (art. L5135-4), nothing paid by the host and the person's status
 * kept (art. L5135-2).
 */
export function frameSentences(plan: LetterPlan, yourCollectivity: string): string {
  const counsellor = asPhrase(plan.counsellor.name);
  const follows =
    counsellor === '' ? '' : ` ${counsellor}, qui suit mon parcours, pourra répondre à vos questions.`;
  return (
    `Cette immersion ferait l'objet d'une convention conclue entre ${yourCollectivity}, ` +
    `${prescriberPhrase(plan.counsellor)}, qui m'accompagne dans ce projet, et moi-même. ` +
    `${capitalise(yourCollectivity)} n'aurait ni rémunération à me verser ni frais à engager, et je conserverais mon statut pendant toute cette période.${follows}`
  );
}

/** « votre commune, France Travail (agence …) et moi-même »: the convention's parties (L5135-4). */
export function partiesOf(plan: LetterPlan, yourCollectivity: string): string {
  return `${yourCollectivity}, ${prescriberPhrase(plan.counsellor)} et moi-même`;
}

/** « entre votre commune, France Travail (agence …) et moi-même ». */
export function conventionParties(plan: LetterPlan, yourCollectivity: string): string {
  return `entre ${partiesOf(plan, yourCollectivity)}`;
}

/** « au 06 12 34 56 78 ou par courriel à marie.durand@example.fr » (one or both). */
export function reachPhrase(sender: Sender): string {
  const phone = squash(sender.phone);
  const email = squash(sender.email);
  const byPhone = phone === '' ? '' : `au ${formatPhone(phone)}`;
  const byEmail = email === '' ? '' : `par courriel à ${email}`;
  return [byPhone, byEmail].filter((part) => part !== '').join(' ou ');
}

/** « Vous pouvez me joindre au … ou par courriel à …. » */
export function reachSentence(sender: Sender): string {
  return `Vous pouvez me joindre ${reachPhrase(sender)}.`;
}

export function senderName(sender: Sender): string {
  return `${squash(sender.firstName)} ${squash(sender.lastName)}`;
}
