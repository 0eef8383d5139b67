/** The sidebar's API for the opt-in « Annuaire de l'administration » completion (off by default). */
import * as z from 'zod/mini';
import { AnnuaireSettingsSchema } from '../../domain/collectivites/annuaire';
import { endpoint } from '../endpoint';
import { writeAnnuaireSettings } from '../settings-store';
import { withDocumentLock } from '../tracking/document-lock';
import { annuaireView, completeFromAnnuaire } from './annuaire';

/** The setting and the requests with a commune's INSEE code; nothing is fetched. */
export const getAnnuaire = endpoint(
  () => z.optional(z.object({})),
  () => annuaireView(),
);

/** Turns the completion on or off (document properties: shared by everyone in the workbook). */
export const saveAnnuaireSettings = endpoint(
  () => AnnuaireSettingsSchema,
  (settings) => {
    withDocumentLock(() => writeAnnuaireSettings(settings));
    return annuaireView();
  },
);

/** « Compléter les coordonnées » of one request: fills only its empty Téléphone / E-mail / Adresse. */
export const completeRequestFromAnnuaire = endpoint(
  () =>
    z.object({
      requestId: z
        .string({ error: 'Choisissez une demande.' })
        .check(z.trim(), z.minLength(1, { error: 'Choisissez une demande.' }), z.maxLength(20)),
    }),
  ({ requestId }) => completeFromAnnuaire(requestId),
);
