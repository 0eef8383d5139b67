/**
 * The sidebar's API for bringing an existing table into « Suivi des demandes » (« Reprendre mon
 * tableau »): used once or twice in a workbook's life, so it is loaded on demand (../parts.ts).
 */
import * as z from 'zod/mini';
import { lazy } from '../../domain/lazy';
import { type ImportTarget, REQUEST_COLUMNS } from '../../domain/tracking';
import { endpoint } from '../endpoint';
import { findImportCandidates, importTable } from './import-table';
import { trackingOverview } from './requests';

const NoPayload = lazy(() => z.optional(z.object({})));

const IMPORT_TARGETS = REQUEST_COLUMNS.map((c) => c.key).filter(
  (key): key is ImportTarget => key !== 'requestId',
);

/** The sheets that look like a tracking table the person already keeps. */
export const findTrackingImports = endpoint(
  () => NoPayload,
  () => findImportCandidates(),
);

/** Copies a confirmed table into « Suivi des demandes »; the original sheet stays as it is. */
export const importTrackingTable = endpoint(
  () =>
    z.object({
      sheetName: z.string().check(z.minLength(1, { error: 'Choisissez la feuille à reprendre.' })),
      columns: z.array(
        z.object({
          column: z.int().check(z.gte(1)),
          target: z.nullable(z.enum(IMPORT_TARGETS)),
        }),
      ),
    }),
  // With the list as it is now: the sidebar shows it without a third execution.
  ({ sheetName, columns }) => ({ ...importTable(sheetName, columns), overview: trackingOverview() }),
);
