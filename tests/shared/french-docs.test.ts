import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/build';

/** The docs written for people who are not developers: French, with French typography. */
const FRENCH_DOCS = ['docs/installation.md', 'docs/confidentialite.md'];

/** The text a person reads: code, comments, link targets and bare URLs left out. */
const prose = (markdown: string) =>
  markdown
    .replace(/`[^`]*`/g, '')
    .replace(/<!--.*?-->/gs, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<https?:[^>]*>/g, '');

describe.each(FRENCH_DOCS)('%s', (file) => {
  const text = prose(readFileSync(join(ROOT, file), 'utf8'));

  it('uses the typographic apostrophe', () => {
    expect(text.match(/.{0,20}'.{0,20}/g) ?? []).toEqual([]);
  });

  it('puts a non-breaking space before « : ; ? ! » and inside guillemets', () => {
    expect(text.match(/.{0,20} [:;?!»].{0,10}/g) ?? []).toEqual([]);
    expect(text.match(/«[^\u00a0].{0,20}/g) ?? []).toEqual([]);
    expect(text.match(/.{0,20}[^\u00a0]»/g) ?? []).toEqual([]);
  });

  it('says « courriel » in its own sentences (Google’s quoted wording aside)', () => {
    const outsideQuotes = text.replace(/«[^»]*»/g, '');
    expect(outsideQuotes.match(/.{0,30}e-mail.{0,30}/gi) ?? []).toEqual([]);
  });
});
