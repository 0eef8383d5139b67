/**
 * Session: who runs the script, and the script's time zone.
 * https://developers.google.com/apps-script/reference/base/session
 *
 * - getActiveUser() is the person at the keyboard (ctx.activeUser(), settable by the emulator).
 * - getEffectiveUser() is whose authority the script runs under: the active user for a menu
 *   item, a sidebar call or a simple trigger; the owner of an installable trigger while it
 *   runs (set it with `setEffectiveUser`, clear it with null).
 * - getTemporaryActiveUserKey() is opaque, stable for one user in one script, different
 *   between users.
 * - getScriptTimeZone() is appsscript.json `timeZone`.
 */
import { createHash } from 'node:crypto';
import { counted } from '../calls';
import type { EmulatedService, EmulatorContext } from '../context';
import { asGas } from '../runtime';
import { newUser, type ServicesOptions, withDefaults } from './common';

type GSession = GoogleAppsScript.Base.Session;

export interface SessionState {
  /** Set while an installable trigger runs as its owner; absent otherwise. */
  effectiveUser?: string;
}

export interface SessionHelpers {
  /** Who the script runs as (an installable trigger's owner); null: the active user. */
  setEffectiveUser(email: string | null): void;
}

export function createSession(
  ctx: EmulatorContext,
  state?: SessionState | null,
  options?: ServicesOptions,
): EmulatedService<GSession, SessionState> & SessionHelpers {
  const { locale, scriptId } = withDefaults(options);
  const data: SessionState = state ? { ...state } : {};
  const session: Pick<
    GSession,
    | 'getActiveUser'
    | 'getEffectiveUser'
    | 'getScriptTimeZone'
    | 'getTemporaryActiveUserKey'
    | 'getActiveUserLocale'
  > = {
    getActiveUser: () => newUser(ctx.activeUser(), ctx.calls),
    getEffectiveUser: () => newUser(data.effectiveUser ?? ctx.activeUser(), ctx.calls),
    getScriptTimeZone: () => ctx.scriptTimeZone,
    getTemporaryActiveUserKey: () =>
      createHash('sha256').update(`${scriptId}\n${ctx.activeUser()}`).digest('base64url').slice(0, 43),
    getActiveUserLocale: () => locale,
  };
  return {
    global: asGas<GSession>(counted(session, 'Session', ctx.calls)),
    toJSON: () => ({ ...data }),
    setEffectiveUser: (email) => {
      if (email === null) delete data.effectiveUser;
      else data.effectiveUser = email;
    },
  };
}
