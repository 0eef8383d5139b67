import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { TransportError, transfer } from '../../src/local/transport';

// https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
describe('google.script.run transport rules', () => {
  it('copies primitives, plain objects and arrays', () => {
    const value = { a: 1, b: 'deux', c: [true, null], d: { e: 'f' } };
    const copy = transfer(value);
    expect(copy).toEqual(value);
    expect(copy).not.toBe(value);
  });

  it('fails on a Date, even inside an object or array ("Requests fail if you attempt to pass a Date")', () => {
    expect(() => transfer(new Date())).toThrow(TransportError);
    expect(() => transfer({ when: new Date() })).toThrow(TransportError);
    expect(() => transfer([1, [new Date()]])).toThrow(TransportError);
  });

  it('fails on a Date made in another realm (the server runs in its own vm context)', () => {
    const foreignDate = vm.runInNewContext('new Date()');
    expect(() => transfer({ d: foreignDate })).toThrow(TransportError);
  });

  it('fails on a function and on circular references', () => {
    expect(() => transfer({ f: () => 1 })).toThrow(TransportError);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => transfer(loop)).toThrow(TransportError);
  });

  it('turns undefined inside arrays into null and drops undefined fields', () => {
    expect(transfer([1, undefined, 3])).toEqual([1, null, 3]);
    expect(transfer({ a: undefined, b: 2 })).toEqual({ b: 2 });
  });

  it('accepts plain objects made in another realm', () => {
    const foreign = vm.runInNewContext('({ ok: true, value: { n: [1, 2] } })');
    expect(transfer(foreign)).toEqual({ ok: true, value: { n: [1, 2] } });
  });

  it('refuses class instances other than plain objects', () => {
    class Range {}
    expect(() => transfer(new Range())).toThrow(TransportError);
  });
});
