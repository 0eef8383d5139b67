import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuildReport, build } from '../../scripts/build';

export interface BuiltAddon {
  dir: string;
  report: BuildReport;
  code: string;
  /** The parts of the server code loaded on demand (src/server/parts.ts), by file name. */
  parts: Record<string, string>;
  /** Code.js and every part: all the server code the add-on can run. */
  serverCode: string;
  sidebar: string;
  manifest: Record<string, unknown>;
}

/** Builds the add-on into a fresh temporary folder, exactly as `npm run build` does into dist/. */
export async function buildAddon(): Promise<BuiltAddon> {
  const dir = mkdtempSync(join(tmpdir(), 'stage-build-'));
  const report = await build(dir);
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const code = read('Code.js');
  const parts = Object.fromEntries(
    report.files.filter((f) => f.name.startsWith('Part-')).map((f) => [f.name, read(f.name)]),
  );
  return {
    dir,
    report,
    code,
    parts,
    serverCode: [code, ...Object.values(parts)].join('\n'),
    sidebar: read('Sidebar.html'),
    manifest: JSON.parse(read('appsscript.json')) as Record<string, unknown>,
  };
}
