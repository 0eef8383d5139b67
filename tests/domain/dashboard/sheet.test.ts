import { describe, expect, it } from 'vitest';
import {
  COLOURS,
  DASHBOARD_WIDTH,
  dashboardFigures,
  dashboardSheet,
  PERCENT_FORMAT,
  REFUSAL_CHART_TITLE,
  STEP_CHART_TITLE,
} from '../../../src/domain/dashboard';
import { request } from '../tracking/fixtures';

const row = (values: (string | number)[][], label: string) => values.findIndex((r) => r[0] === label);

describe('dashboardSheet', () => {
  const figures = dashboardFigures(
    [
      request({
        requestId: 'D-001',
        step: 'Courrier envoyé',
        firstContactDate: '2026-11-01',
        lastActionDate: '2026-11-01',
      }),
      request({
        requestId: 'D-002',
        collectivity: '=HACK()',
        step: 'Refusé',
        refusalReason: 'Service non adapté',
        firstContactDate: '2026-11-02',
        lastActionDate: '2026-11-12',
      }),
    ],
    [],
    '2026-11-28',
    21,
  );
  const sheet = dashboardSheet(figures, '09:00');

  it('is a rectangle three columns wide, every property the same size (one call per property)', () => {
    for (const grid of [sheet.values, sheet.fontWeights, sheet.backgrounds, sheet.numberFormats]) {
      expect(grid).toHaveLength(sheet.values.length);
      for (const r of grid) expect(r).toHaveLength(DASHBOARD_WIDTH);
    }
  });

  it('reads without the add-on: title, date of the refresh, the warning beside the figure', () => {
    expect(sheet.values[0]?.[0]).toBe('Tableau de bord de la recherche de stage');
    expect(sheet.values[1]?.[0]).toMatch(/^Mis à jour le samedi 28 novembre 2026 à 09:00\./);
    const inProgress = row(sheet.values, 'Demandes en cours');
    expect(sheet.values[inProgress]).toEqual([
      'Demandes en cours',
      1,
      'Une seule demande en cours : le guide conseille d’en mener au moins trois à la fois.',
    ]);
    expect(sheet.backgrounds[inProgress]?.[2]).toBe(COLOURS.warning);
    const rate = row(sheet.values, 'Taux de réponse');
    expect(sheet.values[rate]).toEqual(['Taux de réponse', 0.5, '1 réponse sur 2 demandes envoyées.']);
    expect(sheet.numberFormats[rate]?.[1]).toBe(PERCENT_FORMAT);
    expect(sheet.values[row(sheet.values, 'Délai moyen de réponse (en jours)')]?.[1]).toBe(10);
  });

  it('points each chart at its own table, header included', () => {
    const [steps, refusals] = sheet.charts;
    expect(steps?.title).toBe(STEP_CHART_TITLE);
    expect(refusals?.title).toBe(REFUSAL_CHART_TITLE);
    const stepHeader = (steps?.range.row ?? 0) - 1;
    expect(sheet.values[stepHeader]?.slice(0, 2)).toEqual(['Étape', 'Demandes']);
    expect(sheet.values[stepHeader + 1]?.slice(0, 2)).toEqual(['À contacter', 0]);
    expect(steps?.range.numRows).toBe(10);
    const refusalHeader = (refusals?.range.row ?? 0) - 1;
    expect(sheet.values[refusalHeader]?.slice(0, 2)).toEqual(['Motif', 'Refus']);
    expect(
      sheet.values.slice(refusalHeader + 1, refusalHeader + (refusals?.range.numRows ?? 0)),
    ).toContainEqual(['Service non adapté', 1, '']);
  });

  it('lists today’s follow-ups with what to do, and neutralises text that looks like a formula', () => {
    const list = row(sheet.values, 'Demande');
    expect(sheet.values[list + 1]).toEqual([
      'Mairie de Lyon — Espaces verts : sans réponse depuis 27 jours',
      'D-001',
      'Rappeler Mme Martin au 04 78 12 34 56 ; Envoyer une relance écrite',
    ]);
    expect(sheet.values.flat().filter((v) => typeof v === 'string' && v.startsWith('='))).toEqual([]);
  });

  it('says so when nothing is due today', () => {
    const empty = dashboardSheet(dashboardFigures([], [], '2026-11-28', 21), '09:00');
    expect(empty.values.at(-1)?.[0]).toBe('Aucune relance ni rencontre à proposer aujourd’hui.');
  });
});
