/**
 * Every text field of the add-on gives back exactly what the person typed, even text Sheets
 * would parse (a string written with setValue(s) is read "as if the user typed them into the
 * UI": https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption, USER_ENTERED;
 * "If the value is a string that begins with '=', it's interpreted as a formula":
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)).
 * Run under both readings of a Plain-text cell (a leading ' kept or eaten, = a formula or
 * text: undocumented, https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String)).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanInput } from '../../src/domain/plan';
import { REQUESTS_SHEET_NAME } from '../../src/domain/tracking';
import type { PlainTextRules } from '../../src/local/emulator';
import { SAMPLE_PLAN } from '../../src/local/sample-plan';
import {
  addCollectivitesToTracking,
  addTrackingRequest,
  findTrackingImports,
  getCounsellor,
  getPlan,
  getTracking,
  importTrackingTable,
  recordTrackingAction,
  savePlan,
  setUpTrackingTable,
} from '../../src/server';
import { ok, openWorkbook, type Workbook } from './tracking/harness';

const HOSTILE = [
  '007',
  'TRUE',
  'FAUX',
  '12/09/2026',
  "'texte",
  "''deux",
  '=1+1',
  '3,5',
  '+33 6 12 34 56 78',
  '-',
  '1/2',
  '50 %',
  '14:30',
  '01053',
  '06 12 34 56 78',
  '3 novembre',
];

const READINGS: Array<[string, PlainTextRules]> = [
  ["' kept, = a formula (strictest)", { apostrophe: 'kept', formula: 'formula' }],
  ["' eaten, = text", { apostrophe: 'stripped', formula: 'text' }],
];

let wb: Workbook | undefined;
afterEach(() => wb?.close());

/** The request's text cells as getValues returns them, by header. */
function suiviRow(workbook: Workbook, row: number): Record<string, unknown> {
  const sheet = workbook.emulator.spreadsheet.getSheetByName(REQUESTS_SHEET_NAME);
  if (!sheet) throw new Error('no Suivi');
  const [header = [], values = []] = [
    sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0],
    sheet.getRange(row, 1, 1, sheet.getLastColumn()).getValues()[0],
  ];
  return Object.fromEntries(header.map((h, i) => [String(h), values[i]]));
}

function journalDetails(workbook: Workbook): unknown[] {
  const sheet = workbook.emulator.spreadsheet.getSheetByName('Journal des démarches');
  if (!sheet) throw new Error('no journal');
  return sheet
    .getRange(2, 5, sheet.getLastRow() - 1, 1)
    .getValues()
    .map((r) => r[0]);
}

