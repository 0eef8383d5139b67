/**
 * The lines of « Journal des démarches » the dashboard needs: when a collectivité answered.
 * The journal is append-only and written by the add-on, but a person may type in it too, so a
 * line that cannot be read is skipped rather than refused.
 */
import {
  cellText,
  type IsoDay,
  type JournalColumnKey,
  journalActionOf,
  type Layout,
  readDateCell,
  STEPS,
} from '../tracking';

export interface JournalLine {
  readonly date: IsoDay | null;
  readonly requestId: string;
  readonly action: string;
  readonly detail: string;
}

/** A journal row (getValues) as a line; `timeZone` is the spreadsheet's. */
export function readJournalLine(
  row: readonly unknown[],
  layout: Layout<JournalColumnKey>,
  timeZone: string,
): JournalLine {
  const cell = (key: JournalColumnKey) => row[layout.columns[key] - 1];
  const date = readDateCell(cell('date'), timeZone);
  return {
    date: date.ok ? date.day : null,
    requestId: cellText(cell('requestId')).toUpperCase(),
    action: journalActionOf(cellText(cell('action'))),
    detail: cellText(cell('detail')),
  };
}

/** Steps that mean the collectivité answered (a meeting is agreed only after some answer). */
export const ANSWER_STEPS: readonly string[] = [
  'Réponse positive',
  'Rencontre prévue',
  'Stage accepté',
  'Refusé',
];

// changeStep logs « Étape modifiée : Courrier envoyé → Refusé (motif). » as a note (an
// earlier version wrote a plain space before « : »: its lines are read the same).
const STEP_CHANGE = new RegExp(`^Étape modifiée[ \u00a0]: .+ → (${STEPS.join('|')})`);

/** True when the line records an answer: a « Réponse », or a step moved to an answer by hand. */
export function isAnswerLine(line: JournalLine): boolean {
  if (line.action === 'Réponse') return true;
  const moved = STEP_CHANGE.exec(line.detail);
  return moved !== null && ANSWER_STEPS.includes(moved[1] ?? '');
}

/** The first answer day of each request, by upper-case N°. */
export function firstAnswerDays(lines: readonly JournalLine[]): Map<string, IsoDay> {
  const days = new Map<string, IsoDay>();
  for (const line of lines) {
    if (line.date === null || line.requestId === '' || !isAnswerLine(line)) continue;
    const id = line.requestId.toUpperCase();
    const known = days.get(id);
    if (known === undefined || line.date < known) days.set(id, line.date);
  }
  return days;
}
