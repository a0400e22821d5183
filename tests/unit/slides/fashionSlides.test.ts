// @vitest-environment jsdom
/** The demo slides on Fashion-MNIST (`?data=fashion`): mounted in jsdom on the committed Fashion weights and images. */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';

import { mnistFromBytes } from '../../../src/data/mnist.ts';
import { DATASETS } from '../../../src/data/datasets.ts';
import { loadPretrained } from '../../../src/model/pretrained.ts';
import { PretrainedLibrary } from '../../../src/live/pretrainedLibrary.ts';
import { mountSlide } from './mountSlide.ts';
import { randomNormalArray } from '../../../src/math/random.ts';
import { useJsdomTfjs } from '../../support/jsdomTfjs.ts';
import { loadSlide } from '../../../slides/index.ts';

const latentSpace = await loadSlide('latent-space');
const aeVsVaeLive = await loadSlide('ae-vs-vae-live');

const ROOT = resolve(__dirname, '../../..');
const MODELS_DIR = join(ROOT, 'public/models/');
const readFileBytes = async (path: string) => new Uint8Array(await readFile(path));
const heldOut = mnistFromBytes(new Uint8Array(readFileSync(join(ROOT, 'public', DATASETS.fashion.file))), DATASETS.fashion.file).test;
const backend = async () => ({ name: tf.getBackend(), software: false, reason: 'tfjs backend of the unit tests' });
const fashion = {
  dataset: DATASETS.fashion,
  pretrained: new PretrainedLibrary({ model: (kind) => loadPretrained(kind, MODELS_DIR, readFileBytes, 'fashion'), digits: async () => heldOut, backend }),
};

useJsdomTfjs();

describe('demo slides on Fashion-MNIST', () => {
  it('latent-space names the clothes in its legend, says which data set it shows, and leaves no tensor behind', async () => {
    const m = await mountSlide(latentSpace, { services: fashion });
    const legend = [...m.section.querySelectorAll('.legend-item text')].map((t) => t.textContent);
    expect(legend).toEqual(DATASETS.fashion.classNames.map((n) => n.fr));
    expect(m.get('.dataset-note').textContent).toContain('Fashion-MNIST');
    expect(m.value('.z1')).toBe(0.5);
    const before = tf.memory().numTensors;
    m.scope.dispose();
    const again = await mountSlide(latentSpace, { lang: 'en', services: fashion });
    expect([...again.section.querySelectorAll('.legend-item text')][9].textContent).toBe('Ankle boot');
    again.scope.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('ae-vs-vae-live shows the class names in its colour key', async () => {
    const m = await mountSlide(aeVsVaeLive, { services: fashion });
    const key = m.get('.digit-legend');
    expect(key.classList.contains('digit-legend-long')).toBe(true);
    expect(key.textContent).toContain('Pantalon');
    m.scope.dispose();
  });

  it('the Fashion decoder draws clothes: 100 samples z ~ N(0, I) have the ink of the Fashion images, not of digits', async () => {
    const [fashionVae, mnistVae] = await Promise.all([loadPretrained('vae', MODELS_DIR, readFileBytes, 'fashion'), loadPretrained('vae', MODELS_DIR, readFileBytes, 'mnist')]);
    try {
      const z = randomNormalArray(200, 7);
      const mean = (x: Float32Array) => x.reduce((a, b) => a + b, 0) / x.length;
      const items = mean(await fashionVae.decode(z, 100));
      const digits = mean(await mnistVae.decode(z, 100));
      const data = mean(heldOut.images);
      console.log(`mean pixel: Fashion test images ${data.toFixed(3)}, Fashion samples ${items.toFixed(3)}, MNIST samples ${digits.toFixed(3)}`);
      expect(Math.abs(items - data)).toBeLessThan(0.05);
      expect(items).toBeGreaterThan(digits + 0.1);
    } finally {
      fashionVae.dispose();
      mnistVae.dispose();
    }
  });
});
