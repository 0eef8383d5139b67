/** The sidebar's API for « Préparer ma convention » and « Récapitulatif de mes démarches ». */
import * as z from 'zod/mini';
import { type ConventionDetailsInput, ConventionDetailsSchema } from '../../domain/convention';
import { failure, type Result } from '../../shared/result';
import { UserError, validate } from '../../shared/validation';
import { withPropertiesSnapshot } from '../document-properties';
import { endpoint } from '../endpoint';
import { conventionView, type PreparedView, saveConvention } from './conventions';

/** What the form shows for an accepted request: stored answers or suggestions, and the link if prepared. */
export const getConvention = endpoint(
  () =>
    z.object({
      requestId: z.string().check(z.trim(), z.minLength(1, { error: 'Choisissez la demande acceptée.' })),
    }),
  ({ requestId }) => conventionView(requestId),
);

/**
 * « Préparer le lien »: PMSMP checks, the answers stored in « Conventions », the prefilled link.
 * Not an `endpoint`: a broken rule answers with one French message per field, as a schema would.
 */
export function prepareConventionLink(payload: ConventionDetailsInput): Result<PreparedView> {
  const checked = validate(ConventionDetailsSchema, payload);
  if (!checked.ok) return checked;
  try {
    return withPropertiesSnapshot(() => saveConvention(checked.value));
  } catch (error) {
    if (error instanceof UserError) {
      return failure(error.message, error.field === undefined ? {} : { [error.field]: error.message });
    }
    throw error;
  }
}
