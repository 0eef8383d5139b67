import { describe, expect, it } from 'vitest';
import { createPropertiesService } from '../../../src/local/emulator/services/properties';
import { testContext, thrown } from './context';

const QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas';
const PROPERTIES = 'https://developers.google.com/apps-script/reference/properties/properties';

describe(`PropertiesService (${PROPERTIES})`, () => {
  it('stores values as strings: setProperty of a number reads back as its String form', () => {
    const { ctx } = testContext();
    const props = createPropertiesService(ctx).global.getScriptProperties();
    props.setProperty('n', 3 as unknown as string);
    props.setProperties({ ok: true as unknown as string });
    expect(props.getProperty('n')).toBe('3');
    expect(props.getProperties()).toEqual({ n: '3', ok: 'true' });
    expect(props.getProperty('missing')).toBeNull();
  });

  it(`a value over 9 KB throws and is not stored ("Properties value size 9 KB / val", ${QUOTAS})`, () => {
    const { ctx } = testContext();
    const props = createPropertiesService(ctx).global.getDocumentProperties();
    props.setProperty('fits', 'x'.repeat(9 * 1024));
    const error = thrown(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1)));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Argument too large: value');
    expect(props.getKeys()).toEqual(['fits']);
    // Multi-byte characters count in UTF-8 bytes: 4,700 "é" are 9,400 bytes.
    expect(() => props.setProperty('accents', 'é'.repeat(4700))).toThrow('Argument too large');
  });

  it(`a store over 500 KB throws and keeps its previous content ("Properties total storage 500 KB / property store", ${QUOTAS})`, () => {
    const { ctx } = testContext();
    const service = createPropertiesService(ctx);
    const props = service.global.getDocumentProperties();
    const chunk = 'x'.repeat(9000);
    for (let i = 0; i < 56; i++) props.setProperty(`k${String(i).padStart(2, '0')}`, chunk); // ~504,000 bytes
    expect(service.bytesUsed('document')).toBeLessThanOrEqual(500 * 1024);
    const before = props.getProperties();
    expect(() => props.setProperty('one-more', chunk)).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(() => props.setProperties({ a: chunk, b: chunk })).toThrow('property storage quota');
    expect(props.getProperties()).toEqual(before);
    // The limit is per store: user properties are a store of their own.
    service.global.getUserProperties().setProperty('one-more', chunk);
  });

  it('setProperties(obj, true) deletes all the others; deleteProperty and deleteAllProperties', () => {
    const { ctx } = testContext();
    const props = createPropertiesService(ctx).global.getScriptProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' }, true);
    expect(props.getProperties()).toEqual({ c: '3' });
    props.setProperties({ d: '4' });
    props.deleteProperty('c');
    expect(props.getKeys()).toEqual(['d']);
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('user properties are per person; document properties are shared by every editor (https://developers.google.com/apps-script/guides/properties)', () => {
    const { ctx, setUser } = testContext({ user: 'alice@example.org' });
    const service = createPropertiesService(ctx);
    service.global.getUserProperties().setProperty('draft', 'Alice');
    service.global.getDocumentProperties().setProperty('settings', '{"delay":21}');
    setUser('bob@example.org');
    expect(service.global.getUserProperties().getProperty('draft')).toBeNull();
    expect(service.global.getDocumentProperties().getProperty('settings')).toBe('{"delay":21}');
    service.global.getUserProperties().setProperty('draft', 'Bob');
    setUser('alice@example.org');
    expect(service.global.getUserProperties().getProperty('draft')).toBe('Alice');
  });

  it('getDocumentProperties() is null when the script is not bound to a document (https://developers.google.com/apps-script/reference/properties/properties-service)', () => {
    const { ctx } = testContext();
    expect(
      createPropertiesService(ctx, null, { boundToDocument: false }).global.getDocumentProperties(),
    ).toBeNull();
  });

  it('state round-trips through JSON', () => {
    const { ctx } = testContext();
    const a = createPropertiesService(ctx);
    a.global.getUserProperties().setProperty('k', 'v');
    const b = createPropertiesService(ctx, JSON.parse(JSON.stringify(a.toJSON())));
    expect(b.global.getUserProperties().getProperty('k')).toBe('v');
  });
});
