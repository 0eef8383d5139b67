import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/local/emulator/services/session';
import { testContext } from './context';

describe('Session (https://developers.google.com/apps-script/reference/base/session)', () => {
  it('getActiveUser follows the person running the script; the effective user is that person unless a trigger owner runs it', () => {
    const { ctx, setUser } = testContext({ user: 'camille@example.org' });
    const session = createSession(ctx);
    expect(session.global.getActiveUser().getEmail()).toBe('camille@example.org');
    setUser('conseillere@example.org');
    expect(session.global.getActiveUser().getEmail()).toBe('conseillere@example.org');
    expect(session.global.getEffectiveUser().getEmail()).toBe('conseillere@example.org');
    session.setEffectiveUser('camille@example.org');
    expect(session.global.getEffectiveUser().getEmail()).toBe('camille@example.org');
  });

  it("getScriptTimeZone is the project's time zone; the temporary key is stable per user and differs between users", () => {
    const { ctx, setUser } = testContext({ scriptTimeZone: 'Europe/Paris' });
    const session = createSession(ctx);
    expect(session.global.getScriptTimeZone()).toBe('Europe/Paris');
    const a = session.global.getTemporaryActiveUserKey();
    expect(session.global.getTemporaryActiveUserKey()).toBe(a);
    setUser('other@example.org');
    expect(session.global.getTemporaryActiveUserKey()).not.toBe(a);
    expect(a).not.toContain('@');
  });

  it('counts Session.getActiveUser and User.getEmail', () => {
    const { ctx } = testContext();
    createSession(ctx).global.getActiveUser().getEmail();
    expect(ctx.calls.snapshot()).toEqual({ 'Session.getActiveUser': 1, 'User.getEmail': 1 });
  });
});
