import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { initNodeBackend } from '../../../src/model/backend.node.ts';
import { createAutoencoder, createVae } from '../../../src/model/autoencoder.ts';
import { fileHandlerForTest, loadNetFromDir, readFileBytes, saveNetToDir } from './weightsHelpers.ts';
import { loadPretrained, ModelLoadError } from '../../../src/model/pretrained.ts';

let dir: string;
beforeAll(async () => {
  await initNodeBackend();
  dir = mkdtempSync(join(tmpdir(), 'vae-weights-'));
  const vae = createVae({ hidden: [32, 16], seed: 4 });
  await saveNetToDir(vae, join(dir, 'vae-mnist'));
  vae.dispose();
  const ae = createAutoencoder({ hidden: 24, seed: 5 });
  await saveNetToDir(ae, join(dir, 'ae-mnist'));
  ae.dispose();
});

describe('weights in the tfjs Layers format', () => {
  it('tf.loadLayersModel reads the encoder: input [n,784], outputs z_mean and z_log_var [n,2]', async () => {
    const enc = await tf.loadLayersModel(fileHandlerForTest(join(dir, 'vae-mnist/encoder/model.json')));
    expect(enc.inputs[0].shape).toEqual([null, 784]);
    expect(enc.outputNames).toEqual(['z_mean', 'z_log_var']);
    expect(enc.outputs.map((o) => o.shape)).toEqual([[null, 2], [null, 2]]);
    const dec = await tf.loadLayersModel(fileHandlerForTest(join(dir, 'vae-mnist/decoder/model.json')));
    expect(dec.inputs[0].shape).toEqual([null, 2]);
    expect(dec.outputs[0].shape).toEqual([null, 784]);
    enc.dispose();
    dec.dispose();
  });

  it('saveNetToDir then loadNetFromDir gives the same encoder and decoder', async () => {
    const original = createVae({ hidden: [32, 16], seed: 4 });
    const loaded = await loadNetFromDir('vae', join(dir, 'vae-mnist'));
    expect(loaded.config.hidden).toEqual([32, 16]);
    const z = tf.tensor2d([[0.3, -1], [2, 0.5]]);
    const diff = tf.max(tf.abs(tf.sub(original.decode(z), loaded.decode(z))));
    expect((await diff.data())[0]).toBeLessThan(1e-6);
    original.dispose();
    loaded.dispose();
  });

  it('loadPretrained shares one copy per kind, decodes to probabilities and leaks no tensor', async () => {
    const before = tf.memory().numTensors;
    const a = await loadPretrained('ae', dir, readFileBytes);
    const b = await loadPretrained('ae', dir, readFileBytes);
    expect(tf.memory().numTensors).toBe(before + 2 * 4); // one copy: 2 layers × (kernel, bias) per half
    const probs = await a.decode(new Float32Array([0, 0, 1, 1]), 2);
    expect(probs.length).toBe(2 * 784);
    const { mean, logVar } = await b.encode(new Float32Array(784), 1);
    expect(mean.length).toBe(2);
    expect(logVar).toBeNull();
    a.dispose();
    expect(await b.decode(new Float32Array(2), 1)).toHaveLength(784);
    b.dispose();
    expect(tf.memory().numTensors).toBe(before);
    await expect(a.decode(new Float32Array(2), 1)).rejects.toThrow(/disposed/);
  });

  it('encode and decode reject arrays of the wrong length', async () => {
    const m = await loadPretrained('vae', dir, readFileBytes);
    await expect(m.decode(new Float32Array(3), 2)).rejects.toThrow(/decode: expected n·2 = 4 values for n = 2, got 3/);
    await expect(m.encode(new Float32Array(10), 1)).rejects.toThrow(/encode: expected n·784/);
    m.dispose();
  });
});

describe('corrupt or missing weights give clear errors', () => {
  function copyTo(name: string): string {
    const d = join(dir, name, 'vae-mnist');
    for (const part of ['encoder', 'decoder']) {
      for (const f of ['model.json', 'weights.bin']) {
        const src = join(dir, 'vae-mnist', part, f);
        const dst = join(d, part, f);
        mkdirSync(join(d, part), { recursive: true });
        writeFileSync(dst, readFileSync(src));
      }
    }
    return d;
  }

  it('a missing directory → ModelLoadError "model file not found", in French too', async () => {
    const err = await loadNetFromDir('vae', join(dir, 'nowhere')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelLoadError);
    expect((err as ModelLoadError).message).toMatch(/nowhere\/encoder\/model\.json: model file not found/);
    expect((err as ModelLoadError).localized.fr).toMatch(/introuvable/);
  });

  it('a truncated weights.bin names the file and the byte counts', async () => {
    const d = copyTo('truncated');
    const w = join(d, 'decoder', 'weights.bin');
    writeFileSync(w, readFileSync(w).subarray(0, 1000));
    await expect(loadNetFromDir('vae', d)).rejects.toThrow(/decoder\/weights\.bin: 1000 bytes of weights where \S*decoder\/model\.json needs \d+/);
  });

  it('a corrupt model.json is reported as such', async () => {
    const d = copyTo('badjson');
    writeFileSync(join(d, 'encoder', 'model.json'), '{"modelTopology": [');
    await expect(loadNetFromDir('vae', d)).rejects.toThrow(/encoder\/model\.json: corrupt model\.json/);
  });

  it('weights of the wrong shape are rejected', async () => {
    const d = copyTo('wrongshape');
    const file = join(d, 'encoder', 'model.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(json.weightsManifest[0].weights[0].shape).toEqual([784, 32]);
    json.weightsManifest[0].weights[0].shape = [32, 784]; // same byte count, transposed shape
    writeFileSync(file, JSON.stringify(json));
    const err = await loadNetFromDir('vae', d).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelLoadError);
    expect((err as Error).message).toMatch(/encoder\/model\.json: .*shape/i);
  });

  it('an AE file loaded as a VAE is rejected with the reason', async () => {
    await expect(loadNetFromDir('vae', join(dir, 'ae-mnist'))).rejects.toThrow(/expected 2 output\(s\) for a VAE encoder, got 1/);
  });
});

describe('loadPretrained over HTTP (fetch)', () => {
  it('a missing model rejects with ModelLoadError "model file not found"', async () => {
    const { serveDir } = await import('../../../scripts/lib/serve.ts');
    const server = await serveDir(dir);
    const base = server.url.endsWith('/') ? server.url : `${server.url}/`;
    try {
      const err = await loadPretrained('vae', `${base}nothing-here/`).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ModelLoadError);
      expect((err as ModelLoadError).message).toMatch(/nothing-here\/vae-mnist\/encoder\/model\.json: model file not found .*404/);
      const ok = await loadPretrained('vae', base);
      expect(ok.latentDim).toBe(2);
      ok.dispose();
    } finally {
      await server.close();
    }
  });
});
