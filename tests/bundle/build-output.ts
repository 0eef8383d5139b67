import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuildReport, build } from '../../scripts/build';

export interface BuiltAddon {
  dir: string;
  report: BuildReport;
  code: string;
  sidebar: string;
  manifest: Record<string, unknown>;
}

/** Builds the add-on into a fresh temporary folder, exactly as `npm run build` does into dist/. */
export async function buildAddon(): Promise<BuiltAddon> {
  const dir = mkdtempSync(join(tmpdir(), 'stage-build-'));
  const report = await build(dir);
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    dir,
    report,
    code: read('Code.js'),
    sidebar: read('Sidebar.html'),
    manifest: JSON.parse(read('appsscript.json')) as Record<string, unknown>,
  };
}
