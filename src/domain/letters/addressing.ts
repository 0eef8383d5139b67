/**
 * Whom the letter speaks to, in the French administrative forms: the appel and the closing
 * that repeats it, the recipient block, « À l'attention de … », « Mme » and « M. », the
 * feminine of functions, and the service named as the person wrote it.
 */
import { capitalise, lowerFirst, squash, startsWithVowelSound } from '../french';
import type { Civility, CollectivityKind, Contact, Head, Recipient } from './types';

/** The head a collectivité of this kind usually has: the maire of a commune, a président otherwise. */
export function usualHeadTitle(kind: CollectivityKind): Head['title'] {
  if (kind === 'commune') return 'mayor';
  return kind === 'other' ? 'other' : 'president';
}

// Words of a function and their feminine (« directeur général adjoint » → « directrice générale adjointe »).
const FEMININE: Readonly<Record<string, string>> = {
  chef: 'cheffe',
  directeur: 'directrice',
  président: 'présidente',
  'vice-président': 'vice-présidente',
  adjoint: 'adjointe',
  général: 'générale',
  conseiller: 'conseillère',
  coordinateur: 'coordinatrice',
  coordonnateur: 'coordonnatrice',
  animateur: 'animatrice',
  assistant: 'assistante',
  technicien: 'technicienne',
  ingénieur: 'ingénieure',
  attaché: 'attachée',
  rédacteur: 'rédactrice',
  principal: 'principale',
  délégué: 'déléguée',
  chargé: 'chargée',
  premier: 'première',
  élu: 'élue',
  maire: 'maire',
  municipal: 'municipale',
  territorial: 'territoriale',
  départemental: 'départementale',
  régional: 'régionale',
  administratif: 'administrative',
  social: 'sociale',
  culturel: 'culturelle',
  sportif: 'sportive',
  éducatif: 'éducative',
  gestionnaire: 'gestionnaire',
  instructeur: 'instructrice',
  inspecteur: 'inspectrice',
  contrôleur: 'contrôleuse',
  opérateur: 'opératrice',
  éducateur: 'éducatrice',
  formateur: 'formatrice',
  médiateur: 'médiatrice',
  agent: 'agente',
  secrétaire: 'secrétaire',
};

// Words that always speak of the person, wherever they stand (« adjoint au maire chargé du personnel »).
const PERSON_WORDS = new Set(['chargé', 'délégué', 'déléguée', 'adjoint']);

/**
 * The function in the feminine for a woman: the leading words up to the first « de », « du »,
 * « des », « d' », « au » (a service name after them is left as written), and the words that
 * always speak of the person (« chargé », « délégué »). Inside a sentence the first word is in
 * lower case (« Chef de service » → « cheffe de service »); an acronym stays (« DGS »).
 */
export function functionFor(civility: Civility | 'unknown' | undefined, text: string): string {
  const clean = lowerFirst(squash(text));
  if (civility !== 'Madame') return clean;
  const words = clean.split(' ');
  let leading = true;
  return words
    .map((word) => {
      const key = word.toLocaleLowerCase('fr');
      if (/^(de|du|des|d'|d’|au|aux|à|en)$/i.test(word) || /^d['’]/i.test(word)) {
        leading = false;
        return word;
      }
      if (!leading && !PERSON_WORDS.has(key)) return word;
      const feminine = FEMININE[key];
      if (feminine === undefined) return word;
      return word.charAt(0) === word.charAt(0).toLocaleUpperCase('fr') ? capitalise(feminine) : feminine;
    })
    .join(' ');
}

const HEAD_NOUNS: Readonly<Record<'mayor' | 'president', Readonly<Record<Civility, string>>>> = {
  mayor: { Madame: 'Madame la Maire', Monsieur: 'Monsieur le Maire' },
  president: { Madame: 'Madame la Présidente', Monsieur: 'Monsieur le Président' },
};

/** « Madame la Directrice générale des services », « Monsieur l'Adjoint au maire ». */
function otherHeadWithArticle(civility: Civility, title: string): string {
  const feminine = functionFor(civility, title);
  const article = startsWithVowelSound(feminine) ? "l'" : civility === 'Madame' ? 'la ' : 'le ';
  return `${civility} ${article}${capitalise(feminine)}`;
}

/**
 * The title an appel keeps for a head who is neither maire nor président(e): the leading words
 * of the function (« Madame la Directrice générale », « Monsieur l'Adjoint au maire »).
 */
