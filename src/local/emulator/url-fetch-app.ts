/**
 * UrlFetchApp, minimal and offline: `fetch(url, params?)` answers from a table the test or the
 * preview fills with `respond(urlPrefix, status, body)` (uncounted); nothing ever reaches the
 * network. An unregistered URL throws as a DNS failure does in Apps Script
 * (`Exception: Address unavailable: <url>`).
 *
 * Reference: https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app
 * - `fetch(url, params)` returns an HTTPResponse; with `muteHttpExceptions: true` a failure code
 *   (4xx, 5xx) is returned instead of thrown, otherwise it throws (`Request failed for <url>
 *   returned code <n>. Truncated server response: …`, the wording Apps Script logs).
 * - HTTPResponse: `getResponseCode()`, `getContentText()`, `getHeaders()`
 *   (https://developers.google.com/apps-script/reference/url-fetch/http-response).
 * The daily URL fetch quota is not emulated.
 */
import { counted } from './calls';
import type { EmulatedService, EmulatorContext } from './context';
import { fail } from './errors';

export interface CannedResponse {
  readonly urlPrefix: string;
  readonly status: number;
  readonly body: string;
}

/** A request the script made, for assertions (what was sent, in order). */
export interface FetchRecord {
  readonly url: string;
  readonly method: string;
}

interface FetchParams {
  method?: string;
  muteHttpExceptions?: boolean;
  headers?: Record<string, string>;
  contentType?: string;
  payload?: unknown;
}

const TRUNCATE_AT = 200;

export type EmulatedUrlFetchApp = EmulatedService<GoogleAppsScript.URL_Fetch.UrlFetchApp, null> & {
  /** Registers the answer to every URL starting with `urlPrefix` (the longest prefix wins). */
  respond(urlPrefix: string, status: number, body: string): void;
  /** Forgets every registered answer: each fetch then fails as a DNS failure. */
  clear(): void;
  /** The requests made so far (uncounted). */
  requests(): readonly FetchRecord[];
};

/**
 * The manifest's `urlFetchWhitelist`, checked as Google describes it
 * (https://developers.google.com/apps-script/manifest/allowlist-url): each prefix a valid
 * https URL with a full domain and a non-empty path (`https://host/`, not `https://host`).
 * Returns the reasons a prefix is refused ([] when all are valid).
 */
export function allowlistProblems(prefixes: readonly string[]): string[] {
  return prefixes.flatMap((prefix) => {
    let url: URL;
    try {
      url = new URL(prefix);
    } catch {
      return [`${prefix}: not a valid URL`];
    }
    if (url.protocol !== 'https:') return [`${prefix}: must use https://`];
    if (!url.hostname.includes('.') || url.hostname.startsWith('*'))
      return [`${prefix}: needs a full domain`];
    if (prefix.slice(`https://${url.host}`.length) === '') return [`${prefix}: needs a path (at least "/")`];
    return [];
  });
}

/**
 * The registered answers are not saved with the workbook: whoever runs the emulator registers
 * them. `allowlist`: the manifest's urlFetchWhitelist; when present, a URL none of its prefixes
 * starts is refused before any request ("script projects can't access URLs that have not been
 * added to the allowlist"; the wording of the refusal is ours: Google's is not documented).
 */
export function createUrlFetchApp(
  ctx: EmulatorContext,
  allowlist: readonly string[] | null = null,
): EmulatedUrlFetchApp {
  const data: { responses: CannedResponse[] } = { responses: [] };
  const made: FetchRecord[] = [];

  const answerFor = (url: string): CannedResponse | undefined =>
    data.responses
      .filter((r) => url.startsWith(r.urlPrefix))
      .sort((a, b) => b.urlPrefix.length - a.urlPrefix.length)[0];

  const httpResponse = (answer: CannedResponse) =>
    counted(
      {
        getResponseCode: () => answer.status,
        getContentText: (_charset?: string) => answer.body,
        getHeaders: () => ({ 'Content-Type': 'application/json; charset=utf-8' }),
        getAllHeaders: () => ({ 'Content-Type': 'application/json; charset=utf-8' }),
      },
      'HTTPResponse',
      ctx.calls,
    );

  const urlFetchApp = {
    fetch(url: string, params: FetchParams = {}) {
      if (typeof url !== 'string' || url === '') fail('Invalid argument: url');
      if (allowlist !== null && !allowlist.some((prefix) => url.startsWith(prefix))) {
        fail(
          `UrlFetch calls to ${url} are not permitted by the urlFetchWhitelist of this script's manifest.`,
        );
      }
      made.push({ url, method: (params.method ?? 'get').toLowerCase() });
      const answer = answerFor(url);
      if (answer === undefined) fail(`Address unavailable: ${url}`);
      if (answer.status >= 400 && params.muteHttpExceptions !== true) {
        const shown = answer.body.slice(0, TRUNCATE_AT);
        fail(
          `Request failed for ${url} returned code ${answer.status}. Truncated server response: ${shown} (use muteHttpExceptions option to examine full response)`,
        );
      }
      return httpResponse(answer);
    },
  };

  return {
    global: counted(
      urlFetchApp,
      'UrlFetchApp',
      ctx.calls,
    ) as unknown as GoogleAppsScript.URL_Fetch.UrlFetchApp,
    toJSON: () => null,
    respond(urlPrefix, status, body) {
      data.responses = data.responses.filter((r) => r.urlPrefix !== urlPrefix);
      data.responses.push({ urlPrefix, status, body });
    },
    clear() {
      data.responses = [];
    },
    requests: () => made,
  };
}
