/**
 * Schemas built on first use (issue 14): Code.js is evaluated on every execution, so nothing
 * is built at load time; a lazy schema validates exactly as the schema it stands for.
 */

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { regexes } from 'zod/v4/core';
import { isEmailAddress } from '../../src/domain/email';
import { lazy } from '../../src/domain/lazy';

describe('lazy', () => {
  it('builds nothing until first used, then once', () => {
    let built = 0;
    const schema = lazy(() => {
      built++;
      return z.object({ name: z.string().check(z.minLength(1, { error: 'Le nom manque.' })) });
    });
    expect(built).toBe(0);
    expect(z.safeParse(schema, { name: 'Lyon' })).toMatchObject({ success: true, data: { name: 'Lyon' } });
    expect(z.safeParse(schema, { name: '' }).error?.issues[0]?.message).toBe('Le nom manque.');
    expect(built).toBe(1);
  });

  it('stands for the schema inside other schemas, z.extend and z.partial included', () => {
    const base = lazy(() => z.object({ a: z.string() }));
    const extended = z.extend(base, { b: z.number() });
    expect(z.safeParse(extended, { a: 'x', b: 1 }).success).toBe(true);
    expect(z.safeParse(extended, { a: 'x' }).success).toBe(false);
    expect(z.safeParse(z.partial(base), {}).success).toBe(true);
    expect(z.safeParse(z.object({ inner: base }), { inner: { a: 1 } }).success).toBe(false);
  });
});

describe('isEmailAddress: the same rule as zod’s practical e-mail check, without its regex module', () => {
  const samples = [
    'prenom.nom@francetravail.fr',
    'a@b.co',
    "o'neil@example.org",
    'x+tag@mail.example.com',
    'camille@localhost',
    '.camille@example.org',
    'camille.@example.org',
    'cam..ille@example.org',
    'camille@-example.org',
    'camille@example.f',
    'camille example@example.org',
    'camille@exa_mple.org',
    '',
    '@example.org',
    "camille'@example.org",
  ];
  it.each(samples)('%j', (text) => {
    expect(isEmailAddress(text)).toBe(regexes.email.test(text));
  });
});
