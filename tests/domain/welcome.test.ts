import { describe, expect, it } from 'vitest';
import { welcomeRows } from '../../src/domain/welcome';

const rows = welcomeRows({ plan: 'Préparer', collectivites: 'Trouver', sidebar: 'Ouvrir' });

describe('the « Bienvenue » text', () => {
  it('says what the tool does, how to start and who sees the workbook', () => {
    const headings = rows.filter((row) => row.style === 'heading').map((row) => row.text);
    expect(headings).toEqual(['À quoi sert ce classeur', 'Pour commencer', 'Qui voit ce classeur']);
    expect(rows[0]?.style).toBe('title');
    expect(rows.map((row) => row.text).join('\n')).toContain('Extensions › Stage en collectivité › Préparer');
  });

  it('is written in correct French typography: ’, non-breaking spaces, never a formula', () => {
    for (const { text } of rows) {
      expect(text).not.toContain("'");
      expect(text).not.toMatch(/[^\u00a0][:;?!»]/u);
      expect(text).not.toMatch(/«[^\u00a0]/u);
      expect(text).not.toMatch(/^[=+\-@]/);
      expect(text).not.toMatch(/e-mail/i);
    }
  });
});
