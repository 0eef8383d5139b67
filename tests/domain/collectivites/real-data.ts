import { buildCollectivitesFile, type CollectivitesFile } from '../../../scripts/collectivites-data';
import { type Directory, loadDirectory } from '../../../src/domain/collectivites';

/** The real compact file, built from the package as `npm run build` does (never a committed copy). */
export function realData(): { file: CollectivitesFile; directory: Directory } {
  const file = buildCollectivitesFile();
  return { file, directory: loadDirectory(file.text) };
}
