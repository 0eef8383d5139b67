/**
 * What the built Code.js can call, read from its text: `Service.method(` on an Apps Script
 * global, and `.method(` where `method` is declared on an Apps Script class (from
 * @types/google-apps-script). Minification renames variables, never property names, so each
 * call the server may make is still visible. Names JavaScript's own objects also have
 * (`sort`, `find`, `toString`…) are left to the emulator's run-time check, which refuses any
 * counted call without an entry in the scope table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TYPES_DIR = join(process.cwd(), 'node_modules/@types/google-apps-script');

interface Declarations {
  /** Global service name → its class (`SpreadsheetApp` → `SpreadsheetApp`). */
  readonly globals: ReadonlySet<string>;
  /** Class name → method names its interface declares. */
  readonly methods: ReadonlyMap<string, ReadonlySet<string>>;
}

let cached: Declarations | null = null;

export function appsScriptDeclarations(): Declarations {
  if (cached) return cached;
  const globals = new Set<string>();
  const methods = new Map<string, Set<string>>();
  for (const file of readdirSync(TYPES_DIR).filter((f) => f.endsWith('.d.ts'))) {
    const text = readFileSync(join(TYPES_DIR, file), 'utf8');
    for (const m of text.matchAll(/^declare var (\w+): GoogleAppsScript\./gm)) globals.add(m[1] as string);
    let current: Set<string> | null = null;
    let indent = '';
    for (const line of text.split('\n')) {
      const open = /^(\s*)interface (\w+)\b.*\{\s*$/.exec(line);
      if (open) {
        indent = open[1] as string;
        const name = open[2] as string;
        current = methods.get(name) ?? new Set();
        methods.set(name, current);
        continue;
      }
      if (current && line === `${indent}}`) {
        current = null;
        continue;
      }
      const method = current ? /^\s+(\w+)\(/.exec(line) : null;
      if (method && current) current.add(method[1] as string);
    }
  }
  cached = { globals, methods };
  return cached;
}

const LIBRARY_NAMES = ['check', 'merge'];

/** Property names of JavaScript's own objects, which Code.js calls without any Apps Script. */
export function javaScriptOwnNames(): Set<string> {
  const names = new Set<string>();
  const owners: object[] = [
    Array.prototype,
    String.prototype,
    Number.prototype,
    Object.prototype,
    Date.prototype,
    RegExp.prototype,
    Map.prototype,
    Set.prototype,
    Promise.prototype,
    Function.prototype,
    Object,
    Array,
    JSON,
    Math,
  ];
  for (const owner of owners) for (const name of Object.getOwnPropertyNames(owner)) names.add(name);
  for (const owner of [Date, Number, String, Intl.DateTimeFormat.prototype, Intl.NumberFormat.prototype])
    for (const name of Object.getOwnPropertyNames(owner)) names.add(name);
  for (const name of ['log', 'info', 'warn', 'error']) names.add(name); // console
  // zod/mini's own `.check(` and `.merge(` (Range.check and Range.merge are never called; the
  // emulator would refuse them anyway: they have no entry in the scope table).
  for (const name of LIBRARY_NAMES) names.add(name);
  return names;
}

export interface StaticCalls {
  /** `Service.method` called directly on an Apps Script global. */
  readonly serviceCalls: ReadonlySet<string>;
  /** Method names called as `.name(` that some Apps Script class declares. */
  readonly methodNames: ReadonlySet<string>;
}

export function staticCalls(code: string): StaticCalls {
  const { globals, methods } = appsScriptDeclarations();
  const declared = new Set<string>();
  for (const set of methods.values()) for (const m of set) declared.add(m);
  const serviceCalls = new Set<string>();
  for (const m of code.matchAll(/(?<![\w$.])([A-Z]\w*)\.(\w+)\(/g)) {
    if (globals.has(m[1] as string)) serviceCalls.add(`${m[1]}.${m[2]}`);
  }
  const own = javaScriptOwnNames();
  const methodNames = new Set<string>();
  for (const m of code.matchAll(/\.(\w+)\(/g)) {
    const name = m[1] as string;
    if (declared.has(name) && !own.has(name)) methodNames.add(name);
  }
  return { serviceCalls, methodNames };
}
