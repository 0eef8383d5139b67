/**
 * DocumentApp: Google Docs made by the script (letters), with their paragraphs and formatting.
 * https://developers.google.com/apps-script/reference/document/document-app
 * https://developers.google.com/apps-script/reference/document/body
 * https://developers.google.com/apps-script/reference/document/paragraph
 * https://developers.google.com/apps-script/reference/document/text
 *
 * - create(name) makes a Doc owned by the person running the script; "Documents created" is a
 *   daily quota (250 consumer, 1,500 Workspace: https://developers.google.com/apps-script/guides/services/quotas);
 *   past it create throws `Service invoked too many times for one day: docs create.`
 * - A new document's body already holds one empty paragraph, so appending puts the first text
 *   in the second paragraph (getText() starts with "\n"); clear() leaves one empty paragraph;
 *   the last paragraph of the body cannot be removed.
 * - appendHorizontalRule / appendPageBreak put the element in a new paragraph of its own.
 * - Text appended to a paragraph takes the formatting of the text before it.
 * - After saveAndClose() that Document object can no longer be edited; openById reopens it.
 * - openById / openByUrl of a missing document, or one the user may not open, throws
 *   `Document is missing (perhaps it was deleted, or you don't have read access?)`.
 */
import { counted } from '../calls';
import type { EmulatedService, EmulatorContext } from '../context';
import { fail } from '../errors';
import { asGas } from '../runtime';
import {
  consumeQuota,
  enumOf,
  newUser,
  type QuotaWindow,
  quotaRemaining,
  type ServicesOptions,
  withDefaults,
} from './common';

type D = typeof GoogleAppsScript.Document;
type GDocumentApp = GoogleAppsScript.Document.DocumentApp;
type GDocument = GoogleAppsScript.Document.Document;
type GBody = GoogleAppsScript.Document.Body;
type GParagraph = GoogleAppsScript.Document.Paragraph;
type GListItem = GoogleAppsScript.Document.ListItem;
type GText = GoogleAppsScript.Document.Text;
type GHorizontalRule = GoogleAppsScript.Document.HorizontalRule;
type GPageBreak = GoogleAppsScript.Document.PageBreak;
type GElement = GoogleAppsScript.Document.Element;

export const ParagraphHeading = enumOf<D['ParagraphHeading']>(
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
);
export const HorizontalAlignment = enumOf<D['HorizontalAlignment']>('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY');
export const GlyphType = enumOf<D['GlyphType']>(
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
);
export const TextAlignment = enumOf<D['TextAlignment']>('NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT');
export const VerticalAlignment = enumOf<D['VerticalAlignment']>('BOTTOM', 'CENTER', 'TOP');
export const PositionedLayout = enumOf<D['PositionedLayout']>(
  'ABOVE_TEXT',
  'BREAK_BOTH',
  'BREAK_LEFT',
  'BREAK_RIGHT',
  'WRAP_TEXT',
);
const TEXT_ATTRIBUTES = [
  'BACKGROUND_COLOR',
  'BOLD',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'ITALIC',
  'LINK_URL',
  'STRIKETHROUGH',
  'UNDERLINE',
] as const;
const PARAGRAPH_ATTRIBUTES = [
  'HEADING',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'GLYPH_TYPE',
  'NESTING_LEVEL',
] as const;
export const Attribute = enumOf<D['Attribute']>(
  ...TEXT_ATTRIBUTES,
  ...PARAGRAPH_ATTRIBUTES.filter((a) => a !== 'GLYPH_TYPE' && a !== 'NESTING_LEVEL'),
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'GLYPH_TYPE',
  'HEIGHT',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
);
export const ElementType = enumOf<D['ElementType']>(
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DATE',
  'DOCUMENT',
  'EQUATION',
  'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'FOOTNOTE_SECTION',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'PERSON',
  'RICH_LINK',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
);

export const DOCUMENT_MISSING =
  "Document is missing (perhaps it was deleted, or you don't have read access?)";
export const DOCUMENT_CLOSED = 'Document is closed, its contents cannot be updated.';
export const LAST_PARAGRAPH = "Can't remove the last paragraph in a document section.";

// ---- state --------------------------------------------------------------------------------

export type TextAttributeName = (typeof TEXT_ATTRIBUTES)[number];
export type ParagraphAttributeName = (typeof PARAGRAPH_ATTRIBUTES)[number];
export type TextAttrs = Partial<Record<TextAttributeName, string | number | boolean>>;
export type ParagraphAttrs = Partial<Record<ParagraphAttributeName, string | number | boolean>>;

export interface TextRun {
  length: number;
  attrs: TextAttrs;
}

export interface BlockState {
  type: 'PARAGRAPH' | 'LIST_ITEM';
  text: string;
  attrs: ParagraphAttrs;
  /** Formatting of the text: consecutive runs whose lengths add up to text.length. */
  runs: TextRun[];
  /** A horizontal rule or page break the paragraph holds (after its text). */
  element?: 'HORIZONTAL_RULE' | 'PAGE_BREAK';
}

