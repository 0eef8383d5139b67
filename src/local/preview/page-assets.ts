/** Bundles the preview page (Node-side tooling only; never part of dist/). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import type { PreviewAssets } from './server';

const PAGE_ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'page/main.tsx');

export async function buildPageAssets(): Promise<PreviewAssets> {
  const result = await esbuild.build({
    entryPoints: [PAGE_ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome109',
    minify: true,
    charset: 'utf8',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outdir: 'out',
    logLevel: 'warning',
  });
  const js = result.outputFiles?.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles?.find((f) => f.path.endsWith('.css'))?.text ?? '';
  const pageHtml = `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Stage en collectivité — aperçu local</title>
<style>${css}</style>
</head>
<body>
<div id="root"></div>
<script>${js.replace(/<\/(script)/gi, '<\\/$1')}</script>
</body>
</html>`;
  return { pageHtml };
}
