/**
 * The « Tableau de bord » sheet as plain data: every value, weight, colour and number format of
 * the add-on's area (columns A to C), and the charts with the ranges they draw from. The adapter
 * writes it with one call per property and points each chart at its own small table, so the
 * sheet stays readable without the add-on and a chart never depends on the tracking table.
 */

import { countOf, frenchDayWithWeekday } from '../french';
import { textContent } from '../tracking';
import type { Count, DashboardFigures } from './figures';

export const DASHBOARD_SHEET_NAME = 'Tableau de bord';
/** Developer metadata on the sheet: marks it as the add-on's; the value is the area last written. */
export const DASHBOARD_METADATA_KEY = 'stage-en-collectivite.dashboard';
export const DASHBOARD_WIDTH = 3;
export const DASHBOARD_COLUMN_WIDTHS = [300, 110, 460] as const;
/** Charts sit right of the tables, from column E. */
export const CHART_COLUMN = 5;
export const MAX_LISTED_FOLLOW_UPS = 30;

export type Cell = string | number;

/** A rate shown as « 40% »: Sheets' own percent format, which every locale reads. */
export const PERCENT_FORMAT = '0%';

export interface ChartSpec {
  /** Identifies the add-on's chart on a later refresh (the person's own charts have other titles). */
  readonly title: string;
  /** The table the chart reads, header row included (1-based). */
  readonly range: {
    readonly row: number;
    readonly column: number;
    readonly numRows: number;
    readonly numColumns: number;
  };
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

export interface DashboardSheet {
  readonly values: Cell[][];
  /** Titles and notes run over the empty cells to their right; table cells wrap. */
  readonly wraps: boolean[][];
  readonly fontWeights: ('bold' | 'normal')[][];
  readonly backgrounds: (string | null)[][];
  readonly numberFormats: string[][];
  readonly charts: readonly ChartSpec[];
}

export const COLOURS = {
  title: '#d9ead3',
  section: '#cfe2f3',
  header: '#eeeeee',
  warning: '#f9cb9c',
  good: '#d9ead3',
} as const;

export const STEP_CHART_TITLE = 'Demandes par étape';
export const REFUSAL_CHART_TITLE = 'Motifs de refus';

type Style = 'title' | 'section' | 'header' | 'warning' | 'good' | 'plain' | 'note';

class Builder {
  readonly rows: { cells: Cell[]; style: Style; formats: string[] }[] = [];
  add(cells: Cell[], style: Style = 'plain', formats: string[] = []): number {
    this.rows.push({ cells, style, formats });
    return this.rows.length;
  }
  blank(): void {
    this.add([]);
  }
}

/** A person's text in a table cell: written as it is, textContent gives its cell the format that keeps it. */
const text = (value: string): string => value;

function countTable(b: Builder, title: string, header: [string, string], counts: readonly Count[]) {
  b.add([title], 'section');
  const headerRow = b.add(header, 'header');
  for (const c of counts) b.add([text(c.label), c.count]);
  return { row: headerRow, column: 1, numRows: counts.length + 1, numColumns: 2 };
}

function overview(b: Builder, f: DashboardFigures): void {
  b.add(['En un coup d’œil'], 'section');
  b.add(['Indicateur', 'Valeur', 'Ce qu’il faut en retenir'], 'header');
  b.add([
    'Demandes suivies',
    f.total,
    f.total === 0 ? 'Aucune demande dans « Suivi des demandes » pour le moment.' : '',
  ]);
  b.add(
    [
      'Demandes en cours',
      f.inProgress,
      f.inProgressWarning ??
        (f.accepted > 0
          ? 'Un stage est accepté : bravo !'
          : 'Plusieurs demandes avancent en parallèle, comme le conseille le guide.'),
    ],
    f.inProgressWarning === null ? 'good' : 'warning',
  );
  b.add(
    [
      'Relances à faire aujourd’hui',
      f.followUpsDueToday,
      `Sans réponse depuis ${countOf(f.followUpDays, 'jour')} exactement.`,
    ],
    f.followUpsDueToday > 0 ? 'warning' : 'plain',
  );
  b.add(
    [
      'Relances en retard',
      f.followUpsOverdue,
      `Sans réponse depuis plus de ${countOf(f.followUpDays, 'jour')} : à relancer en priorité.`,
    ],
    f.followUpsOverdue > 0 ? 'warning' : 'plain',
  );
  b.add([
    'Rencontres à proposer',
    f.meetingsToPropose,
    'Réponse positive : proposer une rencontre avant le stage.',
  ]);
  const { contacted, answered, rate } = f.responses;
  b.add(
    [
      'Taux de réponse',
      rate === null ? '—' : rate,
      contacted === 0
        ? 'Aucune demande envoyée pour le moment.'
        : `${countOf(answered, 'réponse')} sur ${countOf(contacted, 'demande envoyée', 'demandes envoyées')}.`,
    ],
    'plain',
    ['', rate === null ? '@' : PERCENT_FORMAT, ''],
  );
  const { averageDays, measured } = f.answerDelay;
  b.add(
    [
      'Délai moyen de réponse (en jours)',
      averageDays === null ? '—' : Math.round(averageDays),
      averageDays === null
        ? 'Pas encore de réponse datée pour le mesurer.'
        : `Du premier contact à la réponse, mesuré sur ${countOf(measured, 'réponse')}.`,
    ],
    'plain',
    ['', averageDays === null ? '@' : '0', ''],
  );
  b.add(
    ['Stages acceptés', f.accepted, f.accepted > 0 ? 'Pensez à la convention avec France Travail.' : ''],
    f.accepted > 0 ? 'good' : 'plain',
  );
}

function followUpList(b: Builder, f: DashboardFigures): void {
  b.add(['Démarches du jour'], 'section');
  b.add(['Demande', 'N°', 'À faire'], 'header');
  if (f.due.length === 0) {
    b.add(['Aucune relance ni rencontre à proposer aujourd’hui.'], 'note');
    return;
  }
  for (const due of f.due.slice(0, MAX_LISTED_FOLLOW_UPS)) {
    b.add([text(due.summary), text(due.requestId), text(due.suggestions.join(' ; '))]);
  }
  const rest = f.due.length - MAX_LISTED_FOLLOW_UPS;
  if (rest > 0)
    b.add(
      [
        `… et ${countOf(rest, 'autre démarche', 'autres démarches')} : voir les lignes orange de « Suivi des demandes ».`,
      ],
      'note',
    );
}

const BACKGROUND: Record<Style, string | null> = {
  title: COLOURS.title,
  section: COLOURS.section,
  header: COLOURS.header,
  warning: COLOURS.warning,
  good: COLOURS.good,
  plain: null,
  note: null,
};

/** The sheet for `figures`; `updatedAt` is « 09:05 », the time of the refresh in the workbook's zone. */
export function dashboardSheet(f: DashboardFigures, updatedAt: string): DashboardSheet {
  const b = new Builder();
  b.add(['Tableau de bord de la recherche de stage'], 'title');
  b.add(
    [
      `Mis à jour le ${frenchDayWithWeekday(f.today)} à ${updatedAt}. Pour l’actualiser : Extensions › Stage en collectivité › Actualiser le tableau de bord.`,
    ],
    'note',
  );
  b.blank();
  overview(b, f);
  b.blank();
  const steps = countTable(b, 'Demandes par étape', ['Étape', 'Demandes'], f.byStep);
  b.blank();
  const refusals = countTable(b, 'Motifs de refus', ['Motif', 'Refus'], f.refusalReasons);
  b.blank();
  followUpList(b, f);

  const pad = <T>(cells: T[], fill: T): T[] =>
    Array.from({ length: DASHBOARD_WIDTH }, (_, i) => cells[i] ?? fill);
  return {
    values: b.rows.map((r) =>
      pad(r.cells, '').map(
        (cell): Cell => (typeof cell === 'string' ? String(textContent(cell).value) : cell),
      ),
    ),
    wraps: b.rows.map((r) => pad<boolean>([], !['title', 'section', 'note'].includes(r.style))),
    fontWeights: b.rows.map((r) =>
      pad<'bold' | 'normal'>([], ['title', 'section', 'header'].includes(r.style) ? 'bold' : 'normal'),
    ),
    backgrounds: b.rows.map((r) =>
      // A title or section band spans the whole area; other colours only tint the comment.
      r.style === 'warning' || r.style === 'good'
        ? [null, null, BACKGROUND[r.style]]
        : pad<string | null>([], BACKGROUND[r.style]),
    ),
    numberFormats: b.rows.map((r) =>
      pad<Cell>(r.cells, '').map(
        (cell, i) => r.formats[i] || (typeof cell === 'number' ? '0' : textContent(String(cell)).format),
      ),
    ),
    charts: [
      { title: STEP_CHART_TITLE, range: steps, anchorRow: 4, anchorColumn: CHART_COLUMN },
      { title: REFUSAL_CHART_TITLE, range: refusals, anchorRow: 24, anchorColumn: CHART_COLUMN },
    ],
  };
}
