/** The emulator's notion of "now": fixed or moving, always settable by tests and the preview. */
export class Clock {
  private offsetMs = 0;
  private fixed: number | null;

  constructor(start?: Date) {
    this.fixed = start ? start.getTime() : null;
  }

  now(): Date {
    return new Date(this.fixed ?? Date.now() + this.offsetMs);
  }

  /** Freezes time at `date`. */
  set(date: Date): void {
    this.fixed = date.getTime();
  }

  /** Moves time forward (or back) by whole days. */
  advanceDays(days: number): void {
    if (this.fixed !== null) this.fixed += days * 86_400_000;
    else this.offsetMs += days * 86_400_000;
  }

  /** Moves time forward by milliseconds: Utilities.sleep and lock waits pass time, not wall time. */
  advanceMs(ms: number): void {
    if (this.fixed !== null) this.fixed += ms;
    else this.offsetMs += ms;
  }
}
