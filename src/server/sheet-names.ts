type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * A name no sheet of the person's uses, for a sheet the add-on creates: `base`, else
 * « base (stage) », « base (stage 2) »… A sheet of theirs that bears the name is never reused.
 */
export function freeSheetName(spreadsheet: Spreadsheet, base: string): string {
  const names = [base, `${base} (stage)`];
  for (let i = 2; i < 10; i++) names.push(`${base} (stage ${i})`);
  return names.find((name) => spreadsheet.getSheetByName(name) === null) ?? `${base} ${Date.now()}`;
}