export interface DocState {
  id: string;
  name: string;
  owner: string;
  editors: string[];
  viewers: string[];
  createdAt: string; // ISO
  margins: { top: number; bottom: number; left: number; right: number };
  pageWidth: number;
  pageHeight: number;
  blocks: BlockState[];
}

export interface DocumentAppState {
  nextId: number;
  documents: DocState[];
  /** "Documents created" per user. */
  quota: Record<string, QuotaWindow>;
}

// ---- text runs ----------------------------------------------------------------------------

function sameAttrs(a: TextAttrs, b: TextAttrs): boolean {
  const ka = Object.keys(a);
  return (
    ka.length === Object.keys(b).length &&
    ka.every((k) => a[k as TextAttributeName] === b[k as TextAttributeName])
  );
}

function expand(block: BlockState): TextAttrs[] {
  const out: TextAttrs[] = [];
  for (const run of block.runs) for (let i = 0; i < run.length; i++) out.push(run.attrs);
  while (out.length < block.text.length) out.push({});
  return out.slice(0, block.text.length);
}

function compress(chars: TextAttrs[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const attrs of chars) {
    const last = runs.at(-1);
    if (last && sameAttrs(last.attrs, attrs)) last.length++;
    else runs.push({ length: 1, attrs: { ...attrs } });
  }
  return runs;
}

function patchAttrs(attrs: TextAttrs, patch: TextAttrs): TextAttrs {
  const out = { ...attrs };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || v === undefined) delete out[k as TextAttributeName];
    else out[k as TextAttributeName] = v;
  }
  return out;
}

function newBlock(type: BlockState['type'], text = ''): BlockState {
  return { type, text, attrs: {}, runs: text ? [{ length: text.length, attrs: {} }] : [] };
}

// ---- emulated classes ---------------------------------------------------------------------

interface Core {
  ctx: EmulatorContext;
  data: DocumentAppState;
}

/** One Document object the script holds; saveAndClose() closes it, not the document. */
interface Handle {
  doc: DocState;
  closed: boolean;
}

function writable(handle: Handle): void {
  if (handle.closed) fail(DOCUMENT_CLOSED);
}

function wrapBlock(core: Core, handle: Handle, block: BlockState): GParagraph | GListItem {
  return block.type === 'LIST_ITEM'
    ? asGas<GListItem>(counted(new EmuListItem(core, handle, block), 'ListItem', core.ctx.calls))
    : asGas<GParagraph>(counted(new EmuParagraph(core, handle, block), 'Paragraph', core.ctx.calls));
}

function splitAttributes(attributes: Record<string, unknown>): { text: TextAttrs; para: ParagraphAttrs } {
  const text: TextAttrs = {};
  const para: ParagraphAttrs = {};
  for (const [k, v] of Object.entries(attributes)) {
    const value = v as string | number | boolean;
    if ((TEXT_ATTRIBUTES as readonly string[]).includes(k)) text[k as TextAttributeName] = value;
    else if ((PARAGRAPH_ATTRIBUTES as readonly string[]).includes(k))
      para[k as ParagraphAttributeName] = value;
  }
  return { text, para };
}

