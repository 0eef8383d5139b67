/**
 * Loads a part of the add-on built apart from Code.js (./parts.ts): reads its file with
 * HtmlService and evaluates it, at most once per execution. The file is the project's own,
 * built by scripts/build.ts and pushed with Code.js: nothing read from the workbook, the sidebar
 * or the network is ever evaluated.
 */
import { type PartName, partFileName, partGlobalName } from './parts';

type Part = Record<string, (...args: unknown[]) => unknown>;

/** Parts evaluated in this execution (Apps Script starts each execution from a fresh scope). */
const loaded = new Map<PartName, Part>();

export function loadPart(name: PartName): Part {
  const known = loaded.get(name);
  if (known) return known;
  const code = HtmlService.createHtmlOutputFromFile(partFileName(name)).getContent();
  // The file declares one variable holding the part's functions; a Function's body is evaluated
  // in the global scope, like a project file, and hands that variable back.
  const part: unknown = new Function([code, `return ${partGlobalName(name)}`].join('\n'))();
  if (typeof part !== 'object' || part === null) {
    throw new Error(`The add-on's file ${partFileName(name)} did not define ${partGlobalName(name)}.`);
  }
  loaded.set(name, part as Part);
  return part as Part;
}
