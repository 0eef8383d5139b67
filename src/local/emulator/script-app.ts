/**
 * ScriptApp: the AuthMode enum and installable triggers
 * (https://developers.google.com/apps-script/reference/script/script-app). The quotas page sets
 * 20 triggers per user per script (https://developers.google.com/apps-script/guides/services/quotas).
 *
 * Editor add-ons (https://developers.google.com/workspace/add-ons/concepts/editor-triggers,
 * « Restrictions »): "Each add-on can only have one trigger of each type, per user, per
 * document"; an add-on's getProjectTriggers() lists the person's triggers of the add-on in
 * every document, so each trigger remembers the document it was created in (`documentId`).
 * A daily trigger at `atHour(h)` runs within the hour: "if you create a recurring 9 a.m.
 * trigger, Apps Script chooses a time between 9 a.m. and 10 a.m., then keeps that timing
 * consistent from day to day" (https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers):
 * the emulator picks a minute of that hour per trigger and keeps it.
 */
import { counted } from './calls';
import type { EmulatedService, EmulatorContext } from './context';
import { fail } from './errors';
import { wallClock } from './tz';

export const TRIGGERS_PER_USER = 20;

/** Google's refusal of a second trigger of one type, per user, per document, for an add-on. */
export const ONE_PER_DOCUMENT_MESSAGE =
  'This add-on has created too many time-based triggers in this document for this Google user account.';

export interface ScriptAppOptions {
  /** The workbook the script runs in (Spreadsheet.getId()). */
  documentId(): string;
  /** True for an add-on (one trigger of each type per user per document), false for a bound script. */
  isAddon(): boolean;
}

export interface TriggerState {
  id: string;
  handler: string;
  owner: string;
  eventType: 'CLOCK' | 'ON_EDIT' | 'ON_OPEN' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  source: 'CLOCK' | 'SPREADSHEETS';
  /** The document the trigger was created in (absent in saves before issue 12: the current one). */
  documentId?: string;
  /** Clock triggers: the hour of the day and how many days apart. */
  atHour?: number;
  everyDays?: number;
  timeZone?: string;
  /** Last day (yyyy-mm-dd in the trigger's zone) a clock trigger ran, for the preview. */
  lastRunDay?: string;
}

export interface ScriptAppState {
  triggers: TriggerState[];
  nextId: number;
}

const AuthMode = {
  NONE: 'NONE',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
} as const;
const EventType = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
} as const;
const TriggerSource = {
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
} as const;

/** The minute of the hour a daily trigger runs: chosen per trigger, kept from day to day. */
export function minuteOfRun(triggerId: string): number {
  let hash = 7;
  for (const ch of `trigger/${triggerId}`) hash = (hash * 31 + ch.charCodeAt(0)) % 1_000_003;
  return hash % 60;
}

/** A time-driven trigger's event (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events). */
export interface ClockEvent {
  authMode: 'FULL';
  triggerUid: string;
  year: number;
  month: number;
  'day-of-month': number;
  hour: number;
  minute: number;
  second: number;
  timezone: string;
}

