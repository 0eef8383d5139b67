/**
 * Protected sheets and ranges. A warning-only protection lets everyone edit after a warning
 * in the UI; scripts are not stopped by it. Editors are recorded.
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
import { counted } from './calls';
import { fail } from './errors';
import type { ProtectionState } from './model';
import { newRange } from './range';
import { type Api, asGas, sheetById } from './runtime';

type GProtection = GoogleAppsScript.Spreadsheet.Protection;
type Methods =
  | 'addEditor'
  | 'addEditors'
  | 'canEdit'
  | 'getDescription'
  | 'getEditors'
  | 'getProtectionType'
  | 'getRange'
  | 'isWarningOnly'
  | 'remove'
  | 'removeEditor'
  | 'setDescription'
  | 'setWarningOnly';

function email(user: unknown): string {
  return typeof user === 'string' ? user : (user as { getEmail(): string }).getEmail();
}

class EmuProtection implements Pick<GProtection, Methods> {
  constructor(
    readonly api: Api,
    readonly sheetId: number,
    readonly id: number,
  ) {}
  private get self(): GProtection {
    return asGas<GProtection>(this);
  }
  private get data(): ProtectionState {
    const p = sheetById(this.api.rt, this.sheetId).protections.find((x) => x.id === this.id);
    if (!p) fail('The protection has been removed.');
    return p;
  }
  addEditor(user: string | GoogleAppsScript.Base.User): GProtection {
    const e = email(user);
    if (!this.data.editors.includes(e)) this.data.editors.push(e);
    return this.self;
  }
  addEditors(emailAddresses: string[]): GProtection {
    for (const e of emailAddresses) this.addEditor(e);
    return this.self;
  }
  removeEditor(user: string | GoogleAppsScript.Base.User): GProtection {
    const e = email(user);
    this.data.editors = this.data.editors.filter((x) => x !== e);
    return this.self;
  }
  canEdit(): boolean {
    const user = this.api.rt.ctx.activeUser();
    return this.data.warningOnly || this.data.editors.includes(user) || user === this.api.rt.state.owner;
  }
  getDescription(): string {
    return this.data.description;
  }
  setDescription(description: string): GProtection {
    this.data.description = description;
    return this.self;
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return this.data.editors.map((e) =>
      asGas<GoogleAppsScript.Base.User>({ getEmail: () => e, getUserLoginId: () => e }),
    );
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.data.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const sheet = sheetById(this.api.rt, this.sheetId);
    const g = this.data.range ?? { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxColumns };
    return newRange(this.api, this.sheetId, { ...g });
  }
  isWarningOnly(): boolean {
    return this.data.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): GProtection {
    this.data.warningOnly = warningOnly;
    return this.self;
  }
  remove(): void {
    const sheet = sheetById(this.api.rt, this.sheetId);
    sheet.protections = sheet.protections.filter((p) => p.id !== this.id);
  }
}

export function newProtection(api: Api, sheetId: number, id: number): GProtection {
  return asGas<GProtection>(counted(new EmuProtection(api, sheetId, id), 'Protection', api.log));
}
