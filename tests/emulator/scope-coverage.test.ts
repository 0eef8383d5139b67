/**
 * Every method the emulator exposes has an entry in the scope table (src/local/emulator/scopes.ts),
 * so a method the server starts calling can never run unchecked: the emulator refuses any call
 * without an entry, and this test lists what lacks one before any server test meets it.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/local/emulator';
import { scopesFor } from '../../src/local/emulator/scopes';
import { appsScriptDeclarations } from '../bundle/static-calls';

/**
 * Apps Script method names a script can call on an emulated object: the counted proxy's
 * functions that @types/google-apps-script declares on the class. The emulator's own helpers
 * (`range.each`…) are no Apps Script methods: having no entry, they are refused if called.
 */
function methodsOf(obj: object, type: string): string[] {
  const declared = appsScriptDeclarations().methods.get(type);
  if (declared === undefined) throw new Error(`@types declares no class ${type}`);
  const names = new Set<string>();
  for (let p: object | null = obj; p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const name of Object.getOwnPropertyNames(p)) names.add(name);
  }
  return [...names].filter(
    (name) =>
      name !== 'constructor' &&
      !name.startsWith('_') &&
      typeof (obj as Record<string, unknown>)[name] === 'function' &&
      !/^[A-Z]/.test(name) &&
      declared.has(name),
  );
}

/** One sample object of each emulated class, by the type name its calls are counted under. */
function samples(): Record<string, object> {
  const emulator = createEmulator();
  emulator.urlFetch.respond('https://api-lannuaire.service-public.gouv.fr/', 200, '{}');
  const g = emulator.globals;
  const ss = g.SpreadsheetApp.getActive();
  const sheet = ss.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
  const range = sheet.getRange('A1:B2');
  sheet.getRange('A:A').addDeveloperMetadata('k', 'v');
  const metadata = sheet.getRange('A:A').createDeveloperMetadataFinder().find()[0];
  const cfBuilder = g.SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setRanges([range]);
  const cfRule = cfBuilder.build();
  const dvBuilder = g.SpreadsheetApp.newDataValidation().requireValueInList(['a']);
  const chartBuilder = sheet.newChart().addRange(range);
  sheet.insertChart(chartBuilder.build());
  const ui = g.SpreadsheetApp.getUi();
  const html = g.HtmlService.createHtmlOutput('x');
  const doc = g.DocumentApp.create('Doc');
  const body = doc.getBody();
  const paragraph = body.appendParagraph('p');
  const triggerBuilder = g.ScriptApp.newTrigger('f');
  const found: Record<string, object | undefined> = {
    SpreadsheetApp: g.SpreadsheetApp,
    Spreadsheet: ss,
    Sheet: sheet,
    Range: range,
    ConditionalFormatRuleBuilder: cfBuilder,
    ConditionalFormatRule: cfRule,
    BooleanCondition: cfRule.getBooleanCondition() ?? undefined,
    DataValidationBuilder: dvBuilder,
    DataValidation: dvBuilder.build(),
    DeveloperMetadata: metadata,
    DeveloperMetadataFinder: sheet.createDeveloperMetadataFinder(),
    DeveloperMetadataLocation: metadata?.getLocation(),
    EmbeddedChartBuilder: chartBuilder,
    EmbeddedChart: sheet.getCharts()[0],
    Filter: range.createFilter(),
    Protection: range.protect(),
    Ui: ui,
    Menu: ui.createAddonMenu(),
    HtmlService: g.HtmlService,
    HtmlOutput: html,
    HtmlTemplate: g.HtmlService.createTemplate('x'),
    PropertiesService: g.PropertiesService,
    Properties: g.PropertiesService.getDocumentProperties(),
    LockService: g.LockService,
    Lock: g.LockService.getScriptLock(),
    Session: g.Session,
    User: g.Session.getActiveUser(),
    Utilities: g.Utilities,
    Logger: g.Logger,
    ScriptApp: g.ScriptApp,
    TriggerBuilder: triggerBuilder,
    ClockTriggerBuilder: triggerBuilder.timeBased(),
    SpreadsheetTriggerBuilder: g.ScriptApp.newTrigger('g').forSpreadsheet(ss),
    Trigger: g.ScriptApp.newTrigger('h').timeBased().everyDays(1).create(),
    DocumentApp: g.DocumentApp,
    Document: doc,
    Body: body,
    Paragraph: paragraph,
    ListItem: body.appendListItem('l'),
    Text: paragraph.editAsText(),
    MailApp: g.MailApp,
    UrlFetchApp: g.UrlFetchApp,
    HTTPResponse: g.UrlFetchApp.fetch('https://api-lannuaire.service-public.gouv.fr/x'),
  };
  const out: Record<string, object> = {};
  for (const [type, obj] of Object.entries(found)) {
    if (obj === undefined) throw new Error(`no sample of ${type}`);
    out[type] = obj;
  }
  return out;
}

describe('the scope table covers the emulated Apps Script surface', () => {
  it('has an entry for every method of every emulated class', () => {
    const missing: string[] = [];
    for (const [type, obj] of Object.entries(samples())) {
      const methods = methodsOf(obj, type);
      expect(methods.length, type).toBeGreaterThan(0);
      for (const method of methods)
        if (scopesFor(`${type}.${method}`) === undefined) missing.push(`${type}.${method}`);
    }
    expect(missing).toEqual([]);
  });
});
