/**
 * The letters' matrix (issue 13): a row of « Suivi des demandes » for a body of the official
 * data, an interlocutor and a head, turned into each kind of letter through the add-on's own
 * pure path (addresseeOf → letterInputOf → writeLetter), as drafting does with the workbook.
 */
import type { Directory } from '../../../src/domain/collectivites';
import type { LetterHistory, LetterKind } from '../../../src/domain/letters';
import type { Request } from '../../../src/domain/tracking';
import { addresseeOf } from '../../../src/server/letters/addressee';
import { historyOf } from '../../../src/server/letters/history';
import { contactOf, letterInputOf } from '../../../src/server/letters/letter-input';
import { plan } from '../../domain/plan/fixtures';
import { PLAN } from './harness';

export const KINDS: readonly LetterKind[] = [
  'request',
  'followUp',
  'thanksAfterMeeting',
  'thanksAfterRefusal',
  'callSheet',
];

/** A body as the person's row names it: Type, Code and the name in « Collectivité ». */
export interface Body {
  readonly id: string;
  readonly type: 'Commune' | 'Intercommunalité' | 'Département' | 'Région' | 'Autre organisme public';
  readonly code: string;
  readonly name: string;
  readonly service: string;
}

/** The person spoken to: none, the head, a deputy, a district mayor, a service head, a CCAS président. */
export type InterlocutorKind = 'unknown' | 'head' | 'deputy' | 'district' | 'serviceHead' | 'ccas';
export const INTERLOCUTORS: readonly InterlocutorKind[] = [
  'unknown',
  'head',
  'deputy',
  'district',
  'serviceHead',
  'ccas',
];

/** What the row says of the head: Madame, Monsieur, « Inconnue » (asked, not found), or nothing yet. */
export type HeadAnswer = 'Madame' | 'Monsieur' | 'Inconnue' | '';
export const HEAD_ANSWERS: readonly HeadAnswer[] = ['Madame', 'Monsieur', 'Inconnue'];

// Functions written in the masculine, to check their agreement when the person is a woman.
const SERVICE_HEADS = [
  'chef de service',
  'Directeur des ressources humaines',
  'chargé de recrutement',
  'attaché territorial',
  'Responsable du service',
] as const;

export interface Case {
  readonly body: Body;
  readonly interlocutor: InterlocutorKind;
  /** The interlocutor's civility (the head's own when the head was spoken to). */
  readonly civility: 'Madame' | 'Monsieur';
  readonly head: HeadAnswer;
  /** Cycles through the service heads' functions. */
  readonly variant: number;
}

function interlocutorFields(c: Case): Pick<Request, 'contactName' | 'civility' | 'contactRole'> {
  const isCommune = c.body.type === 'Commune';
  const named = (contactRole: string) => ({ contactName: 'Roux', civility: c.civility, contactRole });
  switch (c.interlocutor) {
    case 'unknown':
      return { contactName: '', civility: '', contactRole: '' };
    case 'head':
      return named(isCommune ? 'Maire' : c.civility === 'Madame' ? 'Présidente' : 'Président');
    case 'deputy':
      return named(isCommune ? 'Adjoint au maire chargé du personnel' : 'Vice-président chargé de l’emploi');
    case 'district':
      return named(isCommune ? 'Maire du 3e arrondissement' : 'Conseiller délégué');
    case 'serviceHead':
      return named(SERVICE_HEADS[c.variant % SERVICE_HEADS.length] as string);
    case 'ccas':
      return named('Président du CCAS');
  }
}

/** The row of « Suivi des demandes » for a case. */
export function rowOf(c: Case): Request {
  // The head's recorded answer; when the head was spoken to, the row may leave it empty.
  const spokenToHead =
    c.interlocutor === 'head' || (c.body.type === 'Autre organisme public' && c.interlocutor === 'ccas');
  const headCivility = spokenToHead ? '' : c.head;
  return {
    requestId: 'D-001',
    collectivity: c.body.name,
    collectivityType: c.body.type,
    code: c.body.code,
    service: c.body.service,
    ...interlocutorFields(c),
    phone: '04 78 03 67 67',
    email: '',
    address: '',
    step: 'Appel passé',
    firstContactDate: null,
    lastActionDate: null,
    nextFollowUpDate: null,
    refusalReason: 'Pas de tuteur disponible',
    letter: '',
    notes: '',
    counsellorComment: '',
    headCivility,
    headName:
      headCivility === 'Madame' ? 'Claire Lefèvre' : headCivility === 'Monsieur' ? 'Paul Garnier' : '',
  };
}

// Each letter after the events it cites: the call, the demande, the meeting, the refusal.
const WRITTEN_ON: Readonly<Record<LetterKind, string>> = {
  callSheet: '2026-11-20',
  request: '2026-11-28',
  followUp: '2026-12-21',
  thanksAfterMeeting: '2027-01-08',
  thanksAfterRefusal: '2027-01-12',
};

const CAMILLE = plan({
  ...PLAN,
  conditions: { ...PLAN.conditions, earliestStart: '2027-03-01', latestEnd: '2027-03-26' },
});

// The addressee depends on the row only: found once per case, as drafting finds it once per letter.
const addressees = new WeakMap<Case, ReturnType<typeof addresseeOf>>();

/** The letter's input for a case and a kind, as drafting builds it from the workbook. */
export function inputOf(c: Case, kind: LetterKind, directory: Directory) {
  const request = rowOf(c);
  const addressee = addressees.get(c) ?? addresseeOf(request, directory);
  addressees.set(c, addressee);
  const lines =
    kind === 'callSheet'
      ? []
      : [
          { date: '2026-11-25', action: 'Appel', detail: 'Appel : intéressé.' },
          ...(kind === 'request'
            ? []
            : [{ date: '2026-11-28', action: 'Courrier', detail: 'Demande envoyée.' }]),
          ...(kind === 'thanksAfterMeeting' ? [{ date: '2027-01-06', action: 'Rencontre', detail: '' }] : []),
          ...(kind === 'thanksAfterRefusal'
            ? [{ date: '2027-01-10', action: 'Réponse', detail: 'Refus.' }]
            : []),
        ];
  const history: LetterHistory = historyOf(request, lines, contactOf(request));
  return letterInputOf(CAMILLE, {
    request,
    addressee,
    history,
    today: WRITTEN_ON[kind],
  });
}
