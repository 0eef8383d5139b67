import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { describeIssues, validate } from '../../src/shared/validation';

describe('validation messages', () => {
  it('keeps the first message of each field, by dotted path', () => {
    const schema = z.object({
      contact: z.object({ email: z.string().check(z.minLength(3, { error: 'Adresse trop courte.' })) }),
    });
    const result = validate(schema, { contact: { email: 'a' } });
    expect(result).toEqual({
      ok: false,
      message: 'Certaines informations sont à corriger.',
      fields: { 'contact.email': 'Adresse trop courte.' },
    });
  });

  it('falls back to French, never English, when a schema has no message of its own', () => {
    const result = validate(z.object({ name: z.string() }), { name: 42 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fields.name).toMatch(/^Entrée invalide/);
  });

  it('uses the message itself when the whole payload is wrong', () => {
    const failure = describeIssues([
      { code: 'custom', path: [], message: 'Rien à enregistrer.', input: null },
    ]);
    expect(failure.message).toBe('Rien à enregistrer.');
  });
});
