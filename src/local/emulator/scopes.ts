/**
 * The OAuth scopes each Apps Script method needs, as its reference page lists them in its
 * « Authorization » section ("Scripts that use this method require authorization with one or
 * more of the following scopes"): any ONE of the listed scopes is enough. A method whose page
 * has no Authorization section needs none (`NO_SCOPE`).
 *
 * A project whose manifest lists `oauthScopes` is granted exactly those and nothing else
 * (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes), so a
 * call whose scope is missing throws "You do not have permission to call <Type.method>.
 * Required permissions: <scope>" — the error every public project without `userinfo.email`
 * met on `Session.getActiveUser()`.
 *
 * The emulator refuses a call that has NO entry here: a method the server starts calling must
 * get its entry, with the scopes read on its reference page, before any test can pass. Where a
 * page was unclear the entry asks for more, never less (the emulator must be at least as strict
 * as Google); those are marked « conservative ».
 */
import { fail } from './errors';

export const SCOPE = {
  spreadsheetsCurrentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  documentsCurrentOnly: 'https://www.googleapis.com/auth/documents.currentonly',
  documents: 'https://www.googleapis.com/auth/documents',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  externalRequest: 'https://www.googleapis.com/auth/script.external_request',
  userinfoEmail: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

/** Any one of these scopes allows the call; empty: the method needs no authorization. */
export type ScopeAlternatives = readonly string[];

export const NO_SCOPE: ScopeAlternatives = [];
/** Every method of the Spreadsheet service's classes lists these two. */
const SHEETS: ScopeAlternatives = [SCOPE.spreadsheetsCurrentOnly, SCOPE.spreadsheets];
/** Every method of the Document service's classes lists these two. */
const DOCS: ScopeAlternatives = [SCOPE.documentsCurrentOnly, SCOPE.documents];

export interface ClassScopes {
  /** The class's reference page, where each method's Authorization section is read. */
  readonly page: string;
  /** The scopes every method listed in `methods` needs. */
  readonly scopes: ScopeAlternatives;
  readonly methods: readonly string[];
  /** Methods of the class whose page lists other scopes than `scopes`. */
  readonly except?: Readonly<Record<string, ScopeAlternatives>>;
}

const REF = 'https://developers.google.com/apps-script/reference';

/** Keyed by the type name the emulator counts calls under (`Range.getValues` → `Range`). */
export const SCOPE_TABLE: Readonly<Record<string, ClassScopes>> = {
  // ── Spreadsheet service ──────────────────────────────────────────────────────────────
  SpreadsheetApp: {
    page: `${REF}/spreadsheet/spreadsheet-app`,
    scopes: SHEETS,
    // newFilterCriteria held to the Spreadsheet scopes (conservative).
    methods: [
      'getActive',
      'getActiveRange',
      'getActiveSheet',
      'getActiveSpreadsheet',
      'flush',
      'newFilterCriteria',
    ],
    except: {
      // No Authorization section: the Ui and the builders touch no user data.
      getUi: NO_SCOPE,
      newConditionalFormatRule: NO_SCOPE,
      newDataValidation: NO_SCOPE,
    },
  },
  Spreadsheet: {
    page: `${REF}/spreadsheet/spreadsheet`,
    scopes: SHEETS,
    // addEditor(s) is documented under these two scopes: sharing needs no Drive scope.
    methods: [
      'addDeveloperMetadata',
      'addEditor',
      'addEditors',
      'createDeveloperMetadataFinder',
      'deleteSheet',
      'getActiveRange',
      'getActiveSheet',
      'getDeveloperMetadata',
      'getEditors',
      'getId',
      'getName',
      'getNumSheets',
      'getOwner',
      'getRange',
      'getSheetById',
      'getSheetByName',
      'getSheets',
      'getSpreadsheetLocale',
      'getSpreadsheetTimeZone',
      'getUrl',
      'insertSheet',
      'rename',
      'setActiveSheet',
      'setSpreadsheetLocale',
      'setSpreadsheetTimeZone',
      'toast',
    ],
  },
  Sheet: {
    page: `${REF}/spreadsheet/sheet`,
    scopes: SHEETS,
    methods: [
      'activate',
      'addDeveloperMetadata',
      'appendRow',
      'clear',
      'clearConditionalFormatRules',
      'clearContents',
      'createDeveloperMetadataFinder',
      'deleteColumn',
      'deleteColumns',
      'deleteRow',
      'deleteRows',
      'getCharts',
      'getColumnWidth',
      'getConditionalFormatRules',
      'getDataRange',
      'getDeveloperMetadata',
      'getFilter',
      'getFrozenColumns',
      'getFrozenRows',
      'getIndex',
      'getLastColumn',
      'getLastRow',
      'getMaxColumns',
      'getMaxRows',
      'getName',
      'getParent',
      'getProtections',
      'getRange',
      'getSheetId',
      'getSheetName',
      'getSheetValues',
      'getTabColor',
      'hideSheet',
      'insertChart',
      'insertColumnAfter',
      'insertColumnBefore',
      'insertColumns',
      'insertColumnsAfter',
      'insertColumnsBefore',
      'insertRowAfter',
      'insertRowBefore',
      'insertRows',
      'insertRowsAfter',
      'insertRowsBefore',
      'isRowHiddenByFilter',
      'isSheetHidden',
      'newChart',
      'protect',
      'removeChart',
      'setColumnWidth',
      'setColumnWidths',
      'setConditionalFormatRules',
      'setFrozenColumns',
      'setFrozenRows',
      'setName',
      'setTabColor',
      'showSheet',
      'updateChart',
    ],
  },
  Range: {
    page: `${REF}/spreadsheet/range`,
    scopes: SHEETS,
    methods: [
      'activate',
      'addDeveloperMetadata',
      'clear',
      'clearContent',
      'clearDataValidations',
      'clearFormat',
      'clearNote',
      'createDeveloperMetadataFinder',
      'createFilter',
      'getA1Notation',
      'getBackground',
      'getBackgrounds',
      'getCell',
      'getColumn',
      'getDataValidation',
      'getDataValidations',
      'getDeveloperMetadata',
      'getDisplayValue',
      'getDisplayValues',
      'getFilter',
      'getFontColor',
      'getFontStyle',
      'getFontStyles',
      'getFontWeight',
      'getFontWeights',
      'getFormula',
      'getFormulas',
      'getGridId',
      'getHorizontalAlignment',
      'getHorizontalAlignments',
      'getLastColumn',
      'getLastRow',
      'getNote',
      'getNotes',
      'getNumColumns',
      'getNumRows',
      'getNumberFormat',
      'getNumberFormats',
      'getRow',
      'getRowIndex',
      'getSheet',
      'getValue',
      'getValues',
      'getWrap',
      'getWraps',
      'insertCheckboxes',
      'offset',
      'protect',
      'setBackground',
      'setBackgrounds',
      'setDataValidation',
      'setDataValidations',
      'setFontColor',
      'setFontColors',
      'setFontStyle',
      'setFontStyles',
      'setFontWeight',
      'setFontWeights',
      'setFormula',
      'setFormulas',
      'setHorizontalAlignment',
      'setHorizontalAlignments',
      'setNote',
      'setNotes',
      'setNumberFormat',
      'setNumberFormats',
      'setValue',
      'setValues',
      'setWrap',
      'setWraps',
    ],
  },
  // Builders and rules (conservative: the Spreadsheet scopes, which the add-on holds anyway).
  ConditionalFormatRuleBuilder: {
    page: `${REF}/spreadsheet/conditional-format-rule-builder`,
    scopes: SHEETS,
    methods: [
      'build',
      'copy',
      'getBooleanCondition',
      'getGradientCondition',
      'getRanges',
      'setBackground',
      'setBold',
      'setFontColor',
      'setItalic',
      'setRanges',
      'setStrikethrough',
      'setUnderline',
      'whenCellEmpty',
      'whenCellNotEmpty',
      'whenFormulaSatisfied',
      'whenNumberBetween',
      'whenNumberEqualTo',
      'whenNumberGreaterThan',
      'whenNumberGreaterThanOrEqualTo',
      'whenNumberLessThan',
      'whenNumberLessThanOrEqualTo',
      'whenTextContains',
      'whenTextDoesNotContain',
      'whenTextEndsWith',
      'whenTextEqualTo',
      'whenTextStartsWith',
      'withCriteria',
    ],
  },
  ConditionalFormatRule: {
    page: `${REF}/spreadsheet/conditional-format-rule`,
    scopes: SHEETS,
    methods: ['copy', 'getBooleanCondition', 'getGradientCondition', 'getRanges'],
  },
  BooleanCondition: {
    page: `${REF}/spreadsheet/boolean-condition`,
    scopes: SHEETS,
    methods: [
      'getBackground',
      'getBold',
      'getCriteriaType',
      'getCriteriaValues',
      'getFontColor',
      'getItalic',
      'getStrikethrough',
      'getUnderline',
    ],
  },
  DataValidationBuilder: {
    page: `${REF}/spreadsheet/data-validation-builder`,
    scopes: SHEETS,
    methods: [
      'build',
      'copy',
      'getAllowInvalid',
      'getCriteriaType',
      'getCriteriaValues',
      'getHelpText',
      'requireCheckbox',
      'requireDate',
      'requireFormulaSatisfied',
      'requireNumberBetween',
      'requireNumberGreaterThan',
      'requireNumberGreaterThanOrEqualTo',
      'requireTextIsEmail',
      'requireValueInList',
      'requireValueInRange',
      'setAllowInvalid',
      'setHelpText',
      'withCriteria',
    ],
  },
  DataValidation: {
    page: `${REF}/spreadsheet/data-validation`,
    scopes: SHEETS,
    methods: ['copy', 'getAllowInvalid', 'getCriteriaType', 'getCriteriaValues', 'getHelpText'],
  },
  DeveloperMetadata: {
    page: `${REF}/spreadsheet/developer-metadata`,
    scopes: SHEETS,
    methods: [
      'getId',
      'getKey',
      'getLocation',
      'getValue',
      'getVisibility',
      'moveToColumn',
      'moveToRow',
      'remove',
      'setKey',
      'setValue',
      'setVisibility',
    ],
  },
  DeveloperMetadataFinder: {
    page: `${REF}/spreadsheet/developer-metadata-finder`,
    scopes: SHEETS,
    methods: ['find', 'withId', 'withKey', 'withLocationType', 'withValue', 'withVisibility'],
  },
  DeveloperMetadataLocation: {
    page: `${REF}/spreadsheet/developer-metadata-location`,
    scopes: SHEETS,
    methods: ['getColumn', 'getLocationType', 'getRow', 'getSheet', 'getSpreadsheet'],
  },
  EmbeddedChart: {
    page: `${REF}/spreadsheet/embedded-chart`,
    scopes: SHEETS,
    methods: ['getChartId', 'getOptions', 'getRanges', 'modify'],
  },
  EmbeddedChartBuilder: {
    page: `${REF}/spreadsheet/embedded-chart-builder`,
    scopes: SHEETS,
    methods: [
      'addRange',
      'asAreaChart',
      'asBarChart',
      'asColumnChart',
      'asLineChart',
      'asPieChart',
      'asTableChart',
      'build',
      'clearRanges',
      'setChartType',
      'setOption',
      'setPosition',
      'setTitle',
    ],
  },
  Filter: {
    page: `${REF}/spreadsheet/filter`,
    scopes: SHEETS,
    methods: [
      'getColumnFilterCriteria',
      'getRange',
      'remove',
      'removeColumnFilterCriteria',
      'setColumnFilterCriteria',
    ],
  },
  FilterCriteria: {
    page: `${REF}/spreadsheet/filter-criteria`,
    scopes: SHEETS,
    methods: ['copy', 'getCriteriaType', 'getCriteriaValues', 'getHiddenValues', 'getVisibleValues'],
  },
  FilterCriteriaBuilder: {
    page: `${REF}/spreadsheet/filter-criteria-builder`,
    scopes: SHEETS,
    methods: [
      'build',
      'copy',
      'setHiddenValues',
      'setVisibleValues',
      'whenCellEmpty',
      'whenCellNotEmpty',
      'whenFormulaSatisfied',
      'whenNumberGreaterThan',
      'whenNumberLessThan',
      'whenTextContains',
      'whenTextDoesNotContain',
      'whenTextEqualTo',
    ],
  },
  Protection: {
    page: `${REF}/spreadsheet/protection`,
    scopes: SHEETS,
    methods: [
      'addEditor',
      'addEditors',
      'canEdit',
      'getDescription',
      'getEditors',
      'getProtectionType',
      'getRange',
      'isWarningOnly',
      'remove',
      'removeEditor',
      'setDescription',
      'setWarningOnly',
    ],
  },
  // ── Base service ─────────────────────────────────────────────────────────────────────
  Ui: {
    page: `${REF}/base/ui`,
    // showSidebar / showModalDialog / showModelessDialog list script.container.ui; alert and
    // prompt are held to the same (conservative): they show a dialog over the document.
    scopes: [SCOPE.containerUi],
    methods: ['alert', 'prompt', 'showModalDialog', 'showModelessDialog', 'showSidebar'],
    // Building a menu needs no authorization: it is all an add-on may do in AuthMode.NONE.
    except: { createAddonMenu: NO_SCOPE, createMenu: NO_SCOPE },
  },
  Menu: {
    page: `${REF}/base/menu`,
    scopes: NO_SCOPE,
    methods: ['addItem', 'addSeparator', 'addSubMenu', 'addToUi'],
  },
  PromptResponse: {
    page: `${REF}/base/prompt-response`,
    scopes: NO_SCOPE,
    methods: ['getResponseText', 'getSelectedButton'],
  },
  Session: {
    page: `${REF}/base/session`,
    scopes: NO_SCOPE,
    methods: ['getActiveUserLocale', 'getScriptTimeZone', 'getTemporaryActiveUserKey'],
    except: {
      getActiveUser: [SCOPE.userinfoEmail],
      getEffectiveUser: [SCOPE.userinfoEmail],
    },
  },
  User: {
    page: `${REF}/base/user`,
    scopes: NO_SCOPE,
    methods: ['getEmail', 'getUserLoginId', 'toString'],
  },
  Logger: {
    page: `${REF}/base/logger`,
    scopes: NO_SCOPE,
    methods: ['clear', 'getLog', 'log'],
  },
  // ── HTML, Properties, Lock, Utilities: no Authorization sections ─────────────────────
  HtmlService: {
    page: `${REF}/html/html-service`,
    scopes: NO_SCOPE,
    methods: [
      'createHtmlOutput',
      'createHtmlOutputFromFile',
      'createTemplate',
      'createTemplateFromFile',
      'getUserAgent',
    ],
  },
  HtmlOutput: {
    page: `${REF}/html/html-output`,
    scopes: NO_SCOPE,
    methods: [
      'addMetaTag',
      'append',
      'appendUntrusted',
      'clear',
      'getContent',
      'getHeight',
      'getTitle',
      'getWidth',
      'setContent',
      'setFaviconUrl',
      'setHeight',
      'setSandboxMode',
      'setTitle',
      'setWidth',
      'setXFrameOptionsMode',
    ],
  },
  HtmlTemplate: {
    page: `${REF}/html/html-template`,
    scopes: NO_SCOPE,
    methods: ['evaluate', 'getRawContent'],
  },
  PropertiesService: {
    page: `${REF}/properties/properties-service`,
    scopes: NO_SCOPE,
    methods: ['getDocumentProperties', 'getScriptProperties', 'getUserProperties'],
  },
  Properties: {
    page: `${REF}/properties/properties`,
    scopes: NO_SCOPE,
    methods: [
      'deleteAllProperties',
      'deleteProperty',
      'getKeys',
      'getProperties',
      'getProperty',
      'setProperties',
      'setProperty',
    ],
  },
  LockService: {
    page: `${REF}/lock/lock-service`,
    scopes: NO_SCOPE,
    methods: ['getDocumentLock', 'getScriptLock', 'getUserLock'],
  },
  Lock: {
    page: `${REF}/lock/lock`,
    scopes: NO_SCOPE,
    methods: ['hasLock', 'releaseLock', 'tryLock', 'waitLock'],
  },
  Utilities: {
    page: `${REF}/utilities/utilities`,
    scopes: NO_SCOPE,
    methods: ['formatDate', 'getUuid', 'sleep'],
  },
  // ── Script service ───────────────────────────────────────────────────────────────────
  ScriptApp: {
    page: `${REF}/script/script-app`,
    scopes: [SCOPE.scriptApp],
    methods: ['deleteTrigger', 'getProjectTriggers', 'getUserTriggers', 'newTrigger'],
  },
  // Triggers and their builders are only reached through the methods above (conservative).
  Trigger: {
    page: `${REF}/script/trigger`,
    scopes: [SCOPE.scriptApp],
    methods: ['getEventType', 'getHandlerFunction', 'getTriggerSource', 'getTriggerSourceId', 'getUniqueId'],
  },
  TriggerBuilder: {
    page: `${REF}/script/trigger-builder`,
    scopes: [SCOPE.scriptApp],
    methods: ['forSpreadsheet', 'timeBased'],
  },
  ClockTriggerBuilder: {
    page: `${REF}/script/clock-trigger-builder`,
    scopes: [SCOPE.scriptApp],
    methods: ['atHour', 'create', 'everyDays', 'inTimezone', 'nearMinute'],
  },
  SpreadsheetTriggerBuilder: {
    page: `${REF}/script/spreadsheet-trigger-builder`,
    scopes: [SCOPE.scriptApp],
    methods: ['create', 'onChange', 'onEdit', 'onFormSubmit', 'onOpen'],
  },
  // ── Document service ─────────────────────────────────────────────────────────────────
  DocumentApp: {
    page: `${REF}/document/document-app`,
    // create() and openById() list only `documents`: documents.currentonly reaches no new Doc.
    scopes: [SCOPE.documents],
    methods: ['create', 'openById', 'openByUrl'],
  },
  Document: {
    page: `${REF}/document/document`,
    scopes: DOCS,
    methods: ['getBody', 'getId', 'getName', 'getUrl', 'saveAndClose', 'setName'],
  },
  Body: {
    page: `${REF}/document/body`,
    scopes: DOCS,
    methods: [
      'appendHorizontalRule',
      'appendListItem',
      'appendPageBreak',
      'appendParagraph',
      'clear',
      'editAsText',
      'getNumChildren',
      'getParagraphs',
      'getText',
      'setMarginBottom',
      'setMarginLeft',
      'setMarginRight',
      'setMarginTop',
      'setPageHeight',
      'setPageWidth',
    ],
  },
  Paragraph: {
    page: `${REF}/document/paragraph`,
    scopes: DOCS,
    methods: [
      'editAsText',
      'getAlignment',
      'getHeading',
      'getText',
      'getType',
      'setAlignment',
      'setAttributes',
      'setHeading',
      'setIndentStart',
      'setLineSpacing',
      'setSpacingAfter',
      'setSpacingBefore',
      'setText',
    ],
  },
  ListItem: {
    page: `${REF}/document/list-item`,
    scopes: DOCS,
    methods: [
      'editAsText',
      'getAlignment',
      'getHeading',
      'getText',
      'getType',
      'setAlignment',
      'setAttributes',
      'setHeading',
      'setIndentStart',
      'setLineSpacing',
      'setSpacingAfter',
      'setSpacingBefore',
      'setText',
    ],
  },
  Text: {
    page: `${REF}/document/text`,
    scopes: DOCS,
    methods: ['getText', 'setBold', 'setFontFamily', 'setFontSize', 'setItalic', 'setText'],
  },
  // ── Docs advanced service (counted as Docs.Documents.<method>) ──────────────────────
  Docs: {
    page: 'https://developers.google.com/apps-script/advanced/docs',
    // documents.create and documents.batchUpdate accept `documents`, `drive` or `drive.file`
    // (their pages' Authorization scopes); held to `documents`, the one the manifest asks for
    // (conservative). https://developers.google.com/docs/api/reference/rest/v1/documents/create
    scopes: [SCOPE.documents],
    methods: ['Documents.batchUpdate', 'Documents.create'],
  },
  // ── Mail and URL Fetch ───────────────────────────────────────────────────────────────
  MailApp: {
    page: `${REF}/mail/mail-app`,
    scopes: [SCOPE.sendMail],
    methods: ['getRemainingDailyQuota', 'sendEmail'],
  },
  UrlFetchApp: {
    page: `${REF}/url-fetch/url-fetch-app`,
    scopes: [SCOPE.externalRequest],
    methods: ['fetch', 'fetchAll', 'getRequest'],
  },
  HTTPResponse: {
    page: `${REF}/url-fetch/http-response`,
    scopes: NO_SCOPE,
    methods: ['getAllHeaders', 'getContentText', 'getHeaders', 'getResponseCode'],
  },
};

/** The scopes a counted call (`'Range.getValues'`) needs, or undefined when it has no entry. */
export function scopesFor(call: string): ScopeAlternatives | undefined {
  const dot = call.indexOf('.');
  const entry = SCOPE_TABLE[call.slice(0, dot)];
  const method = call.slice(dot + 1);
  if (entry === undefined) return undefined;
  const special = entry.except?.[method];
  if (special !== undefined) return special;
  return entry.methods.includes(method) ? entry.scopes : undefined;
}

/** Google's wording when a scope is missing: alternatives are shown as `(a || b)`. */
export function permissionMessage(call: string, scopes: ScopeAlternatives): string {
  const required = scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
  return `You do not have permission to call ${call}. Required permissions: ${required}`;
}

/**
 * The check the emulator runs before every counted call: throws Google's error when the
 * manifest grants none of the call's scopes, and the emulator's own error when the call has
 * no entry in the table (so that every method the server calls is in it).
 */
export function scopeCheck(granted: readonly string[]): (call: string) => void {
  const grants = new Set(granted);
  return (call) => {
    const scopes = scopesFor(call);
    if (scopes === undefined) {
      throw new Error(
        `Emulator: ${call} has no entry in the scope table; add it to src/local/emulator/scopes.ts with the scopes its reference page lists.`,
      );
    }
    if (scopes.length > 0 && !scopes.some((s) => grants.has(s))) {
      fail(permissionMessage(call, scopes));
    }
  };
}

/** A manifest's `oauthScopes`, or null when it lists none (Apps Script then infers them). */
export function manifestScopes(manifest: unknown): readonly string[] | null {
  if (manifest === null || typeof manifest !== 'object') return null;
  const scopes = (manifest as { oauthScopes?: unknown }).oauthScopes;
  if (!Array.isArray(scopes)) return null;
  return scopes.filter((s): s is string => typeof s === 'string');
}
