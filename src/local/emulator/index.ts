/**
 * The in-memory Apps Script emulator (Node only, never pushed). `createEmulator()` assembles the
 * services into the globals a script sees, counted call by call, over one workbook whose state
 * is plain data (`toJSON`, `saveEmulator`, `loadEmulator`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { authModeGuard, type Installation, simpleTriggerMode } from './auth-mode';
import { CallLog } from './calls';
import { Clock } from './clock';
import type { EmulatedService, EmulatorContext } from './context';
import { createDocsApi } from './docs-api';
import { createDocumentApp, type DocumentAppState } from './document-app';
import type { AuthModeName, OnEditEvent, OnOpenEvent } from './events';
import { FormulaEngine } from './formula';
import { createHtmlService, type HtmlFileRead } from './html-service';
import { createLockService, type Executions } from './lock-service';
import { createConsole, createLogger, type LogLine } from './logger';
import { createMailApp, type MailAppState } from './mail-app';
import { type CellValue, newWorkbookState, type WorkbookState } from './model';
import { createPropertiesService, type PropertiesState } from './properties-service';
import type { Api, Runtime } from './runtime';
import { manifestScopes, SCOPE, scopeCheck } from './scopes';
import { createScriptApp, type ScriptAppState } from './script-app';
import { createSession } from './session';
import {
  createSpreadsheetApp,
  EmuSpreadsheet,
  newSpreadsheet,
  type UserEditResult,
  user,
} from './spreadsheet';
import { decodeDates, encodeDates, writeFileAtomic } from './state';
import { UiRecorder } from './ui';
import { allowlistProblems, createUrlFetchApp } from './url-fetch-app';
import { createUtilities } from './utilities';
import { type PlainTextRules, STRICT_PLAIN_TEXT } from './values';
import { EmulatorView } from './view';

export type { LogLine } from './logger';
export type {
  AlertRecord,
  ButtonName,
  DialogRecord,
  MenuEntry,
  MenuRecord,
  ShownHtml,
  ToastRecord,
} from './ui';
export type { CellView, SheetSummary, SheetView, ValueKind } from './view';
export type { AuthModeName, Installation, OnEditEvent, OnOpenEvent, PlainTextRules, UserEditResult };

/** The services beyond SpreadsheetApp and HtmlService, one module each. */
export interface OtherServiceGlobals {
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
}
type ServiceName = keyof OtherServiceGlobals;

export interface EmulatorGlobals extends OtherServiceGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Logger: GoogleAppsScript.Base.Logger;
  console: Pick<Console, 'log' | 'info' | 'warn' | 'error'>;
  /** The Docs advanced service (an advanced service: no state of its own, the Docs are DocumentApp's). */
  Docs: GoogleAppsScript.Docs;
}

/** Everything `toJSON` writes: the workbook and each other service's own state, dates encoded. */
export interface EmulatorState {
  version: 1;
  spreadsheet: unknown;
  services: Partial<Record<ServiceName, unknown>>;
}

export interface EmulatorOptions {
  now?: Date;
  /** Who runs the script (Session.getActiveUser); defaults to the first of `users`. */
  user?: string;
  /** Everyone with edit access; the first one owns the workbook. */
  users?: string[];
  spreadsheetName?: string;
  /** The workbook's time zone (File › Settings); may differ from the script's. */
  spreadsheetTimeZone?: string;
  /** appsscript.json `timeZone`. */
  scriptTimeZone?: string;
  /** Where createHtmlOutputFromFile reads `<name>.html` (normally the built `dist/`). */
  htmlDir?: string;
  /**
   * The project's manifest (appsscript.json, parsed). Its `oauthScopes` are all the script is
   * granted: a call needing another scope throws as in Google (./scopes.ts). Defaults to
   * `<htmlDir>/appsscript.json` when the built folder has one, else the project's
   * appsscript.json, which the build copies into dist/ unchanged.
   */
  manifest?: unknown;
  /**
   * How the script reaches the workbook, which sets the mode of its simple triggers
   * (./auth-mode.ts): `addon-enabled` (default), `addon-installed` (never used here: onOpen and
   * onEdit run in NONE until a menu item or the sidebar runs in FULL) or `bound`.
   */
  installation?: Installation;
  /**
   * Whether the person's e-mail is visible to simple triggers (LIMITED): Google hides it in
   * most cases (other domain, consumer accounts), so the default is false: Session and
   * `e.user` then report a blank e-mail there.
   */
  identityInSimpleTriggers?: boolean;
  /** False for a standalone script: SpreadsheetApp.getActive() is then null. */
  boundToDocument?: boolean;
  /** DocumentApp.create quota per user and day (250 on a consumer account). */
  docsPerDay?: number;
  /** Spreadsheet.getSpreadsheetLocale() of a new workbook (default fr_FR). */
  locale?: string;
  /**
   * What setValue(s) does with a leading ' or = in a Plain-text (@) cell, undocumented:
   * by default the strictest reading (the ' stays, the = makes a formula).
   */
  plainText?: PlainTextRules;
  state?: EmulatorState;
}