/** A view over [start, start + length) of a paragraph's text; the whole text when open-ended. */
class EmuText
  implements
    Pick<
      GText,
      | 'getText'
      | 'setText'
      | 'appendText'
      | 'insertText'
      | 'deleteText'
      | 'isBold'
      | 'isItalic'
      | 'isUnderline'
      | 'isStrikethrough'
      | 'setBold'
      | 'setItalic'
      | 'setUnderline'
      | 'setStrikethrough'
      | 'setFontSize'
      | 'getFontSize'
      | 'setFontFamily'
      | 'getFontFamily'
      | 'setForegroundColor'
      | 'getForegroundColor'
      | 'setBackgroundColor'
      | 'getBackgroundColor'
      | 'setLinkUrl'
      | 'getLinkUrl'
      | 'getAttributes'
      | 'setAttributes'
      | 'getTextAttributeIndices'
      | 'getType'
      | 'editAsText'
      | 'replaceText'
    >
{
  constructor(
    private readonly handle: Handle,
    private readonly block: BlockState,
    private readonly start = 0,
    private fixedLength: number | null = null,
  ) {}
  private get self(): GText {
    return asGas<GText>(this);
  }
  private get length(): number {
    return this.fixedLength ?? this.block.text.length - this.start;
  }
  private chars(): TextAttrs[] {
    return expand(this.block).slice(this.start, this.start + this.length);
  }
  private checkOffset(offset: number): void {
    if (!Number.isInteger(offset) || offset < 0 || offset >= this.length) {
      fail(`Index (${offset}) must be less than the content length (${this.length}).`);
    }
  }
  /** Applies `patch` to [from, toInclusive] of this view (the whole view without offsets). */
  private style(patch: TextAttrs, from?: number, toInclusive?: number): GText {
    writable(this.handle);
    const a = from ?? 0;
    const b = toInclusive ?? this.length - 1;
    if (from !== undefined) {
      this.checkOffset(a);
      this.checkOffset(b);
      if (b < a) fail('Invalid argument: endOffsetInclusive');
    }
    const chars = expand(this.block);
    for (let i = this.start + a; i <= this.start + b; i++) chars[i] = patchAttrs(chars[i] ?? {}, patch);
    this.block.runs = compress(chars);
    return this.self;
  }
  private read(name: TextAttributeName, offset?: number | null): string | number | boolean | null {
    if (offset !== undefined && offset !== null) {
      this.checkOffset(offset);
      return this.chars()[offset]?.[name] ?? null;
    }
    const values = new Set(this.chars().map((c) => c[name] ?? null));
    return values.size === 1 ? ([...values][0] ?? null) : null;
  }
  /** The arguments of `setX(value)` or `setX(start, endInclusive, value)`. */
  private styleArgs(name: TextAttributeName, args: unknown[]): GText {
    if (args.length >= 3) {
      return this.style(
        { [name]: args[2] as string | number | boolean },
        args[0] as number,
        args[1] as number,
      );
    }
    return this.style({ [name]: args[0] as string | number | boolean });
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return ElementType.TEXT;
  }
  editAsText(): GText {
    return this.self;
  }
  getText(): string {
    return this.block.text.slice(this.start, this.start + this.length);
  }
  setText(text: string): GText {
    writable(this.handle);
    const t = String(text);
    const chars = expand(this.block);
    const first = chars[this.start] ?? {};
    chars.splice(this.start, this.length, ...Array.from(t, () => first));
    this.block.text =
      this.block.text.slice(0, this.start) + t + this.block.text.slice(this.start + this.length);
    this.block.runs = compress(chars);
    if (this.fixedLength !== null) this.fixedLength = t.length;
    return this.self;
  }
  appendText(text: string): GText {
    this.insertText(this.length, text);
    return this.self;
  }
  insertText(offset: number, text: string): GText {
    writable(this.handle);
    if (offset < 0 || offset > this.length)
      fail(`Index (${offset}) must not be greater than the content length (${this.length}).`);
    const t = String(text);
    const at = this.start + offset;
    const chars = expand(this.block);
    const inherit = chars[at - 1] ?? chars[at] ?? {};
    chars.splice(at, 0, ...Array.from(t, () => inherit));
    this.block.text = this.block.text.slice(0, at) + t + this.block.text.slice(at);
    this.block.runs = compress(chars);
    if (this.fixedLength !== null) this.fixedLength += t.length;
    return this.self;
  }
  deleteText(startOffset: number, endOffsetInclusive: number): GText {
    writable(this.handle);
    this.checkOffset(startOffset);
    this.checkOffset(endOffsetInclusive);
    const a = this.start + startOffset;
    const n = endOffsetInclusive - startOffset + 1;
    const chars = expand(this.block);
    chars.splice(a, n);
    this.block.text = this.block.text.slice(0, a) + this.block.text.slice(a + n);
    this.block.runs = compress(chars);
    if (this.fixedLength !== null) this.fixedLength -= n;
    return this.self;
  }
  replaceText(searchPattern: string, replacement: string): GElement {
    writable(this.handle);
    const re = new RegExp(searchPattern, 'g');
    this.setText(this.getText().replace(re, replacement));
    return asGas<GElement>(this);
  }
  isBold(offset?: number | null): boolean {
    return this.read('BOLD', offset) as boolean;
  }
  isItalic(offset?: number | null): boolean {
    return this.read('ITALIC', offset) as boolean;
  }
  isUnderline(offset?: number | null): boolean {
    return this.read('UNDERLINE', offset) as boolean;
  }
  isStrikethrough(offset?: number | null): boolean {
    return this.read('STRIKETHROUGH', offset) as boolean;
  }
  getFontSize(offset?: number | null): number {
    return this.read('FONT_SIZE', offset) as number;
  }
  getFontFamily(offset?: number | null): string {
    return this.read('FONT_FAMILY', offset) as string;
  }
  getForegroundColor(offset?: number | null): string {
    return this.read('FOREGROUND_COLOR', offset) as string;
  }
  getBackgroundColor(offset?: number | null): string {
    return this.read('BACKGROUND_COLOR', offset) as string;
  }
  getLinkUrl(offset?: number | null): string {
    return this.read('LINK_URL', offset) as string;
  }
  setBold(...args: [boolean] | [number, number, boolean]): GText {
    return this.styleArgs('BOLD', args);
  }
  setItalic(...args: [boolean] | [number, number, boolean]): GText {
    return this.styleArgs('ITALIC', args);
  }
  setUnderline(...args: [boolean] | [number, number, boolean]): GText {
    return this.styleArgs('UNDERLINE', args);
  }
  setStrikethrough(...args: [boolean] | [number, number, boolean]): GText {
    return this.styleArgs('STRIKETHROUGH', args);
  }
  setFontSize(...args: [number] | [number, number, number]): GText {
    return this.styleArgs('FONT_SIZE', args);
  }
  setFontFamily(...args: [string] | [number, number, string]): GText {
    return this.styleArgs('FONT_FAMILY', args);
  }
  setForegroundColor(...args: [string] | [number, number, string]): GText {
    return this.styleArgs('FOREGROUND_COLOR', args);
  }
  setBackgroundColor(...args: [string] | [number, number, string]): GText {
    return this.styleArgs('BACKGROUND_COLOR', args);
  }
  setLinkUrl(...args: [string] | [number, number, string]): GText {
    return this.styleArgs('LINK_URL', args);
  }
  getAttributes(offset?: number | null): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const name of TEXT_ATTRIBUTES) out[name] = this.read(name, offset);
    return out;
  }
  setAttributes(...args: [Record<string, unknown>] | [number, number, Record<string, unknown>]): GText {
    if (args.length === 3) return this.style(splitAttributes(args[2]).text, args[0], args[1]);
    return this.style(splitAttributes(args[0]).text);
  }
  getTextAttributeIndices(): number[] {
    const out: number[] = [];
    let previous: TextAttrs | null = null;
    this.chars().forEach((attrs, i) => {
      if (previous === null || !sameAttrs(previous, attrs)) out.push(i);
      previous = attrs;
    });
    return out.length ? out : [0];
  }
}

