import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * A stand-in for google.script.run in the browser: it records each call and lets the test
 * answer it later, as the real one answers asynchronously
 * (https://developers.google.com/apps-script/guides/html/reference/run).
 */
interface PendingCall {
  name: string;
  args: unknown[];
  succeed(value: unknown): void;
  fail(error: Error): void;
}

function fakeScriptRun(pending: PendingCall[]) {
  const runner = (onSuccess?: (v: unknown) => void, onFailure?: (e: Error) => void): unknown =>
    new Proxy(
      {},
      {
        get(_target, name) {
          if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, onFailure);
          if (name === 'withFailureHandler') return (f: (e: Error) => void) => runner(onSuccess, f);
          return (...args: unknown[]) => {
            pending.push({
              name: String(name),
              args,
              succeed: (value) => onSuccess?.(value),
              fail: (error) => onFailure?.(error),
            });
          };
        },
      },
    );
  return runner();
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the sidebar’s typed wrapper around google.script.run', () => {
  let pending: PendingCall[];

  beforeEach(() => {
    pending = [];
    (globalThis as { window?: unknown }).window = { google: { script: { run: fakeScriptRun(pending) } } };
  });

  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it('calls the server function by name and resolves with its answer', async () => {
    const { server } = await import('../../src/client/rpc');
    const answer = server.getHome({});
    await flush();
    expect(pending.map((c) => [c.name, c.args])).toEqual([['getHome', [{}]]]);
    pending[0]?.succeed({ ok: true, value: { workbookName: 'Classeur' } });
    await expect(answer).resolves.toEqual({ ok: true, value: { workbookName: 'Classeur' } });
  });

  it('rejects with the server’s message when the failure handler is called', async () => {
    const { server, ServerError } = await import('../../src/client/rpc');
    const answer = server.getHome({});
    await flush();
    pending[0]?.fail(new Error('Exception: Service unavailable'));
    await expect(answer).rejects.toBeInstanceOf(ServerError);
    await expect(answer).rejects.toThrow(
      'Le classeur n’a pas pu faire cette opération. Réessayez dans un instant ; si cela recommence, transmettez ce message à votre conseiller ou conseillère : « Service unavailable »',
    );
  });

  it('keeps at most 10 calls in flight and sends the others as answers come back', async () => {
    const { server } = await import('../../src/client/rpc');
    const answers = Array.from({ length: 12 }, () => server.getHome({}));
    const settled = Promise.allSettled(answers);
    await flush();
    expect(pending).toHaveLength(10);
    pending[0]?.succeed({ ok: true, value: 1 });
    pending[1]?.fail(new Error('non'));
    await flush();
    await flush();
    expect(pending).toHaveLength(12);
    for (const call of pending.slice(2)) call.succeed({ ok: true, value: 2 });
    expect((await settled).filter((s) => s.status === 'fulfilled')).toHaveLength(11);
  });
});
