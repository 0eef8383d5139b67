/**
 * Debian's Chromium driven by playwright-core: no browser is ever downloaded. The path comes
 * from CHROME_PATH, else /usr/bin/chromium. A missing browser fails loudly with how to fix it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

export function browserPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install Debian's browser with "apt-get update && apt-get install -y chromium", ` +
        'or point CHROME_PATH at a Chromium or Chrome binary. The browser tests never download one.',
    );
  }
  return path;
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: browserPath(),
    headless: true,
    // The machine has no network: keep Chromium from calling home at start.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Date inputs and number formats as a person in France sees them.
      '--lang=fr-FR',
    ],
  });
}
