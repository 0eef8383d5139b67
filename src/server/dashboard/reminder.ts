/**
 * The daily reminder: one time-driven trigger per person who turned it on (triggers belong to
 * whoever creates them), at 7 h (Google runs it some time between 7 and 8 h), that e-mails the
 * follow-ups due that day.
 *
 * As an add-on, a person's triggers are listed across all their workbooks and Google allows
 * one time-driven trigger per person per workbook
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers, « Restrictions »).
 * So each trigger is recorded in the workbook's document properties with its own id and the
 * workbook's id, and found by that id: never by its function name, which every workbook shares.
 * Installing twice leaves one; turning it off removes the caller's; a trigger that finds the
 * reminder turned off by someone else removes itself.
 */
import {
  type ReminderTriggerRecord,
  reminderEmail,
  reminderRecordsFromStored,
  triggerIdsFor,
  withoutTriggers,
} from '../../domain/dashboard';
import { dueFollowUps } from '../../domain/tracking';
import { readProperty, writeProperty } from '../document-properties';
import { readCounsellorSettings, readSettings } from '../settings-store';
import { withDocumentLock } from '../tracking/document-lock';
import { readRequestsTable, requestsOf, today } from '../tracking/workbook';
import { REMINDER_HANDLER, REMINDER_HOUR } from './reminder-schedule';
import { counsellorOf, readPlan } from './sharing';

/** Document property: the reminder triggers installed for this workbook (one per person). */
const REMINDER_TRIGGERS_KEY = 'stage.reminderTriggers';

// Through the execution's one read of the document properties (../document-properties.ts).
function readRecords(): ReminderTriggerRecord[] {
  return reminderRecordsFromStored(readProperty(REMINDER_TRIGGERS_KEY));
}

function writeRecords(records: readonly ReminderTriggerRecord[]): void {
  writeProperty(REMINDER_TRIGGERS_KEY, JSON.stringify(records));
}

function currentDocumentId(): string {
  return SpreadsheetApp.getActive().getId();
}

/** The caller's reminder triggers recorded for this workbook (there should be at most one). */
function ownReminderTriggers(records: readonly ReminderTriggerRecord[]): GoogleAppsScript.Script.Trigger[] {
  const ids = triggerIdsFor(records, currentDocumentId());
  if (ids.size === 0) return [];
  return ScriptApp.getProjectTriggers().filter((t) => ids.has(t.getUniqueId()));
}

/** True when the person running the script has the reminder's trigger for this workbook. */
export function hasReminderTrigger(): boolean {
  return ownReminderTriggers(readRecords()).length > 0;
}

/** Call under the document lock: the records are shared by everyone in the workbook. */
export function installReminder(): void {
  const records = readRecords();
  const [first, ...extra] = ownReminderTriggers(records);
  if (first !== undefined) {
    if (extra.length === 0) return;
    for (const trigger of extra) ScriptApp.deleteTrigger(trigger);
    writeRecords(withoutTriggers(records, new Set(extra.map((t) => t.getUniqueId()))));
    return;
  }
  const trigger = ScriptApp.newTrigger(REMINDER_HANDLER)
    .timeBased()
    .atHour(REMINDER_HOUR)
    .everyDays(1)
    .create();
  writeRecords([...records, { triggerId: trigger.getUniqueId(), documentId: currentDocumentId() }]);
}

/** Call under the document lock. Removes the caller's trigger for this workbook, nobody else's. */
export function removeReminder(): void {
  const records = readRecords();
  const mine = ownReminderTriggers(records);
  if (mine.length === 0) return;
  for (const trigger of mine) ScriptApp.deleteTrigger(trigger);
  writeRecords(withoutTriggers(records, new Set(mine.map((t) => t.getUniqueId()))));
}

/** The account the trigger runs as, or '' when Google does not disclose it. */
function effectiveEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail() ?? '';
  } catch {
    return '';
  }
}

/** Removes the trigger that is running (found by its own id) and its record. */
function removeRunningTrigger(triggerId: string, records: readonly ReminderTriggerRecord[]): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getUniqueId() === triggerId) ScriptApp.deleteTrigger(trigger);
  }
  writeRecords(withoutTriggers(records, new Set([triggerId])));
}

export interface ReminderRun {
  readonly sent: boolean;
  readonly to: string;
  readonly cc: string;
  readonly count: number;
}

const NOT_SENT: ReminderRun = { sent: false, to: '', cc: '', count: 0 };

/**
 * What the trigger does each morning. `triggerId` is the event's `triggerUid`: the trigger
 * acts only for the workbook that recorded it.
 */
export function runDailyReminder(triggerId?: string): ReminderRun {
  const spreadsheet = SpreadsheetApp.getActive();
  if (spreadsheet === null) {
    console.warn('Daily reminder: no active spreadsheet in this trigger run');
    return NOT_SENT;
  }
  const records = readRecords();
  if (triggerId !== undefined && !triggerIdsFor(records, spreadsheet.getId()).has(triggerId)) {
    // Not a trigger of this workbook (a copy of it, or another person's record lost): it may
    // serve another workbook, so it is left alone.
    console.warn(`Daily reminder: trigger ${triggerId} is not recorded for this workbook`);
    return NOT_SENT;
  }
  const settings = readCounsellorSettings();
  if (!settings.reminderEnabled) {
    withDocumentLock(() =>
      triggerId === undefined ? removeReminder() : removeRunningTrigger(triggerId, readRecords()),
    );
    return NOT_SENT;
  }
  // The requests only: the journal plays no part in what is due.
  const table = readRequestsTable(spreadsheet, { repair: false });
  const day = today(table?.timeZone ?? spreadsheet.getSpreadsheetTimeZone());
  const due = dueFollowUps(table === null ? [] : requestsOf(table), day, readSettings().followUpDays);
  const email = reminderEmail(due, {
    today: day,
    workbookName: spreadsheet.getName(),
    workbookUrl: spreadsheet.getUrl(),
  });
  if (email === null) return NOT_SENT;
  const plan = readPlan(spreadsheet);
  // The job seeker's address from the plan, else the account the trigger runs as.
  const to = plan?.contact.me.email?.trim() || effectiveEmail();
  if (to === '') {
    console.warn('Daily reminder: no address to send it to (none in the plan, none disclosed by Google)');
    return NOT_SENT;
  }
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
