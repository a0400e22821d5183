import { describe, expect, it } from 'vitest';
import { mirrorLimits, parseMirrorFrame, type MirrorFrame } from '../../../src/deck/mirrorFrame.ts';

const P = '0123456789abcdef';
const png = () => new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]).buffer;
const stroke = { colour: 'blue', points: [[100, 200], [110.5, 210]] };
const frame = (over: Record<string, unknown> = {}) => ({ type: 'frame', pair: P, id: 'training', seq: 3, parts: [{ x: 10, y: 20.5, w: 300, h: 200, png: png() }], controls: [-2.7, 1, 0], strokes: [stroke], ...over });

describe('parseMirrorFrame', () => {
  it('keeps ids, numbers and image bytes, and crosses a real BroadcastChannel intact', async () => {
    const a = new BroadcastChannel('mirror-test');
    const b = new BroadcastChannel('mirror-test');
    try {
      const got = new Promise<unknown>((ok) => (b.onmessage = (ev) => ok(ev.data)));
      a.postMessage(frame({ html: '<img src=x onerror=alert(1)>' }));
      const parsed = parseMirrorFrame(await got, P) as MirrorFrame;
      expect(parsed).not.toBeNull();
      expect(Object.keys(parsed).sort()).toEqual(['controls', 'id', 'pair', 'parts', 'seq', 'strokes', 'type']);
      expect(parsed.controls).toEqual([-2.7, 1, 0]);
      expect(parsed.strokes).toEqual([stroke]);
      expect(parsed.parts[0]).toMatchObject({ x: 10, y: 20.5, w: 300, h: 200 });
      expect(new Uint8Array(parsed.parts[0].png)[1]).toBe(80);
    } finally {
      a.close();
      b.close();
    }
  });

  it('rejects other pairs, markup, non-numbers, empty or oversized images and too many parts', () => {
    expect(parseMirrorFrame(frame({ pair: 'fedcba9876543210' }), P)).toBeNull();
    const part = frame().parts[0];
    for (const bad of [
      { id: '<b>' }, { seq: -1 }, { seq: 1.5 }, { parts: 'x' },
      { parts: [{ ...part, png: '<svg onload=alert(1)>' }] },
      { parts: [{ ...part, png: new ArrayBuffer(0) }] },
      { parts: [{ ...part, png: new ArrayBuffer(mirrorLimits.bytes + 1) }] },
      { parts: [{ ...part, x: Number.NaN }] }, { parts: [{ ...part, w: 0 }] }, { parts: [{ ...part, h: Infinity }] },
      { parts: Array.from({ length: mirrorLimits.parts + 1 }, () => part) },
      { controls: 'x' }, { controls: ['1'] }, { controls: [Number.NaN] }, { controls: [Infinity] },
      { controls: Array.from({ length: mirrorLimits.controls + 1 }, () => 0) },
      { strokes: 'x' }, { strokes: [{ ...stroke, colour: 'red;background:url(x)' }] }, { strokes: [{ ...stroke, points: [[Number.NaN, 1]] }] },
      { strokes: [{ ...stroke, points: [['<b>', 1]] }] }, { strokes: [{ colour: 'blue', points: [] }] },
      { strokes: Array.from({ length: mirrorLimits.strokes + 1 }, () => stroke) },
      { strokes: Array.from({ length: 2 }, () => ({ colour: 'blue', points: Array.from({ length: mirrorLimits.points / 2 + 1 }, () => [1, 1]) })) },
    ]) {
      expect(parseMirrorFrame(frame(bad), P), JSON.stringify(Object.keys(bad))).toBeNull();
    }
    expect(parseMirrorFrame(frame({ parts: [] }), P)).toMatchObject({ parts: [] });
    expect(parseMirrorFrame(frame({ controls: undefined, strokes: undefined }), P)).toMatchObject({ controls: [], strokes: [] });
  });
});
