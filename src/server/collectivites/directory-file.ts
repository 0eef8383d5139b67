/**
 * The directory of collectivités, read from the HtmlService files of dist/. Apps Script
 * evaluates Code.js on every run, so the data lives in separate files read only by the operation
 * that needs them: the whole directory (1.1 MB) for a search by name or postal code; one
 * département's part (about 15 KB, issue 14) for the proposals around a commune already chosen
 * and for a letter to a commune; the groupings alone for a letter to an intercommunalité, a
 * département or a région.
 */
import {
  COLLECTIVITES_FILE,
  type Directory,
  departmentFile,
  GROUPINGS_FILE,
  loadDirectory,
} from '../../domain/collectivites';
import { departmentOfCommune } from '../../domain/collectivites/data-format';

const read = (file: string) => loadDirectory(HtmlService.createHtmlOutputFromFile(file).getContent());

/** The whole directory: two calls and one JSON parse (about 10 ms in Node for 35,000 communes). */
export function readDirectory(): Directory {
  return read(COLLECTIVITES_FILE);
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
