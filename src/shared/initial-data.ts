/**
 * What the sidebar needs first, served inside its own page by the execution that opens it: the
 * home and the data of the section it opens on, so that opening the sidebar is one execution,
 * not three (the page, then getHome, then the section). Each entry is exactly what the
 * sidebar's function would have answered (a Result); an entry missing is simply asked for.
 */
import type { Result } from './result';

/** The id of the <script type="application/json"> element holding the data. */
export const INITIAL_DATA_ID = 'stage-initial';

/** Answers by name of the server function that would have given them (getHome, getPlan…). */
export type InitialData = Partial<Record<string, Result<unknown>>>;

/**
 * `value` as JSON that can sit inside a <script> element whatever the text it holds: `<`, `>`
 * and `&` are written as \u escapes (no `</script>` nor `<!--` can appear), and so are U+2028
 * and U+2029. JSON.parse reads them back as the same characters.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
