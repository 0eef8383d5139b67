/**
 * What the emulated services (PropertiesService, LockService, Session, Utilities, ScriptApp,
 * DocumentApp, MailApp) share: their options, enums as strings, users, and the daily quotas of
 * https://developers.google.com/apps-script/guides/services/quotas ("Quotas are per user and
 * reset 24 hours after the first request").
 */
import type { CallLog } from '../calls';
import { counted } from '../calls';
import { fail } from '../errors';
import { asGas } from '../runtime';

/** Options of the services; every field has the documented default of a consumer account. */
export interface ServicesOptions {
  /**
   * False for a standalone script: LockService.getDocumentLock() and
   * PropertiesService.getDocumentProperties() then return null.
   */
  boundToDocument?: boolean;
  /** Docs created per user per day ("Documents created": 250 consumer, 1,500 Workspace). */
  docsPerDay?: number;
  /** E-mail recipients per user per day (100 consumer, 1,500 Workspace). */
  mailRecipientsPerDay?: number;
  /** Installable triggers per user per script (20). */
  triggersPerUser?: number;
  /** Session.getActiveUserLocale(). */
  locale?: string;
  /** ScriptApp.getScriptId(). */
  scriptId?: string;
}

export const DEFAULTS = {
  boundToDocument: true,
  docsPerDay: 250,
  mailRecipientsPerDay: 100,
  triggersPerUser: 20,
  locale: 'fr',
  scriptId: '1EmulatedScriptId0000000000000000000000000000000000000',
} satisfies Required<ServicesOptions>;

export function withDefaults(options: ServicesOptions = {}): Required<ServicesOptions> {
  const out: Required<ServicesOptions> = { ...DEFAULTS };
  for (const [k, v] of Object.entries(options)) {
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/**
 * Apps Script enums: each value prints as its name and compares equal to itself, so plain
 * strings reproduce them (the same convention as ../enums.ts).
 */
export function enumOf<T>(...names: string[]): T {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as T;
}

/** True for a Date from any realm (the add-on runs in a vm context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

class EmuUser implements Pick<GoogleAppsScript.Base.User, 'getEmail' | 'getUserLoginId'> {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  getUserLoginId(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

export function newUser(email: string, log: CallLog): GoogleAppsScript.Base.User {
  return asGas<GoogleAppsScript.Base.User>(counted(new EmuUser(email), 'User', log));
}

/** A user's use of one daily quota: the window opens at the first request and lasts 24 h. */
export interface QuotaWindow {
  start: string; // ISO
  used: number;
}

const DAY_MS = 86_400_000;

function current(window: QuotaWindow | undefined, now: Date): QuotaWindow | undefined {
  if (!window) return undefined;
  return now.getTime() - Date.parse(window.start) >= DAY_MS ? undefined : window;
}

export function quotaRemaining(window: QuotaWindow | undefined, limit: number, now: Date): number {
  return Math.max(0, limit - (current(window, now)?.used ?? 0));
}

/**
 * Consumes `amount` of a daily quota, or throws Google's message
 * (`Service invoked too many times for one day: <what>.`) and consumes nothing.
 */
export function consumeQuota(
  windows: Record<string, QuotaWindow>,
  user: string,
  amount: number,
  limit: number,
  now: Date,
  what: string,
): void {
  const window = current(windows[user], now) ?? { start: now.toISOString(), used: 0 };
  if (window.used + amount > limit) fail(`Service invoked too many times for one day: ${what}.`);
  window.used += amount;
  windows[user] = window;
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
