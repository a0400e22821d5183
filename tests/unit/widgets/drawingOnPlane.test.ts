// @vitest-environment jsdom
import { testServices } from '../../support/services.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadPretrained, type LatentModel } from '../../../src/model/pretrained.ts';
import { mnistFromBytes } from '../../../src/data/mnist.ts';
import { createScope } from '../../../src/deck/scope.ts';
import { createParamStore } from '../../../src/deck/params.ts';
import { DrawingOnPlane, type PlaneDrawing } from '../../../src/widgets/drawingOnPlane.ts';
import { DrawPad } from '../../../src/widgets/drawPad.ts';
import { strokeDigit } from '../../../src/data/strokeDigits.ts';
import type { LatentScatterData } from '../../../src/charts/latentScatter.ts';

// (the *.node.ts helpers resolve paths from import.meta.url, which is not a file: URL under jsdom; tfjs runs on cpu here)
const ROOT = resolve(__dirname, '../../..');
const MODELS_DIR = join(ROOT, 'public/models/');
const readFileBytes = async (path: string) => new Uint8Array(await readFile(path));
const { test } = mnistFromBytes(new Uint8Array(readFileSync(join(ROOT, 'public/data/mnist-10k.bin'))), 'mnist-10k.bin');
let vae: LatentModel;
let ae: LatentModel;
let codes: LatentScatterData;

beforeAll(async () => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
  await tf.setBackend('cpu');
  await tf.ready();
  vae = await loadPretrained('vae', MODELS_DIR, readFileBytes);
  ae = await loadPretrained('ae', MODELS_DIR, readFileBytes);
  codes = { points: (await vae.encode(test.images, 1000)).mean, labels: test.labels };
});

function scope(lang: 'fr' | 'en' = 'fr') {
  return createScope({ lang, mode: 'live', params: createParamStore(new Map(), '', () => {}), declared: [], services: testServices() });
}
const glyph = (d: number, id = `d${d}`, color = '#D55E00'): PlaneDrawing => ({
  id, color, label: { fr: `votre ${d}`, en: `your ${d}` }, source: { kind: 'strokes', drawing: strokeDigit(d, 300, 300) },
});

