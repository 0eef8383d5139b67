/**
 * The domain names a missing piece by its place in the letter's input; the person needs the
 * question of the plan to answer. This maps each piece to that question (« dans le plan
 * (étape 4 : Conditions idéales d'accueil, « Durée du stage ») ») and rewrites the message.
 */
import { MissingPiecesError, type Piece, piecesMessage } from '../../domain/letters/pieces';
import type { LetterKind } from '../../domain/letters/types';
import { PLAN_STEP_KEYS, PLAN_STEPS, type Plan, QUESTIONS } from '../../domain/plan';

// Where each input field of the letters comes from in the plan (question keys).
const QUESTION_OF_FIELD: Readonly<Record<string, string>> = {
  'sender.firstName': 'contact.me.firstName',
  'sender.lastName': 'contact.me.lastName',
  'sender.addressLines': 'contact.me.address',
  'sender.postalCode': 'contact.me.postalCode',
  'sender.town': 'contact.me.town',
  'sender.phone': 'contact.me.phone',
  'plan.situation': 'content.currentSkills',
  'plan.objective': 'why.objective',
  'plan.why': 'why.reasons',
  'plan.toSee': 'content.tasksToSee',
  'plan.targetJob': 'content.targetJob',
  'plan.roles': 'role.phases',
  'plan.durationWeeks': 'conditions.duration',
  'plan.period': 'conditions.earliestStart',
  'plan.rhythm': 'conditions.rhythm',
  'plan.hoursPerWeek': 'conditions.hoursPerWeek',
  'plan.counsellor.prescriber': 'contact.counsellor.agency',
  'plan.counsellor.prescriberName': 'contact.counsellor.agency',
};

/** « dans le plan (étape 4 : Conditions idéales d'accueil, « Durée du stage ») ». */
export function placeOfQuestion(key: string, also?: string): string {
  const question = QUESTIONS.find((q) => q.key === key);
  if (question === undefined) throw new RangeError(`No question ${key}`);
  const other = also === undefined ? undefined : QUESTIONS.find((q) => q.key === also);
  const labels =
    other === undefined ? `« ${question.label} »` : `« ${question.label} » et « ${other.label} »`;
  const step = PLAN_STEP_KEYS.indexOf(question.section) + 1;
  return `dans le plan (étape ${step} : ${PLAN_STEPS[question.section]}, ${labels})`;
}

const overBy = (label: string, extra = 0) => {
  const numbers = /\((\d+) caractères au plus, (\d+) actuellement\)/.exec(label);
  return numbers === null ? 0 : Number(numbers[2]) - Number(numbers[1]) + extra;
};

// Past events are noted from the sidebar (the journal is written for the person): name the action.
const ACTION_OF_EVENT: Readonly<Record<string, string>> = {
  'history.call.date': 'Appel',
  'history.firstLetter.date': 'Courrier',
  'history.meeting.date': 'Rencontre',
  'history.refusal.date': 'Réponse négative (refus)',
};

/** The piece as the person reads it: the plan's question, and words that fit what it holds. */
function located(piece: Piece, plan: Plan): Piece {
  const action = ACTION_OF_EVENT[piece.field];
  if (action !== undefined) {
    return {
      ...piece,
      place: `avec « Noter une démarche » (${action}) dans l’onglet « Suivi des demandes »`,
    };
  }
  const key = QUESTION_OF_FIELD[piece.field];
  if (key === undefined) return piece;
  switch (piece.field) {
    case 'plan.situation':
      return {
        ...piece,
        label: `vos connaissances et compétences actuelles (${overBy(piece.label)} caractères de trop)`,
        place: placeOfQuestion(key),
      };
    case 'plan.why': {
      // The reasons are chosen from a list: the text too long is the longer of the two typed answers.
      const other = (plan.why.otherReason ?? '').length;
      const gains = (plan.content.expectedGains ?? '').length;
      const [label, question] =
        other > gains
          ? ['votre autre raison', 'why.otherReason']
          : ['ce que ce stage vous apportera', 'content.expectedGains'];
      return piece.problem === 'tooLong'
        ? {
            ...piece,
            label: `${label} (${overBy(piece.label)} caractères de trop)`,
            place: placeOfQuestion(question),
          }
        : {
            ...piece,
            label: 'pourquoi vous souhaitez faire ce stage',
            place: placeOfQuestion('why.reasons', 'content.expectedGains'),
          };
    }
    case 'plan.toSee': {
      if (piece.problem !== 'tooLong') return { ...piece, place: placeOfQuestion(key) };
      // Three lists make the paragraph: name the longest, where the person will shorten first.
      const lists = [
        ['content.tasksToSee', plan.content.tasksToSee],
        ['content.tasksToDo', plan.content.tasksToDo],
        ['content.tasksToUnderstand', plan.content.tasksToUnderstand],
      ] as const;
      const longest = [...lists].sort(
        (a, b) => (b[1] ?? []).join('').length - (a[1] ?? []).join('').length,
      )[0];
      return {
        ...piece,
        label: `ce que vous souhaitez voir, faire et comprendre (${overBy(piece.label)} caractères de trop, surtout dans la réponse la plus longue)`,
        place: placeOfQuestion(longest?.[0] ?? key),
      };
    }
    case 'plan.durationWeeks':
    case 'plan.roles':
      return { ...piece, place: placeOfQuestion(key) };
    case 'plan.period':
      return { ...piece, place: placeOfQuestion(key, 'conditions.latestEnd') };
    default:
      return { ...piece, place: placeOfQuestion(key) };
  }
}

/** A MissingPiecesError whose pieces and message name the plan's questions. */
export function locatedError(kind: LetterKind, error: MissingPiecesError, plan: Plan): MissingPiecesError {
  if (error.pieces.length === 0) return error;
  const pieces = error.pieces.map((piece) => located(piece, plan));
  return new MissingPiecesError(piecesMessage(kind, pieces), pieces);
}
