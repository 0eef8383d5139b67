/**
 * ScriptApp: enums, authorisation info and installable triggers.
 * https://developers.google.com/apps-script/reference/script/script-app
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 * https://developers.google.com/apps-script/reference/script/trigger
 *
 * - Triggers belong to the user who created them: getProjectTriggers() lists the current user's
 *   triggers of this script, getUserTriggers(ss) those for one spreadsheet.
 * - At most 20 triggers per user per script
 *   (https://developers.google.com/apps-script/guides/services/quotas): the 21st create throws.
 * - Time-driven schedules: everyMinutes(1|5|10|15|30), everyHours(1|2|4|6|8|12),
 *   everyDays(n)/everyWeeks(n) with atHour(h) [nearMinute(m)] and onWeekDay(d), onMonthDay(d),
 *   at(date), after(ms); inTimezone(tz) (default: the script's time zone). Google runs an
 *   atHour trigger at a random minute of that hour; here it runs at nearMinute (default 0).
 *
 * The uncounted helpers list the triggers and which are due, for the local preview to run them.
 */
import { counted } from '../calls';
import type { EmulatedService, EmulatorContext } from '../context';
import { fail } from '../errors';
import { asGas } from '../runtime';
import { fromWallClock, wallClock } from '../tz';
import { enumOf, isDate, type ServicesOptions, withDefaults } from './common';

type S = typeof GoogleAppsScript.Script;
type GScriptApp = GoogleAppsScript.Script.ScriptApp;
type GTrigger = GoogleAppsScript.Script.Trigger;
type GTriggerBuilder = GoogleAppsScript.Script.TriggerBuilder;
type GClockBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;
type GSpreadsheetBuilder = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;

