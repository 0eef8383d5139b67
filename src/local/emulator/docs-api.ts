/**
 * The Docs advanced service (`Docs.Documents`), a thin wrapper of the Google Docs API v1
 * (https://developers.google.com/apps-script/advanced/docs), on the same Docs as DocumentApp.
 * Modelled as the API reference documents it, and refusing what it refuses:
 * - documents.create makes an empty Doc: a section break, then one empty paragraph, so the
 *   body's first writable index is 1 and its end index 2
 *   (https://developers.google.com/docs/api/concepts/structure#indexes: indexes count UTF-16
 *   code units, each paragraph ends with its newline).
 * - documents.batchUpdate applies its requests in order and atomically: if any request is not
 *   valid, none is applied (https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate).
 * - insertText: text goes inside an existing paragraph; a newline makes a new paragraph whose
 *   style is copied from the paragraph at the insertion index, bullets included; control
 *   characters U+0000–U+0008 and U+000C–U+001F are stripped
 *   (https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest).
 * - updateParagraphStyle / updateTextStyle: only the listed `fields` change, every paragraph the
 *   range touches for a paragraph style (…#updateparagraphstylerequest, …#updatetextstylerequest,
 *   https://developers.google.com/docs/api/how-tos/format-text); dimensions are
 *   { magnitude, unit: 'PT' }; lineSpacing is a percentage (100 = single).
 * - createParagraphBullets: every paragraph the range touches becomes a list item
 *   (…#createparagraphbulletsrequest).
 * - updateDocumentStyle: page size and margins (…#updatedocumentstylerequest).
 * Stricter than documented where Google's behaviour is not written: a text style range may not
 * include the body's final newline, and a text style other than bold must cover whole paragraphs
 * (what the add-on does; anything else is refused rather than guessed).
 */
import { counted } from './calls';
import type { EmulatorContext } from './context';
import type { DocParagraphState, DocState } from './document-app';

type Json = Record<string, unknown>;

const ALIGNMENTS: Record<string, string> = {
  START: 'LEFT',
  CENTER: 'CENTER',
  END: 'RIGHT',
  JUSTIFIED: 'JUSTIFY',
};
const PARAGRAPH_FIELDS = new Set([
  'alignment',
  'indentStart',
  'lineSpacing',
  'spaceAbove',
  'spaceBelow',
  'namedStyleType',
]);
const TEXT_FIELDS = new Set(['bold', 'italic', 'fontSize', 'weightedFontFamily']);
const DOCUMENT_FIELDS = new Set(['pageSize', 'marginTop', 'marginBottom', 'marginLeft', 'marginRight']);
const BULLET_PRESETS = new Set([
  'BULLET_DISC_CIRCLE_SQUARE',
  'BULLET_DIAMONDX_ARROW3D_SQUARE',
  'BULLET_CHECKBOX',
  'NUMBERED_DECIMAL_ALPHA_ROMAN',
]);

class ApiError extends Error {}

