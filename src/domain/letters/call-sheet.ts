/**
 * The fiche d'appel: what to say to the head of the service before any letter (the guide's
 * step 6), what to ask, and what to note. Spoken French, still vouvoiement.
 */

import { asSentences, squash } from '../french';
import { contactWithFunction, servicePhrases, yourCollectivity } from './addressing';
import { documentTitle, finished } from './layout';
import { formatPhone } from './phone';
import { contentSentence, conventionParties, objectiveSentence, rolesSentence, senderName } from './phrases';
import { requestedStage } from './request';
import type { LetterBlock, LetterDocument, LetterInput } from './types';

export const CALL_QUESTIONS = [
  "Votre service serait-il ouvert à l'accueil d'une personne en immersion professionnelle ?",
  "Qui pourrait être mon tuteur ou ma tutrice pendant l'immersion ?",
  'Quelle période conviendrait le mieux à votre service ?',
  "Faut-il envoyer un courrier ? Si oui, à qui dois-je l'adresser ?",
] as const;

/** The guide's logistics, to check before agreeing on a stage. */
export const CALL_LOGISTICS = [
  'Les jours et les horaires de présence',
  'La tenue ou l’équipement à prévoir (chaussures de sécurité, gants…)',
  'L’accès au lieu de stage (transports, stationnement)',
  'Le repas de midi (restaurant administratif, salle de pause)',
] as const;

export const CALL_NOTES = [
  'Nom de la personne jointe',
  'Sa fonction',
  'Sa réponse (oui, non, à rappeler)',
  'En cas de refus, son motif (pour la colonne « Motif de refus » du suivi)',
  'La prochaine étape (courrier, rencontre, rappel)',
  'La date à laquelle rappeler',
] as const;

const heading = (text: string): LetterBlock => ({
  kind: 'heading',
  lines: [text],
  align: 'left',
  bold: true,
});
const paragraph = (text: string): LetterBlock => ({
  kind: 'paragraph',
  lines: [squash(text)],
  align: 'left',
});
const list = (items: readonly string[]): LetterBlock => ({ kind: 'list', lines: items, align: 'left' });

export function callSheet(input: LetterInput): LetterDocument {
  const { recipient, plan, sender } = input;
  // The guide says to call first: the service is often learnt during that call, so the fiche
  // does without it (« la personne qui s'occupe de l'accueil des stagiaires »).
  const known = squash(recipient.service) !== '';
  const service = servicePhrases(recipient.service);
  const contact = recipient.interlocutor;
  const named = contact !== undefined && squash(contact.name) !== '';
  const phone = squash(recipient.phone);
  const whom = named
    ? contactWithFunction(contact, recipient.service)
    : known
      ? `la personne responsable ${service.of}`
      : "la personne qui s'occupe de l'accueil des stagiaires";
  const number =
    phone === ''
      ? ` (numéro à demander à l'accueil ${recipient.kind === 'commune' ? 'de la mairie' : 'de la collectivité'})`
      : `, au ${formatPhone(phone)}`;
  // First to whoever answers, then to the head of the service once put through.
  const greeting = named && contact.civility !== undefined ? `Bonjour ${contact.civility},` : 'Bonjour,';
  const name = senderName(sender);
  const thanks =
    named && contact.civility !== undefined
      ? `Je vous remercie, ${contact.civility}, pour le temps que vous m'avez consacré. Je vous souhaite une bonne journée.`
      : "Je vous remercie pour le temps que vous m'avez consacré. Je vous souhaite une bonne journée.";
  const content = `${contentSentence(plan)} ${rolesSentence(plan)}`;
  const ours = yourCollectivity(recipient.kind, recipient.name);
  const pitch = squash(plan.pitch);

  const blocks: LetterBlock[] = [
    heading(`Fiche d'appel — ${squash(recipient.name)}${known ? `, ${service.bare}` : ''}`),
    paragraph(`À appeler : ${whom}${number}.`),
    heading('Demander la bonne personne'),
    paragraph(`Bonjour, je m'appelle ${name}. Pourrais-je parler à ${whom} ?`),
    heading('Me présenter'),
    paragraph(
      pitch === ''
        ? `${greeting} je m'appelle ${name} et je vous appelle au sujet d'une demande d'immersion professionnelle. ${asSentences(plan.situation)}`
        : /^bonjour/i.test(pitch)
          ? asSentences(pitch)
          : `${greeting} ${asSentences(pitch)}`,
    ),
    heading('Ma demande'),
    paragraph(
      `Je souhaite effectuer une ${requestedStage(input, 'dans votre service')}. ${objectiveSentence(plan)}`,
    ),
    paragraph(
      `Cette immersion ferait l'objet d'une convention conclue ${conventionParties(plan, ours)} ; ` +
        `${ours} n'aurait ni rémunération à me verser ni frais à engager, et je conserverais mon statut.`,
    ),
    ...(squash(plan.why) === '' ? [] : [heading('Pourquoi ce service'), paragraph(asSentences(plan.why))]),
    ...(squash(content) === ''
      ? []
      : [heading('Ce que je souhaite voir, faire et apprendre'), paragraph(content)]),
    heading('Proposer une rencontre'),
    paragraph(
      "Seriez-vous d'accord pour que nous nous rencontrions, afin que je vous présente mon projet ? Je peux me rendre disponible au moment qui vous conviendra.",
    ),
    heading('Questions à poser'),
    list(CALL_QUESTIONS),
    heading('La logistique à vérifier'),
    list(CALL_LOGISTICS),
    heading("À noter pendant l'appel"),
    list(CALL_NOTES),
    heading('Pour conclure'),
    paragraph(thanks),
  ];
  return finished({ kind: 'callSheet', title: documentTitle('callSheet', input), blocks });
}