type BlockMethods =
  | 'getText'
  | 'setText'
  | 'appendText'
  | 'editAsText'
  | 'getHeading'
  | 'setHeading'
  | 'getAlignment'
  | 'setAlignment'
  | 'getSpacingAfter'
  | 'setSpacingAfter'
  | 'getSpacingBefore'
  | 'setSpacingBefore'
  | 'getIndentStart'
  | 'setIndentStart'
  | 'getIndentEnd'
  | 'setIndentEnd'
  | 'getIndentFirstLine'
  | 'setIndentFirstLine'
  | 'getLineSpacing'
  | 'setLineSpacing'
  | 'getAttributes'
  | 'setAttributes'
  | 'getType'
  | 'clear'
  | 'removeFromParent'
  | 'isAtDocumentEnd'
  | 'getNextSibling'
  | 'getPreviousSibling'
  | 'replaceText';

/** What Paragraph and ListItem share; methods return the element itself (`Self`). */
abstract class EmuBlock<Self> {
  constructor(
    protected readonly core: Core,
    protected readonly handle: Handle,
    protected readonly block: BlockState,
  ) {}
  protected get self(): Self {
    return asGas<Self>(this);
  }
  protected set(name: ParagraphAttributeName, value: string | number | boolean | null): Self {
    writable(this.handle);
    if (value === null) delete this.block.attrs[name];
    else this.block.attrs[name] = value;
    return this.self;
  }
  private text(): EmuText {
    return new EmuText(this.handle, this.block);
  }
  private sibling(delta: number): GElement {
    const blocks = this.handle.doc.blocks;
    const next = blocks[blocks.indexOf(this.block) + delta];
    return (next ? wrapBlock(this.core, this.handle, next) : null) as unknown as GElement;
  }
  /** The block itself, for Body.appendParagraph(paragraph) (uncounted: leading underscore). */
  _state(): BlockState {
    return this.block;
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return ElementType[this.block.type];
  }
  getText(): string {
    return this.block.text;
  }
  setText(text: string): void {
    writable(this.handle);
    const t = String(text);
    this.block.text = t;
    this.block.runs = t ? [{ length: t.length, attrs: {} }] : [];
    delete this.block.element;
  }
  appendText(text: string | GText): GText {
    const t = typeof text === 'string' ? text : text.getText();
    const start = this.block.text.length;
    this.text().appendText(t);
    return asGas<GText>(
      counted(new EmuText(this.handle, this.block, start, t.length), 'Text', this.core.ctx.calls),
    );
  }
  editAsText(): GText {
    return asGas<GText>(counted(this.text(), 'Text', this.core.ctx.calls));
  }
  replaceText(searchPattern: string, replacement: string): GElement {
    this.text().replaceText(searchPattern, replacement);
    return asGas<GElement>(this);
  }
  clear(): Self {
    this.setText('');
    return this.self;
  }
  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    return (this.block.attrs.HEADING ?? 'NORMAL') as unknown as GoogleAppsScript.Document.ParagraphHeading;
  }
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): Self {
    if (!(String(heading) in ParagraphHeading)) fail('Invalid argument: heading');
    return this.set('HEADING', String(heading));
  }
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    return (this.block.attrs.HORIZONTAL_ALIGNMENT ??
      null) as unknown as GoogleAppsScript.Document.HorizontalAlignment;
  }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): Self {
    if (!(String(alignment) in HorizontalAlignment)) fail('Invalid argument: alignment');
    return this.set('HORIZONTAL_ALIGNMENT', String(alignment));
  }
  private num(name: ParagraphAttributeName): number {
    return (this.block.attrs[name] ?? null) as number;
  }
  getSpacingAfter(): number {
    return this.num('SPACING_AFTER');
  }
  setSpacingAfter(spacingAfter: number): Self {
    return this.set('SPACING_AFTER', spacingAfter);
  }
  getSpacingBefore(): number {
    return this.num('SPACING_BEFORE');
  }
  setSpacingBefore(spacingBefore: number): Self {
    return this.set('SPACING_BEFORE', spacingBefore);
  }
  getIndentStart(): number {
    return this.num('INDENT_START');
  }
  setIndentStart(indentStart: number): Self {
    return this.set('INDENT_START', indentStart);
  }
  getIndentEnd(): number {
    return this.num('INDENT_END');
  }
  setIndentEnd(indentEnd: number): Self {
    return this.set('INDENT_END', indentEnd);
  }
  getIndentFirstLine(): number {
    return this.num('INDENT_FIRST_LINE');
  }
  setIndentFirstLine(indentFirstLine: number): Self {
    return this.set('INDENT_FIRST_LINE', indentFirstLine);
  }
  getLineSpacing(): number {
    return this.num('LINE_SPACING');
  }
  setLineSpacing(multiplier: number): Self {
    return this.set('LINE_SPACING', multiplier);
  }
  getAttributes(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const name of PARAGRAPH_ATTRIBUTES) out[name] = this.block.attrs[name] ?? null;
    return { ...out, ...this.text().getAttributes() };
  }
  setAttributes(attributes: Record<string, unknown>): Self {
    writable(this.handle);
    const { text, para } = splitAttributes(attributes);
    for (const [k, v] of Object.entries(para)) this.set(k as ParagraphAttributeName, v ?? null);
    if (Object.keys(text).length && this.block.text.length) this.text().setAttributes(text);
    return this.self;
  }
  removeFromParent(): Self {
    writable(this.handle);
    const blocks = this.handle.doc.blocks;
    const i = blocks.indexOf(this.block);
    if (i >= 0) {
      if (blocks.length === 1) fail(LAST_PARAGRAPH);
      blocks.splice(i, 1);
    }
    return this.self;
  }
  isAtDocumentEnd(): boolean {
    return this.handle.doc.blocks.at(-1) === this.block;
  }
  getNextSibling(): GElement {
    return this.sibling(1);
  }
  getPreviousSibling(): GElement {
    return this.sibling(-1);
  }
}

