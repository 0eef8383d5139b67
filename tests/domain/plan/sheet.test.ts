import { describe, expect, it } from 'vitest';
import { answerContent, readText } from '../../../src/domain/plan/cell-values';
import type { Plan } from '../../../src/domain/plan/plan';
import { QUESTIONS, questionOfPath, SECTIONS } from '../../../src/domain/plan/questions';
import {
  mergedAnswerColumn,
  PLAN_ROW_METADATA_KEY,
  type PlanRow,
  planFromRows,
  planSheetUpdate,
  planToRows,
  type RowMetadata,
} from '../../../src/domain/plan/sheet';
import { dateOf } from '../../../src/domain/tracking/calendar';
import { normaliseLabel } from '../../../src/domain/tracking/text';
import { COMPLETE, plan } from './fixtures';

const ZONE = 'Europe/Paris';

/** The values a sheet holds once the rows are written (what getValues returns). */
const valuesOf = (rows: readonly PlanRow[]): unknown[][] => rows.map((row) => [...row.cells]);

/** The metadata the adapter attaches to each row it writes. */
const metadataOf = (rows: readonly PlanRow[], offset = 0): RowMetadata[] =>
  rows.map((row, index) => ({ key: PLAN_ROW_METADATA_KEY, value: row.key, row: index + 1 + offset }));

const rowOf = (values: unknown[][], label: string): unknown[] => {
  const row = values.find((r) => r[0] === label);
  if (row === undefined) throw new Error(`No row ${label}`);
  return row;
};

const AUTOMATIC = '0.###############';

