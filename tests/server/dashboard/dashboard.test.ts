import { afterEach, describe, expect, it } from 'vitest';
import {
  COLOURS,
  DASHBOARD_METADATA_KEY,
  dashboardFigures,
  REFUSAL_CHART_TITLE,
  STEP_CHART_TITLE,
} from '../../../src/domain/dashboard';
import { refreshDashboard, refreshDashboardFromMenu } from '../../../src/server';
import { ok, openWorkbook, shown, type Workbook } from '../tracking/harness';
import { seedTracking, TODAY } from './helpers';

let wb: Workbook;
afterEach(() => wb.close());

const BOARD = 'Tableau de bord';
const figureOf = (rows: string[][], label: string) => rows.find((r) => r[0] === label)?.[1];

describe('« Tableau de bord » on 300 requests', () => {
  it('shows the figures the domain computes from the same table, readable as plain cells', () => {
    wb = openWorkbook();
    const seeded = seedTracking(wb, 300);
    const summary = ok(refreshDashboard({}));
    const expected = dashboardFigures(
      seeded.requests,
      seeded.answers.map((a) => ({
        date: a.date,
        requestId: a.requestId,
        action: a.action,
        detail: a.detail,
      })),
      TODAY,
      21,
    );
    expect(summary.total).toBe(300);
    expect(summary.inProgress).toBe(expected.inProgress);
    expect(summary.followUpsDueToday).toBe(expected.followUpsDueToday);
    expect(summary.followUpsOverdue).toBe(expected.followUpsOverdue);
    expect(expected.followUpsDueToday).toBeGreaterThan(0);
    expect(expected.followUpsOverdue).toBeGreaterThan(0);

    const rows = shown(wb.emulator, BOARD);
    expect(rows[0]?.[0]).toBe('Tableau de bord de la recherche de stage');
    expect(figureOf(rows, 'Demandes suivies')).toBe('300');
    expect(figureOf(rows, 'Relances à faire aujourd’hui')).toBe(String(expected.followUpsDueToday));
    expect(figureOf(rows, 'Relances en retard')).toBe(String(expected.followUpsOverdue));
    expect(figureOf(rows, 'Taux de réponse')).toBe(`${Math.round((expected.responses.rate ?? 0) * 100)}%`);
    expect(figureOf(rows, 'Délai moyen de réponse (en jours)')).toBe('5');
    expect(figureOf(rows, 'Refusé')).toBe(String(expected.byStep.find((c) => c.label === 'Refusé')?.count));
    expect(expected.byStep.find((c) => c.label === 'Refusé')?.count).toBe(33);
    expect(figureOf(rows, 'Pas de tuteur disponible')).toBe(
      String(expected.refusalReasons.find((c) => c.label === 'Pas de tuteur disponible')?.count),
    );
  });

  it('draws two bar charts whose ranges are the dashboard’s own tables', () => {
    wb = openWorkbook();
    seedTracking(wb, 300);
    ok(refreshDashboard({}));
    const sheet = wb.emulator.spreadsheet.getSheetByName(BOARD);
    const charts = sheet?.getCharts() ?? [];
    expect(charts.map((c) => c.getOptions().get('title'))).toEqual([STEP_CHART_TITLE, REFUSAL_CHART_TITLE]);
    const rows = shown(wb.emulator, BOARD);
    for (const chart of charts) {
      const [range] = chart.getRanges();
      expect(range?.getSheet().getName()).toBe(BOARD);
      expect(range?.getNumColumns()).toBe(2);
      const header = rows[(range?.getRow() ?? 0) - 1];
      expect([
        ['Étape', 'Demandes'],
        ['Motif', 'Refus'],
      ]).toContainEqual(header?.slice(0, 2));
    }
    expect(charts[0]?.getRanges()[0]?.getNumRows()).toBe(10); // header + the nine steps
  });

  it('replaces only its own content and charts: the person’s chart, sheet and notes stay', () => {
    wb = openWorkbook();
    seedTracking(wb, 20);
    // A sheet of her own already named « Tableau de bord ».
    const own = wb.emulator.spreadsheet.insertSheet(BOARD);
    own.getRange('A1').setValue('Mes notes à moi');
    ok(refreshDashboard({}));
    const ours = wb.emulator.spreadsheet
      .getSheets()
      .find((s) => s.getDeveloperMetadata().some((m) => m.getKey() === DASHBOARD_METADATA_KEY));
    expect(ours?.getName()).toBe('Tableau de bord (stage)');
    expect(own.getRange('A1').getValue()).toBe('Mes notes à moi');

    const sheet = ours as GoogleAppsScript.Spreadsheet.Sheet;
    const personal = sheet
      .newChart()
      .asPieChart()
      .addRange(sheet.getRange('A1:B2'))
      .setOption('title', 'Mon camembert')
      .build();
    sheet.insertChart(personal);
    sheet.getRange('H40').setValue('Note de la conseillère');
    ok(refreshDashboard({}));
    ok(refreshDashboard({}));
    const titles = sheet.getCharts().map((c) => c.getOptions().get('title'));
    expect(titles.sort()).toEqual(['Demandes par étape', 'Mon camembert', 'Motifs de refus']);
    expect(sheet.getRange('H40').getValue()).toBe('Note de la conseillère');
    expect(wb.emulator.spreadsheet.getSheets().filter((s) => s.getName().startsWith(BOARD))).toHaveLength(2);
  });

  it('blanks the rows it wrote last time when the list of the day gets shorter', () => {
    wb = openWorkbook();
    seedTracking(wb, 60);
    ok(refreshDashboard({}));
    const before = shown(wb.emulator, 'Tableau de bord').length;
    wb.advanceDays(1); // the follow-ups due yesterday are still due, the list changes length
    wb.emulator.spreadsheet.getSheetByName('Suivi des demandes')?.getRange(2, 1, 59, 20).clearContent();
    ok(refreshDashboard({}));
    const after = shown(wb.emulator, 'Tableau de bord');
    expect(after.length).toBeLessThan(before);
    expect(after.at(-1)?.[0]).toBe('Aucune relance ni rencontre à proposer aujourd’hui.');
  });

  it('colours the warning under three requests in progress', () => {
    wb = openWorkbook();
    seedTracking(wb, 2);
    ok(refreshDashboard({}));
    const view = wb.emulator.view.sheet(BOARD, { maxRows: 20 });
    const row = view.rows.findIndex((r) => r[0]?.display === 'Demandes en cours');
    expect(view.rows[row]?.[2]?.display).toMatch(/^Une seule demande en cours/);
    expect(view.rows[row]?.[2]?.background).toBe(COLOURS.warning);
  });

  it('from the menu: shows the sheet and says it is up to date', () => {
    wb = openWorkbook();
    seedTracking(wb, 5);
    refreshDashboardFromMenu();
    expect(wb.emulator.spreadsheet.getActiveSheet().getName()).toBe(BOARD);
    expect(wb.emulator.ui.toasts.at(-1)?.message).toBe(
      'Le tableau de bord est à jour dans la feuille « Tableau de bord ».',
    );
  });
});

describe('calls per refresh', () => {
  function refreshCalls(count: number): { total: number; byMethod: Record<string, number> } {
    wb = openWorkbook();
    seedTracking(wb, count);
    ok(refreshDashboard({})); // the first refresh creates the sheet and its charts
    wb.emulator.calls.reset();
    ok(refreshDashboard({}));
    const result = { total: wb.emulator.calls.count(), byMethod: wb.emulator.calls.snapshot() };
    wb.close();
    return result;
  }

  it('are the same for 10 and 300 requests: one read of each table, one write per property', () => {
    const small = refreshCalls(10);
    const large = refreshCalls(300);
    wb = openWorkbook();
    expect(large.total).toBe(small.total);
    expect(large.byMethod['Range.getValues']).toBe(small.byMethod['Range.getValues']);
    // Each table in one read: header and rows together (getDataRange).
    expect(large.byMethod['Range.getValues']).toBe(2);
    expect(large.byMethod['Range.setValues']).toBe(1);
    expect(large.total).toBeLessThan(100); // 67 when written: README of src/server/dashboard
    process.stderr.write(`calls per refresh: ${large.total} ${JSON.stringify(large.byMethod)}\n`);
  });
});
