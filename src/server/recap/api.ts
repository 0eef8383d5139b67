/** The sidebar's API for « Récapitulatif de mes démarches ». */
import * as z from 'zod/mini';
import { lazy } from '../../domain/lazy';
import { isIsoDay } from '../../domain/tracking';
import { endpoint } from '../endpoint';
import { makeRecapDoc, makeRecapSheet } from './recap';

const day = (missing: string) =>
  z
    .string({ error: missing })
    .check(z.refine(isIsoDay, { error: 'Indiquez une date qui existe, par exemple 02/11/2026.' }));

const PeriodSchema = lazy(() =>
  z
    .object({
      from: day('Indiquez le premier jour de la période.'),
      to: day('Indiquez le dernier jour de la période.'),
      format: z.enum(['doc', 'sheet'], { error: 'Choisissez Google Docs ou une feuille du classeur.' }),
    })
    .check(
      z.refine((period) => period.from <= period.to, {
        error: 'Le premier jour doit venir avant le dernier : corrigez l’une des deux dates.',
        path: ['to'],
      }),
    ),
);

/** « Récapitulatif de mes démarches »: a new Google Doc, or a new sheet of the workbook. */
export const makeRecap = endpoint(
  () => PeriodSchema,
  ({ from, to, format }) => (format === 'doc' ? makeRecapDoc({ from, to }) : makeRecapSheet({ from, to })),
);
