import { describe, expect, it } from 'vitest';
import { detectTrackingTable, proposeImportMapping } from '../../../src/domain/tracking/import-mapping';
import { importRows } from '../../../src/domain/tracking/import-rows';
import { PARIS, sheetDate } from './fixtures';

const targets = (header: unknown[]) => proposeImportMapping(header).map((c) => c.target);

describe('detectTrackingTable', () => {
  it('recognises a French table of one’s own', () => {
    const header = [
      'Organisme',
      'Contact',
      'Tél',
      'Mail',
      "Date d'envoi",
      'Relance',
      'Statut',
      'Motif',
      'Remarques',
    ];
    const detection = detectTrackingTable(header);
    expect(detection.looksLikeTrackingTable).toBe(true);
    expect(detection.columns.map((c) => c.target)).toEqual([
      'collectivity',
      'contactName',
      'phone',
      'email',
      'firstContactDate',
      'lastActionDate',
      'step',
      'refusalReason',
      'notes',
    ]);
    expect(detection.columns[4]).toEqual({ column: 5, header: "Date d'envoi", target: 'firstContactDate' });
  });

  it('recognises an English one', () => {
    const detection = detectTrackingTable([
      'Company',
      'Name',
      'Phone',
      'Email',
      'Date sent',
      'Follow-up',
      'Status',
    ]);
    expect(detection.looksLikeTrackingTable).toBe(true);
    expect(detection.columns.map((c) => c.target)).toEqual([
      'collectivity',
      'contactName',
      'phone',
      'email',
      'firstContactDate',
      'lastActionDate',
      'step',
    ]);
  });

  it('prefers the most precise header and gives each target once', () => {
    expect(
      targets([
        'Mairie',
        'Nom',
        'Adresse mail',
        'Adresse',
        'Prochaine relance',
        'Relance',
        'État',
        'Structure',
      ]),
    ).toEqual([
      'collectivity',
      'contactName',
      'email',
      'address',
      'nextFollowUpDate',
      'lastActionDate',
      'step',
      null,
    ]);
    expect(targets(['Nom de la mairie', 'Nom', 'Tél.'])).toEqual(['collectivity', 'contactName', 'phone']);
  });

  it('does not take a list of communes or an address book for a tracking table', () => {
    expect(detectTrackingTable(['Commune', 'Code INSEE', 'Population']).looksLikeTrackingTable).toBe(false);
    expect(detectTrackingTable(['Nom', 'Téléphone', 'E-mail']).looksLikeTrackingTable).toBe(false);
    expect(detectTrackingTable(['Structure', 'Téléphone', 'E-mail']).looksLikeTrackingTable).toBe(false);
    expect(detectTrackingTable([]).looksLikeTrackingTable).toBe(false);
  });
});