const STRIPPED = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(8)}${String.fromCharCode(12)}-${String.fromCharCode(31)}\ue000-\uf8ff]`,
  'g',
);

function apiFail(method: string, message: string): never {
  throw new ApiError(
    `GoogleJsonResponseException: API call to docs.documents.${method} failed with error: ${message}`,
  );
}

/** Where each paragraph starts and ends (end exclusive, its newline included). */
function spans(paragraphs: readonly DocParagraphState[]): { start: number; end: number }[] {
  let at = 1;
  return paragraphs.map((p) => {
    const start = at;
    at += p.text.length + 1;
    return { start, end: at };
  });
}

function fieldsOf(value: unknown, allowed: Set<string>, where: string): string[] {
  if (typeof value !== 'string' || value.trim() === '')
    apiFail('batchUpdate', `Invalid requests[${where}]: fields is required.`);
  const fields = value === '*' ? [...allowed] : value.split(',').map((f) => f.trim());
  for (const field of fields) {
    if (!allowed.has(field))
      apiFail('batchUpdate', `Invalid requests[${where}]: the emulator does not model the field "${field}".`);
  }
  return fields;
}

function points(value: unknown, where: string): number {
  const d = value as { magnitude?: unknown; unit?: unknown } | undefined;
  if (d === undefined) return 0;
  if (d.unit !== 'PT' || typeof d.magnitude !== 'number')
    apiFail('batchUpdate', `Invalid requests[${where}]: a dimension needs a magnitude and the unit PT.`);
  return d.magnitude;
}

function rangeOf(value: unknown, end: number, where: string): { startIndex: number; endIndex: number } {
  const r = value as { startIndex?: unknown; endIndex?: unknown; segmentId?: unknown } | undefined;
  if (!r || !Number.isInteger(r.startIndex) || !Number.isInteger(r.endIndex))
    apiFail('batchUpdate', `Invalid requests[${where}]: range needs startIndex and endIndex.`);
  if (r.segmentId !== undefined && r.segmentId !== '')
    apiFail('batchUpdate', `Invalid requests[${where}]: the emulator only models the body.`);
  const startIndex = r.startIndex as number;
  const endIndex = r.endIndex as number;
  if (startIndex < 1)
    apiFail('batchUpdate', `Invalid requests[${where}]: the start index must be at least 1.`);
  if (endIndex <= startIndex)
    apiFail('batchUpdate', `Invalid requests[${where}]: the start index must be less than the end index.`);
  if (endIndex > end)
    apiFail(
      'batchUpdate',
      `Invalid requests[${where}]: Index ${endIndex - 1} must be less than the end index of the referenced segment, ${end}.`,
    );
  return { startIndex, endIndex };
}

/** Paragraphs a range touches, with the part of each it covers. */
function touched(paragraphs: DocParagraphState[], range: { startIndex: number; endIndex: number }) {
  return spans(paragraphs).flatMap((span, i) =>
    span.end > range.startIndex && span.start < range.endIndex
      ? [
          {
            paragraph: paragraphs[i] as DocParagraphState,
            span,
            from: Math.max(range.startIndex, span.start),
            to: Math.min(range.endIndex, span.end),
          },
        ]
      : [],
  );
}

function insertText(doc: DocState, request: Json, where: string): void {
  // The control characters the API strips, built from code points (a literal would trip the linter).
  const text = String(request.text ?? '').replace(STRIPPED, '');
  const all = spans(doc.paragraphs);
  const end = all.at(-1)?.end ?? 2;
  const location = request.location as { index?: unknown; segmentId?: unknown } | undefined;
  let index: number;
  if (request.endOfSegmentLocation !== undefined) index = end - 1;
  else if (location && Number.isInteger(location.index)) index = location.index as number;
  else
    apiFail(
      'batchUpdate',
      `Invalid requests[${where}]: insertText needs a location or endOfSegmentLocation.`,
    );
  if (index < 1 || index >= end)
    apiFail(
      'batchUpdate',
      `Invalid requests[${where}].insertText: Index ${index} must be less than the end index of the referenced segment, ${end}.`,
    );
  const at = all.findIndex((span) => index >= span.start && index < span.end);
  const target = doc.paragraphs[at] as DocParagraphState;
  const offset = index - (all[at]?.start ?? 1);
  const pieces = text.split('\n');
  const before = target.text.slice(0, offset);
  const after = target.text.slice(offset);
  if (pieces.length === 1) {
    target.text = before + text + after;
    return;
  }
  // Each new paragraph copies the style of the paragraph text was inserted into.
  const copies = pieces.map((piece, i) => ({
    ...target,
    boldRanges: [...target.boldRanges],
    text: (i === 0 ? before : '') + piece + (i === pieces.length - 1 ? after : ''),
  }));
  doc.paragraphs.splice(at, 1, ...copies);
}

function updateParagraphStyle(doc: DocState, request: Json, where: string): void {
  const end = spans(doc.paragraphs).at(-1)?.end ?? 2;
  const range = rangeOf(request.range, end, where);
  const style = (request.paragraphStyle ?? {}) as Json;
  const fields = fieldsOf(request.fields, PARAGRAPH_FIELDS, where);
  for (const { paragraph } of touched(doc.paragraphs, range)) {
    for (const field of fields) {
      const value = style[field];
      if (field === 'alignment') {
        if (value !== undefined && !(String(value) in ALIGNMENTS))
          apiFail('batchUpdate', `Invalid requests[${where}]: unknown alignment ${String(value)}.`);
        paragraph.alignment = value === undefined ? null : (ALIGNMENTS[String(value)] ?? null);
      } else if (field === 'indentStart') paragraph.indentStart = points(value, where);
      else if (field === 'spaceAbove') paragraph.spacingBefore = points(value, where);
      else if (field === 'spaceBelow') paragraph.spacingAfter = points(value, where);
      else if (field === 'lineSpacing')
        paragraph.lineSpacing = typeof value === 'number' ? value / 100 : null;
      else if (field === 'namedStyleType')
        paragraph.heading =
          value === undefined
            ? 'NORMAL'
            : String(value).replace('NORMAL_TEXT', 'NORMAL').replace('HEADING_', 'HEADING');
    }
  }
}

function updateTextStyle(doc: DocState, request: Json, where: string): void {
  const all = spans(doc.paragraphs);
  const end = all.at(-1)?.end ?? 2;
  const range = rangeOf(request.range, end, where);
  if (range.endIndex >= end)
    apiFail(
      'batchUpdate',
      `Invalid requests[${where}]: (emulator, stricter than documented) a text style may not include the body's final newline.`,
    );
  const style = (request.textStyle ?? {}) as Json;
  const fields = fieldsOf(request.fields, TEXT_FIELDS, where);
  for (const { paragraph, span, from, to } of touched(doc.paragraphs, range)) {
    const textEnd = span.end - 1;
    // The whole paragraph: all its text, or the newline of an empty one.
    const whole = paragraph.text === '' ? true : from <= span.start && to >= textEnd;
    for (const field of fields) {
      const value = style[field];
      if (field === 'bold') {
        if (whole) {
          paragraph.bold = value === true;
          paragraph.boldRanges = [];
        } else if (value === true && to > from && from < textEnd) {
          paragraph.boldRanges.push([from - span.start, Math.min(to, textEnd) - span.start - 1]);
        } else if (value !== true)
          apiFail(
            'batchUpdate',
            `Invalid requests[${where}]: (emulator) removing bold from part of a paragraph is not modelled.`,
          );
        continue;
      }
      if (!whole)
        apiFail(
          'batchUpdate',
          `Invalid requests[${where}]: (emulator) a ${field} on part of a paragraph is not modelled.`,
        );
      if (field === 'italic') paragraph.italic = value === true;
      else if (field === 'fontSize') paragraph.fontSize = value === undefined ? null : points(value, where);
      else if (field === 'weightedFontFamily') {
        const family = (value as { fontFamily?: unknown } | undefined)?.fontFamily;
        paragraph.fontFamily = typeof family === 'string' ? family : null;
      }
    }
  }
}

