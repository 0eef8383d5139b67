import { describe, expect, it } from 'vitest';
import { deployTarget, TEMPLATE_PROJECT_FILE, templateProject } from '../../scripts/deploy';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOp';
const committed = JSON.stringify({ scriptId: 'REMPLACER_PAR_L_ID_DU_PROJET_APPS_SCRIPT', rootDir: 'dist' });
const own = JSON.stringify({ scriptId: ID, rootDir: 'dist' });

describe('npm run deploy: which bound project it pushes to', () => {
  it('pushes to .clasp.json’s project, passing --force on to clasp', () => {
    expect(deployTarget(['--force'], {}, own)).toEqual({
      ok: true,
      kind: 'default',
      scriptId: ID,
      projectFile: '.clasp.json',
      claspArgs: ['push', '--force'],
    });
  });

  it('refuses the committed placeholder with a sentence saying what to do', () => {
    const target = deployTarget([], {}, committed);
    expect(target.ok).toBe(false);
    if (!target.ok) expect(target.message).toContain('.clasp.json');
  });

  it('--template pushes to TEMPLATE_SCRIPT_ID’s project through its own project file', () => {
    expect(deployTarget(['--template'], { TEMPLATE_SCRIPT_ID: ` ${ID}\n` }, committed)).toEqual({
      ok: true,
      kind: 'template',
      scriptId: ID,
      projectFile: TEMPLATE_PROJECT_FILE,
      claspArgs: ['-P', TEMPLATE_PROJECT_FILE, 'push'],
    });
    expect(JSON.parse(templateProject(ID))).toEqual({ scriptId: ID, rootDir: 'dist' });
  });

  it('--template without a usable TEMPLATE_SCRIPT_ID pushes nothing', () => {
    for (const env of [{}, { TEMPLATE_SCRIPT_ID: '' }, { TEMPLATE_SCRIPT_ID: 'not an id' }]) {
      const target = deployTarget(['--template'], env, own);
      expect(target.ok).toBe(false);
      if (!target.ok) expect(target.message).toContain('TEMPLATE_SCRIPT_ID');
    }
  });
});
