/** The add-on's version: package.json's, written in by scripts/build.ts (esbuild `define`). */
declare const __STAGE_VERSION__: string | undefined;

export const VERSION: string = typeof __STAGE_VERSION__ === 'string' ? __STAGE_VERSION__ : 'inconnue';
