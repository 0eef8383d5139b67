/**
 * « Modifier la demande »: the contact details of an existing request, checked with the very
 * rules of adding one, and the cells that really change (a field left out or typed as it already
 * is writes nothing), with the journal line that records the change.
 */
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import type { IsoDay } from './calendar';
import { NewRequestSchema } from './new-request';
import type { JournalEntry, Request } from './request-rows';

/** The fields « Modifier la demande » shows, in the form's order, with their journal words. */
export const CONTACT_FIELDS = {
  service: 'service visé',
  contactName: 'interlocuteur',
  civility: 'civilité',
  contactRole: 'fonction',
  phone: 'téléphone',
  email: 'courriel',
  address: 'adresse',
} as const;
export type ContactKey = keyof typeof CONTACT_FIELDS;
const CONTACT_KEYS = Object.keys(CONTACT_FIELDS) as ContactKey[];

/**
 * The payload: the N° of the request and the fields to change (absent: unchanged; '': emptied),
 * each with the same zod rule and French message as in « Ajouter une demande ».
 */
export const RequestEditSchema = lazy(() =>
  z.extend(
    z.pick(NewRequestSchema, {
      service: true,
      contactName: true,
      civility: true,
      contactRole: true,
      phone: true,
      email: true,
      address: true,
    }),
    {
      requestId: z
        .string({ error: 'Choisissez la demande à modifier.' })
        .check(z.trim(), z.minLength(1, { error: 'Choisissez la demande à modifier.' }), z.maxLength(20)),
    },
  ),
);

export type RequestEdit = z.output<typeof RequestEditSchema>;

export interface RequestChange {
  readonly request: Request;
  /** The keys whose cell must be written; empty when nothing changed. */
  readonly changed: readonly ContactKey[];
  /** The journal line, only when something changed. */
  readonly journal: JournalEntry | null;
}

/** The request with `edit` applied; only the fields that differ from the sheet count. */
export function editRequest(
  request: Request,
  edit: RequestEdit,
  context: { readonly today: IsoDay; readonly author: string },
): RequestChange {
  const changed = CONTACT_KEYS.filter((key) => {
    const wanted = edit[key];
    return wanted !== undefined && wanted !== request[key].trim();
  });
  if (changed.length === 0) return { request, changed, journal: null };
  const updated: Request = { ...request, ...Object.fromEntries(changed.map((key) => [key, edit[key]])) };
  const words = changed.map((key) => CONTACT_FIELDS[key]).join(', ');
  return {
    request: updated,
    changed,
    journal: {
      date: context.today,
      requestId: request.requestId,
      collectivity: request.collectivity,
      action: 'Note',
      detail: `Coordonnées modifiées\u00a0: ${words}.`,
      author: context.author,
    },
  };
}
