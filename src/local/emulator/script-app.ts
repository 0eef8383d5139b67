/**
 * ScriptApp: the AuthMode enum and installable triggers
 * (https://developers.google.com/apps-script/reference/script/script-app). The quotas page sets
 * 20 triggers per user per script (https://developers.google.com/apps-script/guides/services/quotas).
 */
import { counted } from './calls';
import type { EmulatedService, EmulatorContext } from './context';
import { fail } from './errors';
import { wallClock } from './tz';

export const TRIGGERS_PER_USER = 20;

export interface TriggerState {
  id: string;
  handler: string;
  owner: string;
  eventType: 'CLOCK' | 'ON_EDIT' | 'ON_OPEN' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  source: 'CLOCK' | 'SPREADSHEETS';
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

export function createScriptApp(
  ctx: EmulatorContext,
  state?: ScriptAppState,
): EmulatedService<GoogleAppsScript.Script.ScriptApp, ScriptAppState> & {
  triggers(): TriggerState[];
  /** Clock triggers due at `now` that have not run today; marks them as run. */
  takeDue(now: Date): TriggerState[];
} {
  const data: ScriptAppState = state ?? { triggers: [], nextId: 1 };

  const wrapTrigger = (t: TriggerState) =>
    counted(
      {
        getHandlerFunction: () => t.handler,
        getUniqueId: () => t.id,
        getEventType: () => t.eventType,
        getTriggerSource: () => t.source,
        getTriggerSourceId: () => (t.source === 'CLOCK' ? null : 'spreadsheet'),
      },
      'Trigger',
      ctx.calls,
    ) as unknown as GoogleAppsScript.Script.Trigger;

  const install = (partial: Omit<TriggerState, 'id' | 'owner'>) => {
    const owner = ctx.activeUser();
    if (data.triggers.filter((t) => t.owner === owner).length >= TRIGGERS_PER_USER) {
      fail(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    const trigger: TriggerState = { ...partial, id: String(data.nextId++), owner };
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
    getUserTriggers: () => mine().map(wrapTrigger),
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
        if (t.eventType !== 'CLOCK') continue;
        const w = wallClock(now, t.timeZone ?? ctx.scriptTimeZone);
        const day = `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
        if (w.hour < (t.atHour ?? 0) || t.lastRunDay === day) continue;
        if (t.lastRunDay && t.everyDays && t.everyDays > 1) {
          const since = (Date.parse(day) - Date.parse(t.lastRunDay)) / 86_400_000;
          if (since < t.everyDays) continue;
        }
        t.lastRunDay = day;
        due.push({ ...t });
      }
      return due;
    },
  };
}
