/**
 * The demande de stage, to the maire or the président. The body follows the checklist: who
 * writes; what is asked and in which service; why; what to see, do and learn, in which role;
 * the frame; the request for a meeting with how to reach the writer.
 */

import { asSentences, frenchDate } from '../french';
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

/** « Demande de stage (PMSMP) au service Espaces verts »: also what a relance quotes. */
export function requestSubject(input: LetterInput): string {
  return `Demande de stage (PMSMP) ${servicePhrases(input.recipient.service).at}`;
}

/** « À la suite de mon échange téléphonique du 12 novembre 2026 avec Mme Dupont, cheffe du service Espaces verts, » */
function callOpening(input: LetterInput): { text: string; namesService: boolean } {
  const call = input.history.call;
  if (call === undefined) return { text: '', namesService: false };
  const { interlocutor, service } = input.recipient;
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
    attention: input.history.call !== undefined,
    paragraphs: [
      asSentences(plan.situation),
      `${ask} ${objectiveSentence(plan)}`,
      asSentences(plan.why),
      `${contentSentence(plan)} ${rolesSentence(plan)}`,
      frameSentences(plan, ours),
      'Je me tiens à votre disposition pour vous rencontrer et vous présenter mon projet plus en détail. ' +
        `${reachSentence(sender)} Je vous remercie de l'attention que vous porterez à ma demande.`,
    ],
  };
}
