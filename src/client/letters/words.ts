/** The « Contacter » section's words (French), in one place. */
import type { LetterKindToSend } from '../../server/letters/drafting';

/** What each letter is for, as a job seeker would choose it. */
export const LETTER_CHOICES: Readonly<Record<LetterKindToSend, { label: string; when: string }>> = {
  request: { label: 'Demande de stage', when: 'Au maire ou au président, après votre appel.' },
  followUp: { label: 'Relance', when: 'Sans réponse trois semaines après votre demande.' },
  thanksAfterMeeting: { label: 'Remerciement après une rencontre', when: 'Après un entretien sur place.' },
  thanksAfterRefusal: {
    label: 'Remerciement après un refus',
    when: 'Pour garder la porte ouverte.',
  },
};

export const SENT_MESSAGES: Readonly<Record<LetterKindToSend, string>> = {
  request: 'Courrier noté comme envoyé : la relance est prévue dans trois semaines sans réponse.',
  followUp: 'Relance notée comme envoyée.',
  thanksAfterMeeting: 'Remerciement noté comme envoyé.',
  thanksAfterRefusal: 'Remerciement noté dans le journal.',
};

/** The call's outcomes, each recorded on the row in one click. */
export const CALL_OUTCOMES = {
  interested: {
    label: 'Intéressé : envoyer un courrier',
    detail: 'Appel : intéressé, un courrier est attendu.',
    done: 'Appel noté. Rédigez maintenant la demande de stage ci-dessous.',
  },
  noAnswer: {
    label: 'Pas de réponse : rappeler',
    detail: 'Appel sans réponse : rappeler.',
    done: 'Appel sans réponse noté dans le journal : pensez à rappeler.',
  },
  refused: {
    label: 'Refus',
    detail: 'Appel : refus.',
    done: 'Refus noté. Un remerciement garde la porte ouverte pour plus tard.',
  },
} as const;
export type CallOutcome = keyof typeof CALL_OUTCOMES;
