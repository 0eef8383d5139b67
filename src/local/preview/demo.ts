/**
 * The demo workbook (`npm start -- --demo`): what a job seeker has after a few weeks — a table
 * of her own kept by hand before the add-on (to try « Reprendre un tableau existant »), her
 * plan, and four requests at different steps: one due for a follow-up, one refused, one accepted
 * (its convention still to prepare). Everything the
 * add-on holds is made through the built add-on's own functions, as a person would.
 */
import type { AddonRuntime } from '../addon-runtime';
import type { Emulator } from '../emulator';
import { SAMPLE_PLAN } from '../sample-plan';

const OWN_TABLE: (string | Date)[][] = [
  ['Date', 'Organisme', 'Contact', 'Téléphone', 'Statut', 'Remarques'],
  [
    new Date(2026, 9, 6),
    'Mairie de Villeurbanne',
    'Mme Bernard',
    '04 78 03 67 67',
    'Appel passé',
    'Rappeler après les vacances',
  ],
  [new Date(2026, 9, 13), 'Mairie de Bron', 'M. Petit', '04 72 36 13 13', 'Courrier envoyé', ''],
  [new Date(2026, 9, 20), 'Métropole de Lyon', '', '04 78 63 40 40', 'Refus', 'Pas de tuteur disponible'],
];

function isoDaysAgo(emulator: Emulator, days: number): string {
  return new Date(emulator.clock.now().getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

function run(runtime: AddonRuntime, fn: string, payload: unknown): void {
  const result = runtime.runFromSidebar(fn, [payload]) as { ok: boolean; message?: string };
  if (!result.ok) throw new Error(`Demo workbook: ${fn} was refused: ${result.message}`);
}

export function seedDemoWorkbook(emulator: Emulator, runtime: AddonRuntime): void {
  const sheet = emulator.spreadsheet.getSheets()[0];
  if (!sheet) return;
  sheet.setName('Mes démarches');
  // Phone numbers as plain text, set before writing: Sheets would otherwise read them as numbers.
  sheet.getRange(2, 4, OWN_TABLE.length - 1, 1).setNumberFormat('@');
  sheet.getRange(1, 1, OWN_TABLE.length, OWN_TABLE[0]?.length ?? 0).setValues(OWN_TABLE);
  sheet.getRange(1, 1, 1, OWN_TABLE[0]?.length ?? 0).setFontWeight('bold');
  sheet.getRange(2, 1, OWN_TABLE.length - 1, 1).setNumberFormat('dd/mm/yyyy');

  // The stage eight weeks ahead of the preview's day: a period already begun cannot be asked for.
  const conditions = {
    ...SAMPLE_PLAN.conditions,
    earliestStart: isoDaysAgo(emulator, -56),
    latestEnd: isoDaysAgo(emulator, -81),
  };
  run(runtime, 'savePlan', { ...SAMPLE_PLAN, conditions });
  run(runtime, 'setUpTrackingTable', {});
  run(runtime, 'addTrackingRequest', {
    collectivity: 'Mairie de Villeurbanne',
    collectivityType: 'Commune',
    code: '69266',
    service: 'Accueil',
    contactName: 'Bernard',
    civility: 'Madame',
    contactRole: 'Cheffe du service accueil',
    phone: '04 78 03 67 67',
    headCivility: 'Monsieur',
    headName: 'Cédric Van Styvendael',
  });
  run(runtime, 'addTrackingRequest', {
    collectivity: 'Mairie de Vaulx-en-Velin',
    collectivityType: 'Commune',
    code: '69256',
    service: 'État civil',
  });
  run(runtime, 'addTrackingRequest', {
    collectivity: 'Métropole de Lyon',
    collectivityType: 'Intercommunalité',
    service: 'Accueil du public',
  });
  run(runtime, 'addTrackingRequest', {
    collectivity: 'Mairie de Caluire-et-Cuire',
    collectivityType: 'Commune',
    code: '69034',
    service: 'Accueil',
    contactName: 'Lambert',
    civility: 'Madame',
    contactRole: 'Responsable de l’accueil',
    phone: '04 78 98 80 80',
    email: 'accueil@mairie-caluire.example',
    address: '1 place du Docteur-Dugoujon, 69300 Caluire-et-Cuire',
  });
  run(runtime, 'recordTrackingAction', {
    requestId: 'D-001',
    kind: 'call',
    date: isoDaysAgo(emulator, 24),
    detail: 'Mme Bernard est intéressée et attend un courrier.',
  });
  run(runtime, 'recordTrackingAction', { requestId: 'D-002', kind: 'letter', date: isoDaysAgo(emulator, 6) });
  run(runtime, 'recordTrackingAction', {
    requestId: 'D-003',
    kind: 'letter',
    date: isoDaysAgo(emulator, 30),
  });
  run(runtime, 'recordTrackingAction', {
    requestId: 'D-003',
    kind: 'negativeAnswer',
    date: isoDaysAgo(emulator, 3),
    refusalReason: 'Pas de tuteur disponible',
  });
  run(runtime, 'recordTrackingAction', {
    requestId: 'D-004',
    kind: 'call',
    date: isoDaysAgo(emulator, 26),
    detail: 'Mme Lambert propose un rendez-vous.',
  });
  run(runtime, 'recordTrackingAction', {
    requestId: 'D-004',
    kind: 'meeting',
    date: isoDaysAgo(emulator, 19),
  });
  run(runtime, 'recordTrackingAction', {
    requestId: 'D-004',
    kind: 'accept',
    date: isoDaysAgo(emulator, 12),
    detail: 'Stage à l’accueil avec Mme Lambert comme tutrice.',
  });
}
