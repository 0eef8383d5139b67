import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/local/emulator';

// https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app (fetch(url, params),
// muteHttpExceptions) and https://developers.google.com/apps-script/reference/url-fetch/http-response.
const REF = 'https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app';

/** A manifest without urlFetchWhitelist (a test deployment): any URL may be fetched. */
const OPEN = { manifest: { timeZone: 'Europe/Paris', runtimeVersion: 'V8' } };

describe(`UrlFetchApp (${REF})`, () => {
  it('answers from the registered table, longest prefix first, and counts each call', () => {
    const emu = createEmulator(OPEN);
    emu.urlFetch.respond('https://api.example/', 200, '{"a":1}');
    emu.urlFetch.respond('https://api.example/b', 200, '{"b":2}');
    const response = emu.globals.UrlFetchApp.fetch('https://api.example/b?x=1');
    expect(response.getResponseCode()).toBe(200);
    expect(response.getContentText()).toBe('{"b":2}');
    expect(emu.globals.UrlFetchApp.fetch('https://api.example/a').getContentText()).toBe('{"a":1}');
    expect(emu.calls.count('UrlFetchApp.fetch')).toBe(2);
    expect(emu.calls.count('HTTPResponse.getResponseCode')).toBe(1);
    expect(emu.urlFetch.requests().map((r) => r.url)).toEqual([
      'https://api.example/b?x=1',
      'https://api.example/a',
    ]);
  });

  it('throws on a failure code unless muteHttpExceptions is true', () => {
    const emu = createEmulator(OPEN);
    emu.urlFetch.respond('https://api.example/', 503, 'Service Unavailable');
    expect(() => emu.globals.UrlFetchApp.fetch('https://api.example/x')).toThrow(
      /^Request failed for https:\/\/api\.example\/x returned code 503/,
    );
    const muted = emu.globals.UrlFetchApp.fetch('https://api.example/x', { muteHttpExceptions: true });
    expect(muted.getResponseCode()).toBe(503);
    expect(muted.getContentText()).toBe('Service Unavailable');
  });

  it('never reaches the network: an unregistered URL fails as a DNS failure does, muted or not', () => {
    const emu = createEmulator(OPEN);
    const fetch = () =>
      emu.globals.UrlFetchApp.fetch('https://nowhere.example/', { muteHttpExceptions: true });
    expect(fetch).toThrow('Address unavailable: https://nowhere.example/');
    try {
      fetch();
    } catch (e) {
      expect(String(e)).toBe('Exception: Address unavailable: https://nowhere.example/');
    }
  });

  it('keeps no registered answer in the saved state', () => {
    const emu = createEmulator(OPEN);
    emu.urlFetch.respond('https://api.example/', 200, '{}');
    expect(emu.toJSON().services.UrlFetchApp).toBeUndefined();
  });
});

const ALLOWLIST = 'https://developers.google.com/apps-script/manifest/allowlist-url';

describe(`urlFetchWhitelist (${ALLOWLIST})`, () => {
  const manifest = (urlFetchWhitelist: string[]) => ({
    manifest: { timeZone: 'Europe/Paris', urlFetchWhitelist },
  });

  it('refuses a URL no prefix of the allowlist starts, before any request', () => {
    const emu = createEmulator(manifest(['https://api.example/v1/']));
    emu.urlFetch.respond('https://', 200, '{}');
    expect(emu.globals.UrlFetchApp.fetch('https://api.example/v1/x').getResponseCode()).toBe(200);
    expect(() => emu.globals.UrlFetchApp.fetch('https://api.example/v2/x')).toThrow(/not permitted/);
    expect(() => emu.globals.UrlFetchApp.fetch('https://ailleurs.example/v1/x')).toThrow(/not permitted/);
    expect(emu.urlFetch.requests()).toHaveLength(1);
  });

  it('refuses a manifest whose prefixes Google would refuse: http, no path, no full domain', () => {
    expect(() => createEmulator(manifest(['http://api.example/']))).toThrow('must use https://');
    expect(() => createEmulator(manifest(['https://api.example']))).toThrow('needs a path');
    expect(() => createEmulator(manifest(['https://localhost/']))).toThrow('needs a full domain');
    expect(() => createEmulator(manifest(['https://api.example/']))).not.toThrow();
  });

  it('the project’s manifest allows the Annuaire’s current and former hosts only', () => {
    const emu = createEmulator();
    emu.urlFetch.respond('https://', 200, '{}');
    expect(() =>
      emu.globals.UrlFetchApp.fetch('https://api-lannuaire.service-public.gouv.fr/api/x'),
    ).not.toThrow();
    expect(() =>
      emu.globals.UrlFetchApp.fetch('https://api-lannuaire.service-public.fr/api/x'),
    ).not.toThrow();
    expect(() => emu.globals.UrlFetchApp.fetch('https://example.org/')).toThrow(/not permitted/);
  });
});
