import { afterEach, describe, expect, it } from 'vitest';
import { PLAN_ROW_METADATA_KEY, PLAN_SHEET_NAME } from '../../../src/domain/plan';
import { getPlan, savePlan } from '../../../src/server';
import { answerOf, COMPLETE, ok, openWorkbook, planValues, rowOf, type Workbook } from './helpers';

let wb: Workbook;
afterEach(() => wb.close());

const cell = (row: number, column: number) =>
  wb.emulator.view.sheet(PLAN_SHEET_NAME, { maxRows: row }).rows[row - 1]?.[column - 1];

describe('« Plan de stage »: created on the first save, read back as the source of truth', () => {
  it('creates a readable sheet: header, sections, one question a row, hints, widths, row metadata', () => {
    wb = openWorkbook();
    expect(ok(getPlan({})).sheetExists).toBe(false);
    const saved = ok(savePlan(COMPLETE));
    expect(saved.created).toBe(true);
    expect(saved.progress.complete).toBe(true);

    const values = planValues(wb.emulator);
    expect(values[0]).toEqual(['Question', 'Ma réponse', 'Comment répondre']);
    expect(values[1]?.[0]).toBe('1. Pourquoi un stage ?');
    expect(answerOf(wb.emulator, 'Objectif de la PMSMP')).toBe('Confirmer un projet professionnel');
    expect(answerOf(wb.emulator, 'Téléphone')).toBe('06 12 34 56 78');
    expect(answerOf(wb.emulator, 'Code postal')).toBe('69100');

    const section = cell(2, 1);
    expect(section?.fontWeight).toBe('bold');
    expect(section?.background).toBe('#e8f0fe');
    const hint = cell(rowOf(wb.emulator, 'Durée du stage'), 3);
    expect(hint?.fontStyle).toBe('italic');
    expect(hint?.fontColor).toBe('#5f6368');
    expect(cell(rowOf(wb.emulator, 'Durée du stage'), 2)?.wrap).toBe(true);
    const sheet = wb.emulator.view.sheet(PLAN_SHEET_NAME);
    expect(sheet.columnWidths.slice(0, 3)).toEqual([280, 380, 260]);
    expect(sheet.frozenRows).toBe(0);
    expect(wb.emulator.spreadsheet.getSheets()[0]?.getName()).toBe(PLAN_SHEET_NAME);

    const tagged = wb.emulator.workbook.metadata.filter((m) => m.key === PLAN_ROW_METADATA_KEY);
    expect(tagged.length).toBe(values.length - 1);
    expect(tagged.every((m) => m.location.type === 'ROW')).toBe(true);

    const read = ok(getPlan({}));
    expect(read.plan).toEqual(saved.plan);
    expect(read.fields).toEqual({});
  });

  it('saves a partial plan as a draft, and says what to do next', () => {
    wb = openWorkbook();
    const saved = ok(savePlan({ why: { objective: 'discover' } }));
    expect(saved.progress.steps.map((s) => s.status)).toEqual([
      'partial',
      'empty',
      'empty',
      'empty',
      'empty',
    ]);
    expect(saved.progress.next).toBe(
      'Étape 1, « Pourquoi un stage ? » : choisissez au moins une raison de faire ce stage.',
    );
    expect(ok(getPlan({})).plan.why).toEqual({ objective: 'discover' });
  });

  it('shows in the sidebar an answer edited directly in the sheet', () => {
    wb = openWorkbook();
    ok(savePlan(COMPLETE));
    wb.emulator.userEdit(PLAN_SHEET_NAME, rowOf(wb.emulator, 'Heures par semaine'), 2, '28');
    wb.emulator.userEdit(
      PLAN_SHEET_NAME,
      rowOf(wb.emulator, 'Les tâches et activités que je souhaite faire'),
      2,
      "L'accueil du public\nLa gestion du courrier",
    );
    const read = ok(getPlan({}));
    expect(read.plan.conditions.hoursPerWeek).toBe(28);
    expect(read.plan.content.tasksToDo).toEqual(["L'accueil du public", 'La gestion du courrier']);
  });

  it('reports an answer of the sheet it cannot read by field, and keeps it when the sidebar has none', () => {
    wb = openWorkbook();
    ok(savePlan(COMPLETE));
    const hours = rowOf(wb.emulator, 'Heures par semaine');
    wb.emulator.userEdit(PLAN_SHEET_NAME, hours, 2, 'beaucoup');
    const read = ok(getPlan({}));
    expect(read.fields['conditions.hoursPerWeek']).toBe(
      `Dans la feuille « Plan de stage », ligne ${hours} : Écrivez un nombre, par exemple 35.`,
    );
    expect(read.plan.conditions.hoursPerWeek).toBeUndefined();
    ok(savePlan(read.plan));
    expect(answerOf(wb.emulator, 'Heures par semaine')).toBe('beaucoup');
  });

  it('writes text starting with = + - @ as text, never as a formula', () => {
    wb = openWorkbook();
    const skills = '=IMPORTXML("http://exemple.fr";"//a")';
    ok(savePlan({ content: { currentSkills: skills, tasksToDo: ['+ accueil', '- courrier'] } }));
    const row = rowOf(wb.emulator, 'Mes connaissances et compétences actuelles dans le domaine');
    expect(cell(row, 2)?.formula).toBeNull();
    expect(answerOf(wb.emulator, 'Mes connaissances et compétences actuelles dans le domaine')).toBe(skills);
    expect(ok(getPlan({})).plan.content.currentSkills).toBe(skills);
    // A second save over the sheet writes it again through the merged column: still text.
    ok(savePlan({ content: { currentSkills: skills } }));
    expect(cell(row, 2)?.formula).toBeNull();
    expect(answerOf(wb.emulator, 'Mes connaissances et compétences actuelles dans le domaine')).toBe(skills);
  });
});