describe.each(READINGS)('hostile and reparsing text comes back as typed (%s)', (_reading, plainText) => {
  it.each(HOSTILE)('tracking: a request, an action on it and the journal keep %j', (typed) => {
    wb = openWorkbook({ plainText });
    ok(setUpTrackingTable({}));
    const added = ok(
      addTrackingRequest({
        collectivity: typed,
        service: typed,
        contactName: typed,
        contactRole: typed,
        address: typed,
        notes: typed,
      }),
    );
    ok(recordTrackingAction({ requestId: added.requestId, kind: 'call', date: '2026-11-27', detail: typed }));
    ok(recordTrackingAction({ requestId: added.requestId, kind: 'note', date: '2026-11-28', detail: typed }));
    const [request] = ok(getTracking({})).requests;
    expect(request).toMatchObject({ collectivity: typed, service: typed, contactName: typed });
    // Every text cell of the row, untouched by the two actions, still holds the text as typed.
    expect(suiviRow(wb, added.row)).toMatchObject({
      Collectivité: typed,
      'Service visé': typed,
      Interlocuteur: typed,
      Fonction: typed,
      Adresse: typed,
      Notes: typed,
    });
    const details = journalDetails(wb);
    expect(details.slice(-1)).toEqual([typed]);
    expect(details.filter((d) => d === typed)).toHaveLength(2);
  });

  it.each(HOSTILE)('plan: every free-text answer and the counsellor’s name keep %j', (typed) => {
    wb = openWorkbook({ plainText });
    const plan: PlanInput = {
      ...SAMPLE_PLAN,
      content: {
        ...SAMPLE_PLAN.content,
        currentSkills: typed,
        expectedGains: typed,
        targetJob: typed,
        tasksToSee: [typed],
      },
      conditions: {
        ...SAMPLE_PLAN.conditions,
        schedule: typed,
        homeCommune: typed,
        logistics: { ...SAMPLE_PLAN.conditions?.logistics, tutorAvailability: typed, transport: typed },
      },
      contact: {
        ...SAMPLE_PLAN.contact,
        me: { ...SAMPLE_PLAN.contact?.me, firstName: typed, lastName: typed, address: typed, town: typed },
        counsellor: { ...SAMPLE_PLAN.contact?.counsellor, name: typed, agency: typed },
      },
    };
    ok(savePlan(plan)); // creates the sheet
    ok(savePlan(plan)); // saves over it: column B written again
    const read = ok(getPlan({})).plan;
    expect(read.content).toMatchObject({
      currentSkills: typed,
      expectedGains: typed,
      targetJob: typed,
      tasksToSee: [typed],
    });
    expect(read.conditions).toMatchObject({ schedule: typed, homeCommune: typed });
    expect(read.conditions.logistics).toMatchObject({ tutorAvailability: typed, transport: typed });
    expect(read.contact.me).toMatchObject({ firstName: typed, lastName: typed, address: typed, town: typed });
    expect(read.contact.counsellor).toMatchObject({ name: typed, agency: typed });
    expect(ok(getCounsellor({})).counsellorName).toBe(typed);
  });

  it.each(HOSTILE)('collectivités added: the name and note sent back by the sidebar keep %j', (typed) => {
    wb = openWorkbook({ plainText });
    const proposal = {
      kind: 'commune' as const,
      relation: 'searched' as const,
      code: '01053',
      siren: null,
      name: typed,
      ofName: typed,
      body: typed,
      headOf: null,
      head: 'mayor' as const,
      population: null,
      note: typed,
    };
    ok(addCollectivitesToTracking({ proposals: [proposal] }));
    const [request] = ok(getTracking({})).requests;
    expect(request).toMatchObject({ collectivity: typed });
    expect(suiviRow(wb, 2)).toMatchObject({
      Collectivité: typed,
      Notes: typed,
      'Code (INSEE/SIREN)': '01053',
    });
  });

  it.each(HOSTILE)('import: a text cell of the person’s own table keeps %j', (typed) => {
    wb = openWorkbook({ plainText });
    const own = wb.emulator.spreadsheet.getSheets()[0];
    if (!own) throw new Error('no sheet');
    own.setName('Mes démarches');
    own.getRange('B2:F2').setNumberFormat('@');
    own.getRange(1, 1, 3, 6).setValues([
      ['Date', 'Organisme', 'Contact', 'Téléphone', 'Statut', 'Remarques'],
      [new Date('2026-10-06T00:00:00+02:00'), typed, typed, '04 78 03 67 67', 'Appel passé', typed],
      [
        new Date('2026-10-13T00:00:00+02:00'),
        'Mairie de Bron',
        'M. Petit',
        '04 72 36 13 13',
        'Courrier envoyé',
        '',
      ],
    ]);
    // What the person's cells hold (under this reading of a Plain-text cell) is what is imported.
    const held = String(own.getRange('B2').getValue());
    const [candidate] = ok(findTrackingImports({}));
    if (!candidate) throw new Error('no candidate');
    ok(
      importTrackingTable({
        sheetName: candidate.sheetName,
        columns: candidate.columns.map((c) => ({ column: c.column, target: c.target })),
      }),
    );
    const [request] = ok(getTracking({})).requests;
    expect(request).toMatchObject({ collectivity: held, contactName: held });
    expect(suiviRow(wb, 2)).toMatchObject({ Collectivité: held, Notes: held });
  });
});