export function createScriptApp(
  ctx: EmulatorContext,
  state?: ScriptAppState,
  options: ScriptAppOptions = { documentId: () => 'emulated-spreadsheet-1', isAddon: () => true },
): EmulatedService<GoogleAppsScript.Script.ScriptApp, ScriptAppState> & {
  triggers(): TriggerState[];
  /** Clock triggers of this workbook due at `now` that have not run today; marks them as run. */
  takeDue(now: Date): TriggerState[];
  /** The event Apps Script passes a time-driven trigger's function. */
  clockEvent(trigger: TriggerState, now: Date): ClockEvent;
  /** A trigger the person's add-on has in another workbook (tests: triggers across documents). */
  addTriggerElsewhere(trigger: Omit<TriggerState, 'id'> & { documentId: string }): TriggerState;
} {
  const data: ScriptAppState = state ?? { triggers: [], nextId: 1 };
  const documentOf = (t: TriggerState) => t.documentId ?? options.documentId();

  const wrapTrigger = (t: TriggerState) =>
    counted(
      {
        getHandlerFunction: () => t.handler,
        getUniqueId: () => t.id,
        getEventType: () => t.eventType,
        getTriggerSource: () => t.source,
        getTriggerSourceId: () => (t.source === 'CLOCK' ? null : documentOf(t)),
      },
      'Trigger',
      ctx.calls,
    ) as unknown as GoogleAppsScript.Script.Trigger;

  const install = (partial: Omit<TriggerState, 'id' | 'owner'>) => {
    const owner = ctx.activeUser();
    const documentId = options.documentId();
    if (data.triggers.filter((t) => t.owner === owner).length >= TRIGGERS_PER_USER) {
      fail(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    if (
      options.isAddon() &&
      data.triggers.some(
        (t) => t.owner === owner && documentOf(t) === documentId && t.eventType === partial.eventType,
      )
    ) {
      fail(ONE_PER_DOCUMENT_MESSAGE);
    }
    const trigger: TriggerState = { ...partial, id: String(data.nextId++), owner, documentId };
    data.triggers.push(trigger);
    return wrapTrigger(trigger);
  };

  const newTrigger = (handler: string) =>
    counted(
      {
        timeBased() {
          const clock: Omit<TriggerState, 'id' | 'owner'> = {
            handler,
            eventType: 'CLOCK',
            source: 'CLOCK',
            everyDays: 1,
            atHour: 0,
          };
          const builder = counted(
            {
              atHour(hour: number) {
                clock.atHour = hour;
                return builder;
              },
              nearMinute() {
                return builder;
              },
              everyDays(days: number) {
                clock.everyDays = days;
                return builder;
              },
              inTimezone(timeZone: string) {
                clock.timeZone = timeZone;
                return builder;
              },
              create: () => install(clock),
            },
            'ClockTriggerBuilder',
            ctx.calls,
          );
          return builder;
        },
        forSpreadsheet() {
          let eventType: TriggerState['eventType'] = 'ON_OPEN';
          const builder = counted(
            {
              onOpen() {
                eventType = 'ON_OPEN';
                return builder;
              },
              onEdit() {
                eventType = 'ON_EDIT';
                return builder;
              },
              onChange() {
                eventType = 'ON_CHANGE';
                return builder;
              },
              onFormSubmit() {
                eventType = 'ON_FORM_SUBMIT';
                return builder;
              },
              create: () => install({ handler, eventType, source: 'SPREADSHEETS' }),
            },
            'SpreadsheetTriggerBuilder',
            ctx.calls,
          );
          return builder;
        },
      },
      'TriggerBuilder',
      ctx.calls,
    );

  const mine = () => data.triggers.filter((t) => t.owner === ctx.activeUser());
  const scriptApp = {
    AuthMode,
    EventType,
    TriggerSource,
    newTrigger,
    getProjectTriggers: () => mine().map(wrapTrigger),
    // The person's triggers of this script for one document (a Spreadsheet, a Document…).
    getUserTriggers: (document?: { getId(): string }) => {
      const id = document?.getId();
      return mine()
        .filter((t) => id === undefined || documentOf(t) === id)
        .map(wrapTrigger);
    },
    deleteTrigger(trigger: GoogleAppsScript.Script.Trigger) {
      const id = trigger.getUniqueId();
      const index = data.triggers.findIndex((t) => t.id === id && t.owner === ctx.activeUser());
      if (index >= 0) data.triggers.splice(index, 1);
    },
  };

  return {
    global: counted(scriptApp, 'ScriptApp', ctx.calls) as unknown as GoogleAppsScript.Script.ScriptApp,
    toJSON: () => data,
    triggers: () => data.triggers.map((t) => ({ ...t })),
    takeDue(now) {
      const due: TriggerState[] = [];
      for (const t of data.triggers) {
        if (t.eventType !== 'CLOCK' || documentOf(t) !== options.documentId()) continue;
        const w = wallClock(now, t.timeZone ?? ctx.scriptTimeZone);
        const day = `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
        const hour = t.atHour ?? 0;
        const before = w.hour < hour || (w.hour === hour && w.minute < minuteOfRun(t.id));
        if (before || t.lastRunDay === day) continue;
        if (t.lastRunDay && t.everyDays && t.everyDays > 1) {
          const since = (Date.parse(day) - Date.parse(t.lastRunDay)) / 86_400_000;
          if (since < t.everyDays) continue;
        }
        t.lastRunDay = day;
        due.push({ ...t });
      }
      return due;
    },
    clockEvent(trigger, now) {
      const timezone = trigger.timeZone ?? ctx.scriptTimeZone;
      const w = wallClock(now, timezone);
      return {
        authMode: 'FULL',
        triggerUid: trigger.id,
        year: w.year,
        month: w.month,
        'day-of-month': w.day,
        hour: w.hour,
        minute: w.minute,
        second: w.second,
        timezone,
      };
    },
    addTriggerElsewhere(trigger) {
      const stored: TriggerState = { ...trigger, id: String(data.nextId++) };
      data.triggers.push(stored);
      return { ...stored };
    },
  };
}
