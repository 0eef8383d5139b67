/**
 * The remerciements: after a meeting (recalls it, confirms the wish, offers to prepare the
 * convention) and after a refusal (thanks for the answer, understands it, keeps the door open,
 * without a word of reproach).
 */

import { frenchDate, squash } from '../french';
import { contactWithFunction, servicePhrases, yourCollectivity } from './addressing';
import type { LetterParts } from './layout';
import { durationPhrase, PMSMP_IN_FULL, partiesOf, periodPhrase, reachSentence } from './phrases';
import type { LetterInput, RefusalReason, StagePeriod } from './types';

export function thanksAfterMeetingParts(input: LetterInput): LetterParts {
  const { plan, recipient, sender, history } = input;
  const meeting = history.meeting;
  const on = frenchDate(meeting?.date ?? '');
  const met = meeting?.with;
  const service = servicePhrases(recipient.service);
  const opening =
    met !== undefined && squash(met.name) !== ''
      ? `Je vous remercie pour l'accueil qui m'a été réservé le ${on} par ${contactWithFunction(met, recipient.service)}, ` +
        `lors d'une rencontre au sujet de ma demande de ${PMSMP_IN_FULL}.`
      : `Je vous remercie pour l'entretien que vous m'avez accordé le ${on} au sujet de ma demande de ${PMSMP_IN_FULL}.`;
  return {
    subject: `Remerciements à la suite de la rencontre du ${on}`,
    attention: met !== undefined && squash(met.name) !== '',
    attentionTo: met,
    paragraphs: [
      opening,
      `Cet échange a confirmé mon intérêt pour ${service.the} et mon souhait d'y effectuer cette immersion ` +
        `${durationPhrase(plan)}, ${periodPhrase(plan.period as StagePeriod)}.`,
      `Je reste à votre disposition pour préparer la convention qui nous liera, ${partiesOf(plan, yourCollectivity(recipient.kind, recipient.name))}, ` +
        `ainsi que pour vous transmettre tout document utile. ${reachSentence(sender)}`,
    ],
  };
}

/** What the person understands of the refusal, in a neutral and kind sentence. */
const UNDERSTOOD = (ours: string): Readonly<Record<RefusalReason, string>> => ({
  noNeed: "Je comprends que votre service n'ait pas de projet d'accueil pour le moment.",
  noTutor: "Je comprends qu'aucun tuteur ne puisse être disponible pour le moment.",
  periodOrDuration:
    "Je comprends que la période ou la durée envisagée ne convienne pas à votre service ; j'étudierais volontiers une autre période.",
  serviceNotSuited: `Je comprends que ce service ne soit pas le plus adapté à ma demande ; un autre service de ${ours} pourrait peut-être y répondre.`,
  hrProcedure: 'Je comprends que vos procédures et vos délais ne permettent pas cet accueil pour le moment.',
  other: 'Je comprends votre décision.',
});

export function thanksAfterRefusalParts(input: LetterInput): LetterParts {
  const { recipient, sender, history } = input;
  const refusal = history.refusal;
  const service = servicePhrases(recipient.service);
  const ours = yourCollectivity(recipient.kind, recipient.name);
  return {
    subject: `Votre réponse à ma demande d'immersion professionnelle (PMSMP) ${service.at}`,
    attention: false,
    paragraphs: [
      `J'ai bien reçu votre réponse du ${frenchDate(refusal?.date ?? '')} à ma demande de ${PMSMP_IN_FULL} ` +
        `au sein ${service.of}, et je vous remercie d'avoir pris le temps de l'examiner.`,
      `${UNDERSTOOD(ours)[refusal?.reason ?? 'other']} Mon intérêt pour ${ours} demeure entier, et ` +
        "je vous saurais gré de bien vouloir conserver ma candidature, afin qu'elle puisse être examinée à nouveau " +
        'si un accueil devenait possible au cours des prochains mois.',
      `${reachSentence(sender)} Je vous renouvelle mes remerciements pour l'attention portée à ma démarche.`,
    ],
  };
}
