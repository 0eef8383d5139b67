/**
 * What every sidebar call returns. A person's mistake is an answer (`ok: false`) with French
 * messages, one per field when it concerns a field; only programming errors are thrown.
 * Plain JSON only: `Date` cannot cross google.script.run, dates travel as ISO strings.
 */
export type Result<T> = Success<T> | Failure;

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

export interface Failure {
  readonly ok: false;
  /** One sentence for the top of the form. */
  readonly message: string;
  /** Messages by field path (`contact.email`), shown next to the field. */
  readonly fields: Readonly<Record<string, string>>;
}

export const success = <T>(value: T): Success<T> => ({ ok: true, value });

export const failure = (message: string, fields: Record<string, string> = {}): Failure => ({
  ok: false,
  message,
  fields,
});
