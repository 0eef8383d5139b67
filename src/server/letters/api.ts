/** The sidebar's API for the letters and the fiche d'appel (« Contacter »). */
import * as z from 'zod/mini';
import { lazy } from '../../domain/lazy';
import type { Action } from '../../domain/tracking';
import { HEAD_CIVILITIES, isIsoDay } from '../../domain/tracking';
import { endpoint } from '../endpoint';
import { recordAction } from '../tracking/requests';
import { draftLetter, LETTER_KINDS, type LetterKindToSend, letterContext, saveHead } from './drafting';

/** N° of the request; empty or absent: the row selected in the sheet. */
const RequestIdField = lazy(() => z.optional(z.string().check(z.trim(), z.maxLength(20))));
const KindField = lazy(() =>
  z.enum(LETTER_KINDS as [LetterKindToSend, ...LetterKindToSend[]], {
    error: 'Choisissez le courrier à rédiger.',
  }),
);

/** For a request: each letter ready or what it lacks (where to fill it in), and the fiche d'appel. */
export const getLetterContext = endpoint(
  () => z.object({ requestId: RequestIdField }),
  ({ requestId }) => letterContext({ requestId }),
);

/** « Rédiger le courrier »: a new Google Doc, linked from the row's Courrier column. */
export const draftRequestLetter = endpoint(
  () => z.object({ requestId: RequestIdField, kind: KindField }),
  ({ requestId, kind }) => draftLetter({ requestId }, kind),
);

/** « Enregistrer en Google Doc »: the fiche d'appel as a Doc (the row is not changed). */
export const saveCallSheet = endpoint(
  () => z.object({ requestId: RequestIdField }),
  ({ requestId }) => draftLetter({ requestId }, 'callSheet'),
);

// What sending each letter is, for the tracking table (step, dates, journal).
const SENT: Readonly<Record<LetterKindToSend, Pick<Action, 'kind' | 'detail'>>> = {
  request: { kind: 'letter', detail: 'Demande de stage envoyée par courrier.' },
  followUp: { kind: 'followUp', detail: 'Relance envoyée par courrier.' },
  thanksAfterMeeting: { kind: 'letter', detail: 'Courrier de remerciement envoyé après la rencontre.' },
  // A refused request is closed: only a note may be added to it.
  thanksAfterRefusal: { kind: 'note', detail: 'Courrier de remerciement envoyé après la réponse.' },
};

/** « Marquer comme envoyé »: the letter recorded on the row (step and dates, journal line). */
export const markLetterSent = endpoint(
  () =>
    z.object({
      requestId: RequestIdField,
      kind: KindField,
      date: z.string().check(z.refine(isIsoDay, { error: 'Indiquez une date valide.' })),
    }),
  ({ requestId, kind, date }) => recordAction({ requestId }, { ...SENT[kind], date }),
);

/**
 * « À qui s'adressent les courriers » : the civility (or « Inconnue ») and the name of the maire
 * or président(e), asked once before the first letter and kept in the row's own columns.
 */
export const saveLetterHead = endpoint(
  () =>
    z.object({
      requestId: z.string().check(z.trim(), z.minLength(1), z.maxLength(20)),
      civility: z.enum(HEAD_CIVILITIES, { error: 'Choisissez Madame, Monsieur ou « Je ne trouve pas ».' }),
      name: z.string().check(z.trim(), z.maxLength(200, { error: 'Ce nom est trop long.' })),
    }),
  ({ requestId, civility, name }) => saveHead({ requestId }, civility, name),
);
