/**
 * The directory of collectivités, read from the HtmlService files of dist/. Apps Script
 * evaluates Code.js on every run, so the data lives in separate files read only by the operation
 * that needs them (issue 14), two calls each: for a name, the one file of the name index that
 * holds it (about 15 KB), and its endings' file (about 35 KB) when it is not found; one département's part (about 15 KB) for a postal code, the proposals
 * around a commune and a letter to a commune; the groupings alone for a letter to an
 * intercommunalité, a département or a région. No search reads the whole directory.
 */
import { type Directory, departmentFile, GROUPINGS_FILE, loadDirectory } from '../../domain/collectivites';
import { departmentOfCommune } from '../../domain/collectivites/data-format';
import {
  endsFileFor,
  loadNameIndex,
  type NameIndex,
  nameFileFor,
  SHORT_NAMES_FILE,
  withEndings,
} from '../../domain/collectivites/name-index';
import type { NameSource } from '../../domain/collectivites/search';

const content = (file: string) => HtmlService.createHtmlOutputFromFile(file).getContent();
const read = (file: string) => loadDirectory(content(file));

function nameIndex(file: string, typed: string): NameIndex {
  const index = loadNameIndex(content(file));
  if (!index.holds(typed)) throw new Error(`Collectivites: ${file} does not hold « ${typed} »`);
  return index;
}

/**
 * The names a typed name (not a code) is looked up in: the one file of the name index that
 * holds every commune it can match, and, only when it matches none, its endings' file for close
 * names (the short names' file holds those of a two-letter name).
 */
export function readNames(typed: string): { names: NameSource; source: string } {
  const file = nameFileFor(typed);
  const index = nameIndex(file, typed);
  return {
    names: file === SHORT_NAMES_FILE ? index : withEndings(index, () => nameIndex(endsFileFor(typed), typed)),
    source: index.source,
  };
}

/** One département's part. */
export function readPart(departmentCode: string): Directory {
  return read(departmentFile(departmentCode));
}

/** The part holding the commune with this INSEE code, its EPCI and all its members. */
export function readCommuneDirectory(inseeCode: string): Directory {
  return readPart(departmentOfCommune(inseeCode.toUpperCase()));
}

/** Every intercommunalité, département and région, without communes. */
export function readGroupingsDirectory(): Directory {
  return read(GROUPINGS_FILE);
}
