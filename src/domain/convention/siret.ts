/**
 * The host's SIRET (14 digits: the SIREN of the body, then the NIC of the establishment). INSEE
 * makes both the SIREN and the whole SIRET pass the Luhn check; La Poste's establishments (SIREN 356 000 000) are the one
 * documented exception, whose digits add up to a multiple of 5 instead.
 */

export const SIRET_MESSAGE =
  'Le SIRET compte 14 chiffres, par exemple 732 829 320 00074 : demandez-le à la collectivité ou cherchez-le sur annuaire-entreprises.data.gouv.fr.';

export const SIRET_CHECK_MESSAGE =
  'Ce SIRET ne passe pas le contrôle de validité (clé de Luhn) : un chiffre a sans doute été mal recopié. Vérifiez-le auprès de la collectivité ou sur annuaire-entreprises.data.gouv.fr.';

const LA_POSTE_SIREN = '356000000';

/** The digits a person typed (« 216 902 665 00018 » → « 21690266500018 »). */
export const compactSiret = (text: string): string => text.replace(/[\s.-]/g, '');

/** Luhn: from the right, every second digit doubled (minus 9 above 9), the sum a multiple of 10. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Why `text` is not a SIRET, in French; null when it is one. */
export function siretProblem(text: string): string | null {
  const digits = compactSiret(text);
  if (!/^\d{14}$/.test(digits)) return SIRET_MESSAGE;
  if (digits.startsWith(LA_POSTE_SIREN)) {
    const sum = [...digits].reduce((total, digit) => total + Number(digit), 0);
    return sum % 5 === 0 ? null : SIRET_CHECK_MESSAGE;
  }
  return luhn(digits.slice(0, 9)) && luhn(digits) ? null : SIRET_CHECK_MESSAGE;
}

export const isSiret = (text: string): boolean => siretProblem(text) === null;