class EmuParagraph extends EmuBlock<GParagraph> implements Pick<GParagraph, BlockMethods | 'asParagraph'> {
  asParagraph(): GParagraph {
    return this.self;
  }
}

class EmuListItem
  extends EmuBlock<GListItem>
  implements
    Pick<
      GListItem,
      BlockMethods | 'asListItem' | 'getNestingLevel' | 'setNestingLevel' | 'getGlyphType' | 'setGlyphType'
    >
{
  asListItem(): GListItem {
    return this.self;
  }
  getNestingLevel(): number {
    return (this.block.attrs.NESTING_LEVEL ?? 0) as number;
  }
  setNestingLevel(nestingLevel: number): GListItem {
    return this.set('NESTING_LEVEL', nestingLevel);
  }
  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    return (this.block.attrs.GLYPH_TYPE ?? 'BULLET') as unknown as GoogleAppsScript.Document.GlyphType;
  }
  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): GListItem {
    return this.set('GLYPH_TYPE', String(glyphType));
  }
}

class EmuInlineElement {
  constructor(private readonly type: 'HORIZONTAL_RULE' | 'PAGE_BREAK') {}
  getType(): GoogleAppsScript.Document.ElementType {
    return ElementType[this.type];
  }
  getAttributes(): Record<string, unknown> {
    return {};
  }
}

