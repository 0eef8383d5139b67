/** Delimited text a person brings into the preview: a CSV file, or cells copied from Sheets or Excel. */

/**
 * A CSV file's rows (RFC 4180: quoted cells may hold separators, quotes and line breaks). The
 * separator is the one of the first line: « ; » as Excel writes it in France, else « , » or tab.
 */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const separator = [';', '\t', ','].reduce((best, ch) => (count(ch) > count(best) ? ch : best), ',');
  return parseDelimited(body, separator);
}

/** Rows of delimited text with quoted cells (CSV, or the tab-separated text Sheets copies). */
export function parseDelimited(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * Cells copied from Sheets or Excel: rows of tab-separated cells (a cell with a tab, a quote or
 * a line break comes quoted). The line break that ends the copied text is not a row.
 */
export function parseClipboard(text: string): string[][] {
  return parseDelimited(text.replace(/\r?\n$/, ''), '\t');
}
