/**
 * The daily reminder: one time-driven trigger per person who turned it on (triggers belong to
 * whoever creates them), at 7 h, that e-mails the follow-ups due that day. Installing twice
 * leaves one trigger; turning it off removes the caller's; a trigger that finds the reminder
 * turned off by someone else removes itself.
 */
import { reminderEmail } from '../../domain/dashboard';
import { dueFollowUps } from '../../domain/tracking';
import { readCounsellorSettings, readSettings } from '../settings-store';
import { today } from '../tracking/workbook';
import { counsellorOf, readPlan } from './sharing';
import { readTrackingData } from './tracking-data';

/** The trigger's function: a top-level function of Code.js (src/server/index.ts). */
export const REMINDER_HANDLER = 'sendDailyReminder';
export const REMINDER_HOUR = 7;

function ownReminderTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === REMINDER_HANDLER);
}

/** True when the person running the script has the reminder's trigger. */
export function hasReminderTrigger(): boolean {
  return ownReminderTriggers().length > 0;
}

export function installReminder(): void {
  const [first, ...extra] = ownReminderTriggers();
  // Two sidebars saving at once could each create one: keep the first, drop the rest.
  for (const trigger of extra) ScriptApp.deleteTrigger(trigger);
  if (first === undefined) {
    ScriptApp.newTrigger(REMINDER_HANDLER).timeBased().atHour(REMINDER_HOUR).everyDays(1).create();
  }
}

export function removeReminder(): void {
  for (const trigger of ownReminderTriggers()) ScriptApp.deleteTrigger(trigger);
}

export interface ReminderRun {
  readonly sent: boolean;
  readonly to: string;
  readonly cc: string;
  readonly count: number;
}

const NOT_SENT: ReminderRun = { sent: false, to: '', cc: '', count: 0 };

/** What the trigger does each morning. */
export function runDailyReminder(): ReminderRun {
  const settings = readCounsellorSettings();
  if (!settings.reminderEnabled) {
    removeReminder();
    return NOT_SENT;
  }
  const spreadsheet = SpreadsheetApp.getActive();
  if (spreadsheet === null) {
    console.warn('Daily reminder: no active spreadsheet in this trigger run');
    return NOT_SENT;
  }
  const data = readTrackingData(spreadsheet);
  const day = today(data.timeZone);
  const due = dueFollowUps(data.requests, day, readSettings().followUpDays);
  const email = reminderEmail(due, {
    today: day,
    workbookName: spreadsheet.getName(),
    workbookUrl: spreadsheet.getUrl(),
  });
  if (email === null) return NOT_SENT;
  const plan = readPlan(spreadsheet);
  // The job seeker's address from the plan, else the account the trigger runs as.
  const to = plan?.contact.me.email?.trim() || Session.getEffectiveUser().getEmail();
  const counsellor = settings.reminderCopyCounsellor ? counsellorOf(spreadsheet, plan).email : '';
  const cc = counsellor.toLowerCase() === to.toLowerCase() ? '' : counsellor;
  MailApp.sendEmail({
    to,
    subject: email.subject,
    body: email.body,
    name: 'Stage en collectivité',
    ...(cc === '' ? {} : { cc }),
  });
  return { sent: true, to, cc, count: due.length };
}
