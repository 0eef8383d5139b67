/**
 * Starts a preview: builds the add-on, loads (or creates) the emulated workbook, runs onOpen,
 * serves the page. Used by `npm start` and by the browser tests.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { build, DIST } from '../../../scripts/build';
import { AddonRuntime } from '../addon-runtime';
import { createEmulator, type Emulator, loadEmulator, saveEmulator } from '../emulator';
import { seedDemoWorkbook } from './demo';
import { buildPageAssets } from './page-assets';
import { createPreviewServer, listen } from './server';
import { PreviewSession } from './session';

export interface PreviewOptions {
  /** Where the workbook is kept between runs. */
  file: string;
  /** 'saved' reopens the file if it exists; 'fresh' starts empty; 'demo' starts from the demo. */
  start: 'saved' | 'fresh' | 'demo';
  port: number;
  /** Build dist/ first (false when the caller has just built it). */
  build?: boolean;
  distDir?: string;
  now?: Date;
}

export interface RunningPreview {
  url: string;
  session: PreviewSession;
  server: Server;
  close(): Promise<void>;
}

const EMULATOR_DEFAULTS = {
  users: ['camille.martin@example.org', 'conseillere.durand@francetravail.example'],
  spreadsheetName: 'Ma recherche de stage',
};

function newWorkbook(options: PreviewOptions, htmlDir: string): Emulator {
  const emulator = createEmulator({
    ...EMULATOR_DEFAULTS,
    htmlDir,
    ...(options.now ? { now: options.now } : {}),
  });
  // A new workbook made by a person whose Sheets is in French.
  emulator.spreadsheet.getSheets()[0]?.setName('Feuille 1');
  return emulator;
}

export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const distDir = options.distDir ?? DIST;
  if (options.build !== false) await build(distDir);
  const code = readFileSync(join(distDir, 'Code.js'), 'utf8');
  mkdirSync(dirname(options.file), { recursive: true });

  let emulator: Emulator;
  if (options.start === 'saved' && existsSync(options.file)) {
    emulator = loadEmulator(options.file, { ...EMULATOR_DEFAULTS, htmlDir: distDir });
  } else {
    emulator = newWorkbook(options, distDir);
    if (options.start === 'demo') seedDemoWorkbook(emulator, new AddonRuntime(emulator, code));
    saveEmulator(emulator, options.file);
  }

  const session = new PreviewSession(emulator, code, options.file);
  if (options.start === 'saved') session.restoreToday();
  else PreviewSession.forgetToday(options.file);
  session.open();
  const server = createPreviewServer(session, await buildPageAssets());
  const url = await listen(server, options.port);
  return {
    url,
    session,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
