/**
 * `npm run deploy`: builds dist/, then `clasp push` to one bound Apps Script project.
 *
 * - `npm run deploy` pushes to the project of `.clasp.json` (a developer's own workbook);
 * - `npm run deploy -- --template` pushes to the template workbook's project, whose Script ID is
 *   given by `TEMPLATE_SCRIPT_ID` (README, « Make the template workbook »): the script writes
 *   `.clasp-template.json` (not committed) and runs `clasp -P .clasp-template.json push`.
 *
 * Other arguments (`--force`) go to clasp push. Nothing is pushed while the Script ID is the
 * placeholder of the committed `.clasp.json`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, ROOT } from './build';

export const TEMPLATE_PROJECT_FILE = '.clasp-template.json';
const PLACEHOLDER = 'REMPLACER_PAR_L_ID_DU_PROJET_APPS_SCRIPT';
/** A Script ID as Apps Script shows it (Project settings › IDs): letters, digits, - and _. */
const SCRIPT_ID = /^[A-Za-z0-9_-]{20,}$/;

export type DeployTarget =
  | { ok: true; kind: 'default' | 'template'; scriptId: string; projectFile: string; claspArgs: string[] }
  | { ok: false; message: string };

/** Where `npm run deploy` pushes, from its arguments, the environment and `.clasp.json`'s text. */
export function deployTarget(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  claspJson: string,
): DeployTarget {
  const template = args.includes('--template');
  const passed = args.filter((arg) => arg !== '--template');
  if (template) {
    const scriptId = env.TEMPLATE_SCRIPT_ID?.trim() ?? '';
    if (!SCRIPT_ID.test(scriptId)) {
      return {
        ok: false,
        message:
          'Set TEMPLATE_SCRIPT_ID to the Script ID of the template workbook’s project (Extensions › Apps Script › Project settings), e.g. TEMPLATE_SCRIPT_ID=1AbC… npm run deploy -- --template',
      };
    }
    return {
      ok: true,
      kind: 'template',
      scriptId,
      projectFile: TEMPLATE_PROJECT_FILE,
      claspArgs: ['-P', TEMPLATE_PROJECT_FILE, 'push', ...passed],
    };
  }
  const { scriptId } = JSON.parse(claspJson) as { scriptId?: string };
  if (scriptId === undefined || scriptId === PLACEHOLDER || !SCRIPT_ID.test(scriptId)) {
    return {
      ok: false,
      message:
        'Put your project’s Script ID in .clasp.json (scriptId), or deploy to the template with TEMPLATE_SCRIPT_ID=… npm run deploy -- --template (README, « Deploy »).',
    };
  }
  return { ok: true, kind: 'default', scriptId, projectFile: '.clasp.json', claspArgs: ['push', ...passed] };
}

/** The template's clasp project file: the same rootDir as .clasp.json, the template's Script ID. */
export const templateProject = (scriptId: string): string =>
  `${JSON.stringify({ scriptId, rootDir: 'dist' }, null, 2)}\n`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = deployTarget(
    process.argv.slice(2),
    process.env,
    readFileSync(join(ROOT, '.clasp.json'), 'utf8'),
  );
  if (!target.ok) {
    console.error(target.message);
    process.exit(1);
  }
  await build();
  if (target.kind === 'template')
    writeFileSync(join(ROOT, TEMPLATE_PROJECT_FILE), templateProject(target.scriptId));
  console.log(
    `dist/ built; pushing to ${target.kind === 'template' ? 'the template workbook' : '.clasp.json'}'s project ${target.scriptId}`,
  );
  const clasp = spawnSync('npx', ['clasp', ...target.claspArgs], { cwd: ROOT, stdio: 'inherit' });
  process.exit(clasp.status ?? 1);
}
