/**
 * One French style for the whole product, checked over every string a person can read: the
 * sidebar, the server's messages, the sheets' texts and the preview page. The letters are set by
 * src/domain/letters/typography.ts and checked on each generated letter (tests/domain/letters);
 * the rules here are the same ones (src/domain/french.ts, checkFrenchStyle).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFrenchStyle } from '../../src/domain/french';
import { readableStrings } from './readable-strings';

const ROOT = process.cwd();
const NBSP = '\u00a0';

describe('checkFrenchStyle', () => {
  it('finds each rule broken, and nothing in a correct sentence', () => {
    const codes = (text: string) => checkFrenchStyle(text).map((p) => p.code);
    expect(codes("Vérifiez l'adresse : elle manque ?").sort()).toEqual([
      'missingNonBreakingSpace',
      'missingNonBreakingSpace',
      'straightApostrophe',
    ]);
    expect(codes('La feuille « Suivi » existe.')).toEqual(['guillemetSpacing', 'guillemetSpacing']);
    expect(codes('Votre adresse e-mail')).toEqual(['eMail']);
    expect(codes('Relance prévue le 03/11/2026.')).toEqual(['numericDate']);
    expect(codes(`Saisissez-la sous la forme 03/11/2026${NBSP}: c’est l’usage.`)).toEqual([]);
    expect(
      codes(`Votre courriel${NBSP}: camille.o'neil@exemple.fr, «${NBSP}Suivi${NBSP}» le 3 novembre 2026.`),
    ).toEqual([]);
  });
});

describe('every string a person reads', () => {
  const strings = readableStrings(
    ROOT,
    ['src/client', 'src/server', 'src/shared', 'src/domain', 'src/local/preview'],
    /src\/domain\/letters\/|src\/local\/preview\/(demo|main|start|page-assets|server)\.ts$/,
  );

  it('are found (the extraction sees the sidebar, the server and the sheets)', () => {
    const files = new Set(strings.map((s) => s.file.split('/').slice(0, 2).join('/')));
    expect([...files].sort()).toEqual(['src/client', 'src/domain', 'src/local', 'src/server', 'src/shared']);
    expect(strings.length).toBeGreaterThan(300);
  });

  const problems = strings.flatMap((s) => {
    const found = checkFrenchStyle(s.text).map((p) => ({
      file: s.file,
      line: `${s.file}:${s.line} ${p.code} «${p.excerpt}»`,
    }));
    // A date shown as 03/11/2026 inside a sentence: frenchDate, not frenchShortDate.
    const shortDate =
      s.expressions.some((e) => e.includes('frenchShortDate(')) && /\p{L}{3}/u.test(s.text.replace(/X/g, ''));
    return shortDate
      ? [...found, { file: s.file, line: `${s.file}:${s.line} numericDate «${s.text}»` }]
      : found;
  });

  /**
   * What is left to fix, file by file (tests/shared/french-style-debt.json): mostly the texts
   * stored in sheets (plan questions, refusal reasons, column headers), which need their old
   * spelling kept as an alias before they change, and the JSX text of a few sidebar panels.
   * No file may get worse, no new file may appear; lower a count when you fix one.
   */
  it('follow the French style (’, non-breaking spaces, « courriel », dates in words), never worse than the recorded debt', () => {
    const debt = JSON.parse(readFileSync(`${ROOT}/tests/shared/french-style-debt.json`, 'utf8')) as Record<
      string,
      number
    >;
    const counts: Record<string, number> = {};
    for (const p of problems) counts[p.file] = (counts[p.file] ?? 0) + 1;
    const worse = Object.entries(counts)
      .filter(([file, n]) => n > (debt[file] ?? 0))
      .map(([file]) => problems.filter((p) => p.file === file).map((p) => p.line));
    expect(worse.flat()).toEqual([]);
  });

  it('are all in the style in the sidebar’s tracking, plan and preview forms already fixed', () => {
    const clean = problems.filter((p) =>
      /^src\/client\/(tracking\/(action-form|request-form)|plan\/(summary|check|draft))|^src\/client\/(field|status|app)\.tsx/.test(
        p.file,
      ),
    );
    expect(clean.map((p) => p.line)).toEqual([]);
  });
});
