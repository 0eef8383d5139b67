/**
 * One search by name in a fresh Node process, timed from the call (module loading aside): what
 * the first search costs cold, JIT and regular expressions included (issue 14: ≤ 20 ms).
 * `npm run bench` runs it once per query: `tsx name-search-cold.ts <dist dir> <query>…` prints
 * one JSON line per query, only the first of which is cold.
 */
import { performance } from 'node:perf_hooks';
import { searchCollectivites } from '../../server/collectivites/search';
import { createEmulator, installGlobals } from '../emulator';

const [dir, ...queries] = process.argv.slice(2);
const emulator = createEmulator({ htmlDir: dir ?? 'dist' });
installGlobals(emulator);
for (const query of queries) {
  const start = performance.now();
  const found = searchCollectivites({ query, kinds: [] });
  const ms = performance.now() - start;
  process.stdout.write(`${JSON.stringify({ query, status: found.status, ms })}\n`);
}
