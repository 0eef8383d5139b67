/**
 * src/server/cell-writes.ts against the emulator: every text written with textContent reads
 * back exactly whatever the cell's format was and whatever a Plain-text cell does with ' and =
 * (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption, USER_ENTERED;
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String)),
 * and only the cells given are written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { textContent } from '../../src/domain/tracking';
import { createEmulator, installGlobals, type PlainTextRules } from '../../src/local/emulator';
import { appendContents, writeContents } from '../../src/server/cell-writes';

const TEXTS = [
  '007',
  'TRUE',
  'vrai',
  '12/09/2026',
  "'texte",
  '=1+1',
  '3,5',
  '+33 6 12 34 56 78',
  '-',
  '1/2',
  '50 %',
  'Lyon',
  '',
];
const FORMATS = ['0.###############', '@', 'dd/mm/yyyy', '0.00'];
const READINGS: PlainTextRules[] = [
  { apostrophe: 'kept', formula: 'formula' },
  { apostrophe: 'stripped', formula: 'text' },
  { apostrophe: 'kept', formula: 'text' },
  { apostrophe: 'stripped', formula: 'formula' },
];

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function sheetWith(plainText: PlainTextRules) {
  const emulator = createEmulator({ now: new Date('2026-11-28T09:00:00+01:00'), plainText });
  uninstall = installGlobals(emulator);
  return { emulator, sheet: SpreadsheetApp.getActive().getActiveSheet() };
}

describe.each(READINGS.map((r) => [JSON.stringify(r), r] as const))(
  'under the reading %s',
  (_name, reading) => {
    it('textContent reads back exactly over any previous format', () => {
      const { sheet } = sheetWith(reading);
      sheet.getRange(1, 1, TEXTS.length, FORMATS.length).setNumberFormats(TEXTS.map(() => [...FORMATS]));
      writeContents(
        sheet,
        1,
        1,
        TEXTS.map((text) => FORMATS.map(() => textContent(text))),
      );
      const back = sheet.getRange(1, 1, TEXTS.length, FORMATS.length).getValues();
      expect(back).toEqual(TEXTS.map((text) => FORMATS.map(() => text)));
      expect(
        sheet
          .getRange(1, 1, TEXTS.length, FORMATS.length)
          .getFormulas()
          .flat()
          .every((f) => f === ''),
      ).toBe(true);
    });
  },
);

describe('writing only what changed', () => {
  it('leaves the cells given as null alone: a person’s text is never parsed again', () => {
    const { sheet } = sheetWith(READINGS[0] as PlainTextRules);
    sheet.getRange('A1:C1').setValues([["'0612345678", 'avant', "'TRUE"]]);
    writeContents(sheet, 1, 1, [[null, textContent('après'), null]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['0612345678', 'après', 'TRUE']]);
  });

  it('appends below the last row and grows a full sheet first', () => {
    const { sheet } = sheetWith(READINGS[0] as PlainTextRules);
    sheet.deleteRows(4, sheet.getMaxRows() - 3);
    sheet.getRange('A3').setValue('dernière');
    appendContents(sheet, [
      [textContent('007'), textContent('Lyon')],
      [textContent('=1+1'), null],
    ]);
    expect(sheet.getMaxRows()).toBe(5);
    expect(sheet.getRange('A4:B5').getValues()).toEqual([
      ['007', 'Lyon'],
      ['=1+1', ''],
    ]);
  });

  it('one row of plain words is one appendRow', () => {
    const { emulator, sheet } = sheetWith(READINGS[0] as PlainTextRules);
    emulator.calls.reset();
    appendContents(sheet, [[textContent('Mairie de Lyon'), null, textContent('Appel')]]);
    expect(emulator.calls.count('Sheet.appendRow')).toBe(1);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['Mairie de Lyon', '', 'Appel']]);
  });
});