export const AuthMode = enumOf<S['AuthMode']>('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
export const AuthorizationStatus = enumOf<S['AuthorizationStatus']>('REQUIRED', 'NOT_REQUIRED');
export const EventType = enumOf<S['EventType']>(
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
);
export const InstallationSource = enumOf<S['InstallationSource']>(
  'APPS_MARKETPLACE_DOMAIN_ADD_ON',
  'NONE',
  'WEB_STORE_ADD_ON',
);
export const TriggerSource = enumOf<S['TriggerSource']>(
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
);
const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'] as const;
export const WeekDay = enumOf<typeof GoogleAppsScript.Base.Weekday>(...WEEKDAYS);

export type EventTypeName =
  | 'CLOCK'
  | 'ON_OPEN'
  | 'ON_EDIT'
  | 'ON_FORM_SUBMIT'
  | 'ON_CHANGE'
  | 'ON_EVENT_UPDATED';
export type TriggerSourceName = 'SPREADSHEETS' | 'CLOCK' | 'FORMS' | 'DOCUMENTS' | 'CALENDAR';

export interface ClockSchedule {
  kind: 'minutes' | 'hours' | 'days' | 'weeks' | 'monthly' | 'at' | 'after';
  every?: number;
  atHour?: number;
  nearMinute?: number;
  /** 0 = Sunday. */
  weekDay?: number;
  monthDay?: number;
  /** ISO instant, for `at` and `after`. */
  at?: string;
  timeZone: string;
}

export interface TriggerInfo {
  id: string;
  handler: string;
  owner: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  sourceId: string | null;
  createdAt: string; // ISO
  schedule?: ClockSchedule;
  lastRunAt?: string; // ISO
}

export interface ScriptAppState {
  nextId: number;
  triggers: TriggerInfo[];
}

export interface DueTrigger {
  trigger: TriggerInfo;
  at: Date;
}

export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

const DAY_MS = 86_400_000;

class EmuTrigger
  implements
    Pick<
      GTrigger,
      'getHandlerFunction' | 'getUniqueId' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId'
    >
{
  constructor(private readonly info: TriggerInfo) {}
  getHandlerFunction(): string {
    return this.info.handler;
  }
  getUniqueId(): string {
    return this.info.id;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return EventType[this.info.eventType];
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return TriggerSource[this.info.source];
  }
  getTriggerSourceId(): string {
    return this.info.sourceId as string;
  }
}

interface Core {
  ctx: EmulatorContext;
  create(info: Omit<TriggerInfo, 'id' | 'owner' | 'createdAt'>): GTrigger;
  trigger(info: TriggerInfo): GTrigger;
}

class EmuClockBuilder
  implements
    Pick<
      GClockBuilder,
      | 'after'
      | 'at'
      | 'atDate'
      | 'atHour'
      | 'create'
      | 'everyDays'
      | 'everyHours'
      | 'everyMinutes'
      | 'everyWeeks'
      | 'inTimezone'
      | 'nearMinute'
      | 'onMonthDay'
      | 'onWeekDay'
    >
{
  private kind: ClockSchedule['kind'] | null = null;
  private every?: number;
  private hour?: number;
  private minute?: number;
  private weekDay?: number;
  private monthDay?: number;
  private instant?: string;
  private timeZone: string;
  constructor(
    private readonly core: Core,
    private readonly handler: string,
  ) {
    this.timeZone = core.ctx.scriptTimeZone;
  }
  private get self(): GClockBuilder {
    return asGas<GClockBuilder>(this);
  }
  after(durationMilliseconds: number): GClockBuilder {
    this.kind = 'after';
    this.instant = new Date(this.core.ctx.clock.now().getTime() + durationMilliseconds).toISOString();
    return this.self;
  }
  at(date: Date): GClockBuilder {
    if (!isDate(date)) fail('Invalid argument: date');
    this.kind = 'at';
    this.instant = date.toISOString();
    return this.self;
  }
  atDate(year: number, month: number, day: number): GClockBuilder {
    this.kind = 'at';
    this.instant = fromWallClock(
      { year, month, day, hour: 0, minute: 0, second: 0, ms: 0 },
      this.timeZone,
    ).toISOString();
    return this.self;
  }
  atHour(hour: number): GClockBuilder {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) fail('Invalid argument: hour');
    this.hour = hour;
    return this.self;
  }
  nearMinute(minute: number): GClockBuilder {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59) fail('Invalid argument: minute');
    this.minute = minute;
    return this.self;
  }
  everyMinutes(n: number): GClockBuilder {
    if (![1, 5, 10, 15, 30].includes(n)) fail('The number of minutes must be 1, 5, 10, 15 or 30.');
    this.kind = 'minutes';
    this.every = n;
    return this.self;
  }
  everyHours(n: number): GClockBuilder {
    if (![1, 2, 4, 6, 8, 12].includes(n)) fail('The number of hours must be 1, 2, 4, 6, 8 or 12.');
    this.kind = 'hours';
    this.every = n;
    return this.self;
  }
  everyDays(n: number): GClockBuilder {
    if (!Number.isInteger(n) || n < 1) fail('Invalid argument: days');
    this.kind = 'days';
    this.every = n;
    return this.self;
  }
  everyWeeks(n: number): GClockBuilder {
    if (!Number.isInteger(n) || n < 1) fail('Invalid argument: weeks');
    this.kind = 'weeks';
    this.every = n;
    return this.self;
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): GClockBuilder {
    const index = WEEKDAYS.indexOf(String(day) as (typeof WEEKDAYS)[number]);
    if (index < 0) fail('Invalid argument: day');
    this.weekDay = index;
    if (this.kind === null) this.kind = 'weeks';
    this.every ??= 1;
    return this.self;
  }
  onMonthDay(day: number): GClockBuilder {
    if (!Number.isInteger(day) || day < 1 || day > 31) fail('Invalid argument: day');
    this.kind = 'monthly';
    this.monthDay = day;
    return this.self;
  }
  inTimezone(timezone: string): GClockBuilder {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    } catch {
      fail('Invalid argument: timezone');
    }
    this.timeZone = timezone;
    return this.self;
  }
  create(): GTrigger {
    if (this.kind === null) fail('Trigger missing schedule: call everyMinutes, everyHours, everyDays, at, …');
    if (this.hour !== undefined && !['days', 'weeks', 'monthly'].includes(this.kind)) {
      fail('atHour can only be used with everyDays, everyWeeks, onWeekDay or onMonthDay.');
    }
    const schedule: ClockSchedule = { kind: this.kind, timeZone: this.timeZone };
    if (this.every !== undefined) schedule.every = this.every;
    if (this.hour !== undefined) schedule.atHour = this.hour;
    if (this.minute !== undefined) schedule.nearMinute = this.minute;
    if (this.weekDay !== undefined) schedule.weekDay = this.weekDay;
    if (this.monthDay !== undefined) schedule.monthDay = this.monthDay;
    if (this.instant !== undefined) schedule.at = this.instant;
    return this.core.create({
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule,
    });
  }
}