function appelTitle(title: string): string {
  const words = squash(title).split(' ');
  const kept: string[] = [];
  for (const [index, word] of words.entries()) {
    const next = words[index + 1]?.toLocaleLowerCase('fr');
    if (/^(au|aux)$/i.test(word) && next === 'maire') {
      kept.push(word, words[index + 1] as string);
      break;
    }
    if (/^(de|du|des|d['’].*|au|aux|à|en|chargée?|déléguée?|,.*)$/i.test(word)) break;
    kept.push(word.replace(/,$/, ''));
    if (word.endsWith(',')) break;
  }
  return kept.join(' ');
}

/** The appel, without its comma: « Monsieur le Maire », « Madame la Présidente », « Madame, Monsieur ». */
export function salutation(head: Head): string {
  if (head.civility === 'unknown') return 'Madame, Monsieur';
  if (head.title === 'other') {
    const title = appelTitle(head.otherTitle ?? '');
    return title === '' ? head.civility : otherHeadWithArticle(head.civility, title);
  }
  return HEAD_NOUNS[head.title][head.civility];
}

// Functions held by an elected official, to whom « ma haute considération » is due.
const ELECTED =
  /^(maire|adjointe?|président|présidente|vice-présidente?|conseill[eè]re?|élue?|sénat|député)/iu;

/** The closing, repeating the appel word for word. */
export function closingFormula(head: Head): string {
  const elected = head.title !== 'other' || ELECTED.test(squash(head.otherTitle));
  const regard = elected ? 'ma haute considération' : 'mes salutations distinguées';
  return `Je vous prie d'agréer, ${salutation(head)}, l'expression de ${regard}.`;
}

/** The first line(s) of the recipient block: the head, then the body when not on the same line. */
export function recipientLines(recipient: Recipient): string[] {
  const { head } = recipient;
  const name = squash(recipient.name);
  const withArticle = squash(recipient.nameWithArticle);
  if (head.title === 'other') {
    const title = squash(head.otherTitle);
    const first =
      head.civility === 'unknown' ? capitalise(title) : otherHeadWithArticle(head.civility, title);
    return [first, name];
  }
  const noun =
    head.civility === 'unknown'
      ? `Madame, Monsieur ${head.title === 'mayor' ? 'le Maire' : 'le Président'}`
      : HEAD_NOUNS[head.title][head.civility];
  // « Monsieur le Maire / Mairie de Lyon »; « Madame la Présidente du Conseil départemental de l'Ain ».
  if (head.title === 'president' && withArticle !== '') return [`${noun} ${withArticle}`];
  return [noun, name];
}

/** « Mme Dupont », « M. Durand », « Claire Dupont » when the civility is not known. */
export function contactName(contact: Contact): string {
  const name = squash(contact.name);
  if (contact.civility === 'Madame') return `Mme ${name}`;
  if (contact.civility === 'Monsieur') return `M. ${name}`;
  return name;
}

interface ServiceNoun {
  readonly article: string;
  readonly elided: boolean;
  readonly plural: boolean;
}

// Structures a service name may start with, so that « Direction des ressources humaines » reads
// « de la direction des ressources humaines » and not « du service Direction… ».
const STRUCTURES: Readonly<Record<string, ServiceNoun>> = {
  service: { article: 'le', elided: false, plural: false },
  services: { article: 'les', elided: false, plural: true },
  direction: { article: 'la', elided: false, plural: false },
  pôle: { article: 'le', elided: false, plural: false },
  mission: { article: 'la', elided: false, plural: false },
  cellule: { article: 'la', elided: false, plural: false },
  bureau: { article: 'le', elided: false, plural: false },
  atelier: { article: 'le', elided: true, plural: false },
  ateliers: { article: 'les', elided: false, plural: true },
  centre: { article: 'le', elided: false, plural: false },
  médiathèque: { article: 'la', elided: false, plural: false },
  bibliothèque: { article: 'la', elided: false, plural: false },
  crèche: { article: 'la', elided: false, plural: false },
  école: { article: 'la', elided: true, plural: false },
  régie: { article: 'la', elided: false, plural: false },
  cabinet: { article: 'le', elided: false, plural: false },
  secrétariat: { article: 'le', elided: false, plural: false },
  police: { article: 'la', elided: false, plural: false },
};

/**
 * The service with its article: { bare: « service Espaces verts », the: « le service Espaces
 * verts », of: « du service… », at: « au service… » }.
 */
export function servicePhrases(service: string): { bare: string; the: string; of: string; at: string } {
  const clean = squash(service);
  const first = clean.split(/[\s'’]/)[0]?.toLocaleLowerCase('fr') ?? '';
  const structure = STRUCTURES[first];
  const noun = structure === undefined ? `service ${clean}` : lowerFirst(clean);
  const { article, elided, plural } = structure ?? STRUCTURES.service!;
  if (elided) return { bare: noun, the: `l'${noun}`, of: `de l'${noun}`, at: `à l'${noun}` };
  if (plural) return { bare: noun, the: `les ${noun}`, of: `des ${noun}`, at: `aux ${noun}` };
  if (article === 'la') return { bare: noun, the: `la ${noun}`, of: `de la ${noun}`, at: `à la ${noun}` };
  return { bare: noun, the: `le ${noun}`, of: `du ${noun}`, at: `au ${noun}` };
}

/** « cheffe du service Espaces verts » from « chef de service » and the service aimed at. */
export function contactFunction(contact: Contact, service: string): string {
  const written = functionFor(contact.civility, contact.function ?? '');
  if (written === '') return '';
  // « chef de service », « responsable du service »: the service the letter is about.
  const general = /^(\S+)\s+(?:de|du)\s+service$/i.exec(written);
  return general && squash(service) !== '' ? `${general[1]} ${servicePhrases(service).of}` : written;
}

/** « Mme Dupont, cheffe du service Espaces verts » — or the service alone when nobody is named. */
export function contactWithFunction(contact: Contact | undefined, service: string): string {
  if (contact === undefined || squash(contact.name) === '') return servicePhrases(service).the;
  const fn = contactFunction(contact, service);
  return fn === '' ? contactName(contact) : `${contactName(contact)}, ${fn}`;
}

/** The service's own words, without the structure before them (« Direction des ressources humaines » → « ressources humaines »). */
function serviceCore(service: string): string {
  const clean = squash(service).toLocaleLowerCase('fr');
  const first = clean.split(/[\s'’]/)[0] ?? '';
  if (STRUCTURES[first] === undefined) return clean;
  return clean
    .slice(first.length)
    .replace(/^\s*(de la|de l['’]|des|du|de|d['’])?\s*/, '')
    .trim();
}

/** Whether a text (a function, « le service Espaces verts ») already names the service. */
export function mentionsService(text: string, service: string): boolean {
  const core = serviceCore(service);
  return core !== '' && squash(text).toLocaleLowerCase('fr').includes(core);
}

/** « À l'attention de Mme Dupont, cheffe du service Espaces verts », when a phone call came first. */
export function attentionLine(recipient: Recipient): string {
  const contact = recipient.interlocutor;
  if (contact !== undefined && squash(contact.name) !== '') {
    const fn = contactFunction(contact, recipient.service);
    // The function says where the person works; the service is added only when it is not known.
    const where = fn === '' ? `, ${servicePhrases(recipient.service).bare}` : '';
    return `À l'attention de ${contactWithFunction(contact, recipient.service)}${where}`;
  }
  return `À l'attention ${servicePhrases(recipient.service).of}`;
}

// Bodies that are établissements publics, not collectivités (a CCAS, a syndicat, a centre de gestion).
const ESTABLISHMENT =
  /^(ccas|cias|centre (communal|intercommunal) d['’]action sociale|syndicat|sivu|sivom|centre de gestion|cdg|sdis|service départemental d['’]incendie|établissement|office|régie|caisse des écoles)(?![\p{L}])/iu;

/** « votre commune », « votre établissement » (a CCAS), « votre collectivité ». */
export function yourCollectivity(kind: CollectivityKind, name = ''): string {
  if (kind === 'commune') return 'votre commune';
  return ESTABLISHMENT.test(squash(name)) ? 'votre établissement' : 'votre collectivité';
}

/** « À Lyon », « Au Havre », « Aux Mureaux ». */
export function atTown(town: string): string {
  const clean = squash(town);
  if (/^le\s/i.test(clean)) return `Au ${clean.slice(3)}`;
  if (/^les\s/i.test(clean)) return `Aux ${clean.slice(4)}`;
  return `À ${clean}`;
}