class EmuBody
  implements
    Pick<
      GBody,
      | 'appendParagraph'
      | 'appendListItem'
      | 'appendHorizontalRule'
      | 'appendPageBreak'
      | 'insertParagraph'
      | 'insertListItem'
      | 'getParagraphs'
      | 'getListItems'
      | 'getNumChildren'
      | 'getChild'
      | 'getChildIndex'
      | 'removeChild'
      | 'getText'
      | 'setText'
      | 'clear'
      | 'replaceText'
      | 'getType'
      | 'getMarginTop'
      | 'getMarginBottom'
      | 'getMarginLeft'
      | 'getMarginRight'
      | 'setMarginTop'
      | 'setMarginBottom'
      | 'setMarginLeft'
      | 'setMarginRight'
      | 'getPageWidth'
      | 'getPageHeight'
      | 'setPageWidth'
      | 'setPageHeight'
    >
{
  constructor(
    private readonly core: Core,
    private readonly handle: Handle,
  ) {}
  private get self(): GBody {
    return asGas<GBody>(this);
  }
  private get doc(): DocState {
    return this.handle.doc;
  }
  private insert(index: number, block: BlockState): BlockState {
    writable(this.handle);
    if (!Number.isInteger(index) || index < 0 || index > this.doc.blocks.length) {
      fail(
        `Child index (${index}) must be less than or equal to the number of child elements (${this.doc.blocks.length}).`,
      );
    }
    this.doc.blocks.splice(index, 0, block);
    return block;
  }
  private from(item: string | { _state?: () => BlockState }, type: BlockState['type']): BlockState {
    if (typeof item === 'string' || typeof item?._state !== 'function') return newBlock(type, String(item));
    const copy = structuredClone(item._state());
    copy.type = type;
    return copy;
  }
  appendParagraph(paragraph: string | GParagraph): GParagraph {
    return this.insertParagraph(this.doc.blocks.length, paragraph as string);
  }
  insertParagraph(childIndex: number, paragraph: string | GParagraph): GParagraph {
    const block = this.insert(childIndex, this.from(paragraph as string, 'PARAGRAPH'));
    return wrapBlock(this.core, this.handle, block) as GParagraph;
  }
  appendListItem(listItem: string | GListItem): GListItem {
    return this.insertListItem(this.doc.blocks.length, listItem as string);
  }
  insertListItem(childIndex: number, listItem: string | GListItem): GListItem {
    const block = this.insert(childIndex, this.from(listItem as string, 'LIST_ITEM'));
    return wrapBlock(this.core, this.handle, block) as GListItem;
  }
  appendHorizontalRule(): GHorizontalRule {
    this.insert(this.doc.blocks.length, { ...newBlock('PARAGRAPH'), element: 'HORIZONTAL_RULE' });
    return asGas<GHorizontalRule>(
      counted(new EmuInlineElement('HORIZONTAL_RULE'), 'HorizontalRule', this.core.ctx.calls),
    );
  }
  appendPageBreak(): GPageBreak {
    this.insert(this.doc.blocks.length, { ...newBlock('PARAGRAPH'), element: 'PAGE_BREAK' });
    return asGas<GPageBreak>(counted(new EmuInlineElement('PAGE_BREAK'), 'PageBreak', this.core.ctx.calls));
  }
  getParagraphs(): GParagraph[] {
    // "Retrieves all the Paragraphs contained in the section (including ListItems)."
    return this.doc.blocks.map((b) => wrapBlock(this.core, this.handle, b) as GParagraph);
  }
  getListItems(): GListItem[] {
    return this.doc.blocks
      .filter((b) => b.type === 'LIST_ITEM')
      .map((b) => wrapBlock(this.core, this.handle, b) as GListItem);
  }
  getNumChildren(): number {
    return this.doc.blocks.length;
  }
  getChild(childIndex: number): GElement {
    const block = this.doc.blocks[childIndex];
    if (!block)
      fail(
        `Child index (${childIndex}) must be less than the number of child elements (${this.doc.blocks.length}).`,
      );
    return asGas<GElement>(wrapBlock(this.core, this.handle, block));
  }
  getChildIndex(child: GElement): number {
    const state = (child as unknown as { _state?: () => BlockState })._state?.();
    const i = state ? this.doc.blocks.indexOf(state) : -1;
    if (i < 0) fail('Element does not contain the specified child element.');
    return i;
  }
  removeChild(child: GElement): GBody {
    (child as unknown as GParagraph).removeFromParent();
    return this.self;
  }
  getText(): string {
    return this.doc.blocks.map((b) => b.text).join('\n');
  }
  setText(text: string): GBody {
    writable(this.handle);
    this.doc.blocks = [newBlock('PARAGRAPH', String(text))];
    return this.self;
  }
  clear(): GBody {
    writable(this.handle);
    this.doc.blocks = [newBlock('PARAGRAPH')];
    return this.self;
  }
  replaceText(searchPattern: string, replacement: string): GElement {
    writable(this.handle);
    for (const block of this.doc.blocks) {
      if (block.text) new EmuText(this.handle, block).replaceText(searchPattern, replacement);
    }
    return asGas<GElement>(this);
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return ElementType.BODY_SECTION;
  }
  private margin(side: keyof DocState['margins'], value: number): GBody {
    writable(this.handle);
    this.doc.margins[side] = value;
    return this.self;
  }
  getMarginTop(): number {
    return this.doc.margins.top;
  }
  getMarginBottom(): number {
    return this.doc.margins.bottom;
  }
  getMarginLeft(): number {
    return this.doc.margins.left;
  }
  getMarginRight(): number {
    return this.doc.margins.right;
  }
  setMarginTop(marginTop: number): GBody {
    return this.margin('top', marginTop);
  }
  setMarginBottom(marginBottom: number): GBody {
    return this.margin('bottom', marginBottom);
  }
  setMarginLeft(marginLeft: number): GBody {
    return this.margin('left', marginLeft);
  }
  setMarginRight(marginRight: number): GBody {
    return this.margin('right', marginRight);
  }
  getPageWidth(): number {
    return this.doc.pageWidth;
  }
  getPageHeight(): number {
    return this.doc.pageHeight;
  }
  setPageWidth(pageWidth: number): GBody {
    writable(this.handle);
    this.doc.pageWidth = pageWidth;
    return this.self;
  }
  setPageHeight(pageHeight: number): GBody {
    writable(this.handle);
    this.doc.pageHeight = pageHeight;
    return this.self;
  }
}

function email(user: string | GoogleAppsScript.Base.User): string {
  return typeof user === 'string' ? user : user.getEmail();
}

