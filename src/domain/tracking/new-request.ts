/**
 * Adding a request from the sidebar: the fields a person types, checked with French messages,
 * and the journal line that records the new N° (so that it is never given again).
 */
import * as z from 'zod/mini';
import { lazy } from '../lazy';
import type { IsoDay } from './calendar';
import type { JournalEntry, Request } from './request-rows';
import { CIVILITIES, COLLECTIVITY_TYPES, HEAD_CIVILITIES } from './vocabulary';

const text = (max: number, message: string) =>
  z.optional(z.string().check(z.trim(), z.maxLength(max, { error: message })));
const TOO_LONG = 'Ce texte est trop long.';

export const NewRequestSchema = lazy(() =>
  z.object({
    collectivity: z
      .string({ error: 'Indiquez la collectivité.' })
      .check(
        z.trim(),
        z.minLength(1, { error: 'Indiquez la collectivité.' }),
        z.maxLength(200, { error: 'Le nom de la collectivité est trop long.' }),
      ),
    // '' is a field left empty in the form.
    collectivityType: z.optional(
      z.enum([...COLLECTIVITY_TYPES, ''], { error: 'Choisissez un type dans la liste.' }),
    ),
    code: z.optional(
      z.string().check(
        z.trim(),
        z.regex(/^(\d[\dAB]\d{3}|\d{3} ?\d{3} ?\d{3})?$/, {
          error: 'Le code INSEE compte 5 caractères et le SIREN 9 chiffres.',
        }),
      ),
    ),
    service: text(200, TOO_LONG),
    contactName: text(200, TOO_LONG),
    civility: z.optional(z.enum([...CIVILITIES, ''], { error: 'Choisissez Madame ou Monsieur.' })),
    contactRole: text(200, TOO_LONG),
    phone: z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.regex(/^(\+?[\d\s.\-/()]{6,25})?$/, { error: 'Le numéro de téléphone semble incomplet.' }),
        ),
    ),
    email: z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.regex(/^([^\s@]+@[^\s@]+\.[^\s@]+)?$/, { error: 'L’adresse de courriel semble incorrecte.' }),
        ),
    ),
    address: text(500, TOO_LONG),
    notes: text(5000, TOO_LONG),
    // The maire or président(e) the letters are addressed to (issue 13), when already known.
    headCivility: z.optional(
      z.enum([...HEAD_CIVILITIES, ''], { error: 'Choisissez Madame, Monsieur ou Inconnue.' }),
    ),
    headName: text(200, TOO_LONG),
  }),
);

export type NewRequest = z.output<typeof NewRequestSchema>;

/** The request to append (step « À contacter », no date yet) and its journal line. */
export function createRequest(
  fields: NewRequest,
  context: { readonly requestId: string; readonly today: IsoDay; readonly author: string },
): { request: Request; journal: JournalEntry } {
  const request: Request = {
    requestId: context.requestId,
    collectivity: fields.collectivity,
    collectivityType: fields.collectivityType ?? '',
    code: fields.code ?? '',
    service: fields.service ?? '',
    contactName: fields.contactName ?? '',
    civility: fields.civility ?? '',
    contactRole: fields.contactRole ?? '',
    phone: fields.phone ?? '',
    email: fields.email ?? '',
    address: fields.address ?? '',
    step: 'À contacter',
    firstContactDate: null,
    lastActionDate: null,
    nextFollowUpDate: null,
    refusalReason: '',
    letter: '',
    notes: fields.notes ?? '',
    counsellorComment: '',
    headCivility: fields.headCivility ?? '',
    headName: fields.headName ?? '',
  };
  const detail = ['Demande ajoutée.', fields.service ? `Service visé : ${fields.service}.` : '']
    .filter((part) => part !== '')
    .join(' ');
  return {
    request,
    journal: {
      date: context.today,
      requestId: context.requestId,
      collectivity: fields.collectivity,
      action: 'Note',
      detail,
      author: context.author,
    },
  };
}
