/**
 * The Apps Script services besides SpreadsheetApp/Ui/HtmlService/Logger, built together.
 * Keys are the globals' names, as in `EmulatorState.services`.
 */
import type { EmulatedService, EmulatorContext } from '../context';
import type { ServicesOptions } from './common';
import { createDocumentApp, type DocumentAppState } from './document-app';
import { createLockService, type LockState } from './lock';
import { createMailApp, type MailAppState } from './mail-app';
import { createPropertiesService, type PropertiesState } from './properties';
import { createScriptApp, type ScriptAppState } from './script-app';
import { createSession, type SessionState } from './session';
import { createUtilities, type UtilitiesState } from './utilities';

export type { ServicesOptions } from './common';
export type { DocumentView, ParagraphView, RunView } from './document-app';
export type { ExecutionId, HeldLock, LockScope } from './lock';
export type { SentMail } from './mail-app';
export type { DueTrigger, TriggerInfo } from './script-app';
export {
  createDocumentApp,
  createLockService,
  createMailApp,
  createPropertiesService,
  createScriptApp,
  createSession,
  createUtilities,
};

export interface ServicesState {
  PropertiesService?: PropertiesState;
  LockService?: LockState;
  Session?: SessionState;
  Utilities?: UtilitiesState;
  ScriptApp?: ScriptAppState;
  DocumentApp?: DocumentAppState;
  MailApp?: MailAppState;
}

export interface Services {
  PropertiesService: ReturnType<typeof createPropertiesService>;
  LockService: ReturnType<typeof createLockService>;
  Session: ReturnType<typeof createSession>;
  Utilities: ReturnType<typeof createUtilities>;
  ScriptApp: ReturnType<typeof createScriptApp>;
  DocumentApp: ReturnType<typeof createDocumentApp>;
  MailApp: ReturnType<typeof createMailApp>;
}

export type ServiceGlobals = { [K in keyof Services]: Services[K]['global'] };

export interface ServiceBundle {
  /** Each service with its uncounted helpers (sent mail, documents, triggers, executions…). */
  readonly services: Services;
  /** What the script sees as globals. */
  readonly globals: ServiceGlobals;
  toJSON(): ServicesState;
}

export function createServices(
  ctx: EmulatorContext,
  options: ServicesOptions = {},
  state: ServicesState = {},
): ServiceBundle {
  const services: Services = {
    PropertiesService: createPropertiesService(ctx, state.PropertiesService, options),
    LockService: createLockService(ctx, state.LockService, options),
    Session: createSession(ctx, state.Session, options),
    Utilities: createUtilities(ctx, state.Utilities),
    ScriptApp: createScriptApp(ctx, state.ScriptApp, options),
    DocumentApp: createDocumentApp(ctx, state.DocumentApp, options),
    MailApp: createMailApp(ctx, state.MailApp, options),
  };
  const globals = Object.fromEntries(
    Object.entries(services).map(([name, s]) => [name, s.global]),
  ) as unknown as ServiceGlobals;
  return { services, globals, toJSON: () => servicesToJSON(services) };
}

export function servicesToJSON(services: Services): ServicesState {
  return Object.fromEntries(
    Object.entries(services).map(([name, s]) => [name, (s as EmulatedService<unknown, unknown>).toJSON()]),
  ) as ServicesState;
}

/**
 * The same factories one by one, in the `(ctx, state?) => EmulatedService` shape of
 * createEmulator's SERVICE_FACTORIES, with the options bound.
 */
export function serviceFactories(options: ServicesOptions = {}): {
  [K in keyof Services]: (ctx: EmulatorContext, state?: unknown) => Services[K];
} {
  return {
    PropertiesService: (ctx, s) => createPropertiesService(ctx, s as PropertiesState | undefined, options),
    LockService: (ctx, s) => createLockService(ctx, s as LockState | undefined, options),
    Session: (ctx, s) => createSession(ctx, s as SessionState | undefined, options),
    Utilities: (ctx, s) => createUtilities(ctx, s as UtilitiesState | undefined),
    ScriptApp: (ctx, s) => createScriptApp(ctx, s as ScriptAppState | undefined, options),
    DocumentApp: (ctx, s) => createDocumentApp(ctx, s as DocumentAppState | undefined, options),
    MailApp: (ctx, s) => createMailApp(ctx, s as MailAppState | undefined, options),
  };
}
