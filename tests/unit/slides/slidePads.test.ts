// @vitest-environment jsdom
/**
 * The compact drawing pads on latent-space, ae-vs-vae-live and vae-uses-live, in jsdom on the committed pretrained
 * weights: a typed digit and a pointer scribble give μ (`data-mu`), the AE's code, the anomaly bar; print shows the
 * stored example; the tensors are back where they were once the slide is gone. (Mouse and touch: tests/e2e/padSlides.e2e.ts.)
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import latentSpace from '../../../slides/latentSpace.ts';
import aeVsVaeLive from '../../../slides/aeVsVaeLive.ts';
import vaeUsesLive from '../../../slides/vaeUsesLive.ts';
import { mnistFromBytes } from '../../../src/data/mnist.ts';
import { loadPretrained } from '../../../src/model/pretrained.ts';
import { PretrainedLibrary } from '../../../src/live/pretrainedLibrary.ts';
import { mountSlide, type Mounted } from './mountSlide.ts';

const ROOT = resolve(__dirname, '../../..');
const MODELS_DIR = join(ROOT, 'public/models/');
const readFileBytes = async (path: string) => new Uint8Array(await readFile(path));
const heldOut = mnistFromBytes(new Uint8Array(readFileSync(join(ROOT, 'public/data/mnist-10k.bin'))), 'mnist-10k.bin').test;
const backend = async () => ({ name: tf.getBackend(), software: false, reason: 'tfjs backend of the unit tests' });
const services = { pretrained: new PretrainedLibrary({ model: (kind) => loadPretrained(kind, MODELS_DIR, readFileBytes), digits: async () => heldOut, backend }) };
const MU = /^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/;

beforeAll(async () => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
  await tf.setBackend('cpu');
  await tf.ready();
});
afterEach(() => {
  document.body.innerHTML = '';
});

const typeDigit = (m: Mounted, k: string) => m.get('canvas[data-draw-pad]').dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
const mu = (m: Mounted) => m.get('[data-mu]').getAttribute('data-mu') ?? '';
async function nextMu(m: Mounted, previous: string): Promise<string> {
  await vi.waitFor(() => expect(mu(m)).not.toBe(previous), { timeout: 20_000 });
  expect(mu(m)).toMatch(MU);
  return mu(m);
}
/** A scribble over the whole pad (jsdom has no layout: client coordinates are pad units). */
function scribble(m: Mounted, side: number): void {
  const c = m.get('canvas[data-draw-pad]');
  const fire = (type: string, x: number, y: number) =>
    c.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 3, pointerType: 'mouse', button: 0, clientX: x, clientY: y }));
  fire('pointerdown', 2, 2);
  for (let k = 1; k <= 24; k++) fire('pointermove', (k % 2 ? side - 2 : 2), (k * side) / 24);
  fire('pointerup', 2, side - 2);
}

describe('the compact pads', () => {
  it('latent-space: a typed 7 moves μ, the explorer shows its reconstruction at μ with the 2σ-ellipse; no tensor left', async () => {
    (await mountSlide(latentSpace, { services })).scope.dispose(); // the library loads the model once, for the page
    const before = tf.memory().numTensors;
    const m = await mountSlide(latentSpace, { services });
    expect(mu(m)).toBe('');
    typeDigit(m, '7');
    const z = (await nextMu(m, '')).split(',').map(Number);
    expect(m.value('.z1')).toBeCloseTo(z[0], 3);
    expect(m.value('.z2')).toBeCloseTo(z[1], 3);
    expect(m.section.querySelectorAll('.latent-explorer .annotations ellipse')).toHaveLength(1);
    m.get('[data-pad-clear]').click();
    await vi.waitFor(() => expect(mu(m)).toBe(''));
    expect(m.get('[data-mu]').textContent).toBe('—');
    m.scope.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('ae-vs-vae-live: the same drawing through both encoders, a dot on each plane', async () => {
    const m = await mountSlide(aeVsVaeLive, { lang: 'en', services });
    typeDigit(m, '3');
    await nextMu(m, '');
    await vi.waitFor(() => expect(m.get('[data-ae-z]').getAttribute('data-ae-z')).toMatch(MU));
    // the AE's code is on the AE's own scale: far from the VAE's
    const ae = m.get('[data-ae-z]').getAttribute('data-ae-z')!.split(',').map(Number);
    const vae = mu(m).split(',').map(Number);
    expect(Math.hypot(ae[0] - vae[0], ae[1] - vae[1])).toBeGreaterThan(1);
    for (const kind of ['ae', 'vae']) {
      const r = [...m.section.querySelectorAll(`.cmp-col[data-kind="${kind}"] .annotations circle`)].map((c) => c.getAttribute('r'));
      expect(r, kind).toContain('7');
    }
    expect(m.section.querySelectorAll('.cmp-col[data-kind="vae"] .annotations ellipse').length).toBe(2); // the prior's circle and q(z|x)
    expect(m.section.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('vae-uses-live: a typed digit stays under the threshold, a scribble over the whole pad goes above it', async () => {
    const m = await mountSlide(vaeUsesLive, { services });
    const threshold = m.value('.ul-threshold');
    const row = m.get('.ul-pad-row');
    const score = () => Number(m.get('[data-pad-score]').dataset.padScore);
    typeDigit(m, '0');
    await nextMu(m, '');
    const digit = score();
    expect(digit).toBeLessThan(threshold);
    expect(row.dataset.flagged).toBe('false');
    m.get('[data-pad-clear]').click();
    await vi.waitFor(() => expect(mu(m)).toBe(''));
    expect(m.get('[data-pad-score]').textContent).toBe('—');
    scribble(m, 132);
    await nextMu(m, '');
    expect(score()).toBeGreaterThan(threshold);
    expect(row.dataset.flagged).toBe('true');
    expect(row.classList.contains('flagged')).toBe(true);
  });

  it('in print each pad shows the stored example and its μ, never an empty box', async () => {
    for (const slide of [latentSpace, aeVsVaeLive, vaeUsesLive]) {
      const m = await mountSlide(slide, { mode: 'print', services });
      expect(m.get('.draw-pad').dataset.strokes, slide.id).not.toBe('0');
      expect(mu(m), slide.id).toMatch(MU);
      m.scope.dispose();
    }
  });
});
