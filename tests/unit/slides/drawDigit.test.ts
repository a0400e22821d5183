// @vitest-environment jsdom
/** The draw-digit slide in jsdom on the committed pretrained weights (the live path crosses a real worker: tests/e2e/drawDigit.e2e.ts). */
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

const drawDigit = await loadSlide('draw-digit');

const ROOT = resolve(__dirname, '../../..');
const MODELS_DIR = join(ROOT, 'public/models/');
const readFileBytes = async (path: string) => new Uint8Array(await readFile(path));
const set = mnistFromBytes(new Uint8Array(readFileSync(join(ROOT, 'public/data/mnist-10k.bin'))), 'mnist-10k.bin');
const backend = async () => ({ name: tf.getBackend(), software: false, reason: 'tfjs backend of the unit tests' });
const pretrained = new PretrainedLibrary({ model: (kind) => loadPretrained(kind, MODELS_DIR, readFileBytes), digits: async () => set.test, backend });

useJsdomTfjs();

const key = (m: Mounted, k: string) => m.get('canvas[data-draw-pad]').dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
const attr = (m: Mounted, sel: string, name: string) => m.get(sel).getAttribute(name) ?? '';
/** Wait until both the VAE's μ and the AE's z are shown for the current drawing (non-empty, changed from `old`). */
async function shown(m: Mounted, old = ''): Promise<string> {
  await vi.waitFor(() => {
    expect(attr(m, '[data-mu]', 'data-mu')).toMatch(/^-?[\d.]+,-?[\d.]+$/);
    expect(attr(m, '[data-mu]', 'data-mu')).not.toBe(old);
    expect(attr(m, '[data-ae-z]', 'data-ae-z')).toMatch(/^-?[\d.]+,-?[\d.]+$/);
  }, { timeout: 20_000, interval: 20 });
  return attr(m, '[data-mu]', 'data-mu');
}

describe('draw-digit', () => {
  it('a typed 1 lands nearest the 1s; the « # » scores a far higher −ELBO; 100 drawings and clears leave no tensor', async () => {
    const m = await mountSlide(drawDigit, { services: { pretrained } });
    expect(m.get('.dd-cols').dataset.source).toBe('pretrained');
    expect(m.get<HTMLInputElement>('input[value="live"]').disabled).toBe(true);
    key(m, '1');
    const mu = await shown(m);
    expect(attr(m, '[data-nearest]', 'data-nearest')).toBe('1');
    const one = Number(attr(m, '[data-neg-elbo]', 'data-neg-elbo'));
    m.get('.dd-not-digit').click();
    await shown(m, mu);
    const hash = Number(attr(m, '[data-neg-elbo]', 'data-neg-elbo'));
    expect(hash).toBeGreaterThan(2 * one); // the anomaly-score idea the notes teach
    await new Promise((r) => setTimeout(r, 50));
    const before = tf.memory().numTensors;
    for (let i = 0; i < 100; i++) {
      key(m, String(i % 10));
      if (i % 2) m.get('[data-pad-clear]').click();
    }
    await vi.waitFor(() => expect(attr(m, '[data-mu]', 'data-mu')).toBe(''), { timeout: 20_000 }); // the last edit was a clear
    key(m, '4');
    await shown(m);
    await new Promise((r) => setTimeout(r, 200));
    expect(tf.memory().numTensors).toBe(before);
    expect(m.section.textContent).not.toMatch(/NaN|Infinity/);
    m.scope.dispose();
    expect(m.scope.size).toBe(0);
  });

  it('prints the stored example with its μ, in English', async () => {
    const m = await mountSlide(drawDigit, { lang: 'en', mode: 'print', services: { pretrained } });
    await shown(m);
    expect(m.get('[data-pad-clear]').textContent).toBe('Clear');
    m.scope.dispose();
  });
});
