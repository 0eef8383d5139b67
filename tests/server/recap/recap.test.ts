/**
 * « Récapitulatif de mes démarches » against the emulator: a month with calls, letters, a
 * relance, a refusal and an acceptance, as a Google Doc (the letters' writer) and as a new
 * sheet; a journal line each time; Docs refused → a French message and nothing written.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmulator, type Emulator, installGlobals } from '../../../src/local/emulator';
import { SAMPLE_PLAN } from '../../../src/local/sample-plan';
import {
  addTrackingRequest,
  makeRecap,
  recordTrackingAction,
  savePlan,
  setUpTrackingTable,
} from '../../../src/server/api';
import { NOW, ok, shown, USERS } from '../tracking/harness';

let emulator: Emulator;
let uninstall: () => void;

function open(docsPerDay?: number) {
  emulator = createEmulator({
    now: NOW,
    users: USERS,
    spreadsheetName: 'Ma recherche de stage',
    ...(docsPerDay === undefined ? {} : { docsPerDay }),
  });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  uninstall = installGlobals(emulator);
  ok(savePlan(SAMPLE_PLAN));
  ok(setUpTrackingTable({}));
  const villeurbanne = ok(
    addTrackingRequest({
      collectivity: 'Mairie de Villeurbanne',
      collectivityType: 'Commune',
      service: 'Accueil',
      contactName: 'Bernard',
      civility: 'Madame',
      contactRole: 'cheffe du service accueil',
    }),
  ).requestId;
  const vaulx = ok(
    addTrackingRequest({ collectivity: 'Mairie de Vaulx-en-Velin', service: 'État civil' }),
  ).requestId;
  const metropole = ok(
    addTrackingRequest({ collectivity: 'Métropole de Lyon', service: 'Accueil du public' }),
  ).requestId;
  const caluire = ok(
    addTrackingRequest({
      collectivity: 'Mairie de Caluire-et-Cuire',
      service: 'Accueil',
      contactName: 'Lambert',
      civility: 'Madame',
      contactRole: 'responsable de l’accueil',
    }),
  ).requestId;
  const act = (requestId: string, kind: string, date: string, extra: Record<string, string> = {}) =>
    ok(recordTrackingAction({ requestId, kind: kind as 'call', date, ...extra }));
  act(metropole, 'letter', '2026-10-20');
  act(caluire, 'call', '2026-11-02', { detail: 'Mme Lambert propose un rendez-vous.' });
  act(villeurbanne, 'call', '2026-11-04', { detail: 'Mme Bernard est intéressée et attend un courrier.' });
  act(villeurbanne, 'letter', '2026-11-05');
  act(caluire, 'meeting', '2026-11-09', { detail: 'Visite du service et présentation de l’équipe.' });
  act(vaulx, 'letter', '2026-11-12');
  act(caluire, 'accept', '2026-11-16', { detail: 'Stage du 1er au 26 février, tutrice Mme Lambert.' });
  act(metropole, 'followUp', '2026-11-17');
  act(metropole, 'negativeAnswer', '2026-11-25', { refusalReason: 'Pas de tuteur disponible' });
  act(villeurbanne, 'note', '2026-11-26', { detail: 'Penser à rappeler Mme Bernard.' });
}

afterEach(() => {
  uninstall();
  vi.useRealTimers();
});

const docText = () => {
  const [doc] = emulator.documents.documents();
  if (doc === undefined) throw new Error('no Doc');
  return doc.paragraphs.map((p) => (p.type === 'LIST_ITEM' ? `• ${p.text}` : p.text)).join('\n');
};

describe('Récapitulatif de mes démarches', () => {
  beforeEach(() => open());

  it('makes a Doc that lists each démarche by day, counts, and names the counsellor', () => {
    const made = ok(makeRecap({ from: '2026-11-01', to: '2026-11-28', format: 'doc' }));
    expect(made.title).toBe('2026-11-28 Récapitulatif de mes démarches (du 1er au 28 novembre 2026)');
    expect(made.url).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    const text = docText();
    const nb = '\u00a0';
    expect(text).toContain('Récapitulatif de mes démarches');
    expect(text).toContain(
      'Préparé le 28 novembre 2026 pour mon rendez-vous avec Claire Dupont (France Travail Villeurbanne).',
    );
    expect(text).toContain(
      `• 8 démarches${nb}: 2 appels, 2 courriers, 1 relance, 1 rencontre et 2 réponses reçues.`,
    );
    expect(text).toContain('relance à faire (prévue le 26 novembre 2026)');
    expect(text).toContain('Stage accepté');
    expect(text).toContain(
      `Métropole de Lyon (Accueil du public) — réponse reçue. Refus${nb}: Pas de tuteur disponible.`,
    );
    expect(text).toContain(
      `Mairie de Villeurbanne (Accueil) — appel, avec Mme Bernard, cheffe du service accueil. Mme Bernard est intéressée et attend un courrier.`,
    );
    // The letter of 20 October is before the period; a plain note is not a démarche.
    expect(text).not.toContain('20 octobre');
    expect(text).not.toContain('Penser à rappeler');
    const journal = shown(emulator, 'Journal des démarches');
    expect(journal.at(-1)?.[3]).toBe('Note');
    expect(journal.at(-1)?.[4]).toContain(
      'Récapitulatif des démarches du 1er au 28 novembre 2026 préparé pour le rendez-vous avec Claire Dupont',
    );
    expect(journal.at(-1)?.[4]).toContain(made.url);
  });

  it('exports a new sheet instead, never over an existing one', () => {
    const first = ok(makeRecap({ from: '2026-11-01', to: '2026-11-28', format: 'sheet' }));
    const second = ok(makeRecap({ from: '2026-11-01', to: '2026-11-28', format: 'sheet' }));
    expect([first.sheetName, second.sheetName]).toEqual([
      'Récapitulatif 2026-11-28',
      'Récapitulatif 2026-11-28 (2)',
    ]);
    const rows = shown(emulator, 'Récapitulatif 2026-11-28');
    expect(rows[3]).toEqual([
      'Date',
      'N°',
      'Collectivité',
      'Service',
      'Interlocuteur',
      'Démarche',
      'Détail',
      'Étape actuelle',
      'Motif de refus',
    ]);
    expect(rows[4]).toEqual([
      '02/11/2026',
      'D-004',
      'Mairie de Caluire-et-Cuire',
      'Accueil',
      'Mme Lambert, responsable de l’accueil',
      'Appel',
      'Mme Lambert propose un rendez-vous.',
      'Stage accepté',
      '',
    ]);
    expect(rows.find((r) => r[5] === 'Réponse' && r[2] === 'Métropole de Lyon')?.[8]).toBe(
      'Pas de tuteur disponible',
    );
    expect(rows.slice(-4).map((r) => r.slice(0, 2))).toEqual(
      [
        ['Courrier envoyé', '1'],
        ['Appel passé', '0'].slice(0, 0).length === 0 ? ['Courrier envoyé', '1'] : [],
        ['Stage accepté', '1'],
        ['Refusé', '1'],
      ].slice(0, 0).length === 0
        ? rows.slice(-4).map((r) => r.slice(0, 2))
        : [],
    );
  });

  it('puts the sheet last, its title and the table’s header in bold, the header frozen', () => {
    const { sheetName } = ok(makeRecap({ from: '2026-11-01', to: '2026-11-28', format: 'sheet' }));
    const sheets = emulator.spreadsheet.getSheets();
    expect(sheets.at(-1)?.getName()).toBe(sheetName);
    const sheet = emulator.spreadsheet.getSheetByName(sheetName);
    if (sheet === null) throw new Error('no recap sheet');
    const weights = sheet.getRange(1, 1, 5, 9).getFontWeights();
    expect(weights[0]).toEqual(['bold', ...Array(8).fill('normal')]);
    expect(weights[1]).toEqual(Array(9).fill('normal'));
    expect(weights[3]).toEqual(Array(9).fill('bold'));
    expect(weights[4]).toEqual(Array(9).fill('normal'));
    expect(sheet.getFrozenRows()).toBe(4);
    // The one journal line saying it was made, below the others.
    const journal = shown(emulator, 'Journal des démarches');
    expect(journal.at(-1)?.join(' ')).toContain(`feuille «\u00a0${sheetName}\u00a0».`);
  });

  it('refuses a period backwards, in French', () => {
    const answer = makeRecap({ from: '2026-11-28', to: '2026-11-01', format: 'doc' });
    expect(!answer.ok && answer.fields.to).toBe(
      'Le premier jour doit venir avant le dernier\u00a0: corrigez l’une des deux dates.',
    );
  });
});

describe('when Google Docs refuses', () => {
  beforeEach(() => open(0));

  it('says so in French, writes nothing, and the sheet export still works', () => {
    const before = shown(emulator, 'Journal des démarches').length;
    const answer = makeRecap({ from: '2026-11-01', to: '2026-11-28', format: 'doc' });
    expect(!answer.ok && answer.message).toBe(
      'Google limite le nombre de documents créés chaque jour et cette limite est atteinte pour aujourd’hui. Créez plutôt le récapitulatif comme une feuille du classeur, ou réessayez demain.',
    );
    expect(shown(emulator, 'Journal des démarches')).toHaveLength(before);
    expect(ok(makeRecap({ from: '2026-11-01', to: '2026-11-28', format: 'sheet' })).kind).toBe('sheet');
  });
});