function createParagraphBullets(doc: DocState, request: Json, where: string): void {
  const end = spans(doc.paragraphs).at(-1)?.end ?? 2;
  const range = rangeOf(request.range, end, where);
  if (!BULLET_PRESETS.has(String(request.bulletPreset)))
    apiFail(
      'batchUpdate',
      `Invalid requests[${where}]: unknown bulletPreset ${String(request.bulletPreset)}.`,
    );
  for (const { paragraph } of touched(doc.paragraphs, range)) paragraph.type = 'LIST_ITEM';
}

function updateDocumentStyle(doc: DocState, request: Json, where: string): void {
  const style = (request.documentStyle ?? {}) as Json;
  for (const field of fieldsOf(request.fields, DOCUMENT_FIELDS, where)) {
    if (field === 'pageSize') {
      const size = (style.pageSize ?? {}) as Json;
      doc.page = { width: points(size.width, where), height: points(size.height, where) };
    } else {
      const side = field.slice('margin'.length).toLowerCase() as keyof DocState['margins'];
      doc.margins[side] = points(style[field], where);
    }
  }
}

const APPLY: Record<string, (doc: DocState, request: Json, where: string) => void> = {
  insertText,
  updateParagraphStyle,
  updateTextStyle,
  createParagraphBullets,
  updateDocumentStyle,
};

export interface DocsApiHost {
  /** Makes a new Doc as DocumentApp.create does (same Drive, same daily count). */
  create(title: string): DocState;
  find(id: string): DocState | null;
}

export function createDocsApi(ctx: EmulatorContext, host: DocsApiHost): GoogleAppsScript.Docs {
  const documents = {
    create(resource: { title?: unknown } | undefined): GoogleAppsScript.Docs.Schema.Document {
      const doc = host.create(typeof resource?.title === 'string' ? resource.title : 'Untitled document');
      return { documentId: doc.id, title: doc.name };
    },
    batchUpdate(
      resource: { requests?: unknown } | undefined,
      documentId: string,
    ): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
      const doc = host.find(String(documentId));
      if (!doc) apiFail('batchUpdate', `Requested entity was not found.`);
      const requests = resource?.requests;
      if (!Array.isArray(requests)) apiFail('batchUpdate', 'Invalid JSON payload: requests must be a list.');
      // Atomic: applied to a copy, kept only if every request is valid.
      const draft: DocState = structuredClone(doc);
      requests.forEach((request: unknown, i) => {
        const kinds = Object.keys((request ?? {}) as Json);
        if (kinds.length !== 1)
          apiFail('batchUpdate', `Invalid requests[${i}]: exactly one kind of request is needed.`);
        const kind = kinds[0] as string;
        const apply = APPLY[kind];
        if (!apply) apiFail('batchUpdate', `Invalid requests[${i}]: the emulator does not model ${kind}.`);
        apply(draft, (request as Json)[kind] as Json, String(i));
      });
      Object.assign(doc, draft);
      return { documentId: doc.id, replies: requests.map(() => ({})) };
    },
  };
  return { Documents: counted(documents, 'Docs.Documents', ctx.calls) } as unknown as GoogleAppsScript.Docs;
}
