/**
 * Every string a person can read, taken from the source: each file is compiled by esbuild
 * (TypeScript and JSX to plain JavaScript, JSX text becoming string arguments) and parsed by
 * acorn. Kept: string and template literals that look like words (not ids, classes, keys or
 * regexes), outside imports, developers' errors and logs. A template literal keeps its literal
 * parts, each interpolation standing as « X », or as its value when it names a string constant of
 * the file (`const NBSP = '\u00a0'`). The text children of one JSX element are read together, as
 * the sentence a person sees (« Partager avec X ? » is one text, not « Partager avec » and « ? »).
 * Markup in a template (`<meta name="…">`) is code: its tags are dropped, the text between them kept.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Node, parse } from 'acorn';
import { transformSync } from 'esbuild';

export interface ReadableString {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  /** The interpolated expressions of a template literal, as compiled. */
  readonly expressions: readonly string[];
}

/** Attributes and keys holding code, not words. */
const CODE_KEYS = new Set([
  'class',
  'className',
  'id',
  'for',
  'htmlFor',
  'type',
  'name',
  'role',
  'key',
  'inputMode',
  'autoComplete',
  'href',
  'accept',
  'rel',
  'target',
  'method',
  'style',
  'aria-describedby',
  'aria-labelledby',
  'aria-controls',
  'aria-haspopup',
  'aria-live',
  'aria-current',
  'aria-invalid',
  'data-testid',
  'data-cell',
  'src',
  'pattern',
  'kind',
  'path',
  'field',
  'code',
  'fontFamily',
  // Former spellings of a label, matched when reading a sheet written by an earlier version
  // (« E-mail », a straight apostrophe), never shown.
  'aliases',
  'formerLabels',
]);

/**
 * Keys whose text is not the product's French: English for the OAuth consent screen and the
 * Marketplace (`en`), and Google's own words quoted so that people recognise them (`googleSays`).
 */
const NOT_FRENCH_KEYS = new Set(['en', 'googleSays']);

/**
 * Constants holding others' words, not the product's: the headers people write in their own
 * tables, matched on import (`SYNONYMS`: « adresse e-mail »), and Immersion Facile's words: its
 * form's labels, quoted so that the person finds the field, and its objectives, sent in the
 * link exactly as the platform stores them (straight apostrophe).
 */
const OTHERS_WORDS = new Set(['SYNONYMS', 'PLATFORM_LABELS', 'PLATFORM_OBJECTIVES']);

/** Calls whose text is for developers (errors, logs) or is a selector. */
const DEVELOPER_CALLS =
  /(^|\.)(log|warn|error|info|debug|Error|RangeError|TypeError|FormulaEngineError|AppsScriptException|fail|querySelector\w*|getElementById|addEventListener|removeEventListener|setAttribute|getAttribute|createElement|postMessage|fetch|startsWith|endsWith|includes|split|replace|join|test|exec|match|matchAll|indexOf|padStart)$/;

function files(dir: string, accept: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, accept);
    return accept(path) ? [path] : [];
  });
}