export type SpreadsheetHandle = GoogleAppsScript.Spreadsheet.Spreadsheet &
  Pick<EmuSpreadsheet, '_select' | '_userEdit'>;

export interface Emulator {
  readonly calls: CallLog;
  readonly clock: Clock;
  readonly ctx: EmulatorContext;
  readonly globals: EmulatorGlobals;
  /** The active workbook through an uncounted handle, for assertions and set-up. */
  readonly spreadsheet: SpreadsheetHandle;
  readonly ui: UiRecorder;
  /** Project files read through HtmlService, in order (reset it with `length = 0`). */
  readonly htmlFilesRead: HtmlFileRead[];
  readonly view: EmulatorView;
  readonly logs: LogLine[];
  /** The OAuth scopes the manifest grants (every scope of the table when it lists none). */
  readonly grantedScopes: readonly string[];
  setActiveUser(email: string): void;
  /** A person typing in a cell (validation, protections); returns the onEdit event. */
  userEdit(sheet: string, row: number, col: number, value: CellValue): UserEditResult;
  /** A person selecting cells (what getActiveRange then returns). */
  select(sheet: string, row: number, col?: number, numRows?: number, numCols?: number): void;
  /** The event for onOpen(e) / onInstall(e); its mode defaults to what Google gives onOpen here. */
  openEvent(authMode?: AuthModeName): OnOpenEvent;
  /** The mode Google runs simple triggers in, in this workbook now (NONE until first used). */
  simpleTriggerMode(): AuthModeName;
  readonly installation: Installation;
  /** The current execution's authorization mode. */
  readonly authMode: AuthModeName;
  /**
   * Runs `fn` as an execution in `mode`: calls the mode forbids throw as in Google, and the
   * person's e-mail is blank in NONE and LIMITED. A FULL run enables an add-on in the workbook.
   */
  withAuthMode<T>(mode: AuthModeName, fn: () => T): T;
  /** The workbook data itself (uncounted, mutable): for the view and low-level tests. */
  readonly workbook: WorkbookState;
  /** Executions (for locks): begin/switchTo/end; the runtime begins and ends one per run. */
  readonly executions: Executions;
  beginExecution(): void;
  endExecution(): void;
  /** Uncounted views of what the other services hold. */
  readonly documents: ReturnType<typeof createDocumentApp>;
  readonly mail: ReturnType<typeof createMailApp>;
  /** Offline UrlFetchApp: `urlFetch.respond(urlPrefix, status, body)` registers an answer. */
  readonly urlFetch: ReturnType<typeof createUrlFetchApp>;
  readonly scriptApp: ReturnType<typeof createScriptApp>;
  readonly properties: ReturnType<typeof createPropertiesService>;
  toJSON(): EmulatorState;
}

/** The project's own manifest, next to package.json (dist/ holds a verbatim copy). */
export const PROJECT_MANIFEST = resolve(dirname(fileURLToPath(import.meta.url)), '../../../appsscript.json');

