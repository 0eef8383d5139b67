/**
 * The dashboard's native charts. Each is recognised on a later refresh by its title on the
 * dashboard sheet: it is updated in place (keeping where the person moved it), any other chart
 * — the person's own — is left alone, and a missing one is inserted.
 */
import type { ChartSpec } from '../../domain/dashboard';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

function titleOf(chart: Chart): unknown {
  return chart.getOptions().get('title');
}

export interface ChartsReport {
  readonly inserted: number;
  readonly updated: number;
}

export function writeCharts(sheet: Sheet, specs: readonly ChartSpec[]): ChartsReport {
  const existing = sheet.getCharts();
  let inserted = 0;
  for (const spec of specs) {
    const { row, column, numRows, numColumns } = spec.range;
    const source = sheet.getRange(row, column, numRows, numColumns);
    const mine = existing.find((chart) => titleOf(chart) === spec.title);
    const builder = (mine ? mine.modify().clearRanges() : sheet.newChart())
      // Horizontal bars: the step and reason labels are long, they read better on the left.
      .asBarChart()
      .addRange(source)
      .setOption('title', spec.title)
      .setOption('legend', { position: 'none' })
      .setOption('width', 520)
      .setOption('height', 320);
    if (mine) sheet.updateChart(builder.build());
    else {
      sheet.insertChart(builder.setPosition(spec.anchorRow, spec.anchorColumn, 0, 0).build());
      inserted++;
    }
  }
  return { inserted, updated: specs.length - inserted };
}
