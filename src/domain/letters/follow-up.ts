/**
 * The relance, after the delay without an answer: who writes, the date and subject of the
 * first letter, a polite question on where the request stands, and an offer to call.
 */

import { asPhrase, asSentences, de, frenchDate, squash } from '../french';
import { contactName, servicePhrases } from './addressing';
import type { LetterParts } from './layout';
import { objectivePhrase, reachSentence } from './phrases';
import { requestedStage, requestSubject } from './request';
import type { LetterInput } from './types';

/** The first letter's subject as sent, or the demande's own when the journal did not keep it. */
export function firstLetterSubject(input: LetterInput): string {
  const written = asPhrase(input.history.firstLetter?.subject).replace(/^objet\s*:\s*/i, '');
  return written === '' ? requestSubject(input) : written;
}

export function followUpParts(input: LetterInput): LetterParts {
  const { plan, recipient, sender, history } = input;
  const sentOn = frenchDate(history.firstLetter?.date ?? '');
  const aim = plan.objective === undefined ? '' : `, afin ${de(objectivePhrase(plan.objective, plan))}`;
  const stage = requestedStage(input, `au sein ${servicePhrases(recipient.service).of}`);
  const interlocutor = recipient.interlocutor;
  const whom =
    interlocutor !== undefined && squash(interlocutor.name) !== ''
      ? contactName(interlocutor)
      : 'la personne chargée de ma demande';
  return {
    subject: `Relance de ma demande d'immersion professionnelle (PMSMP) du ${sentOn}`,
    attention: recipient.interlocutor !== undefined && squash(recipient.interlocutor.name) !== '',
    paragraphs: [
      `${asSentences(plan.situation)} Le ${sentOn}, je vous ai adressé un courrier ayant pour objet « ${firstLetterSubject(input)} ».`,
      `J'y sollicitais une ${stage}${aim}.`,
      "N'ayant pas reçu de réponse à ce jour, je me permets de revenir vers vous afin de savoir où en est l'examen " +
        'de ma demande, qui me tient toujours à cœur.',
      `Je reste à votre disposition pour tout complément d'information et peux, si vous le souhaitez, appeler ${whom}. ` +
        reachSentence(sender),
    ],
  };
}
