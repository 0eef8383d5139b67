/**
 * One French style for the whole product, checked over every string a person can read: the
 * sidebar, the server's messages, the sheets' texts and the preview page. The letters are set by
 * src/domain/letters/typography.ts and checked on each generated letter (tests/domain/letters);
 * the rules here are the same ones (src/domain/french.ts, checkFrenchStyle).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    /src\/domain\/letters\/(?!pieces)|src\/local\/preview\/(demo|main|start|page-assets|server)\.ts$/,
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

  it('follow the French style (’, non-breaking spaces, « courriel », dates in words)', () => {
    expect(problems.map((p) => p.line)).toEqual([]);
  });
});

describe('the extraction reads text, not code', () => {
  const texts = (source: string, name = 'panel.tsx') => {
    const root = mkdtempSync(join(tmpdir(), 'readable-'));
    try {
      mkdirSync(join(root, 'src'));
      writeFileSync(join(root, 'src', name), source);
      return readableStrings(root, ['src'], /^$/).map((s) => s.text);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };

  it('reads a JSX element’s text as one sentence, with its expressions as X', () => {
    const found = texts(
      `export const P = (p: { email: string }) => (<p>Partager avec <strong>{p.email}</strong>{'\u00a0'}? Oui : non</p>);`,
    );
    expect(found).toEqual([`Partager avec X${NBSP}? Oui : non`]);
    expect(found.flatMap((t) => checkFrenchStyle(t)).map((p) => p.code)).toEqual(['missingNonBreakingSpace']);
  });

  it('gives a template the value of the file’s string constants, and drops markup, formulas and queries', () => {
    const found = texts(
      [
        "const NBSP = '\u00a0';",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a fixture file
        'export const a = (x: string) => `Étape modifiée${NBSP}: ${x}`;',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a fixture file
        'export const b = (id: string) => `<meta name="${id}" content="${id}">Texte d\'accueil</meta>`;',
        'export const c = `N("Stage en collectivité : à relancer")=0`;',
        'export const d = `code_insee_commune="1" and pivot LIKE "mairie"`;',
      ].join('\n'),
      'module.ts',
    );
    expect(found).toEqual([`Étape modifiée${NBSP}: X`, "Texte d'accueil"]);
  });

  it('reads « E-mail » alone as a word, and skips former spellings kept to read old sheets', () => {
    const found = texts(
      [
        "export const header = 'E-mail';",
        "export const column = { label: 'Courriel', aliases: ['E-mail', \"Date d'envoi\"] };",
        "export const key = { 'E-mail': 'Courriel' };",
        "export const scope = { fr: 'Envoyer le courriel du rappel', en: 'Send the reminder: e-mail', googleSays: 'Envoyer des e-mails' };",
      ].join('\n'),
      'module.ts',
    );
    expect(found).toEqual(['E-mail', 'Envoyer le courriel du rappel']);
  });
});
