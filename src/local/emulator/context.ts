import type { CallLog } from './calls';
import type { Clock } from './clock';

/** What every emulated service shares: the call log, the clock and who is running the script. */
export interface EmulatorContext {
  readonly calls: CallLog;
  readonly clock: Clock;
  /** E-mail of the person the current execution runs as (Session.getActiveUser). */
  activeUser(): string;
  /** The script project's time zone (appsscript.json `timeZone`), e.g. `Europe/Paris`. */
  readonly scriptTimeZone: string;
}

/** One emulated service: the global the script sees, and its state as plain JSON. */
export interface EmulatedService<TGlobal, TState> {
  readonly global: TGlobal;
  toJSON(): TState;
}
