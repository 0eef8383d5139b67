/**
 * The letters as text: the demande de stage, the relance, the two remerciements and the fiche
 * d'appel, built from the plan and a request. Pure: the DocumentApp adapter lays the blocks out.
 */

import { parseIsoDay } from '../french';
import { callSheet } from './call-sheet';
import { followUpParts } from './follow-up';
import { estimateLines, type LetterParts, letterDocument, PAGE } from './layout';
import { MissingPiecesError, requirePieces } from './pieces';
import { requestParts } from './request';
import { thanksAfterMeetingParts, thanksAfterRefusalParts } from './thanks';
import type { LetterDocument, LetterInput, LetterKind } from './types';

const PARTS: Readonly<Record<Exclude<LetterKind, 'callSheet'>, (input: LetterInput) => LetterParts>> = {
  request: requestParts,
  followUp: followUpParts,
  thanksAfterMeeting: thanksAfterMeetingParts,
  thanksAfterRefusal: thanksAfterRefusalParts,
};

/**
 * The letter of `kind` for `input`. Throws a MissingPiecesError (a UserError, French message
 * naming every piece to fill in) when a piece is missing or the letter would not fit one page.
 */
export function writeLetter(kind: LetterKind, input: LetterInput): LetterDocument {
  if (parseIsoDay(input.writtenOn) === null)
    throw new RangeError(`writtenOn is not a day: ${input.writtenOn}`);
  requirePieces(kind, input);
  if (kind === 'callSheet') return callSheet(input);
  const document = letterDocument(kind, input, PARTS[kind](input));
  // The field limits keep every letter on one page; a long address or name could still tip it over.
  if (estimateLines(document) > PAGE.lines) {
    throw new MissingPiecesError(
      'Ce courrier dépasserait une page : raccourcissez votre présentation, les raisons de votre choix ou ce que vous souhaitez voir, faire et apprendre.',
      [],
    );
  }
  return document;
}

export { frenchDate, frenchDateRange } from '../french';
export { usualHeadTitle } from './addressing';
export { checkLetterText, type TextProblem, type TextProblemCode } from './check';
export { documentTitle, estimateLines, KIND_LABELS, letterText, PAGE } from './layout';
export { letterPieces, MissingPiecesError, type Piece, piecesMessage } from './pieces';
export type * from './types';
