import { describe, expect, it } from 'vitest';
import { createScriptApp, TOO_MANY_TRIGGERS } from '../../../src/local/emulator/services/script-app';
import { testContext, thrown } from './context';

const SCRIPT_APP = 'https://developers.google.com/apps-script/reference/script/script-app';
const CLOCK_BUILDER = 'https://developers.google.com/apps-script/reference/script/clock-trigger-builder';
const QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas';

const spreadsheet = { getId: () => 'sheet-123' } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;

function setup() {
  // Monday 2 June 2025, 10:00 in Paris.
  const { ctx, setUser } = testContext({
    now: new Date('2025-06-02T08:00:00Z'),
    user: 'camille@example.org',
  });
  const service = createScriptApp(ctx);
  return { ctx, setUser, service, app: service.global };
}

describe(`ScriptApp triggers (${SCRIPT_APP})`, () => {
  it(`a daily trigger at 7 h (${CLOCK_BUILDER}) is listed with its handler, type and source`, () => {
    const { app } = setup();
    const trigger = app
      .newTrigger('sendReminders')
      .timeBased()
      .atHour(7)
      .everyDays(1)
      .inTimezone('Europe/Paris')
      .create();
    const listed = app.getProjectTriggers();
    expect(listed).toHaveLength(1);
    expect(listed[0]!.getHandlerFunction()).toBe('sendReminders');
    expect(listed[0]!.getUniqueId()).toBe(trigger.getUniqueId());
    expect(listed[0]!.getEventType()).toBe(app.EventType.CLOCK);
    expect(listed[0]!.getTriggerSource()).toBe(app.TriggerSource.CLOCK);
  });

  it('forSpreadsheet(ss).onEdit() is an ON_EDIT trigger on that spreadsheet, found by getUserTriggers(ss)', () => {
    const { app } = setup();
    app.newTrigger('onTrackingEdit').forSpreadsheet(spreadsheet).onEdit().create();
    app.newTrigger('daily').timeBased().everyHours(1).create();
    const mine = app.getUserTriggers(spreadsheet);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.getEventType()).toBe(app.EventType.ON_EDIT);
    expect(mine[0]!.getTriggerSource()).toBe(app.TriggerSource.SPREADSHEETS);
    expect(mine[0]!.getTriggerSourceId()).toBe('sheet-123');
    expect(
      app.getUserTriggers({ getId: () => 'other' } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet),
    ).toEqual([]);
  });

  it('deleteTrigger removes it; triggers belong to the user who created them', () => {
    const { app, setUser } = setup();
    const trigger = app.newTrigger('a').timeBased().everyDays(1).atHour(7).create();
    app.newTrigger('b').timeBased().everyDays(1).atHour(8).create();
    setUser('conseillere@example.org');
    expect(app.getProjectTriggers()).toEqual([]);
    setUser('camille@example.org');
    app.deleteTrigger(trigger);
    expect(app.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['b']);
  });

  it(`the 21st trigger of one user throws (Triggers: 20 / user / script, ${QUOTAS})`, () => {
    const { app, setUser } = setup();
    for (let i = 0; i < 20; i++) app.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    const error = thrown(() => app.newTrigger('f20').timeBased().everyHours(1).create());
    expect(error.name).toBe('Exception');
    expect(error.message).toBe(TOO_MANY_TRIGGERS);
    expect(app.getProjectTriggers()).toHaveLength(20);
    // Per user: someone else may still install hers; deleting one makes room again.
    setUser('conseillere@example.org');
    app.newTrigger('hers').timeBased().everyHours(1).create();
    setUser('camille@example.org');
    app.deleteTrigger(app.getProjectTriggers()[0]!);
    app.newTrigger('f20').timeBased().everyHours(1).create();
  });

  it('schedules that Google refuses: everyHours(3), everyMinutes(7), atHour(24)', () => {
    const { app } = setup();
    expect(() => app.newTrigger('f').timeBased().everyHours(3)).toThrow();
    expect(() => app.newTrigger('f').timeBased().everyMinutes(7)).toThrow();
    expect(() => app.newTrigger('f').timeBased().atHour(24)).toThrow();
  });

  it('the preview helper: a daily 7 h trigger is due the next morning at 7 h Paris time, once', () => {
    const { ctx, service, app } = setup();
    app.newTrigger('sendReminders').timeBased().atHour(7).everyDays(1).create(); // script zone: Europe/Paris
    expect(service.due(new Date('2025-06-03T04:59:00Z'))).toEqual([]);
    const due = service.due(new Date('2025-06-03T05:00:00Z'));
    expect(due.map((d) => [d.trigger.handler, d.at.toISOString()])).toEqual([
      ['sendReminders', '2025-06-03T05:00:00.000Z'],
    ]);
    service.markRun(due[0]!.trigger.id, due[0]!.at);
    expect(service.due(new Date('2025-06-03T12:00:00Z'))).toEqual([]);
    // In winter 7 h in Paris is 06:00 UTC.
    const winter = service.occurrences(new Date('2025-12-01T00:00:00Z'), new Date('2025-12-02T23:59:00Z'));
    expect(winter.map((d) => d.at.toISOString())).toEqual([
      '2025-12-01T06:00:00.000Z',
      '2025-12-02T06:00:00.000Z',
    ]);
    expect(ctx.calls.count('ScriptApp.newTrigger')).toBe(1);
  });

  it('AuthMode values compare equal to the names the runtime passes in events', () => {
    const { app } = setup();
    expect(app.AuthMode.NONE).toBe('NONE');
    expect(app.AuthMode.FULL).toBe('FULL');
    expect(String(app.AuthMode.LIMITED)).toBe('LIMITED');
    expect(app.getAuthorizationInfo(app.AuthMode.FULL).getAuthorizationStatus()).toBe(
      app.AuthorizationStatus.NOT_REQUIRED,
    );
  });

  it('counts each link of the builder chain', () => {
    const { ctx, app } = setup();
    app.newTrigger('f').timeBased().atHour(7).everyDays(1).inTimezone('Europe/Paris').create();
    expect(ctx.calls.snapshot()).toEqual({
      'ClockTriggerBuilder.atHour': 1,
      'ClockTriggerBuilder.create': 1,
      'ClockTriggerBuilder.everyDays': 1,
      'ClockTriggerBuilder.inTimezone': 1,
      'ScriptApp.newTrigger': 1,
      'TriggerBuilder.timeBased': 1,
    });
  });

  it('state round-trips through JSON', () => {
    const { ctx, service, app } = setup();
    app.newTrigger('f').timeBased().atHour(7).everyDays(1).create();
    const restored = createScriptApp(ctx, JSON.parse(JSON.stringify(service.toJSON())));
    expect(restored.global.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['f']);
  });
});
