/**
 * `npm start`: the local preview. Flags: --fresh (empty workbook), --demo (demo workbook),
 * --file PATH (where the workbook is saved). PORT sets the port (default 8080).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../../../scripts/build';
import { startPreview } from './start';

const { values } = parseArgs({
  options: {
    fresh: { type: 'boolean', default: false },
    demo: { type: 'boolean', default: false },
    file: { type: 'string', default: resolve(ROOT, '.preview/classeur.json') },
  },
});

const port = Number(process.env.PORT ?? 8080);
const preview = await startPreview({
  file: resolve(values.file),
  start: values.demo ? 'demo' : values.fresh ? 'fresh' : 'saved',
  port,
});

console.log(`
  Stage en collectivité — aperçu local

  Ouvrez ${preview.url} dans votre navigateur.
  Classeur enregistré dans ${values.file}
  (npm start -- --fresh : classeur vide · npm start -- --demo : classeur de démonstration)

  Ctrl+C pour arrêter.
`);
