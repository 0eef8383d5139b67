import { afterEach, describe, expect, it } from 'vitest';
import { PLAN_SHEET_NAME } from '../../../src/domain/plan';
import { getPlan, savePlan } from '../../../src/server';
import { answerOf, COMPLETE, ok, openWorkbook, planValues, rowOf, type Workbook } from './helpers';

let wb: Workbook;
afterEach(() => wb.close());

const sheet = () => {
  const found = wb.emulator.spreadsheet.getSheetByName(PLAN_SHEET_NAME);
  if (found === null) throw new Error('no sheet');
  return found;
};

describe('the person’s own rows and sections', () => {
  it('are kept in place, with their values as typed; renamed and moved questions are still found', () => {
    wb = openWorkbook();
    ok(savePlan(COMPLETE));
    // A note of the person's under « Rythme », her own section at the end, a renamed question.
    const rhythm = rowOf(wb.emulator, 'Rythme');
    sheet().insertRowsAfter(rhythm, 1);
    sheet()
      .getRange(rhythm + 1, 1, 1, 3)
      .setValues([['Ma note', "'0612345678", 'à rappeler']]);
    const last = sheet().getLastRow();
    sheet()
      .getRange(last + 2, 1, 3, 2)
      .setValues([
        ['6. Mes contacts', ''],
        ['Mme Roux, mairie de Bron', "'12/03/2026"],
        ['Total', '=1+1'],
      ]);
    sheet().getRange(rowOf(wb.emulator, 'Ville'), 1).setValue('Ma ville');
    // A question deleted by the person comes back at the end, under its section.
    sheet().deleteRow(rowOf(wb.emulator, 'Transport'));
    const before = planValues(wb.emulator);

    const saved = ok(
      savePlan({
        ...COMPLETE,
        contact: { ...COMPLETE.contact, me: { ...COMPLETE.contact?.me, town: 'Lyon' } },
      }),
    );
    expect(saved.appended).toBe(1);

    const after = planValues(wb.emulator);
    const ownRows = before.flatMap((row, index) =>
      ['Ma note', '6. Mes contacts', 'Mme Roux, mairie de Bron', 'Total'].includes(String(row[0]))
        ? [index]
        : [],
    );
    for (const index of ownRows) expect(after[index]).toEqual(before[index]);
    expect(after[rhythm]).toEqual(['Ma note', '0612345678', 'à rappeler']);
    expect(sheet().getRange(before.length, 2).getFormula()).toBe('=1+1');
    expect(answerOf(wb.emulator, 'Ma ville')).toBe('Lyon');
    expect(after.slice(before.length).map((row) => row[0])).toEqual([
      '4. Conditions idéales d’accueil',
      'Transport',
    ]);
    expect(answerOf(wb.emulator, 'Transport')).toBe('Transports en commun');
    expect(ok(getPlan({})).plan.contact.me.town).toBe('Lyon');
  });
});
