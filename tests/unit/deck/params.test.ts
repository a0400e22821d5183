import { describe, expect, it } from 'vitest';
import { clampParam, collectParams, createParamStore, queryWithParams } from '../../../src/deck/params.ts';
import type { Slide } from '../../../src/deck/types.ts';

const spec = { name: 'mu1', min: -3, max: 3, default: 0, step: 0.1 };
const slide = (id: string, names: string[]): Slide => ({
  id,
  title: { fr: id, en: id },
  body: { fr: '', en: '' },
  notes: { fr: '', en: '' },
  params: names.map((name) => ({ ...spec, name })),
});

describe('clampParam', () => {
  it('keeps an in-range value', () => expect(clampParam(spec, '1.5')).toBe(1.5));
  it('clamps out-of-range values to the bounds', () => {
    expect(clampParam(spec, '99')).toBe(3);
    expect(clampParam(spec, -1e308)).toBe(-3);
  });
  it('gives the default for garbage, empty, NaN and infinities', () => {
    for (const raw of ['abc', '', '  ', 'NaN', 'Infinity', undefined, null, Number.NaN]) {
      expect(clampParam(spec, raw)).toBe(0);
    }
  });
});

describe('collectParams', () => {
  it('rejects a name declared by two slides', () => {
    expect(() => collectParams([slide('a', ['x']), slide('b', ['x'])])).toThrow(/declared twice/);
  });
  it('rejects a default outside its range', () => {
    const bad: Slide = { ...slide('a', []), params: [{ name: 'x', min: 0, max: 1, default: 2 }] };
    expect(() => collectParams([bad])).toThrow(/outside/);
  });
});

describe('createParamStore', () => {
  it('reads, clamps and ignores unknown query keys', () => {
    const store = createParamStore(collectParams([slide('kl', ['mu1', 's1'])]), '?mu1=7&s1=x&lang=en&other=1');
    expect(store.get('mu1')).toBe(3);
    expect(store.get('s1')).toBe(0);
    expect(() => store.get('nope')).toThrow(/Unknown/);
  });
  it('writes only changed parameters back and keeps unrelated keys', () => {
    const seen: number[] = [];
    const store = createParamStore(collectParams([slide('kl', ['mu1', 's1'])]), '', (s) => seen.push(s.get('mu1')));
    expect(store.set('mu1', 1.23456789)).toBe(1.23456789);
    expect(seen).toEqual([1.23456789]);
    expect(queryWithParams('?lang=en&s1=2', store, ['mu1', 's1'])).toBe('?lang=en&mu1=1.23457');
  });
  it('declares the parameters of a slide that arrives later, valued from the query as it is then', () => {
    const store = createParamStore(new Map(), '?mu1=1');
    const [mu1, s1] = slide('kl', ['mu1', 's1']).params!;
    store.declare([mu1, s1], '?mu1=7&s1=2&lang=en');
    expect(store.get('mu1')).toBe(3); // clamped, from the query at declaration
    expect(store.get('s1')).toBe(2);
    expect(store.names()).toEqual(['mu1', 's1']);
    store.declare([mu1], '?mu1=0'); // the same spec again (a second load) changes nothing
    expect(store.get('mu1')).toBe(3);
    expect(() => store.declare([{ ...mu1 }], '')).toThrow(/declared twice/);
  });
});
