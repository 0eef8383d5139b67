/**
 * Writes the generated blocks of README.md and docs/*.md from their one source of text
 * (src/shared/permissions.ts, src/shared/listing.ts). A block sits between
 * `<!-- begin:NAME -->` and `<!-- end:NAME -->`; everything outside the markers is written by
 * hand and never touched. `npm run docs` rewrites the blocks; tests/shared/docs-sync.test.ts
 * fails when one is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lowerFirst } from '../src/domain/french';
import { PERMISSIONS, shortScope } from '../src/shared/permissions';
import { ROOT } from './build';

/** A Markdown table cell: no pipe nor line break may break the row. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const permissionsTable = (): string =>
  [
    '| scope | why (English, as given to the OAuth consent screen) | pourquoi (français, comme dans le panneau « Aide ») |',
    '| --- | --- | --- |',
    ...PERMISSIONS.map(
      (p) =>
        `| \`${shortScope(p.scope)}\`${p.sensitive ? ' (sensitive)' : ''} | ${cell(p.en)} | ${cell(p.fr)} |`,
    ),
  ].join('\n');

const permissionsInFrench = (): string =>
  PERMISSIONS.map(
    (p) =>
      `- **${p.title}** (\`${shortScope(p.scope)}\`${p.optIn ? ', seulement si vous l’activez' : ''})\u00a0: ${lowerFirst(p.fr)}`,
  ).join('\n');

const consentLines = (): string =>
  PERMISSIONS.map(
    (p) =>
      `- «\u00a0${p.googleSays}\u00a0»\u00a0: ${lowerFirst(p.fr)}${p.optIn ? ' Cette fonction est facultative.' : ''}`,
  ).join('\n');

const justifications = (): string =>
  PERMISSIONS.map((p) =>
    [
      `### \`${p.scope}\`${p.sensitive ? ' — sensitive' : ''}`,
      '',
      `- English: ${p.en}`,
      `- Français\u00a0: ${p.fr}`,
    ].join('\n'),
  ).join('\n\n');

/** Each file's blocks, by name. */
export function generatedBlocks(): Record<string, Record<string, string>> {
  return {
    'README.md': { permissions: permissionsTable() },
    'docs/confidentialite.md': { permissions: permissionsInFrench() },
    'docs/installation.md': { consent: consentLines() },
    'docs/publication.md': { justifications: justifications() },
  };
}

/** `text` with each block replaced; throws when a marker is missing. */
export function withBlocks(text: string, blocks: Record<string, string>, file: string): string {
  let result = text;
  for (const [name, content] of Object.entries(blocks)) {
    const begin = `<!-- begin:${name} -->`;
    const end = `<!-- end:${name} -->`;
    const from = result.indexOf(begin);
    const to = result.indexOf(end);
    if (from < 0 || to < from) throw new Error(`${file} must hold ${begin} … ${end}`);
    result = `${result.slice(0, from + begin.length)}\n${content}\n${result.slice(to)}`;
  }
  return result;
}

/** The files whose blocks are out of date; with `write`, rewrites them. */
export function syncDocs(options: { write: boolean }): string[] {
  const stale: string[] = [];
  for (const [file, blocks] of Object.entries(generatedBlocks())) {
    const path = join(ROOT, file);
    const text = readFileSync(path, 'utf8');
    const updated = withBlocks(text, blocks, file);
    if (updated === text) continue;
    stale.push(file);
    if (options.write) writeFileSync(path, updated);
  }
  return stale;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const written = syncDocs({ write: true });
  console.log(
    written.length === 0 ? 'Generated blocks already up to date.' : `Rewritten: ${written.join(', ')}`,
  );
}