describe('the plan as rows', () => {
  it('writes a title row per section, then one question a row with its answer and a hint', () => {
    const rows = planToRows(plan(COMPLETE));
    expect(rows.filter((r) => r.kind === 'section').map((r) => r.cells[0])).toEqual([
      '1. Pourquoi un stage ?',
      '2. Mon rôle',
      '3. Contenu du stage',
      '4. Conditions idéales d’accueil',
      '5. Préparer la prise de contact',
    ]);
    expect(rows).toHaveLength(5 + QUESTIONS.length);
    const values = valuesOf(rows);
    expect(rowOf(values, 'Mon rôle au fil du stage')[1]).toBe(
      'Semaine 1 : observatrice\nSemaines 2 à 4 : actrice',
    );
    expect(rowOf(values, 'Objectif de la PMSMP')[1]).toBe('Confirmer un projet professionnel');
    expect(rowOf(values, 'Durée du stage')[1]).toBe('4 semaines');
    expect(rowOf(values, 'Heures par semaine')[1]).toBe(35);
    expect(rowOf(values, 'J’ai besoin d’un ordinateur')[1]).toBe('Oui');
    expect(rowOf(values, 'Début au plus tôt')[1]).toEqual(dateOf('2026-11-02', ZONE));
    expect(rowOf(values, 'Code ROME du métier (facultatif)')[1]).toBe('M1601 – Accueil et renseignements');
    expect(rows.find((r) => r.key === 'conditions.earliestStart')?.numberFormat).toBe('dd/mm/yyyy');
    expect(rows.find((r) => r.key === 'contact.me.phone')?.numberFormat).toBe('@');
    expect(rows.find((r) => r.key === 'conditions.hoursPerWeek')?.numberFormat).toBeNull();
  });

  it('leaves the answer empty for what is not known', () => {
    const rows = planToRows(plan());
    expect(rows.filter((r) => r.kind === 'question').every((r) => r.cells[1] === '')).toBe(true);
  });

  it('gives every question and section a label no other row shares', () => {
    const labels = [
      ...SECTIONS.map((s) => s.title),
      ...QUESTIONS.flatMap((q) => [q.label, ...q.aliases]),
    ].map((l) => normaliseLabel(l).replace(/^\d+/, ''));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('gives every question a distinct key, which is the path of its answer and of its messages', () => {
    const keys = QUESTIONS.map((q) => q.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(questionOfPath('role.phases.1.to')?.key).toBe('role.phases');
    expect(questionOfPath('conditions.duration.amount')?.label).toBe('Durée du stage');
  });
});

describe('round trips', () => {
  it('reads back the plan it wrote, by metadata', () => {
    const written = plan(COMPLETE);
    const rows = planToRows(written);
    const reading = planFromRows(valuesOf(rows), metadataOf(rows));
    expect(reading.plan).toEqual(written);
    expect(reading.problems).toEqual([]);
    expect(reading.unknownRows).toEqual([]);
    expect(reading.missing).toEqual([]);
    expect(reading.metadataToAdd).toEqual([]);
  });

  it('reads back by labels when the metadata is gone (a copied sheet)', () => {
    const written = plan(COMPLETE);
    const rows = planToRows(written);
    const reading = planFromRows(valuesOf(rows), []);
    expect(reading.plan).toEqual(written);
    expect(reading.metadataToAdd).toHaveLength(rows.length);
    expect(reading.metadataToAdd[0]).toEqual({ key: 'section.why', row: 1 });
  });

  it.each([
    ['an empty plan', {}],
    [
      'a plan in days',
      {
        conditions: { duration: { amount: 3, unit: 'days' } },
        role: { phases: [{ role: 'observer', from: 1, to: 3 }] },
      },
    ],
    [
      'a minor',
      {
        contact: {
          me: { ageGroup: 'minor', legalRepresentative: 'Nadia Martin, sa mère', civility: 'Monsieur' },
        },
      },
    ],
    [
      'a part-time plan',
      { conditions: { rhythm: 'partTime', hoursPerWeek: 17.5, logistics: { computer: false } } },
    ],
  ] as const)('round-trips %s', (_, input) => {
    const written = plan(input as never);
    const rows = planToRows(written);
    expect(planFromRows(valuesOf(rows), metadataOf(rows)).plan).toEqual(written);
  });
});

describe('reading what a person edited', () => {
  const edit = (changes: Record<string, unknown>, base: Plan = plan()): ReturnType<typeof planFromRows> => {
    const rows = planToRows(base);
    const values = valuesOf(rows);
    for (const [label, value] of Object.entries(changes)) rowOf(values, label)[1] = value;
    return planFromRows(values, metadataOf(rows));
  };

  it('reads lists separated by lines or by « ; », without bullets', () => {
    const reading = edit({
      'Les tâches et activités que je souhaite faire':
        '- Accueil du public\n• Courrier\r\n\nArchives ; Standard',
    });
    expect(reading.plan.content.tasksToDo).toEqual(['Accueil du public', 'Courrier', 'Archives', 'Standard']);
  });

  it('reads dates as Dates, as dd/mm/yyyy text, or in words', () => {
    const reading = edit({
      'Début au plus tôt': dateOf('2026-11-02', ZONE),
      'Fin au plus tard': '27/11/2026',
    });
    expect(reading.plan.conditions.earliestStart).toBe('2026-11-02');
    expect(reading.plan.conditions.latestEnd).toBe('2026-11-27');
    expect(edit({ 'Fin au plus tard': 'le 1er décembre 2026' }).plan.conditions.latestEnd).toBe('2026-12-01');
  });

  it('reads Oui / Non, a checkbox, and reports anything else', () => {
    expect(edit({ 'J’ai besoin d’un ordinateur': 'non' }).plan.conditions.logistics.computer).toBe(false);
    expect(edit({ 'J’ai besoin d’un ordinateur': true }).plan.conditions.logistics.computer).toBe(true);
    const reading = edit({ 'J’ai besoin d’un ordinateur': 'peut-être' });
    expect(reading.plan.conditions.logistics.computer).toBeUndefined();
    expect(reading.problems).toEqual([
      {
        key: 'conditions.logistics.computer',
        row: expect.any(Number),
        label: 'J’ai besoin d’un ordinateur',
        message: 'Répondez par « Oui » ou par « Non ».',
      },
    ]);
  });

  it('reads role phases as a person writes them', () => {
    const base = plan({ conditions: { duration: { amount: 4, unit: 'weeks' } } });
    const reading = edit(
      {
        'Mon rôle au fil du stage':
          'semaine 1 : Observatrice\nde la semaine 2 à la semaine 3 : stagiaire en apprentissage\nSem 4 - acteur',
      },
      base,
    );
    expect(reading.plan.role.phases).toEqual([
      { role: 'observer', from: 1, to: 1 },
      { role: 'learner', from: 2, to: 3 },
      { role: 'actor', from: 4, to: 4 },
    ]);
    expect(edit({ 'Mon rôle au fil du stage': 'Semaines 2-4 : acteur' }, base).plan.role.phases).toEqual([
      { role: 'actor', from: 2, to: 4 },
    ]);
    expect(edit({ 'Mon rôle au fil du stage': 'Acteur' }, base).plan.role.phases).toEqual([
      { role: 'actor', from: 1, to: 4 },
    ]);
  });

  it('reports a phase line it cannot read, and one in the wrong unit', () => {
    const base = plan({ conditions: { duration: { amount: 4, unit: 'weeks' } } });
    const reading = edit(
      {
        'Mon rôle au fil du stage':
          'Semaine 1 : observateur\nSemaine 2 : chef de projet\nJours 3 à 4 : acteur',
      },
      base,
    );
    expect(reading.plan.role.phases).toEqual([{ role: 'observer', from: 1, to: 1 }]);
    expect(reading.problems[0]?.message).toBe(
      'La ligne « Semaine 2 : chef de projet » n’est pas comprise : écrivez par exemple « Semaine 1 : observateur » ou « Semaines 2 à 4 : acteur ». La ligne « Jours 3 à 4 : acteur » compte en jours, alors que la durée du stage est en semaines : écrivez les périodes en semaines.',
    );
  });

  it('reads a duration, hours and choices typed freely', () => {
    const reading = edit({
      'Durée du stage': 'deux semaines',
      'Heures par semaine': '17,5 h',
      Rythme: 'temps PARTIEL',
      'Objectif de la PMSMP': 'confirmer un projet professionnel',
      Civilité: 'Mme',
      'Code ROME du métier (facultatif)': 'k1303',
      'Types de collectivité à solliciter': 'Communes ; Communauté de communes\nConseil départemental',
    });
    expect(reading.plan.conditions).toMatchObject({
      duration: { amount: 2, unit: 'weeks' },
      hoursPerWeek: 17.5,
      rhythm: 'partTime',
      collectivityTypes: ['Commune', 'Intercommunalité', 'Département'],
    });
    expect(reading.plan.why.objective).toBe('confirm');
    expect(reading.plan.contact.me.civility).toBe('Madame');
    expect(reading.plan.content.romeCode).toBe('K1303');
    expect(reading.problems).toEqual([]);
  });

  it('reports answers it cannot understand, in French, and leaves them out', () => {
    const reading = edit({
      'Durée du stage': '4',
      'Heures par semaine': 'beaucoup',
      'Début au plus tôt': '31/02/2026',
      'Objectif de la PMSMP': 'Trouver un emploi',
    });
    expect(reading.problems.map((p) => [p.key, p.message])).toEqual([
      [
        'why.objective',
        expect.stringMatching(
          /^«\u00a0Trouver un emploi\u00a0» ne fait pas partie des choix\u00a0: Découvrir/,
        ),
      ],
      ['conditions.duration', 'Écrivez la durée avec son unité, par exemple « 4 semaines » ou « 10 jours ».'],
      ['conditions.hoursPerWeek', 'Écrivez un nombre, par exemple 35.'],
      ['conditions.earliestStart', 'Cette date n’existe pas dans le calendrier.'],
    ]);
    expect(reading.plan.conditions.duration).toBeUndefined();
    expect(reading.plan.why.objective).toBeUndefined();
  });

  it('moves a reason that is not the guide’s to « Autre raison » rather than losing it', () => {
    const reading = edit({
      'Pourquoi je veux faire un stage':
        'Se créer un réseau de contacts professionnels\nReprendre un rythme de travail',
      'Autre raison': 'Changer de métier',
    });
    expect(reading.plan.why.reasons).toEqual(['network']);
    expect(reading.plan.why.otherReason).toBe('Changer de métier ; Reprendre un rythme de travail');
  });

  it('puts back the leading zero Sheets drops from a postal code or a phone typed as a number', () => {
    const reading = edit({ 'Code postal': 1000, Téléphone: 612345678 });
    expect(reading.plan.contact.me.postalCode).toBe('01000');
    expect(reading.plan.contact.me.phone).toBe('0612345678');
  });

  it('keeps a validation message for what is well read but breaks a rule', () => {
    const reading = edit({ 'Heures par semaine': 60 });
    expect(reading.plan.conditions.hoursPerWeek).toBe(60);
    expect(reading.problems).toEqual([]);
  });
});

describe('rows the add-on does not know', () => {
  it('reports them, finds moved or renamed rows, and ignores empty rows', () => {
    const rows = planToRows(plan(COMPLETE));
    const values = valuesOf(rows);
    const metadata = metadataOf(rows);
    // The counsellor adds a note at the top and a section of their own at the end…
    values.unshift(['Remarque de la conseillère', 'Bien préparer l’appel', '']);
    values.push(['', '', ''], ['6. Suivi', '', ''], ['Date du prochain rendez-vous', '15/12/2026', '']);
    const shifted = metadata.map((m) => ({ ...m, row: m.row + 1 }));
    // …and renames a question: its metadata still finds it.
    const hours = shifted.find((m) => m.value === 'conditions.hoursPerWeek');
    if (hours === undefined) throw new Error('no hours row');
    (values[hours.row - 1] as unknown[])[0] = "Nombre d'heures hebdomadaires";
    const reading = planFromRows(values, shifted);
    expect(reading.plan).toEqual(plan(COMPLETE));
    expect(reading.unknownRows).toEqual([1, values.length - 1, values.length]);
    expect(reading.located.find((l) => l.key === 'conditions.hoursPerWeek')).toEqual({
      key: 'conditions.hoursPerWeek',
      kind: 'question',
      row: hours.row,
      foundBy: 'metadata',
    });
  });

  it('takes the topmost row when a row was copied, and treats the copy as unknown', () => {
    const rows = planToRows(plan(COMPLETE));
    const values = valuesOf(rows);
    const metadata = metadataOf(rows);
    const nameRow = metadata.find((m) => m.value === 'contact.me.lastName')?.row ?? 0;
    values.push(['Nom', 'Autre nom', '']);
    metadata.push({ key: PLAN_ROW_METADATA_KEY, value: 'contact.me.lastName', row: values.length });
    const reading = planFromRows(values, metadata);
    expect(reading.plan.contact.me.lastName).toBe('Martin');
    expect(reading.located.find((l) => l.key === 'contact.me.lastName')?.row).toBe(nameRow);
    expect(reading.unknownRows).toEqual([values.length]);
  });

  it('ignores metadata of other features and metadata outside the sheet', () => {
    const rows = planToRows(plan(COMPLETE));
    const metadata: RowMetadata[] = [
      { key: 'autre.module', value: 'contact.me.lastName', row: 1 },
      { key: PLAN_ROW_METADATA_KEY, value: 'contact.me.lastName', row: 999 },
      { key: PLAN_ROW_METADATA_KEY, value: 'cle.inconnue', row: 2 },
    ];
    const reading = planFromRows(valuesOf(rows), metadata);
    expect(reading.plan).toEqual(plan(COMPLETE));
  });
});

describe('saving over an edited sheet', () => {
  it('rewrites only the answers of known rows and appends the missing questions under their section', () => {
    const rows = planToRows(plan());
    const values = valuesOf(rows);
    const metadata = metadataOf(rows);
    // The person deleted the two date rows and added a row of their own.
    const dateRows = metadata.filter(
      (m) => m.value === 'conditions.earliestStart' || m.value === 'conditions.latestEnd',
    );
    const kept = values.filter((_, index) => !dateRows.some((d) => d.row === index + 1));
    const keptMetadata = metadata
      .filter((m) => !dateRows.includes(m))
      .map((m) => ({ ...m, row: m.row > (dateRows[0]?.row ?? 0) ? m.row - 2 : m.row }));
    kept.push(['Ma note', 'Ne pas appeler le lundi', '']);
    const reading = planFromRows(kept, keptMetadata);
    expect(reading.missing).toEqual(['conditions.earliestStart', 'conditions.latestEnd']);
    expect(reading.unknownRows).toEqual([kept.length]);

    const update = planSheetUpdate(plan(COMPLETE), reading);
    expect(update.answers).toHaveLength(QUESTIONS.length - 2);
    expect(update.answers.some((a) => a.row === kept.length)).toBe(false);
    expect(update.append.map((r) => [r.kind, r.cells[0], r.cells[1]])).toEqual([
      ['section', '4. Conditions idéales d’accueil', ''],
      ['question', 'Début au plus tôt', dateOf('2026-11-02', ZONE)],
      ['question', 'Fin au plus tard', dateOf('2026-11-27', ZONE)],
    ]);

    // Written back in one column: the person's row is untouched, and the plan reads back whole.
    const column = mergedAnswerColumn(
      kept.map((r) => r[1]),
      undefined,
      undefined,
      update.answers,
    );
    const saved = kept.map((row, index) => [row[0], column.values[index]?.[0], row[2]]);
    const appended = update.append.map((r) => [...r.cells]);
    const savedMetadata = [
      ...keptMetadata,
      ...update.append.map((r, i) => ({
        key: PLAN_ROW_METADATA_KEY,
        value: r.key,
        row: saved.length + i + 1,
      })),
    ];
    expect(saved[kept.length - 1]).toEqual(['Ma note', 'Ne pas appeler le lundi', '']);
    expect(planFromRows([...saved, ...appended], savedMetadata).plan).toEqual(plan(COMPLETE));
  });

  it('keeps a formula the person put in an unknown row, with its format', () => {
    const column = mergedAnswerColumn(
      ['a', 3, '=1+1'],
      ['', '=1+2', ''],
      ['@', '0.00', AUTOMATIC],
      [{ row: 1, key: 'x', value: 'b', numberFormat: '@' }],
    );
    expect(column).toEqual({
      values: [['b'], ['=1+2'], ["'=1+1"]],
      formats: [['@'], ['0.00'], [AUTOMATIC]],
    });
  });

  it('writes back untouched text so that it stores the same (ValueInputOption USER_ENTERED: https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption)', () => {
    const column = mergedAnswerColumn(
      ['0612345678', 'TRUE', '12/03/2026', "'cité", 'Bonjour', 12, '0612345678', "'cité", '=x'],
      undefined,
      [AUTOMATIC, AUTOMATIC, AUTOMATIC, AUTOMATIC, AUTOMATIC, AUTOMATIC, '@', '@', '@'],
      [],
    );
    expect(column.values).toEqual([
      // Automatic cells: an apostrophe before what Sheets would parse.
      ["'0612345678"],
      ["'TRUE"],
      ["'12/03/2026"],
      ["''cité"],
      ['Bonjour'],
      [12],
      // Plain-text cells keep text as written; ' and = move to an Automatic cell, escaped.
      ['0612345678'],
      ["''cité"],
      ["'=x"],
    ]);
    expect(column.formats.map(([f]) => f)).toEqual([...Array(6).fill(AUTOMATIC), '@', AUTOMATIC, AUTOMATIC]);
  });
});

describe('formula injection and reparsing (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object))', () => {
  it.each([
    '=IMPORTXML("http://x", "//a")',
    '+33 6 12 34 56 78',
    '-2',
    '@SUM(A1)',
    '\tTab',
    '\rCR',
    '007',
    "'cité",
  ])('writes « %s » so that it reads back as typed', (typed) => {
    // Straight to the writer, without the schema's trimming: the writer is safe on its own.
    const rows = planToRows({ ...plan(), content: { currentSkills: typed } });
    const row = rows.find((r) => r.key === 'content.currentSkills');
    expect(row?.cells[1]).toBe(typed);
    const content = answerContent(row?.cells[1] ?? '', row?.numberFormat ?? null);
    // ' and = behind an apostrophe in an Automatic cell; anything else as typed in a Plain-text cell.
    expect(content).toEqual(
      /^['=]/.test(typed) ? { value: `'${typed}`, format: AUTOMATIC } : { value: typed, format: '@' },
    );
  });
});

describe('text Sheets turned into something else when a person typed it in the sheet', () => {
  it('a date in a text answer reads as the day the sheet shows, not as nothing', () => {
    expect(readText(dateOf('2026-05-12', ZONE), ZONE).value).toBe('12/05/2026');
    expect(readText(7).value).toBe('7');
  });
});
