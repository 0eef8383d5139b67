import { describe, expect, it } from 'vitest';
import { LISTING_LIMITS, LISTING_SCREENSHOTS, LISTING_TEXT } from '../../src/shared/listing';

// Limits from https://developers.google.com/workspace/marketplace/create-listing (« Gather your assets »).
describe('the store listing’s text (src/shared/listing.ts)', () => {
  it('keeps within the Marketplace limits', () => {
    expect(LISTING_TEXT.name.length).toBeLessThanOrEqual(LISTING_LIMITS.name);
    expect(LISTING_TEXT.name).not.toMatch(/google/i);
    expect(LISTING_TEXT.shortDescription.length).toBeLessThanOrEqual(LISTING_LIMITS.shortDescription);
    expect(LISTING_TEXT.detailedDescription.length).toBeLessThan(LISTING_LIMITS.detailedDescription);
  });

  it('is the name of the menu and of the bound project', () => {
    expect(LISTING_TEXT.name).toBe('Stage en collectivité');
  });

  it('is French with French typography, captions included', () => {
    const texts = [
      LISTING_TEXT.shortDescription,
      LISTING_TEXT.detailedDescription,
      ...LISTING_SCREENSHOTS.map((s) => s.caption),
    ];
    for (const text of texts) {
      expect(text).not.toContain("'");
      expect(text).not.toMatch(/[^\u00a0][:;?!»]/u);
      expect(text).not.toMatch(/«[^\u00a0]/u);
      expect(text).not.toMatch(/e-mail/i);
    }
  });
});
