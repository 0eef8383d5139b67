/**
 * Every string a person can read, taken from the source: each file is compiled by esbuild
 * (TypeScript and JSX to plain JavaScript, JSX text becoming string arguments) and parsed by
 * acorn. Kept: string and template literals that look like words (not ids, classes, keys or
 * regexes), outside imports, developers' errors and logs. A template literal keeps its literal
 * parts, each interpolation standing as « X ».
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
]);

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
  if (!/[\s'’:;?!«»]/.test(text)) return false;
  // Class lists, selectors, paths, regex sources, code, MIME types.
  if (/^[\w-]+( [\w-]+)*$/.test(text) && /--|__/.test(text)) return false;
  if (/^[.#[]|=>|[{}]|\\[dswbp]|^\^|\$$|^\w+:\/\/|^\w+\/[\w.+-]+(;|$)|^[\w-]+: /.test(text)) return false;
  return true;
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
      const add = (text: string, ancestors: readonly AnyNode[], expressions: string[] = []) => {
        const clean = text.replace(/[ \t\r\n]+/g, ' ').trim();
        if (!looksLikeWords(clean) || isCode(ancestors, code)) return;
        found.push({ file, line: lineOf(text), text: clean, expressions });
      };
      const visit = (node: AnyNode, ancestors: AnyNode[]): void => {
        if (node.type === 'Literal' && typeof node.value === 'string' && !('regex' in node && node.regex)) {
          add(node.value, ancestors);
        } else if (node.type === 'TemplateLiteral') {
          const quasis = node.quasis as AnyNode[];
          const exprs = node.expressions as AnyNode[];
          const text = quasis.map((q) => (q.value as { cooked: string }).cooked).join('X');
          if (!(ancestors.at(-1)?.type === 'TaggedTemplateExpression'))
            add(
              text,
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

function isCode(ancestors: readonly AnyNode[], code: string): boolean {
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
        if (child === key || (ancestors.length - 1 === i ? false : child === key)) return true;
        if (CODE_KEYS.has(name)) return true;
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
