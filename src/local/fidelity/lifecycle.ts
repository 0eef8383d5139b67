/**
 * Fidelity cases of the add-on lifecycle: installable triggers (a bound script and an add-on)
 * and the document lock.
 */
import type { FidelityCase } from './cases';

const REF = 'https://developers.google.com/apps-script/reference';

export const LIFECYCLE_CASES: FidelityCase[] = [
  {
    id: 'lifecycle/clock-trigger-source-id',
    behaviour: 'a time-driven trigger has no source id; a spreadsheet trigger has its spreadsheet’s id',
    reference: `${REF}/script/trigger#getTriggerSourceId()`,
    context: 'editor',
    run: ({ ScriptApp, SpreadsheetApp }) => {
      const spreadsheet = SpreadsheetApp.getActive();
      const clock = ScriptApp.newTrigger('runFidelityChecks').timeBased().atHour(7).everyDays(1).create();
      const edit = ScriptApp.newTrigger('runFidelityChecks')
        .forSpreadsheet(spreadsheet.getId())
        .onEdit()
        .create();
      const ids = [clock.getTriggerSourceId(), edit.getTriggerSourceId() === spreadsheet.getId()];
      ScriptApp.deleteTrigger(clock);
      ScriptApp.deleteTrigger(edit);
      return ids;
    },
    expected: [null, true],
  },
  {
    id: 'lifecycle/bound-script-two-clock-triggers',
    behaviour: 'a bound script may have two time-driven triggers in its document (20 per user per script)',
    reference: 'https://developers.google.com/apps-script/guides/services/quotas',
    context: 'editor',
    run: ({ ScriptApp }) => {
      const made = [
        ScriptApp.newTrigger('runFidelityChecks').timeBased().atHour(7).everyDays(1).create(),
        ScriptApp.newTrigger('runFidelityChecks').timeBased().atHour(8).everyDays(1).create(),
      ];
      for (const trigger of made) ScriptApp.deleteTrigger(trigger);
      return made.length;
    },
    expected: 2,
  },
  {
    id: 'lifecycle/addon-one-clock-trigger-per-document',
    behaviour:
      'an add-on may have one trigger of each type, per user, per document: a second time-driven one is refused',
    reference: 'https://developers.google.com/workspace/add-ons/concepts/editor-triggers',
    context: 'addon',
    run: ({ ScriptApp }) => {
      const first = ScriptApp.newTrigger('runFidelityChecks').timeBased().atHour(7).everyDays(1).create();
      let second: GoogleAppsScript.Script.Trigger | null = null;
      let outcome = 'second created';
      try {
        second = ScriptApp.newTrigger('runFidelityChecks').timeBased().atHour(8).everyDays(1).create();
      } catch (error) {
        outcome = /too many/i.test(String(error)) ? 'second refused' : `other error: ${String(error)}`;
      }
      ScriptApp.deleteTrigger(first);
      if (second !== null) ScriptApp.deleteTrigger(second);
      return outcome;
    },
    expected: 'second refused',
  },
  {
    id: 'lifecycle/try-lock-free',
    behaviour: 'tryLock on a free document lock takes it at once; releaseLock gives it back',
    reference: `${REF}/lock/lock#tryLock(Integer)`,
    context: 'editor',
    run: ({ LockService }) => {
      const lock = LockService.getDocumentLock();
      const taken = lock.tryLock(1000);
      const held = lock.hasLock();
      lock.releaseLock();
      return [taken, held, lock.hasLock()];
    },
    expected: [true, true, false],
  },
];
