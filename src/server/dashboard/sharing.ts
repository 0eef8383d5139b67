/**
 * Sharing the workbook with the counsellor. The e-mail comes from the plan (« E-mail du
 * conseiller ou de la conseillère ») when it is there, else from the settings. Spreadsheet.addEditor
 * is documented under spreadsheets.currentonly, the scope the add-on already has: no Drive scope.
 */
import { UserError } from '../../shared/validation';
import { readPlanSheet } from '../plan/plan-sheet';
import { readCounsellorSettings } from '../settings-store';
import { type ProtectionReport, protectStructure } from './protections';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Counsellor {
  readonly name: string;
  readonly email: string;
  /** Where the e-mail comes from: the plan wins, the settings fill in. */
  readonly source: 'plan' | 'settings' | null;
}

type Plan = ReturnType<typeof readPlan>;

/** The plan as its sheet holds it (undefined before « Plan de stage » exists). */
export function readPlan(spreadsheet: Spreadsheet) {
  return readPlanSheet(spreadsheet, { forSave: false })?.reading.plan;
}

/** `plan` when the caller has already read it: the plan sheet is read once per operation. */
export function counsellorOf(spreadsheet: Spreadsheet, plan: Plan = readPlan(spreadsheet)): Counsellor {
  const fromPlan = plan?.contact.counsellor;
  const name = fromPlan?.name?.trim() ?? '';
  if (fromPlan?.email?.trim()) return { name, email: fromPlan.email.trim(), source: 'plan' };
  const stored = readCounsellorSettings().counsellorEmail;
  return { name, email: stored, source: stored === '' ? null : 'settings' };
}

export const isEditor = (spreadsheet: Spreadsheet, email: string): boolean => {
  const wanted = email.trim().toLowerCase();
  const owner = spreadsheet.getOwner()?.getEmail().toLowerCase();
  return (
    owner === wanted || spreadsheet.getEditors().some((user) => user.getEmail().toLowerCase() === wanted)
  );
};

export interface ShareReport {
  readonly alreadyShared: boolean;
  readonly protections: ProtectionReport;
  readonly message: string;
}

export const SHARE_REFUSED =
  'Google n’a pas permis au module de partager le classeur. Utilisez le bouton « Partager » en haut à droite de Google Sheets et donnez à votre conseiller ou conseillère le rôle « Éditeur ».';

/** Adds `email` as an editor (after the sidebar's confirmation), then protects the structure. */
export function shareWith(spreadsheet: Spreadsheet, email: string): ShareReport {
  const alreadyShared = isEditor(spreadsheet, email);
  if (!alreadyShared) {
    try {
      spreadsheet.addEditor(email);
    } catch (error) {
      // A domain that forbids sharing outside it, an invalid account…: the person can still share by hand.
      console.warn(`addEditor refused: ${(error as Error).message}`);
      throw new UserError(SHARE_REFUSED);
    }
  }
  const protections = protectStructure(spreadsheet);
  const shared = alreadyShared
    ? `Le classeur est déjà partagé avec ${email}.`
    : `Le classeur est partagé avec ${email}, qui peut maintenant le modifier.`;
  return {
    alreadyShared,
    protections,
    message: `${shared} Les en-têtes et les numéros des demandes sont protégés par un simple avertissement.`,
  };
}
