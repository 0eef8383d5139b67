/**
 * The demande de stage, to the maire or the président. The body follows the checklist: who
 * writes; what is asked and in which service; why; what to see, do and learn, in which role;
 * the frame; the request for a meeting with how to reach the writer.
 */

import { asSentences, frenchDate, squash } from '../french';
import { contactWithFunction, mentionsService, servicePhrases, yourCollectivity } from './addressing';
import type { LetterParts } from './layout';
import {
  contentSentence,
  durationPhrase,
  frameSentences,
  objectiveSentence,
  PMSMP_IN_FULL,
  periodPhrase,
  reachSentence,
  rhythmPhrase,
  rolesSentence,
} from './phrases';
import type { LetterInput, StagePeriod } from './types';

/**
 * « Demande d'immersion professionnelle (PMSMP) au service Espaces verts »: also what a relance
 * quotes. A PMSMP is no « stage » in the legal sense (a convention de stage is a student's).
 */
export function requestSubject(input: LetterInput): string {
  return `Demande d'immersion professionnelle (PMSMP) ${servicePhrases(input.recipient.service).at}`;
}

/** « À la suite de mon échange téléphonique du 12 novembre 2026 avec Mme Dupont, cheffe du service Espaces verts, » */
function callOpening(input: LetterInput): { text: string; namesService: boolean } {
  const call = input.history.call;
  if (call === undefined) return { text: '', namesService: false };
  const { interlocutor, service, interlocutorIsHead } = input.recipient;
  // The head was the person spoken to: the letter speaks to them of « notre échange ».
  if (interlocutorIsHead === true) {
    return {
      text: `À la suite de notre échange téléphonique du ${frenchDate(call.date)}, je`,
      namesService: false,
    };
  }
  const whom = contactWithFunction(interlocutor, service);
  const namesService = mentionsService(whom, service);
  return {
    text: `À la suite de mon échange téléphonique du ${frenchDate(call.date)} avec ${whom}, je`,
    namesService,
  };
}

/** « … une période de mise en situation en milieu professionnel (PMSMP) de quatre semaines au sein du service …, du 1er au 26 mars 2027, à temps plein » */
export function requestedStage(input: LetterInput, where: string): string {
  const { plan } = input;
  return `${PMSMP_IN_FULL} ${durationPhrase(plan)} ${where}, ${periodPhrase(plan.period as StagePeriod)}, ${rhythmPhrase(plan)}`;
}

// « le service Espaces verts » → « son service Espaces verts »; « l'atelier » → « son atelier ».
function possessive(the: string): string {
  return the
    .replace(/^(le|la) /, (_, article: string) => (article === 'la' ? 'sa ' : 'son '))
    .replace(/^les /, 'ses ')
    .replace(/^l['’]/, 'son ');
}

/**
 * Why this collectivité and this service, after the person's own reasons: where they live when
 * it is this commune, else the service the letter names.
 */
function whyHere(input: LetterInput, ours: string): string {
  const { recipient, plan } = input;
  const home = squash(plan.homeTown);
  const service = servicePhrases(recipient.service);
  const lives =
    recipient.kind === 'commune' &&
    home !== '' &&
    squash(recipient.name).toLocaleLowerCase('fr').endsWith(home.toLocaleLowerCase('fr'));
  // The person's reasons already speak of this service or this collectivité.
  if (/(^|[^\p{L}])(votre|vos)(?![\p{L}])/iu.test(plan.why) || mentionsService(plan.why, recipient.service)) {
    return '';
  }
  if (lives) {
    return `Résidant à ${home}, je souhaite découvrir de l'intérieur le service public que j'y connais de l'extérieur, et c'est naturellement vers ${ours} et ${possessive(service.the)} que je me tourne.`;
  }
  return `C'est ce qui m'amène à me tourner vers ${ours} et vers ${possessive(service.the)}.`;
}

export function requestParts(input: LetterInput): LetterParts {
  const { plan, recipient, sender } = input;
  const ours = yourCollectivity(recipient.kind, recipient.name);
  const opening = callOpening(input);
  const where = opening.namesService
    ? 'au sein de ce service'
    : `au sein ${servicePhrases(recipient.service).of} de ${ours}`;
  const ask = `${opening.text === '' ? 'Je' : opening.text} sollicite une ${requestedStage(input, where)}.`;
  return {
    subject: requestSubject(input),
    attention: input.history.call !== undefined && recipient.interlocutorIsHead !== true,
    paragraphs: [
      asSentences(plan.situation),
      `${ask} ${objectiveSentence(plan)}`,
      squash(plan.why) === '' ? '' : `${asSentences(plan.why)} ${whyHere(input, ours)}`.trim(),
      `${contentSentence(plan)} ${rolesSentence(plan)}`,
      frameSentences(plan, ours),
      'Je me tiens à votre disposition pour vous rencontrer et vous présenter mon projet plus en détail. ' +
        `${reachSentence(sender)} Je vous remercie de l'attention que vous porterez à ma demande.`,
    ],
  };
}
