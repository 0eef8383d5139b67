/**
 * The one way the sidebar talks to the server: a typed promise wrapper around
 * google.script.run. Its type comes from the server's own API module, so a renamed function
 * or a changed payload is a compile error here.
 */
import type * as Api from '../server/api';

type ServerApi = typeof Api;

export type Server = {
  [K in keyof ServerApi]: (...args: Parameters<ServerApi[K]>) => Promise<ReturnType<ServerApi[K]>>;
};

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
}

declare global {
  interface Window {
    google?: { script: { run: ScriptRun } };
  }
}

/** Apps Script runs at most 10 google.script.run calls at once; the rest wait their turn. */
const MAX_IN_FLIGHT = 10;
let inFlight = 0;
const waiting: (() => void)[] = [];

function release(): void {
  inFlight--;
  waiting.shift()?.();
}

async function acquire(): Promise<void> {
  if (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve));
  inFlight++;
}

/**
 * What the person reads when the server failed without a French answer of its own (a Google
 * error, a quota, a bug): a sentence saying what to do, then Google's own words for whoever helps.
 */
export function unexpected(detail: string): string {
  const clean = detail.replace(/^Exception:\s*/, '').trim();
  return `Le classeur n’a pas pu faire cette opération. Réessayez dans un instant ; si cela recommence, transmettez ce message à votre conseiller ou conseillère : « ${clean} »`;
}

/** Raised when the server could not be reached or failed unexpectedly. */
export class ServerError extends Error {
  override name = 'ServerError';
}

function call(name: string, args: unknown[]): Promise<unknown> {
  const run = window.google?.script.run;
  if (!run) return Promise.reject(new ServerError('Le panneau doit être ouvert depuis Google Sheets.'));
  return acquire().then(
    () =>
      new Promise((resolve, reject) => {
        const runner = run
          .withSuccessHandler((value) => {
            release();
            resolve(value);
          })
          .withFailureHandler((error) => {
            release();
            reject(new ServerError(unexpected(error?.message || String(error))));
          });
        const fn = (runner as unknown as Record<string, unknown>)[name];
        if (typeof fn !== 'function') {
          release();
          reject(new ServerError(`Fonction inconnue du serveur : ${name}`));
          return;
        }
        (fn as (...a: unknown[]) => void).apply(runner, args);
      }),
  );
}

export const server = new Proxy({} as Server, {
  get: (_target, name) => (typeof name === 'string' ? (...args: unknown[]) => call(name, args) : undefined),
});