class EmuSpreadsheetBuilder
  implements Pick<GSpreadsheetBuilder, 'create' | 'onChange' | 'onEdit' | 'onFormSubmit' | 'onOpen'>
{
  private event: EventTypeName | null = null;
  constructor(
    private readonly core: Core,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {}
  private on(event: EventTypeName): GSpreadsheetBuilder {
    this.event = event;
    return asGas<GSpreadsheetBuilder>(this);
  }
  onChange(): GSpreadsheetBuilder {
    return this.on('ON_CHANGE');
  }
  onEdit(): GSpreadsheetBuilder {
    return this.on('ON_EDIT');
  }
  onFormSubmit(): GSpreadsheetBuilder {
    return this.on('ON_FORM_SUBMIT');
  }
  onOpen(): GSpreadsheetBuilder {
    return this.on('ON_OPEN');
  }
  create(): GTrigger {
    if (this.event === null)
      fail('Trigger missing event type: call onOpen, onEdit, onChange or onFormSubmit.');
    return this.core.create({
      handler: this.handler,
      eventType: this.event,
      source: 'SPREADSHEETS',
      sourceId: this.sourceId,
    });
  }
}

class EmuTriggerBuilder implements Pick<GTriggerBuilder, 'timeBased' | 'forSpreadsheet'> {
  constructor(
    private readonly core: Core,
    private readonly handler: string,
  ) {}
  timeBased(): GClockBuilder {
    return asGas<GClockBuilder>(
      counted(new EmuClockBuilder(this.core, this.handler), 'ClockTriggerBuilder', this.core.ctx.calls),
    );
  }
  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): GSpreadsheetBuilder {
    const id = typeof sheet === 'string' ? sheet : sheet.getId();
    return asGas<GSpreadsheetBuilder>(
      counted(
        new EmuSpreadsheetBuilder(this.core, this.handler, id),
        'SpreadsheetTriggerBuilder',
        this.core.ctx.calls,
      ),
    );
  }
}

// ---- schedules ----------------------------------------------------------------------------

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