/** The manifest's urlFetchWhitelist (null when absent); a prefix Google would refuse throws. */
function manifestAllowlist(manifest: unknown): readonly string[] | null {
  const list = (manifest as { urlFetchWhitelist?: unknown } | null)?.urlFetchWhitelist;
  if (!Array.isArray(list)) return null;
  const prefixes = list.filter((p): p is string => typeof p === 'string');
  const problems = allowlistProblems(prefixes);
  if (problems.length > 0) throw new Error(`appsscript.json urlFetchWhitelist: ${problems.join('; ')}`);
  return prefixes;
}

/** The manifest an emulator enforces: the one given, the built one in `htmlDir`, or the project's. */
export function readManifest(options: Pick<EmulatorOptions, 'manifest' | 'htmlDir'>): unknown {
  if (options.manifest !== undefined) return options.manifest;
  const built = options.htmlDir ? join(options.htmlDir, 'appsscript.json') : null;
  const path = built && existsSync(built) ? built : PROJECT_MANIFEST;
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const users = options.users ?? [options.user ?? 'proprietaire@example.org'];
  let activeUser = options.user ?? users[0] ?? 'proprietaire@example.org';
  let installation: Installation = options.installation ?? 'addon-enabled';
  let authMode: AuthModeName = 'FULL';
  const identityInSimpleTriggers = options.identityInSimpleTriggers ?? false;
  const calls = new CallLog();
  const manifest = readManifest(options);
  // No oauthScopes: Apps Script grants what it infers from the code, so only the table's
  // coverage is checked (every scope counts as granted).
  const granted = manifestScopes(manifest) ?? Object.values(SCOPE);
  calls.addCheck(scopeCheck(granted));
  const clock = new Clock(options.now);
  const ctx: EmulatorContext = {
    calls,
    clock,
    activeUser: () => activeUser,
    scriptTimeZone: options.scriptTimeZone ?? 'Europe/Paris',
    authMode: () => authMode,
    visibleEmail: () => (authMode === 'FULL' || identityInSimpleTriggers ? activeUser : ''),
  };
  const restored = options.state ? decodeDates<WorkbookState>(options.state.spreadsheet) : null;
  const state =
    restored ??
    newWorkbookState({
      name: options.spreadsheetName ?? 'Stage en collectivité',
      timeZone: options.spreadsheetTimeZone ?? ctx.scriptTimeZone,
      owner: users[0] ?? activeUser,
      ...(options.locale === undefined ? {} : { locale: options.locale }),
    });
  if (!restored) for (const u of users.slice(1)) state.editors.push(u);
  const ui = new UiRecorder();
  const rt: Runtime = {
    state,
    ctx,
    ui,
    engine: new FormulaEngine({ workbook: () => rt.state, clock }),
    plainText: options.plainText ?? STRICT_PLAIN_TEXT,
  };
  const api: Api = { rt, log: calls };
  const quietApi: Api = { rt, log: new CallLog() };
  const logs: LogLine[] = [];

  const saved = <T>(name: ServiceName): T | undefined => {
    const value = options.state?.services[name];
    return value === undefined ? undefined : decodeDates<T>(value);
  };
  const bound = options.boundToDocument ?? true;
  const properties = createPropertiesService(ctx, saved<PropertiesState>('PropertiesService'));
  const lock = createLockService(ctx, { boundToDocument: bound });
  const scriptApp = createScriptApp(ctx, saved<ScriptAppState>('ScriptApp'), {
    documentId: () => rt.state.id,
    isAddon: () => installation !== 'bound',
  });
  const documents = createDocumentApp(ctx, saved<DocumentAppState>('DocumentApp'), {
    ...(options.docsPerDay === undefined ? {} : { docsPerDay: options.docsPerDay }),
  });
  const mail = createMailApp(ctx, saved<MailAppState>('MailApp'));
  const urlFetch = createUrlFetchApp(ctx, manifestAllowlist(manifest));
  const services: { [K in ServiceName]: EmulatedService<OtherServiceGlobals[K], unknown> } = {
    PropertiesService: properties,
    LockService: lock,
    Session: createSession(ctx),
    Utilities: createUtilities(ctx),
    ScriptApp: scriptApp,
    DocumentApp: documents,
    MailApp: mail,
    UrlFetchApp: urlFetch,
  };
  const htmlFilesRead: HtmlFileRead[] = [];
  const globals: EmulatorGlobals = {
    SpreadsheetApp: createSpreadsheetApp(api, { bound }),
    HtmlService: createHtmlService({ htmlDir: options.htmlDir, log: calls, filesRead: htmlFilesRead }),
    Logger: createLogger(logs, calls),
    console: createConsole(logs),
    PropertiesService: properties.global,
    LockService: lock.global,
    Session: services.Session.global,
    Utilities: services.Utilities.global,
    ScriptApp: scriptApp.global,
    DocumentApp: documents.global,
    MailApp: mail.global,
    UrlFetchApp: urlFetch.global,
    // The Docs advanced service (appsscript.json enables it), on the same Docs as DocumentApp.
    Docs: createDocsApi(ctx, { create: documents.newDoc, find: documents.document }),
  };

  const counted = () => new EmuSpreadsheet(api);
  return {
    calls,
    clock,
    ctx,
    globals,
    spreadsheet: newSpreadsheet(quietApi) as SpreadsheetHandle,
    ui,
    htmlFilesRead,
    view: new EmulatorView(quietApi),
    logs,
    grantedScopes: granted,
    get workbook() {
      return rt.state;
    },
    executions: lock.executions,
    beginExecution: () => {
      lock.executions.begin();
    },
    endExecution: () => lock.executions.end(),
    documents,
    mail,
    urlFetch,
    scriptApp,
    properties,
    setActiveUser(email: string) {
      activeUser = email;
    },
    userEdit: (sheet, row, col, value) => {
      const result = calls.quietly(() => counted()._userEdit(sheet, row, col, value));
      if (result.event === null) return result;
      const mode = simpleTriggerMode(installation);
      const email = identityInSimpleTriggers ? activeUser : '';
      return { ...result, event: { ...result.event, authMode: mode, user: user(email) } };
    },
    select: (sheet, row, col, numRows, numCols) => counted()._select(sheet, row, col, numRows, numCols),
    openEvent: (mode = simpleTriggerMode(installation)) => ({
      authMode: mode,
      source: newSpreadsheet(api),
      user: user(mode === 'FULL' || identityInSimpleTriggers ? activeUser : ''),
    }),
    simpleTriggerMode: () => simpleTriggerMode(installation),
    get installation() {
      return installation;
    },
    get authMode() {
      return authMode;
    },
    withAuthMode<T>(mode: AuthModeName, fn: () => T): T {
      const previous = authMode;
      authMode = mode;
      if (mode === 'FULL' && installation === 'addon-installed') installation = 'addon-enabled';
      calls.setGuard(mode === 'FULL' ? null : authModeGuard(mode));
      try {
        return fn();
      } finally {
        authMode = previous;
        calls.setGuard(previous === 'FULL' ? null : authModeGuard(previous));
      }
    },
    toJSON(): EmulatorState {
      const out: EmulatorState = { version: 1, spreadsheet: encodeDates(rt.state), services: {} };
      for (const [name, service] of Object.entries(services)) {
        const json = service.toJSON();
        if (json !== null) out.services[name as ServiceName] = encodeDates(json);
      }
      return out;
    },
  };
}

/** Puts the emulator's globals on `target` (globalThis by default); returns the undo. */
export function installGlobals(emulator: Emulator, target: object = globalThis): () => void {
  const t = target as Record<string, unknown>;
  const previous = new Map<string, { had: boolean; value: unknown }>();
  for (const [name, value] of Object.entries(emulator.globals)) {
    if (value === undefined) continue;
    previous.set(name, { had: name in t, value: t[name] });
    t[name] = value;
  }
  return () => {
    for (const [name, p] of previous) {
      if (p.had) t[name] = p.value;
      else delete t[name];
    }
  };
}

export function saveEmulator(emulator: Emulator, path: string): void {
  writeFileAtomic(path, `${JSON.stringify(emulator.toJSON(), null, 2)}\n`);
}

export function loadEmulator(path: string, options: Omit<EmulatorOptions, 'state'> = {}): Emulator {
  const state = JSON.parse(readFileSync(path, 'utf8')) as EmulatorState;
  return createEmulator({ ...options, state });
}