/** A string that reads as words: two letters, and a space, an apostrophe or French punctuation. */
function looksLikeWords(text: string): boolean {
  if (!/\p{L}{2}/u.test(text)) return false;
  // « E-mail » alone is a word a person reads (a column header, a journal action).
  if (/^[Ee]-mails?$/.test(text)) return true;
  if (!/[\s'’:;?!«»]/.test(text)) return false;
  // Class lists, selectors, paths, regex sources, code, MIME types.
  if (/^[\w-]+( [\w-]+)*$/.test(text) && /--|__/.test(text)) return false;
  if (/^[.#[]|=>|[{}]|\\[dswbp]|^\^|\$$|^\w+:\/\/|^\w+\/[\w.+-]+(;|$)|^[\w-]+: /.test(text)) return false;
  // A query or an attribute (`code_insee_commune="…"`): French never glues « =" » to a word.
  if (/\w="/.test(text)) return false;
  // A spreadsheet formula (`N("Stage en collectivité : à relancer")=0`, `OR($L2="Refusé")`).
  if (/\b[A-Z]+\("/.test(text)) return false;
  return true;
}

/** The text without its markup: tags and their attributes are code, what lies between them is read. */
function withoutTags(text: string): string {
  return text.replace(/<\/?[a-z][\w-]*(\s[^<>]*)?>/gi, ' ');
}

type AnyNode = Node & Record<string, unknown>;

export function readableStrings(root: string, dirs: readonly string[], skip: RegExp): ReadableString[] {
  const found: ReadableString[] = [];
  for (const dir of dirs) {
    const paths = files(join(root, dir), (p) => /\.tsx?$/.test(p) && !/\.d\.ts$/.test(p) && !skip.test(p));
    for (const path of paths) {
      const original = readFileSync(path, 'utf8');
      const { code } = transformSync(original, {
        loader: path.endsWith('x') ? 'tsx' : 'ts',
        jsx: 'transform',
        jsxFactory: 'h',
        jsxFragment: 'Fragment',
        format: 'esm',
      });
      const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as AnyNode;
      const file = relative(root, path);
      const lineOf = (text: string) => {
        const at = original.indexOf(text.split(/\n|X/)[0] ?? text);
        return at < 0 ? 0 : original.slice(0, at).split('\n').length;
      };
      const constants = stringConstants(program);
      const add = (
        text: string,
        node: AnyNode,
        ancestors: readonly AnyNode[],
        expressions: string[] = [],
      ) => {
        const clean = withoutTags(text)
          .replace(/[ \t\r\n]+/g, ' ')
          .trim();
        if (!looksLikeWords(clean) || isCode([...ancestors, node], code)) return;
        found.push({ file, line: lineOf(text), text: clean, expressions });
      };
      // A string constant, a string literal, or « X » for anything computed.
      const textOf = (node: AnyNode): string => {
        if (isStringLiteral(node)) return node.value as string;
        if (node.type === 'Identifier') return constants.get(node.name as string) ?? 'X';
        return 'X';
      };
      const jsxTexts = new Set<AnyNode>();
      const visit = (node: AnyNode, ancestors: AnyNode[]): void => {
        if (isJsxCall(node)) {
          const children = (node.arguments as AnyNode[]).slice(2);
          const texts = children.filter(isStringLiteral);
          if (texts.length > 0) {
            for (const child of texts) jsxTexts.add(child);
            const sentence = children.map((child) => textOf(child)).join('');
            add(sentence, node, ancestors);
          }
        }
        if (isStringLiteral(node)) {
          if (!jsxTexts.has(node)) add(node.value as string, node, ancestors);
        } else if (node.type === 'TemplateLiteral') {
          const quasis = node.quasis as AnyNode[];
          const exprs = node.expressions as AnyNode[];
          const text = quasis
            .map((q, i) => (q.value as { cooked: string }).cooked + (exprs[i] ? textOf(exprs[i]) : ''))
            .join('');
          if (!(ancestors.at(-1)?.type === 'TaggedTemplateExpression'))
            add(
              text,
              node,
              ancestors,
              exprs.map((e) => code.slice(e.start, e.end)),
            );
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) {
            for (const child of value)
              if (child && typeof child.type === 'string') visit(child, [...ancestors, node]);
          } else if (value && typeof value === 'object' && typeof (value as AnyNode).type === 'string') {
            visit(value as AnyNode, [...ancestors, node]);
          }
        }
      };
      visit(program, []);
    }
  }
  return found;
}

const isStringLiteral = (node: AnyNode): boolean =>
  node.type === 'Literal' && typeof node.value === 'string' && !('regex' in node && node.regex);

/** `h(tag, props, ...children)`, as esbuild compiles JSX with jsxFactory `h`. */
const isJsxCall = (node: AnyNode): boolean =>
  node.type === 'CallExpression' &&
  (node.callee as AnyNode).type === 'Identifier' &&
  (node.callee as AnyNode).name === 'h';

/** The file's constants holding a string literal (`const NBSP = '\u00a0'`), by name. */
function stringConstants(program: AnyNode): Map<string, string> {
  const constants = new Map<string, string>();
  for (const statement of program.body as AnyNode[]) {
    const declaration =
      statement.type === 'ExportNamedDeclaration' ? (statement.declaration as AnyNode) : statement;
    if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
    for (const declarator of declaration.declarations as AnyNode[]) {
      const init = declarator.init as AnyNode | null;
      const id = declarator.id as AnyNode;
      if (init && id.type === 'Identifier' && isStringLiteral(init))
        constants.set(id.name as string, init.value as string);
    }
  }
  return constants;
}

function isCode(ancestors: readonly AnyNode[], code: string): boolean {
  const othersWords = (node: AnyNode) =>
    node.type === 'VariableDeclarator' && OTHERS_WORDS.has((node.id as AnyNode).name as string);
  if (ancestors.some(othersWords)) return true;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i] as AnyNode;
    const child = ancestors[i + 1];
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'ExportNamedDeclaration':
        if (node.source) return true;
        break;
      case 'Property': {
        const key = node.key as AnyNode;
        const name = (key.name ?? key.value) as string;
        if (child === key) return true;
        if (CODE_KEYS.has(name) || NOT_FRENCH_KEYS.has(name)) return true;
        return false;
      }
      case 'MemberExpression':
        if (node.computed) return true;
        break;
      case 'BinaryExpression':
        if (['===', '!==', '==', '!=', 'in'].includes(node.operator as string)) return true;
        break;
      case 'SwitchCase':
        return true;
      case 'CallExpression':
      case 'NewExpression': {
        const callee = code.slice((node.callee as AnyNode).start, (node.callee as AnyNode).end);
        return DEVELOPER_CALLS.test(callee);
      }
      default:
        break;
    }
  }
  return false;
}
