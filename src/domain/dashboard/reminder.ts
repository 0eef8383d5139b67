/**
 * The daily reminder's e-mail: plain French text listing what to do today, each with the
 * suggestion the sidebar gives, and the link to the workbook. Nothing is due, nothing is sent.
 */

import { countOf, frenchDayWithWeekday } from '../french';
import type { DueFollowUp, IsoDay } from '../tracking';

export interface ReminderContext {
  readonly today: IsoDay;
  readonly workbookName: string;
  readonly workbookUrl: string;
}

export interface ReminderEmail {
  readonly subject: string;
  readonly body: string;
}

function item(due: DueFollowUp, number: number): string {
  const [first, ...others] = due.suggestions;
  const lines = [`${number}. ${due.requestId ? `${due.requestId} · ` : ''}${due.summary}`];
  if (first !== undefined) lines.push(`   → ${first}`);
  for (const other of others) lines.push(`   → ou : ${other.charAt(0).toLowerCase()}${other.slice(1)}`);
  return lines.join('\n');
}

function subjectOf(due: readonly DueFollowUp[], today: IsoDay): string {
  const followUps = due.filter((d) => d.kind === 'followUp').length;
  const meetings = due.length - followUps;
  const parts = [
    followUps > 0 ? countOf(followUps, 'relance') : '',
    meetings > 0 ? countOf(meetings, 'rencontre à proposer', 'rencontres à proposer') : '',
  ].filter((p) => p !== '');
  const what = followUps > 0 && meetings === 0 ? `${parts[0]} à faire` : parts.join(' et ');
  return `Stage en collectivité : ${what} aujourd’hui (${frenchDayWithWeekday(today)})`;
}

/** The e-mail for today's follow-ups, or null when there is nothing to do. */
export function reminderEmail(due: readonly DueFollowUp[], context: ReminderContext): ReminderEmail | null {
  if (due.length === 0) return null;
  const intro =
    due.length === 1
      ? `Une démarche vous attend aujourd’hui, ${frenchDayWithWeekday(context.today)}, dans votre recherche de stage :`
      : `${due.length} démarches vous attendent aujourd’hui, ${frenchDayWithWeekday(context.today)}, dans votre recherche de stage :`;
  const body = [
    'Bonjour,',
    '',
    intro,
    '',
    due.map((d, i) => item(d, i + 1)).join('\n\n'),
    '',
    'Le guide conseille de relancer après trois semaines sans réponse : un appel au service est souvent le plus efficace. Pensez à noter chaque démarche dans le tableau de suivi.',
    '',
    `Ouvrir le classeur « ${context.workbookName} » :`,
    context.workbookUrl,
    '',
    'Bon courage dans vos démarches !',
    '',
    '--',
    'Ce message est envoyé chaque matin par le module Stage en collectivité, seulement les jours où une démarche est à faire. Pour ne plus le recevoir : Extensions › Stage en collectivité › Ouvrir le panneau › Réglages, puis décochez le rappel quotidien.',
  ].join('\n');
  return { subject: subjectOf(due, context.today), body };
}