function addDays(d: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function weekdayOf(d: LocalDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

function at(d: LocalDate, hour: number, minute: number, timeZone: string): Date {
  return fromWallClock({ ...d, hour, minute, second: 0, ms: 0 }, timeZone);
}

/** Every run of a clock trigger in (from, to], in order. */
export function occurrencesBetween(trigger: TriggerInfo, from: Date, to: Date): Date[] {
  const s = trigger.schedule;
  if (!s) return [];
  const created = new Date(trigger.createdAt);
  const out: Date[] = [];
  const push = (d: Date): boolean => {
    if (d > to) return false;
    if (d > from && d > created) out.push(d);
    return true;
  };
  if (s.kind === 'at' || s.kind === 'after') {
    if (s.at) push(new Date(s.at));
    return out;
  }
  if (s.kind === 'minutes' || s.kind === 'hours') {
    const step = (s.every ?? 1) * (s.kind === 'minutes' ? 60_000 : 3_600_000);
    // The first run is one step after creation, then every step; skip those up to `from`.
    const c = created.getTime();
    let t = c + Math.max(1, Math.floor((from.getTime() - c) / step) + 1) * step;
    for (let i = 0; i < 100_000 && push(new Date(t)); i++) t += step;
    return out;
  }
  const w = wallClock(created, s.timeZone);
  const hour = s.atHour ?? w.hour;
  const minute = s.nearMinute ?? (s.atHour !== undefined ? 0 : w.minute);
  let day: LocalDate = { year: w.year, month: w.month, day: w.day };
  if (s.kind === 'monthly') {
    for (let i = 0; i < 1_200; i++) {
      const candidate = { year: day.year, month: day.month, day: s.monthDay ?? 1 };
      const valid = addDays(candidate, 0).month === candidate.month;
      if (valid && !push(at(candidate, hour, minute, s.timeZone))) break;
      day =
        day.month === 12
          ? { year: day.year + 1, month: 1, day: 1 }
          : { ...day, month: day.month + 1, day: 1 };
    }
    return out;
  }
  const stepDays = (s.every ?? 1) * (s.kind === 'weeks' ? 7 : 1);
  if (s.kind === 'weeks') {
    const target = s.weekDay ?? weekdayOf(day);
    day = addDays(day, (target - weekdayOf(day) + 7) % 7);
  }
  // The first run is the first matching slot after creation; then every `stepDays`.
  if (at(day, hour, minute, s.timeZone) <= created) day = addDays(day, s.kind === 'weeks' ? 7 : 1);
  for (let i = 0; i < 100_000; i++) {
    if (!push(at(day, hour, minute, s.timeZone))) break;
    day = addDays(day, stepDays);
  }
  return out;
}

export interface ScriptAppHelpers {
  /** Every installed trigger, all users. Uncounted. */
  triggers(): TriggerInfo[];
  /** Clock-trigger runs in (from, to], in time order. */
  occurrences(from: Date, to: Date): DueTrigger[];
  /**
   * The clock triggers due at `now` (default: the clock): those with a run after their last run
   * (or creation) and not later than `now`; `at` is the earliest such run.
   */
  due(now?: Date): DueTrigger[];
  /** Records that a trigger ran (the preview calls it after running the handler). */
  markRun(id: string, at?: Date): void;
  /** getAuthorizationInfo(...).getAuthorizationStatus() answer; NOT_REQUIRED by default. */
  setAuthorizationRequired(required: boolean): void;
}

export function createScriptApp(
  ctx: EmulatorContext,
  state?: ScriptAppState | null,
  options?: ServicesOptions,
): EmulatedService<GScriptApp, ScriptAppState> & ScriptAppHelpers {
  const { triggersPerUser, scriptId } = withDefaults(options);
  const data: ScriptAppState = state ? structuredClone(state) : { nextId: 1, triggers: [] };
  let authorizationRequired = false;

  const core: Core = {
    ctx,
    trigger: (info) => asGas<GTrigger>(counted(new EmuTrigger({ ...info }), 'Trigger', ctx.calls)),
    create(partial) {
      const owner = ctx.activeUser();
      if (data.triggers.filter((t) => t.owner === owner).length >= triggersPerUser) fail(TOO_MANY_TRIGGERS);
      const info: TriggerInfo = {
        id: String(8_000_000_000_000_000 + data.nextId++),
        owner,
        createdAt: ctx.clock.now().toISOString(),
        ...partial,
      };
      data.triggers.push(info);
      return core.trigger(info);
    },
  };
  const mine = () => data.triggers.filter((t) => t.owner === ctx.activeUser());

  const app: Pick<
    GScriptApp,
    | 'AuthMode'
    | 'AuthorizationStatus'
    | 'EventType'
    | 'InstallationSource'
    | 'TriggerSource'
    | 'WeekDay'
    | 'newTrigger'
    | 'getProjectTriggers'
    | 'getUserTriggers'
    | 'deleteTrigger'
    | 'getAuthorizationInfo'
    | 'getScriptId'
    | 'getInstallationSource'
  > = {
    AuthMode,
    AuthorizationStatus,
    EventType,
    InstallationSource,
    TriggerSource,
    WeekDay,
    newTrigger(functionName: string): GTriggerBuilder {
      if (typeof functionName !== 'string' || functionName === '') fail('Invalid argument: functionName');
      return asGas<GTriggerBuilder>(
        counted(new EmuTriggerBuilder(core, functionName), 'TriggerBuilder', ctx.calls),
      );
    },
    getProjectTriggers: () => mine().map(core.trigger),
    getUserTriggers(document: { getId(): string }): GTrigger[] {
      const id = document.getId();
      return mine()
        .filter((t) => t.sourceId === id)
        .map(core.trigger);
    },
    deleteTrigger(trigger: GTrigger): void {
      const id = trigger.getUniqueId();
      data.triggers = data.triggers.filter((t) => t.id !== id);
    },
    getAuthorizationInfo(_authMode: GoogleAppsScript.Script.AuthMode) {
      const info = {
        getAuthorizationStatus: () =>
          authorizationRequired ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED,
        getAuthorizationUrl: () =>
          (authorizationRequired
            ? `https://script.google.com/macros/d/${scriptId}/authorize`
            : null) as unknown as string,
      };
      return asGas<GoogleAppsScript.Script.AuthorizationInfo>(counted(info, 'AuthorizationInfo', ctx.calls));
    },
    getScriptId: () => scriptId,
    getInstallationSource: () => InstallationSource.NONE,
  };

  const helpers: ScriptAppHelpers = {
    triggers: () => structuredClone(data.triggers),
    occurrences(from, to) {
      const out: DueTrigger[] = [];
      for (const t of data.triggers) {
        for (const d of occurrencesBetween(t, from, to)) out.push({ trigger: structuredClone(t), at: d });
      }
      return out.sort((a, b) => a.at.getTime() - b.at.getTime());
    },
    due(now = ctx.clock.now()) {
      const out: DueTrigger[] = [];
      for (const t of data.triggers) {
        const since = new Date(t.lastRunAt ?? t.createdAt);
        const first = occurrencesBetween(t, since, now)[0];
        if (first) out.push({ trigger: structuredClone(t), at: first });
      }
      return out.sort((a, b) => a.at.getTime() - b.at.getTime());
    },
    markRun(id, when = ctx.clock.now()) {
      const t = data.triggers.find((x) => x.id === id);
      if (t) t.lastRunAt = when.toISOString();
    },
    setAuthorizationRequired(required) {
      authorizationRequired = required;
    },
  };

  return {
    global: asGas<GScriptApp>(counted(app, 'ScriptApp', ctx.calls)),
    toJSON: () => structuredClone(data),
    ...helpers,
  };
}
