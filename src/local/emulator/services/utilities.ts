/**
 * Utilities: date formatting, sleep, blobs, UUIDs.
 * https://developers.google.com/apps-script/reference/utilities/utilities
 *
 * - formatDate(date, timeZone, format) follows Java's SimpleDateFormat (see date-format.ts).
 * - sleep(ms) lets emulated time pass (the clock moves, nothing waits).
 * - newBlob keeps text or bytes with a content type and a name.
 */
import { randomUUID } from 'node:crypto';
import { counted } from '../calls';
import type { EmulatedService, EmulatorContext } from '../context';
import { fail } from '../errors';
import { asGas } from '../runtime';
import { isDate } from './common';
import { formatJavaDate } from './date-format';

type GUtilities = GoogleAppsScript.Utilities.Utilities;
type GBlob = GoogleAppsScript.Base.Blob;

/** Stateless: the clock belongs to the emulator. */
export type UtilitiesState = Record<string, never>;

function typeName(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (isDate(value)) return 'Date';
  if (Array.isArray(value)) return 'number[]';
  const t = typeof value;
  return t === 'object' ? 'Object' : t.charAt(0).toUpperCase() + t.slice(1);
}

class EmuBlob
  implements
    Pick<
      GBlob,
      | 'getBytes'
      | 'getDataAsString'
      | 'getContentType'
      | 'setContentType'
      | 'getName'
      | 'setName'
      | 'copyBlob'
      | 'isGoogleType'
    >
{
  constructor(
    private bytes: Buffer,
    private contentType: string | null,
    private name: string | null,
    private readonly wrap: (blob: EmuBlob) => GBlob,
  ) {}
  getBytes(): number[] {
    // Apps Script bytes are signed Java bytes.
    return [...this.bytes].map((b) => (b > 127 ? b - 256 : b));
  }
  getDataAsString(charset?: string): string {
    return this.bytes.toString(charset?.toLowerCase() === 'iso-8859-1' ? 'latin1' : 'utf8');
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string | null): GBlob {
    this.contentType = contentType;
    return asGas<GBlob>(this);
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): GBlob {
    this.name = name;
    return asGas<GBlob>(this);
  }
  copyBlob(): GBlob {
    return this.wrap(new EmuBlob(Buffer.from(this.bytes), this.contentType, this.name, this.wrap));
  }
  isGoogleType(): boolean {
    return false;
  }
}

export function createUtilities(
  ctx: EmulatorContext,
  _state?: UtilitiesState | null,
): EmulatedService<GUtilities, UtilitiesState> {
  const wrap = (blob: EmuBlob): GBlob => asGas<GBlob>(counted(blob, 'Blob', ctx.calls));
  const utilities: Pick<GUtilities, 'formatDate' | 'sleep' | 'newBlob' | 'getUuid'> = {
    formatDate(date: Date, timeZone: string, format: string): string {
      if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
        fail(
          `The parameters (${[date, timeZone, format].map(typeName).join(',')}) don't match the method signature for Utilities.formatDate.`,
        );
      }
      return formatJavaDate(date, timeZone, format);
    },
    sleep(milliseconds: number): void {
      if (milliseconds > 0) ctx.clock.advanceMs(milliseconds);
    },
    newBlob(data: string | number[], contentType?: string, name?: string): GBlob {
      const bytes =
        typeof data === 'string'
          ? Buffer.from(data, 'utf8')
          : Buffer.from(data.map((b) => (b < 0 ? b + 256 : b)));
      return wrap(new EmuBlob(bytes, contentType ?? null, name ?? null, wrap));
    },
    getUuid: () => randomUUID(),
  };
  return {
    global: asGas<GUtilities>(counted(utilities, 'Utilities', ctx.calls)),
    toJSON: () => ({}),
  };
}