describe('importRows', () => {
  const header = [
    'Organisme',
    'Contact',
    'Tél',
    "Date d'envoi",
    'Relance',
    'Statut',
    'Motif',
    'Remarques',
    'Ville',
  ];
  const columns = proposeImportMapping(header);
  const options = { timeZone: PARIS, followUpDays: 21, seenIds: ['D-001', 'D-007'] };

  it('converts rows, dates from Date objects and from French text, steps from free text', () => {
    const rows = [
      [
        'Mairie de Bron',
        'Mme Roux',
        478123456,
        sheetDate('2026-10-01'),
        '22/10/26',
        'relancé',
        '',
        'Tutrice en congé',
        'Bron',
      ],
      ['', '', '', '', '', '', '', '', ''],
      ['CC de la Dombes', '', '', '3 novembre 2026', '', 'refus', 'pas de tuteur', '', ''],
      ['Ville de Caluire', '', '', '', '', 'OK', '', '', ''],
    ];
    const { requests, problems } = importRows(rows, columns, options);
    expect(problems).toEqual([]);
    expect(requests).toHaveLength(3);
    expect(requests[0]).toMatchObject({
      requestId: 'D-008',
      collectivity: 'Mairie de Bron',
      collectivityType: 'Commune',
      contactName: 'Roux',
      civility: 'Madame',
      phone: '478123456',
      firstContactDate: '2026-10-01',
      lastActionDate: '2026-10-22',
      nextFollowUpDate: '2026-11-12',
      step: 'Relance faite',
      notes: 'Tutrice en congé\nVille : Bron',
    });
    expect(requests[1]).toMatchObject({
      requestId: 'D-009',
      step: 'Refusé',
      refusalReason: 'Pas de tuteur disponible',
      firstContactDate: '2026-11-03',
      lastActionDate: '2026-11-03',
      nextFollowUpDate: null,
    });
    expect(requests[2]).toMatchObject({ requestId: 'D-010', step: 'Réponse positive', lastActionDate: null });
  });

  it('splits « Mme Durand (RH) » into civility, name and function; the name « Mairie de… » gives the type', () => {
    const rows = [
      ['Mairie de Lyon', 'Mme Durand (RH)', '', '', '', '', '', '', ''],
      ['Conseil départemental du Rhône', 'M. Paul Roux', '', '', '', '', '', '', ''],
      ['Communauté de communes de la Dombes', 'Durand (cheffe de service)', '', '', '', '', '', '', ''],
      ['CCAS de Bron', 'Marie Lenoir', '', '', '', '', '', '', ''],
    ];
    const { requests } = importRows(rows, columns, options);
    expect(requests.map((r) => [r.collectivityType, r.civility, r.contactName, r.contactRole])).toEqual([
      ['Commune', 'Madame', 'Durand', 'RH'],
      ['Département', 'Monsieur', 'Paul Roux', ''],
      ['Intercommunalité', '', 'Durand', 'cheffe de service'],
      ['', '', 'Marie Lenoir', ''],
    ]);
  });

  it('reads « Démarche : Appel » with « Réponse : En attente » as a call made, not a letter sent', () => {
    const table = ['Collectivité', 'Contact', 'Démarche', 'Date', 'Réponse'];
    const mapping = proposeImportMapping(table);
    expect(mapping.map((c) => c.target)).toEqual([
      'collectivity',
      'contactName',
      null,
      'firstContactDate',
      'step',
    ]);
    const rows = [
      ['Mairie de Lyon', '', 'Appel', '03/11/2026', 'En attente'],
      ['Mairie de Bron', '', 'Courrier', '03/11/2026', 'En attente'],
      ['Mairie de Caluire', '', 'Appel puis relance', '03/11/2026', ''],
      ['Mairie de Meyzieu', '', 'Appel', '03/11/2026', 'Refus'],
    ];
    const { requests } = importRows(rows, mapping, { ...options, existing: [] });
    expect(requests.map((r) => r.step)).toEqual([
      'Appel passé',
      'Courrier envoyé',
      'Relance faite',
      'Refusé',
    ]);
    expect(requests[0]?.notes).toBe('Démarche : Appel');
  });

  it('does not copy again a request already in the table (the same sheet imported twice)', () => {
    const rows = [
      ['Mairie de Bron', 'Mme Roux', '', '', '', '', '', '', ''],
      ['Mairie de Lyon', '', '', '', '', '', '', '', ''],
      ['Mairie de Lyon', '', '', '', '', '', '', '', ''],
    ];
    const first = importRows(rows, columns, options);
    expect([first.requests.length, first.alreadyInTable]).toEqual([3, 0]);
    const again = importRows(rows, columns, { ...options, existing: first.requests });
    expect([again.requests.length, again.alreadyInTable]).toEqual([0, 3]);
    const oneMore = importRows([...rows, ['Mairie de Caluire', '', '', '', '', '', '', '', '']], columns, {
      ...options,
      existing: first.requests,
    });
    expect(oneMore.requests.map((r) => r.collectivity)).toEqual(['Mairie de Caluire']);
  });

  it('reports what it cannot read, with row, column, value and why, and keeps it in Notes', () => {
    const rows = [
      ['Mairie de Bron', '', '', '31/11/2026', 'bientôt', 'on verra', '', '', ''],
      ['Mairie de Meyzieu', '', '', '', '', 'non', '', '', ''],
    ];
    const { requests, problems } = importRows(rows, columns, { ...options, firstRow: 5 });
    expect(problems).toEqual([
      {
        row: 5,
        column: 4,
        header: "Date d'envoi",
        value: '31/11/2026',
        reason: 'Cette date n’existe pas dans le calendrier. La valeur est conservée dans les notes.',
      },
      {
        row: 5,
        column: 5,
        header: 'Relance',
        value: 'bientôt',
        reason:
          'Date illisible : saisissez-la sous la forme 03/11/2026. La valeur est conservée dans les notes.',
      },
      {
        row: 5,
        column: 6,
        header: 'Statut',
        value: 'on verra',
        reason:
          'Étape non reconnue : l’étape a été déduite des autres colonnes et le texte d’origine est conservé dans les notes.',
      },
      {
        row: 6,
        column: 6,
        header: 'Statut',
        value: 'non',
        reason: 'Refus sans motif : le motif « Autre (préciser) » a été retenu ; précisez-le dans les notes.',
      },
    ]);
    expect(requests[0]).toMatchObject({
      step: 'À contacter',
      firstContactDate: null,
      notes: "Date d'envoi : 31/11/2026\nRelance : bientôt\nStatut : on verra",
    });
    expect(requests[1]).toMatchObject({ step: 'Refusé', refusalReason: 'Autre (préciser)' });
  });

  it('deduces the step from the other columns when the table has none', () => {
    const plain = proposeImportMapping(['Collectivité', 'Date', 'Motif de refus']);
    const { requests } = importRows(
      [
        ['Lyon', '', ''],
        ['Bron', '03/11/2026', ''],
        ['Vénissieux', '03/11/2026', 'Calendrier ne convient pas'],
        ['Rillieux', '', 'Autre raison'],
      ],
      plain,
      options,
    );
    expect(requests.map((r) => r.step)).toEqual(['À contacter', 'Courrier envoyé', 'Refusé', 'Refusé']);
    expect(requests[1]?.nextFollowUpDate).toBe('2026-11-24');
    expect(requests[2]?.refusalReason).toBe('Période ou durée inadaptée');
    expect(requests[3]).toMatchObject({
      refusalReason: 'Autre (préciser)',
      notes: 'Motif du refus : Autre raison',
    });
  });

  it('reads civilities and types, and reports the others', () => {
    const mapping = proposeImportMapping(['Collectivité', 'Type de collectivité', 'Civilité']);
    const { requests, problems } = importRows(
      [
        ['Lyon', 'Métropole', 'Mme'],
        ['Ain', 'Conseil départemental', 'M.'],
        ['La Poste', 'Entreprise', 'Dr'],
      ],
      mapping,
      options,
    );
    expect(requests.map((r) => [r.collectivityType, r.civility])).toEqual([
      ['Intercommunalité', 'Madame'],
      ['Département', 'Monsieur'],
      ['', ''],
    ]);
    expect(problems.map((p) => [p.row, p.header, p.value])).toEqual([
      [4, 'Type de collectivité', 'Entreprise'],
      [4, 'Civilité', 'Dr'],
    ]);
  });
});
