import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { endpoint } from '../../src/server/endpoint';
import { UserError } from '../../src/shared/validation';

const Payload = z.object({ name: z.string().check(z.minLength(1, { error: 'Indiquez un nom.' })) });

describe('endpoint', () => {
  it('passes the validated payload to the handler and wraps its answer', () => {
    const greet = endpoint(
      () => Payload,
      ({ name }) => `Bonjour ${name}`,
    );
    expect(greet({ name: 'Awa' })).toEqual({ ok: true, value: 'Bonjour Awa' });
  });

  it('answers an invalid payload with French messages and never calls the handler', () => {
    let called = false;
    const greet = endpoint(
      () => Payload,
      () => {
        called = true;
      },
    );
    expect(greet({ name: '' })).toEqual({
      ok: false,
      message: 'Certaines informations sont à corriger.',
      fields: { name: 'Indiquez un nom.' },
    });
    expect(greet('n’importe quoi' as never).ok).toBe(false);
    expect(called).toBe(false);
  });

  it('turns a UserError into a failure tied to its field', () => {
    const refuse = endpoint(
      () => Payload,
      () => {
        throw new UserError('Ce nom est déjà pris.', 'name');
      },
    );
    expect(refuse({ name: 'x' })).toEqual({
      ok: false,
      message: 'Ce nom est déjà pris.',
      fields: { name: 'Ce nom est déjà pris.' },
    });
  });

  it('lets programming errors through to the failure handler', () => {
    const broken = endpoint(
      () => Payload,
      () => {
        throw new TypeError('bug');
      },
    );
    expect(() => broken({ name: 'x' })).toThrow(TypeError);
  });
});
