/** Session: who runs the script, and the script's time zone. */
import { counted } from './calls';
import type { EmulatedService, EmulatorContext } from './context';

function user(ctx: EmulatorContext, email: () => string): GoogleAppsScript.Base.User {
  return counted(
    { getEmail: email, getUserLoginId: email, toString: () => email() },
    'User',
    ctx.calls,
  ) as unknown as GoogleAppsScript.Base.User;
}

export function createSession(ctx: EmulatorContext): EmulatedService<GoogleAppsScript.Base.Session, null> {
  const session = {
    getActiveUser: () => user(ctx, () => ctx.visibleEmail()),
    getEffectiveUser: () => user(ctx, () => ctx.visibleEmail()),
    getScriptTimeZone: () => ctx.scriptTimeZone,
    getActiveUserLocale: () => 'fr',
    getTemporaryActiveUserKey: () => `cle-${Buffer.from(ctx.activeUser()).toString('base64url')}`,
  } satisfies Partial<GoogleAppsScript.Base.Session>;
  return {
    global: counted(session, 'Session', ctx.calls) as unknown as GoogleAppsScript.Base.Session,
    toJSON: () => null,
  };
}