export function documentUrl(id: string): string {
  return `https://docs.google.com/open?id=${id}`;
}

class EmuDocument
  implements
    Pick<
      GDocument,
      | 'getId'
      | 'getUrl'
      | 'getName'
      | 'setName'
      | 'getBody'
      | 'saveAndClose'
      | 'addEditor'
      | 'addEditors'
      | 'addViewer'
      | 'addViewers'
      | 'getEditors'
      | 'getViewers'
    >
{
  constructor(
    private readonly core: Core,
    private readonly handle: Handle,
  ) {}
  private get self(): GDocument {
    return asGas<GDocument>(this);
  }
  getId(): string {
    return this.handle.doc.id;
  }
  getUrl(): string {
    return documentUrl(this.handle.doc.id);
  }
  getName(): string {
    return this.handle.doc.name;
  }
  setName(name: string): GDocument {
    writable(this.handle);
    this.handle.doc.name = String(name);
    return this.self;
  }
  getBody(): GBody {
    return asGas<GBody>(counted(new EmuBody(this.core, this.handle), 'Body', this.core.ctx.calls));
  }
  saveAndClose(): void {
    this.handle.closed = true;
  }
  addEditor(user: string | GoogleAppsScript.Base.User): GDocument {
    const e = email(user);
    if (e !== this.handle.doc.owner && !this.handle.doc.editors.includes(e)) this.handle.doc.editors.push(e);
    this.handle.doc.viewers = this.handle.doc.viewers.filter((v) => v !== e);
    return this.self;
  }
  addEditors(emailAddresses: string[]): GDocument {
    for (const e of emailAddresses) this.addEditor(e);
    return this.self;
  }
  addViewer(user: string | GoogleAppsScript.Base.User): GDocument {
    const e = email(user);
    const d = this.handle.doc;
    if (e !== d.owner && !d.editors.includes(e) && !d.viewers.includes(e)) d.viewers.push(e);
    return this.self;
  }
  addViewers(emailAddresses: string[]): GDocument {
    for (const e of emailAddresses) this.addViewer(e);
    return this.self;
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return [this.handle.doc.owner, ...this.handle.doc.editors].map((e) => newUser(e, this.core.ctx.calls));
  }
  getViewers(): GoogleAppsScript.Base.User[] {
    return this.handle.doc.viewers.map((e) => newUser(e, this.core.ctx.calls));
  }
}

// ---- inspection ---------------------------------------------------------------------------

export interface RunView {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  fontSize?: number;
  fontFamily?: string;
  foregroundColor?: string;
  backgroundColor?: string;
  linkUrl?: string;
}

export interface ParagraphView {
  type: 'PARAGRAPH' | 'LIST_ITEM';
  text: string;
  heading: string;
  alignment: string | null;
  spacingBefore: number | null;
  spacingAfter: number | null;
  indentStart: number | null;
  indentEnd: number | null;
  indentFirstLine: number | null;
  lineSpacing: number | null;
  /** List items only. */
  nestingLevel?: number;
  glyphType?: string;
  element?: 'HORIZONTAL_RULE' | 'PAGE_BREAK';
  runs: RunView[];
}

export interface DocumentView {
  id: string;
  name: string;
  url: string;
  owner: string;
  editors: string[];
  viewers: string[];
  createdAt: string;
  margins: DocState['margins'];
  pageWidth: number;
  pageHeight: number;
  text: string;
  paragraphs: ParagraphView[];
}

const RUN_KEYS: Record<TextAttributeName, keyof Omit<RunView, 'text'>> = {
  BOLD: 'bold',
  ITALIC: 'italic',
  UNDERLINE: 'underline',
  STRIKETHROUGH: 'strikethrough',
  FONT_SIZE: 'fontSize',
  FONT_FAMILY: 'fontFamily',
  FOREGROUND_COLOR: 'foregroundColor',
  BACKGROUND_COLOR: 'backgroundColor',
  LINK_URL: 'linkUrl',
};

function viewOf(doc: DocState): DocumentView {
  const paragraphs = doc.blocks.map((b): ParagraphView => {
    const num = (k: ParagraphAttributeName) => (b.attrs[k] ?? null) as number | null;
    let offset = 0;
    const runs = compress(expand(b)).map((run) => {
      const view: RunView = { text: b.text.slice(offset, offset + run.length) };
      offset += run.length;
      for (const [k, v] of Object.entries(run.attrs)) {
        (view as unknown as Record<string, unknown>)[RUN_KEYS[k as TextAttributeName]] = v;
      }
      return view;
    });
    const view: ParagraphView = {
      type: b.type,
      text: b.text,
      heading: String(b.attrs.HEADING ?? 'NORMAL'),
      alignment: (b.attrs.HORIZONTAL_ALIGNMENT ?? null) as string | null,
      spacingBefore: num('SPACING_BEFORE'),
      spacingAfter: num('SPACING_AFTER'),
      indentStart: num('INDENT_START'),
      indentEnd: num('INDENT_END'),
      indentFirstLine: num('INDENT_FIRST_LINE'),
      lineSpacing: num('LINE_SPACING'),
      runs,
    };
    if (b.type === 'LIST_ITEM') {
      view.nestingLevel = (b.attrs.NESTING_LEVEL ?? 0) as number;
      view.glyphType = String(b.attrs.GLYPH_TYPE ?? 'BULLET');
    }
    if (b.element) view.element = b.element;
    return view;
  });
  return {
    id: doc.id,
    name: doc.name,
    url: documentUrl(doc.id),
    owner: doc.owner,
    editors: [...doc.editors],
    viewers: [...doc.viewers],
    createdAt: doc.createdAt,
    margins: { ...doc.margins },
    pageWidth: doc.pageWidth,
    pageHeight: doc.pageHeight,
    text: doc.blocks.map((b) => b.text).join('\n'),
    paragraphs,
  };
}

