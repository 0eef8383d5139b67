import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../../../src/domain/tracking');
const APPS_SCRIPT_GLOBALS =
  /\b(SpreadsheetApp|PropertiesService|Session|Utilities|LockService|ScriptApp|HtmlService|DocumentApp|DriveApp|Logger|GoogleAppsScript|google\.script)\b/;

describe('src/domain/tracking is pure', () => {
  it.each(readdirSync(DIR).filter((f) => f.endsWith('.ts')))('%s uses no Apps Script global', (file) => {
    const code = readFileSync(join(DIR, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(APPS_SCRIPT_GLOBALS);
    expect(code).not.toMatch(/from '\.\.\/\.\.\/(server|local|client)/);
  });
});
