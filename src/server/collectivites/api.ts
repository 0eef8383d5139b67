/** The sidebar's API for « Collectivités »: search the official data, add the chosen ones to the table. */
import * as z from 'zod/mini';
import { KIND_LABELS, type Proposal, type ProposalKind } from '../../domain/collectivites';
import { lazy } from '../../domain/lazy';
import { endpoint } from '../endpoint';
import { addChosenCollectivites, NOTHING_CHOSEN } from './add';
import { searchDefaults } from './plan-defaults';
import { searchCollectivites } from './search';

const NoPayload = lazy(() => z.optional(z.object({})));
const KINDS = Object.keys(KIND_LABELS) as [ProposalKind, ...ProposalKind[]];

/** The plan's home commune and types of collectivité, to fill the form; the data file is not read. */
export const getCollectivitesStart = endpoint(
  () => NoPayload,
  () => searchDefaults(),
);

/** « Chercher »: the proposals around a commune, a choice between homonyms, or a French message. */
export const searchCollectivitesAround = endpoint(
  () =>
    z.object({
      query: z.optional(
        z.string().check(z.trim(), z.maxLength(100, { error: 'Un nom de commune est plus court que cela.' })),
      ),
      communeCode: z.optional(
        z.string().check(z.regex(/^\d[\dAB]\d{3}$/i, { error: 'Choisissez une commune dans la liste.' })),
      ),
      kinds: z.optional(
        z.array(z.enum(KINDS, { error: 'Choisissez un type de collectivité dans la liste.' })),
      ),
      minPopulation: z.optional(
        z
          .int({ error: 'Indiquez un nombre d’habitants.' })
          .check(z.gte(0, { error: 'Indiquez un nombre d’habitants.' })),
      ),
    }),
  (request) => searchCollectivites(request),
);

const name = lazy(() => z.string().check(z.trim(), z.minLength(1), z.maxLength(200)));

/**
 * A proposal as the search returned it. The sidebar sends it back whole so that adding does
 * not read the data file again; the « Type » written is derived from the kind, never trusted.
 */
const ChosenProposal = lazy(() =>
  z.pipe(
    z.object({
      kind: z.enum(KINDS),
      relation: z.enum(['searched', 'intercommunality', 'department', 'region', 'member']),
      // Commune (« 69266 », « 2A004 »), département or région (« 69 », « 2A », « 974 »), SIREN.
      code: z.string().check(z.regex(/^(\d{2,3}|2[AB]|\d[\dAB]\d{3}|\d{9})$/i)),
      siren: z.nullable(z.string().check(z.regex(/^\d{9}$/))),
      name,
      ofName: name,
      body: name,
      headOf: z.nullable(name),
      head: z.enum(['mayor', 'president']),
      population: z.nullable(z.int().check(z.gte(0))),
      note: z.optional(z.string().check(z.maxLength(500))),
    }),
    z.transform((p): Proposal => ({ ...p, typeLabel: KIND_LABELS[p.kind] })),
  ),
);

/** « Ajouter au suivi »: the ticked proposals become rows « À contacter », none twice. */
export const addCollectivitesToTracking = endpoint(
  () =>
    z.object({
      proposals: z.array(ChosenProposal).check(
        z.minLength(1, { error: NOTHING_CHOSEN }),
        // The largest intercommunalités have about 130 communes, plus 3 groupings.
        z.maxLength(300, { error: 'Ajoutez au plus 300 collectivités à la fois.' }),
      ),
    }),
  ({ proposals }) => addChosenCollectivites(proposals),
);