export interface DocumentAppHelpers {
  /** Every document, oldest first, with paragraphs and formatting. Uncounted. */
  documents(): DocumentView[];
  document(id: string): DocumentView | undefined;
  /** Docs `user` (default: the active user) may still create in the current 24-hour window. */
  remainingCreates(user?: string): number;
  /** The person deletes the document from Drive: openById then fails. */
  deleteDocument(id: string): void;
}

/**
 * A new Doc takes the account's default page setup, which depends on its locale: A4 in points
 * with 1-inch margins for the French accounts this add-on serves (US Letter is 612 × 792).
 */
const NEW_PAGE = { width: 595.276, height: 841.89, margin: 72 };

export function createDocumentApp(
  ctx: EmulatorContext,
  state?: DocumentAppState | null,
  options?: ServicesOptions,
): EmulatedService<GDocumentApp, DocumentAppState> & DocumentAppHelpers {
  const { docsPerDay } = withDefaults(options);
  const data: DocumentAppState = state ? structuredClone(state) : { nextId: 1, documents: [], quota: {} };
  const core: Core = { ctx, data };
  const open = (doc: DocState): GDocument =>
    asGas<GDocument>(counted(new EmuDocument(core, { doc, closed: false }), 'Document', ctx.calls));
  const find = (id: string): DocState => {
    const doc = data.documents.find((d) => d.id === id);
    const user = ctx.activeUser();
    if (!doc || (doc.owner !== user && !doc.editors.includes(user) && !doc.viewers.includes(user))) {
      fail(DOCUMENT_MISSING);
    }
    return doc;
  };

  const app: Pick<
    GDocumentApp,
    | 'ParagraphHeading'
    | 'HorizontalAlignment'
    | 'Attribute'
    | 'ElementType'
    | 'GlyphType'
    | 'TextAlignment'
    | 'VerticalAlignment'
    | 'PositionedLayout'
    | 'create'
    | 'openById'
    | 'openByUrl'
    | 'getActiveDocument'
  > = {
    ParagraphHeading,
    HorizontalAlignment,
    Attribute,
    ElementType,
    GlyphType,
    TextAlignment,
    VerticalAlignment,
    PositionedLayout,
    create(name: string): GDocument {
      if (typeof name !== 'string' || name === '') fail('Invalid argument: name');
      const user = ctx.activeUser();
      const now = ctx.clock.now();
      consumeQuota(data.quota, user, 1, docsPerDay, now, 'docs create');
      const n = data.nextId++;
      const id = `1EmuDoc${String(n).padStart(6, '0')}`.padEnd(44, 'x');
      const doc: DocState = {
        id,
        name,
        owner: user,
        editors: [],
        viewers: [],
        createdAt: now.toISOString(),
        margins: {
          top: NEW_PAGE.margin,
          bottom: NEW_PAGE.margin,
          left: NEW_PAGE.margin,
          right: NEW_PAGE.margin,
        },
        pageWidth: NEW_PAGE.width,
        pageHeight: NEW_PAGE.height,
        blocks: [newBlock('PARAGRAPH')],
      };
      data.documents.push(doc);
      return open(doc);
    },
    openById: (id: string) => open(find(String(id))),
    openByUrl(url: string): GDocument {
      const match = /\/d\/([\w-]+)/.exec(url) ?? /[?&]id=([\w-]+)/.exec(url);
      if (!match?.[1]) fail('Invalid argument: url');
      return open(find(match[1]));
    },
    // A script bound to a spreadsheet has no active document.
    getActiveDocument: () => null as unknown as GDocument,
  };

  return {
    global: asGas<GDocumentApp>(counted(app, 'DocumentApp', ctx.calls)),
    toJSON: () => structuredClone(data),
    documents: () => data.documents.map(viewOf),
    document: (id) => {
      const doc = data.documents.find((d) => d.id === id);
      return doc ? viewOf(doc) : undefined;
    },
    remainingCreates: (user = ctx.activeUser()) =>
      quotaRemaining(data.quota[user], docsPerDay, ctx.clock.now()),
    deleteDocument: (id) => {
      data.documents = data.documents.filter((d) => d.id !== id);
    },
  };
}
