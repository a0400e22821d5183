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
import { describe, expect, it, vi } from 'vitest';

import { mnistFromBytes } from '../../../src/data/mnist.ts';
import { loadPretrained } from '../../../src/model/pretrained.ts';
import { PretrainedLibrary } from '../../../src/live/pretrainedLibrary.ts';
import { mountSlide, type Mounted } from './mountSlide.ts';
import { useJsdomTfjs } from '../../support/jsdomTfjs.ts';
import { loadSlide } from '../../../slides/index.ts';

const latentSpace = await loadSlide('latent-space');
const aeVsVaeLive = await loadSlide('ae-vs-vae-live');
const vaeUsesLive = await loadSlide('vae-uses-live');

const ROOT = resolve(__dirname, '../../..');
const MODELS_DIR = join(ROOT, 'public/models/');
const readFileBytes = async (path: string) => new Uint8Array(await readFile(path));
const heldOut = mnistFromBytes(new Uint8Array(readFileSync(join(ROOT, 'public/data/mnist-10k.bin'))), 'mnist-10k.bin').test;
const backend = async () => ({ name: tf.getBackend(), software: false, reason: 'tfjs backend of the unit tests' });
const services = { pretrained: new PretrainedLibrary({ model: (kind) => loadPretrained(kind, MODELS_DIR, readFileBytes), digits: async () => heldOut, backend }) };
const MU = /^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/;

useJsdomTfjs();

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
    // the notes say: the keyboard's 7 lands near (−1.2, 0.9)
    expect(z[0]).toBeCloseTo(-1.2, 1);
    expect(z[1]).toBeCloseTo(0.9, 1);
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
    typeDigit(m, '7');
    await nextMu(m, '');
    await vi.waitFor(() => expect(m.get('[data-ae-z]').getAttribute('data-ae-z')).toMatch(MU));
    // the notes say: μ ≈ (−1.2, 0.9) for the VAE, z ≈ (−33, −7) for the AE
    const ae = m.get('[data-ae-z]').getAttribute('data-ae-z')!.split(',').map(Number);
    const vae = mu(m).split(',').map(Number);
    expect(Math.abs(vae[0] + 1.2) + Math.abs(vae[1] - 0.9)).toBeLessThan(0.15);
    expect(Math.abs(ae[0] + 33) + Math.abs(ae[1] + 7)).toBeLessThan(1.5);
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
    // the notes say: the keyboard's digits score 47 (the 1) to 170 nats (the 0), under the threshold (309)
    expect(threshold).toBeCloseTo(309, 0);
    const scores: number[] = [];
    for (const d of '0123456789') {
      typeDigit(m, d);
      const before = mu(m);
      await vi.waitFor(() => expect(m.get('[data-pad-score]').dataset.padScore).not.toBe(''));
      if (d !== '0') await vi.waitFor(() => expect(mu(m)).not.toBe(before));
      scores.push(score());
    }
    expect(Math.round(Math.min(...scores))).toBeCloseTo(47, -1);
    expect(Math.round(Math.max(...scores))).toBeCloseTo(170, -1);
    expect(Math.max(...scores)).toBeLessThan(threshold);
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
      // vae-uses-live's print text says the stored 2 stays under the line
      if (slide === vaeUsesLive) expect(m.get('.ul-pad-row').dataset.flagged).toBe('false');
      m.scope.dispose();
    }
  });
});
