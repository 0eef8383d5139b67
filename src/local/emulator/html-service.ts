/**
 * HtmlService: HTML outputs built from strings or from the built files (`<name>.html` in the
 * directory given to createEmulator, normally `dist/`), and trivial templates (`<?= name ?>`
 * and `<?!= name ?>` only; other scriptlets throw).
 * https://developers.google.com/apps-script/reference/html/html-service
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallLog } from './calls';
import { counted } from './calls';
import { SandboxMode, XFrameOptionsMode } from './enums';
import { fail } from './errors';
import { asGas } from './runtime';

type GOutput = GoogleAppsScript.HTML.HtmlOutput;
type GService = GoogleAppsScript.HTML.HtmlService;
type GTemplate = GoogleAppsScript.HTML.HtmlTemplate;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

type OutputMethods =
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'getContent'
  | 'setContent'
  | 'getTitle'
  | 'setTitle'
  | 'getWidth'
  | 'setWidth'
  | 'getHeight'
  | 'setHeight'
  | 'setSandboxMode'
  | 'setXFrameOptionsMode'
  | 'addMetaTag'
  | 'setFaviconUrl';

export class EmuHtmlOutput implements Pick<GOutput, OutputMethods> {
  title = '';
  width: number | null = null;
  height: number | null = null;
  readonly metaTags: Array<{ name: string; content: string }> = [];
  constructor(public content: string) {}
  private get self(): GOutput {
    return asGas<GOutput>(this);
  }
  append(addedContent: string): GOutput {
    this.content += addedContent;
    return this.self;
  }
  appendUntrusted(addedContent: string): GOutput {
    this.content += escapeHtml(addedContent);
    return this.self;
  }
  clear(): GOutput {
    this.content = '';
    return this.self;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): GOutput {
    this.content = content;
    return this.self;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): GOutput {
    this.title = title;
    return this.self;
  }
  getWidth(): number {
    return this.width ?? 0;
  }
  setWidth(width: number): GOutput {
    this.width = width;
    return this.self;
  }
  getHeight(): number {
    return this.height ?? 0;
  }
  setHeight(height: number): GOutput {
    this.height = height;
    return this.self;
  }
  /** Only IFRAME remains; other modes are accepted and ignored, as Google does. */
  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): GOutput {
    return this.self;
  }
  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode): GOutput {
    return this.self;
  }
  addMetaTag(name: string, content: string): GOutput {
    this.metaTags.push({ name, content });
    return this.self;
  }
  setFaviconUrl(_iconUrl: string): GOutput {
    return this.self;
  }
}

export function unwrapHtmlOutput(output: unknown): EmuHtmlOutput {
  if (!(output instanceof EmuHtmlOutput))
    fail("The parameters don't match the method signature for HtmlOutput.");
  return output;
}

class EmuHtmlTemplate implements Pick<GTemplate, 'evaluate' | 'getRawContent'> {
  [propName: string]: unknown;
  constructor(
    readonly raw: string,
    readonly log: CallLog,
  ) {}
  getRawContent(): string {
    return this.raw;
  }
  evaluate(): GOutput {
    const html = this.raw.replace(
      /<\?(!?=)?\s*([\s\S]*?)\s*\?>/g,
      (_m, kind: string | undefined, expr: string) => {
        if (!kind || !/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(expr)) {
          throw new Error(
            `Emulator: template scriptlet "${expr}" is not supported (only <?= name ?> and <?!= name ?>)`,
          );
        }
        let value: unknown = this;
        for (const key of expr.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
        const text = value === undefined || value === null ? '' : String(value);
        return kind === '!=' ? text : escapeHtml(text);
      },
    );
    return newHtmlOutput(html, this.log);
  }
}

export function newHtmlOutput(html: string, log: CallLog): GOutput {
  return asGas<GOutput>(counted(new EmuHtmlOutput(html), 'HtmlOutput', log));
}

/** A project file read by createHtmlOutputFromFile or createTemplateFromFile (for the bench). */
export interface HtmlFileRead {
  readonly name: string;
  readonly bytes: number;
}

class EmuHtmlService
  implements
    Pick<
      GService,
      | 'createHtmlOutput'
      | 'createHtmlOutputFromFile'
      | 'createTemplate'
      | 'createTemplateFromFile'
      | 'getUserAgent'
      | 'SandboxMode'
      | 'XFrameOptionsMode'
    >
{
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(
    readonly htmlDir: string | undefined,
    readonly log: CallLog,
    readonly filesRead: HtmlFileRead[],
  ) {}
  private read(filename: string): string {
    const name = filename.endsWith('.html') ? filename.slice(0, -5) : filename;
    if (!this.htmlDir) fail(`No HTML file named ${name} was found.`);
    let text: string;
    try {
      text = readFileSync(join(this.htmlDir, `${name}.html`), 'utf8');
    } catch {
      return fail(`No HTML file named ${name} was found.`);
    }
    this.filesRead.push({ name, bytes: Buffer.byteLength(text) });
    return text;
  }
  createHtmlOutput(html?: unknown): GOutput {
    const text =
      html === undefined
        ? ''
        : typeof html === 'string'
          ? html
          : (html as GoogleAppsScript.Base.BlobSource).getBlob().getDataAsString();
    return newHtmlOutput(text, this.log);
  }
  createHtmlOutputFromFile(filename: string): GOutput {
    return newHtmlOutput(this.read(filename), this.log);
  }
  createTemplate(html: unknown): GTemplate {
    const text =
      typeof html === 'string'
        ? html
        : (html as GoogleAppsScript.Base.BlobSource).getBlob().getDataAsString();
    return asGas<GTemplate>(counted(new EmuHtmlTemplate(text, this.log), 'HtmlTemplate', this.log));
  }
  createTemplateFromFile(filename: string): GTemplate {
    return asGas<GTemplate>(
      counted(new EmuHtmlTemplate(this.read(filename), this.log), 'HtmlTemplate', this.log),
    );
  }
  getUserAgent(): string {
    return 'Mozilla/5.0 (emulated Apps Script)';
  }
}

export function createHtmlService(options: {
  htmlDir?: string;
  log: CallLog;
  /** Where each file read is recorded (the bench reports what an action reads). */
  filesRead?: HtmlFileRead[];
}): GService {
  return asGas<GService>(
    counted(
      new EmuHtmlService(options.htmlDir, options.log, options.filesRead ?? []),
      'HtmlService',
      options.log,
    ),
  );
}
