/**
 * A courriel address as a person types it. The same rule zod calls its « practical » e-mail
 * check (node_modules/zod/v4/core/regexes.js, `email`): dot-separated words of letters, digits
 * and _ ' + - before the @ (no leading, trailing or doubled dot, the last character not ');
 * then domain labels starting with a letter or a digit and a final label of two letters at
 * least. Kept here as one literal so that the server bundle does not carry zod's whole
 * regular-expression module (z.regexes) for it.
 */
export const EMAIL_PATTERN =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

export function isEmailAddress(text: string): boolean {
  return EMAIL_PATTERN.test(text);
}
