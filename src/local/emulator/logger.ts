/** Logger and console as the script sees them: lines are kept for tests and the preview. */

import type { CallLog } from './calls';
import { counted } from './calls';
import { asGas } from './runtime';

export interface LogLine {
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

function format(args: unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first === 'string' && rest.length > 0 && first.includes('%s')) {
    let i = 0;
    return first.replace(/%s/g, () => String(rest[i++]));
  }
  return args
    .map((a) => (typeof a === 'string' ? a : a instanceof Error ? String(a) : JSON.stringify(a)))
    .join(' ');
}

class EmuLogger implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  constructor(readonly lines: LogLine[]) {}
  log(...args: unknown[]): GoogleAppsScript.Base.Logger {
    this.lines.push({ level: 'log', message: format(args) });
    return asGas<GoogleAppsScript.Base.Logger>(this);
  }
  getLog(): string {
    return this.lines.map((l) => l.message).join('\n');
  }
  clear(): void {
    this.lines.length = 0;
  }
}

export function createLogger(lines: LogLine[], log: CallLog): GoogleAppsScript.Base.Logger {
  return asGas<GoogleAppsScript.Base.Logger>(counted(new EmuLogger(lines), 'Logger', log));
}

/** Apps Script's console writes to Cloud Logging; here it is recorded (never counted). */
export function createConsole(lines: LogLine[]): Pick<Console, 'log' | 'info' | 'warn' | 'error'> {
  const at =
    (level: LogLine['level']) =>
    (...args: unknown[]) => {
      lines.push({ level, message: format(args) });
    };
  return { log: at('log'), info: at('info'), warn: at('warn'), error: at('error') };
}
