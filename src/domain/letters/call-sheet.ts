/**
 * The fiche d'appel: what to say to the head of the service before any letter (the guide's
 * step 6), what to ask, and what to note. Spoken French, still vouvoiement.
 */

import { asSentences, squash } from '../french';
import { contactWithFunction, servicePhrases, yourCollectivity } from './addressing';
import { documentTitle, finished } from './layout';
import { formatPhone } from './phone';
import { contentSentence, objectiveSentence, prescriberPhrase, rolesSentence, senderName } from './phrases';
import { requestedStage } from './request';
import type { LetterBlock, LetterDocument, LetterInput } from './types';

export const CALL_QUESTIONS = [
  "Votre service serait-il ouvert à l'accueil d'une personne en stage ?",
  'Qui pourrait être mon tuteur ou ma tutrice pendant le stage ?',
  'Quelle période conviendrait le mieux à votre service ?',
  "Faut-il envoyer un courrier ? Si oui, à qui dois-je l'adresser ?",
] as const;

export const CALL_NOTES = [
  'Nom de la personne jointe',
  'Sa fonction',
  'Sa réponse (oui, non, à rappeler)',
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
  const service = servicePhrases(recipient.service);
  const contact = recipient.interlocutor;
  const named = contact !== undefined && squash(contact.name) !== '';
  const phone = squash(recipient.phone);
  const whom = named
    ? contactWithFunction(contact, recipient.service)
    : `la personne responsable ${service.of}`;
  const number =
    phone === ''
      ? ` : numéro à demander à l'accueil ${recipient.kind === 'commune' ? 'de la mairie' : 'de la collectivité'}`
      : `, au ${formatPhone(phone)}`;
  // First to whoever answers, then to the head of the service once put through.
  const greeting = named && contact.civility !== undefined ? `Bonjour ${contact.civility},` : 'Bonjour,';
  const name = senderName(sender);
  const thanks =
    named && contact.civility !== undefined
      ? `Je vous remercie, ${contact.civility}, pour le temps que vous m'avez consacré. Je vous souhaite une bonne journée.`
      : "Je vous remercie pour le temps que vous m'avez consacré. Je vous souhaite une bonne journée.";
  const content = `${contentSentence(plan)} ${rolesSentence(plan)}`;

  const blocks: LetterBlock[] = [
    heading(`Fiche d'appel — ${squash(recipient.name)}, ${service.bare}`),
    paragraph(`À appeler : ${whom}${number}.`),
    heading('Me présenter'),
    paragraph(`Bonjour, je m'appelle ${name}. Pourrais-je parler à ${whom} ?`),
    paragraph(
      `${greeting} je m'appelle ${name} et je vous appelle au sujet d'une demande de stage. ${asSentences(plan.situation)}`,
    ),
    heading('Ma demande'),
    paragraph(
      `Je souhaite effectuer une ${requestedStage(input, 'dans votre service')}. ${objectiveSentence(plan)}`,
    ),
    paragraph(
      `La convention est signée avec ${prescriberPhrase(plan.counsellor)}, qui m'accompagne : ` +
        `l'accueil n'entraîne aucun frais pour ${yourCollectivity(recipient.kind, recipient.name)} et je conserve mon statut.`,
    ),
    ...(squash(plan.why) === '' ? [] : [heading('Pourquoi ce service'), paragraph(asSentences(plan.why))]),
    ...(squash(content) === ''
      ? []
      : [heading('Ce que je souhaite voir, faire et apprendre'), paragraph(content)]),
    heading('Questions à poser'),
    list(CALL_QUESTIONS),
    heading("À noter pendant l'appel"),
    list(CALL_NOTES),
    heading('Pour conclure'),
    paragraph(thanks),
  ];
  return finished({ kind: 'callSheet', title: documentTitle('callSheet', input), blocks });
}
