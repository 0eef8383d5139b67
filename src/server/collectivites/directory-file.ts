/**
 * The directory of collectivités, read from dist/Collectivites.html. Apps Script evaluates
 * Code.js on every run, so the 1.2 MB of data lives in that separate file and is read only by
 * the operation that needs it: a search.
 */
import { COLLECTIVITES_FILE, type Directory, loadDirectory } from '../../domain/collectivites';

/** One HtmlService call and one JSON parse (about 10 ms in Node for 35,000 communes). */
export function readDirectory(): Directory {
  return loadDirectory(HtmlService.createHtmlOutputFromFile(COLLECTIVITES_FILE).getContent());
}
