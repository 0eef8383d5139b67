import { CallLog } from '../../../src/local/emulator/calls';
import { Clock } from '../../../src/local/emulator/clock';
import type { EmulatorContext } from '../../../src/local/emulator/context';

/** A bare emulator context: a fixed clock, a settable active user, Europe/Paris. */
export function testContext(options: { now?: Date; user?: string; scriptTimeZone?: string } = {}) {
  let user = options.user ?? 'alice@example.org';
  const ctx: EmulatorContext = {
    calls: new CallLog(),
    clock: new Clock(options.now ?? new Date('2025-06-02T08:00:00Z')),
    activeUser: () => user,
    scriptTimeZone: options.scriptTimeZone ?? 'Europe/Paris',
  };
  return {
    ctx,
    setUser(email: string) {
      user = email;
    },
  };
}

/** The message of the error `fn` throws (fails the test if it does not throw). */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an exception');
}
