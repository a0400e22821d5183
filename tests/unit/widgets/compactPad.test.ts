// @vitest-environment jsdom
/** The compact pad on the committed pretrained VAE and AE (tfjs on cpu): one job at a time, μ contract, errors, no leak. */
import { testServices } from '../../support/services.ts';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadPretrained, type LatentModel } from '../../../src/model/pretrained.ts';
import { createScope } from '../../../src/deck/scope.ts';
import { createParamStore } from '../../../src/deck/params.ts';
import { CompactPad, type PadReading } from '../../../src/widgets/compactPad.ts';
import { analyseDrawing, type DrawingModel } from '../../../src/widgets/drawingAnalysis.ts';

const ROOT = resolve(__dirname, '../../..');
const MODELS_DIR = join(ROOT, 'public/models/');
const readFileBytes = async (path: string) => new Uint8Array(await readFile(path));
let vae: LatentModel;
let ae: LatentModel;

beforeAll(async () => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
  await tf.setBackend('cpu');
  await tf.ready();
  vae = await loadPretrained('vae', MODELS_DIR, readFileBytes);
  ae = await loadPretrained('ae', MODELS_DIR, readFileBytes);
});
afterEach(() => {
  document.body.innerHTML = '';
});

function scope(lang: 'fr' | 'en' = 'fr', mode: 'live' | 'print' = 'live') {
  return createScope({ lang, mode, params: createParamStore(new Map(), '', () => {}), declared: [], services: testServices() });
}
/** The real model, counting its encode calls. */
function counted(model: DrawingModel): DrawingModel & { encodes: number } {
  const c = { encodes: 0, encode: (x: Float32Array, n: number) => (c.encodes++, model.encode(x, n)), decode: (z: Float32Array, n: number) => model.decode(z, n) };
  return c;
}
/** A stroke of `moves` pointer moves, all dispatched in the same frame (jsdom has no layout: pad units). */
function stroke(canvas: HTMLCanvasElement, moves: number, side: number): void {
  const fire = (type: string, x: number, y: number) =>
    canvas.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 5, pointerType: 'pen', button: 0, clientX: x, clientY: y }));
  fire('pointerdown', side * 0.3, side * 0.2);
  for (let k = 1; k <= moves; k++) fire('pointermove', side * (0.3 + (0.4 * k) / moves), side * (0.2 + (0.6 * k) / moves));
  fire('pointerup', side * 0.7, side * 0.8);
}

describe('analyseDrawing in one round trip (encodeDecode)', () => {
  it('reads the same μ, σ, samples and −ELBO as encode then decode, and leaves no tensor', async () => {
    const image = (await vae.decode(new Float32Array([0.5, -0.5]), 1)).map((v) => (v > 0.5 ? 1 : 0));
    const twoTrips: DrawingModel = { encode: (x, n) => vae.encode(x, n), decode: (z, n) => vae.decode(z, n) };
    const before = tf.memory().numTensors;
    for (const model of [vae, ae]) {
      const two = await analyseDrawing({ encode: (x, n) => model.encode(x, n), decode: (z, n) => model.decode(z, n) }, image, { samples: 4 });
      const one = await analyseDrawing(model, image, { samples: 4 });
      expect(one.mean[0]).toBeCloseTo(two.mean[0], 5);
      expect(one.mean[1]).toBeCloseTo(two.mean[1], 5);
      expect(one.samples.length).toBe(two.samples.length);
      expect(one.sampleCodes).toEqual(two.sampleCodes);
      expect(one.recon).toBeCloseTo(two.recon, 3);
      expect(one.negElbo ?? 0).toBeCloseTo(two.negElbo ?? 0, 3);
      for (let i = 0; i < one.samples.length; i += 97) expect(one.samples[i]).toBeCloseTo(two.samples[i], 5);
    }
    expect(twoTrips.encodeDecode).toBeUndefined();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('CompactPad', () => {
  it('a burst of 40 pointer moves in one task costs two readings (the first move at once, then the latest); μ in data-mu, the AE code in data-ae-z', async () => {
    const s = scope();
    const el = document.createElement('div');
    document.body.append(el);
    const model = counted(vae);
    const readings: PadReading[] = [];
    const pad = new CompactPad(el, s, { size: 120, vae: model, ae, onRead: (r) => readings.push(r) });
    expect(el.querySelector('[data-mu]')!.textContent).toBe('—');
    stroke(pad.pad.canvas, 40, 120);
    await pad.settled();
    expect(model.encodes).toBe(2);
    expect(readings).toHaveLength(2);
    expect(readings[1].pre.status).toBe('ok');
    expect(el.querySelector('[data-mu]')!.getAttribute('data-mu')).toMatch(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/);
    expect(el.querySelector('[data-mu]')!.textContent).toMatch(/^\(−?\d+,\d\d\u202f; −?\d+,\d\d\)$/); // French decimals
    expect(el.querySelector('[data-ae-z]')!.getAttribute('data-ae-z')).toMatch(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/);
    (el.querySelector('[data-pad-clear]') as HTMLButtonElement).click();
    await pad.settled();
    expect(el.querySelector('[data-mu]')!.getAttribute('data-mu')).toBe('');
    expect(readings.at(-1)!.vae).toBeNull();
    s.dispose();
    expect(el.querySelector('.compact-pad')).toBeNull();
  });

  it('a model that fails gives a readable message, never NaN; no tensor left after 20 drawings and clears', async () => {
    const s = scope('en');
    const el = document.createElement('div');
    document.body.append(el);
    const broken: DrawingModel = { encode: () => Promise.reject(new Error('encoder gone')), decode: (z, n) => vae.decode(z, n) };
    const pad = new CompactPad(el, s, { size: 100, vae: broken, onRead: () => {} });
    stroke(pad.pad.canvas, 5, 100);
    await pad.settled();
    expect(el.querySelector('[data-mu]')!.textContent).toMatch(/^unreadable: .*encoder gone/);
    expect(el.textContent).not.toMatch(/NaN|Infinity/);
    s.dispose();

    const s2 = scope();
    const before = tf.memory().numTensors;
    const pad2 = new CompactPad(el, s2, { size: 100, vae, ae, onRead: () => {} });
    for (let i = 0; i < 20; i++) {
      stroke(pad2.pad.canvas, 6, 100);
      await pad2.settled();
      pad2.pad.clear();
      await pad2.settled();
    }
    s2.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('in print the stored example is read at once: μ is there without a frame', async () => {
    const s = scope('fr', 'print');
    const el = document.createElement('div');
    document.body.append(el);
    const pad = new CompactPad(el, s, { size: 120, vae, onRead: () => {} });
    await pad.settled();
    expect(el.querySelector('[data-mu]')!.getAttribute('data-mu')).toMatch(/,/);
    s.dispose();
  });
});