describe('DrawingOnPlane with the committed pretrained VAE', () => {
  it('places a drawing: data-mu holds μ with dots, an ellipse and samples on the plane, the −ELBO = recon + KL', async () => {
    const s = scope('fr');
    const el = document.createElement('div');
    const view = new DrawingOnPlane(el, s, { model: vae, origin: 'pretrained', codes, width: 500, height: 420, digitSize: 84 });
    expect(el.querySelector('[data-drawing-status]')!.textContent).toMatch(/^Dessinez un chiffre\u00a0:/);
    expect(el.querySelector('[data-mu]')!.getAttribute('data-mu')).toBe('');
    view.show(glyph(1));
    await view.settled();
    const a = view.analysisOf('d1')!;
    const mu = el.querySelector('[data-mu]')!.getAttribute('data-mu')!;
    expect(mu).toMatch(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/);
    expect(mu.split(',').map(Number)[0]).toBeCloseTo(a.mean[0], 3);
    expect(el.querySelector('[data-mu]')!.textContent).toMatch(/^\(−?\d+,\d\d\u202f; −?\d+,\d\d\)$/); // French decimals
    expect(el.querySelector('[data-nearest]')!.getAttribute('data-nearest')).toBe('1');
    expect(a.negElbo!).toBeCloseTo(a.recon + a.kl!, 6);
    expect(Number(el.querySelector('[data-neg-elbo]')!.getAttribute('data-neg-elbo'))).toBeCloseTo(a.negElbo!, 6);
    expect(el.querySelectorAll('g.ellipse')).toHaveLength(1);
    expect(el.querySelectorAll('circle.marker')).toHaveLength(5); // μ and 4 samples
    expect(el.querySelector('[data-model-origin]')!.textContent).toBe('Modèle pré-entraîné');
    s.dispose();
    expect(el.querySelector('.drawing-on-plane')).toBeNull();
  });

  it('several drawings at once, each with its own colour and label; removing one keeps the other', async () => {
    const s = scope('en');
    const el = document.createElement('div');
    const view = new DrawingOnPlane(el, s, { model: vae, origin: 'live', codes, width: 500, height: 420, digitSize: 84 });
    view.show(glyph(0, 'a', '#0072B2'));
    view.show(glyph(7, 'b', '#D55E00'));
    view.show({ id: 'c', color: '#009E73', label: { fr: 'test', en: 'test' }, source: { kind: 'image', image: { width: 28, height: 28, ink: test.images.subarray(0, 784) } } });
    await view.settled();
    const labels = [...el.querySelectorAll('g.ellipse text')].map((e) => e.textContent);
    expect(labels).toEqual(['your 0', 'your 7', 'test']);
    expect([...el.querySelectorAll('g.ellipse ellipse')].map((e) => e.getAttribute('stroke'))).toEqual(['#0072B2', '#D55E00', '#009E73']);
    expect(el.querySelector('[data-model-origin]')!.textContent).toBe('Live model (training in the worker)');
    view.remove('b');
    expect(el.querySelectorAll('g.ellipse')).toHaveLength(2);
    s.dispose();
  });

  it('bad input says so: an empty pad, a dot, a blot — never NaN on screen', async () => {
    const s = scope('en');
    const el = document.createElement('div');
    const view = new DrawingOnPlane(el, s, { model: vae, origin: 'pretrained', codes, width: 500, height: 420, digitSize: 84 });
    const status = () => el.querySelector('[data-drawing-status]')!;
    view.show({ id: 'p', color: '#000', label: { fr: 'p', en: 'p' }, source: { kind: 'strokes', drawing: { width: 300, height: 300, brush: 27, strokes: [] } } });
    await view.settled();
    expect(status().getAttribute('data-drawing-status')).toBe('empty');
    view.show({ id: 'p', color: '#000', label: { fr: 'p', en: 'p' }, source: { kind: 'strokes', drawing: { width: 300, height: 300, brush: 27, strokes: [[{ x: 5, y: 5 }]] } } });
    await view.settled();
    expect(status().getAttribute('data-drawing-status')).toBe('dot');
    const blot = Array.from({ length: 60 }, (_, i) => ({ x: (i % 2) * 300, y: i * 5 }));
    view.show({ id: 'p', color: '#000', label: { fr: 'p', en: 'p' }, source: { kind: 'strokes', drawing: { width: 300, height: 300, brush: 27, strokes: [blot] } } });
    await view.settled();
    expect(status().getAttribute('data-drawing-status')).toBe('dense');
    expect(status().textContent).toMatch(/A lot of ink.+look at the −ELBO/);
    // what the message says is true: the blot costs more nats than a digit
    const blotElbo = view.analysisOf('p')!.negElbo!;
    view.show(glyph(2, 'g'));
    await view.settled();
    expect(blotElbo).toBeGreaterThan(view.analysisOf('g')!.negElbo! + 50);
    expect(el.textContent).not.toMatch(/NaN|Infinity|∞/);
    s.dispose();
  });

  it('the centring switch moves an off-centre drawing on the plane', async () => {
    const s = scope('fr');
    const el = document.createElement('div');
    const view = new DrawingOnPlane(el, s, { model: vae, origin: 'pretrained', codes, width: 500, height: 420, digitSize: 84, centringSwitch: true });
    const d = strokeDigit(0, 300, 300);
    const offCentre = { ...d, strokes: d.strokes.map((st) => st.map((p) => ({ x: p.x * 0.5, y: p.y * 0.5 }))) };
    view.show({ id: 'x', color: '#000', label: { fr: 'x', en: 'x' }, source: { kind: 'strokes', drawing: offCentre } });
    await view.settled();
    const on = view.analysisOf('x')!.mean;
    const box = el.querySelector<HTMLInputElement>('[data-centring]')!;
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    await view.settled();
    const off = view.analysisOf('x')!.mean;
    expect(Math.hypot(on[0] - off[0], on[1] - off[1])).toBeGreaterThan(0.3);
    s.dispose();
  });

  it('the same drawing through the AE: a point, a reconstruction error and no KL', async () => {
    const s = scope('fr');
    const el = document.createElement('div');
    const view = new DrawingOnPlane(el, s, { model: ae, origin: 'pretrained', codes, width: 500, height: 420, digitSize: 84 });
    view.show(glyph(3));
    await view.settled();
    expect(view.analysisOf('d3')!.kl).toBeNull();
    expect(el.querySelector('[data-neg-elbo]')!.textContent).toMatch(/^Erreur de reconstruction\u00a0: \d+,\d nats \(un autoencodeur n’a pas de KL\)$/);
    s.dispose();
  });

  it('tensors, listeners and DOM stay flat over 100 drawings and clears on a pad wired to the plane', async () => {
    const s = scope('fr');
    const el = document.createElement('div');
    const view = new DrawingOnPlane(el, s, { model: vae, origin: 'pretrained', codes, width: 500, height: 420, digitSize: 84 });
    const pad = new DrawPad(el, s, { width: 300, height: 300, onChange: (drawing) => view.show({ id: 'pad', color: '#D55E00', label: { fr: 'vous', en: 'you' }, source: { kind: 'strokes', drawing } }) });
    pad.typeDigit(5);
    await view.settled();
    const [tensors, listeners, nodes] = [tf.memory().numTensors, s.size, el.querySelectorAll('*').length];
    for (let i = 0; i < 100; i++) {
      pad.typeDigit(i % 10);
      await view.settled();
      pad.clear();
      await view.settled();
    }
    pad.typeDigit(5);
    await view.settled();
    expect(tf.memory().numTensors).toBe(tensors);
    expect(s.size).toBe(listeners);
    expect(el.querySelectorAll('*').length).toBe(nodes);
    s.dispose();
  });
});
