/** Shared helpers for the tracking tests: requests and sheet dates as Sheets returns them. */
import { dateOf, type IsoDay } from '../../../src/domain/tracking/calendar';
import { REQUEST_COLUMNS } from '../../../src/domain/tracking/columns';
import { locateColumns } from '../../../src/domain/tracking/layout';
import type { Request } from '../../../src/domain/tracking/request-rows';

export const PARIS = 'Europe/Paris';

/** A date cell as getValues() returns it in a Paris spreadsheet: midnight in Paris. */
export const sheetDate = (day: IsoDay): Date => dateOf(day, PARIS);

export const standardLayout = () =>
  locateColumns(
    REQUEST_COLUMNS,
    REQUEST_COLUMNS.map((c) => c.header),
    [],
  );

export function request(fields: Partial<Request> = {}): Request {
  return {
    requestId: 'D-001',
    collectivity: 'Mairie de Lyon',
    collectivityType: 'Commune',
    code: '69123',
    service: 'Espaces verts',
    contactName: 'Martin',
    civility: 'Madame',
    contactRole: 'Cheffe de service',
    phone: '0478123456',
    email: 'c.martin@mairie-lyon.fr',
    address: '1 place de la Comédie, 69001 Lyon',
    step: 'À contacter',
    firstContactDate: null,
    lastActionDate: null,
    nextFollowUpDate: null,
    refusalReason: '',
    letter: '',
    notes: '',
    counsellorComment: '',
    headCivility: '',
    headName: '',
    ...fields,
  };
}
