import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { initNodeBackend } from '../../../src/model/backend.node.ts';
import { evaluateNegElbo } from '../../../src/model/evaluate.ts';
import { loadNetFromDir, MODELS_DIR, readFileBytes } from '../../../src/model/weightsIO.node.ts';
import { loadPretrained } from '../../../src/model/pretrained.ts';
import { loadMnistFile } from '../../../src/data/mnist.node.ts';

const { test } = loadMnistFile();
beforeAll(async () => {
  await initNodeBackend();
});

describe('the committed pretrained weights (public/models)', () => {
  it('the VAE reaches held-out −ELBO ≤ 150 nats on the 1,000 held-out digits', async () => {
    const vae = await loadNetFromDir('vae');
    expect(vae.config.latentDim).toBe(2);
    // 3 z samples per image here (npm run eval uses 10); the estimate is unbiased either way
    const r = await evaluateNegElbo(vae, test, { samples: 3, seed: 0 });
    expect(r.n).toBe(1000);
    expect(r.negElbo).toBeLessThanOrEqual(150);
    expect(r.kl).toBeGreaterThan(2);
    vae.dispose();
  });

  it('the AE reconstructs held-out digits better than an untrained guess', async () => {
    const ae = await loadNetFromDir('ae');
    const r = await evaluateNegElbo(ae, test);
    expect(r.kl).toBe(0);
    expect(r.recon).toBeLessThan(160);
    ae.dispose();
  });

  it('loadPretrained("vae", public/models/) encodes a held-out "0" and decodes it back to a plausible digit', async () => {
    const before = tf.memory().numTensors;
    const m = await loadPretrained('vae', MODELS_DIR, readFileBytes);
    const x = test.images.slice(0, 784);
    const { mean, logVar } = await m.encode(x, 1);
    expect(logVar).not.toBeNull();
    const p = await m.decode(mean, 1);
    let err = 0;
    for (let i = 0; i < 784; i++) err += Math.abs(p[i] - x[i]);
    expect(err / 784).toBeLessThan(0.15);
    m.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
