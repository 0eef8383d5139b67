import type { CallLog } from './calls';
import type { Clock } from './clock';
import type { AuthModeName } from './events';

/** What every emulated service shares: the call log, the clock and who is running the script. */
export interface EmulatorContext {
  readonly calls: CallLog;
  readonly clock: Clock;
  /** E-mail of the person the current execution runs as (Session.getActiveUser). */
  activeUser(): string;
  /** The script project's time zone (appsscript.json `timeZone`), e.g. `Europe/Paris`. */
  readonly scriptTimeZone: string;
  /** The authorization mode of the current execution (FULL outside simple triggers). */
  authMode(): AuthModeName;
  /**
   * The person's e-mail as Session and event users report it: blank in NONE and LIMITED
   * unless the emulator was told the identity is visible there (same domain, developer).
   */
  visibleEmail(): string;
}

/** One emulated service: the global the script sees, and its state as plain JSON. */
export interface EmulatedService<TGlobal, TState> {
  readonly global: TGlobal;
  toJSON(): TState;
}
