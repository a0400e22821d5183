// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createVae } from '../../../src/model/autoencoder.ts';
import { layersModelFiles, toLayersModels } from '../../../src/model/layersFormat.ts';
import { NetworkSpecError, networkFromModelJson } from '../../../src/widgets/networkSpec.ts';
import { NetworkDiagram, nodeLevels, totalParams } from '../../../src/charts/networkDiagram.ts';

let encoderJson: unknown;
let decoderJson: unknown;
beforeAll(async () => {
  await tf.setBackend('cpu'); // jsdom: the pure-JS backend (the wasm helper needs a file: URL)
  const vae = createVae({ hidden: [16, 8] });
  const pair = toLayersModels(vae);
  encoderJson = JSON.parse((await layersModelFiles(pair.encoder)).modelJson);
  decoderJson = JSON.parse((await layersModelFiles(pair.decoder)).modelJson);
  pair.encoder.dispose();
  pair.decoder.dispose();
  vae.dispose();
});

describe('networkFromModelJson', () => {
  it('reads a saved VAE encoder: input 784, two hidden layers, the z_mean and z_log_var heads with their parameter counts', () => {
    const g = networkFromModelJson(encoderJson, 'encoder/model.json');
    const byId = new Map(g.nodes.map((n) => [n.id, n]));
    expect(g.nodes[0]).toMatchObject({ kind: 'input', units: 784, params: 0 });
    expect(byId.get('encoder_dense_1')).toMatchObject({ units: 16, activation: 'relu', params: 784 * 16 + 16 });
    expect(byId.get('encoder_dense_2')).toMatchObject({ units: 8, params: 16 * 8 + 8 });
    expect(byId.get('z_mean')).toMatchObject({ units: 2, activation: 'linear', params: 8 * 2 + 2, inputs: ['encoder_dense_2'] });
    expect(byId.get('z_log_var')?.inputs).toEqual(['encoder_dense_2']);
    expect(totalParams(g)).toBe(784 * 16 + 16 + 16 * 8 + 8 + 2 * (8 * 2 + 2));
    const levels = nodeLevels(g);
    expect(levels.get('z_mean')).toBe(3);
    expect(levels.get('z_log_var')).toBe(3);
  });

  it('reads a saved decoder: 2 → 8 → 16 → 784 sigmoid', () => {
    const g = networkFromModelJson(decoderJson, 'decoder/model.json');
    expect(g.nodes.map((n) => n.units)).toEqual([2, 8, 16, 784]);
    expect(g.nodes[3]).toMatchObject({ activation: 'sigmoid', params: 16 * 784 + 784 });
  });

  it('names the file and the problem for a JSON that is not a Layers model', () => {
    expect(() => networkFromModelJson({ hello: 1 }, 'bad/model.json')).toThrow(NetworkSpecError);
    expect(() => networkFromModelJson({ hello: 1 }, 'bad/model.json')).toThrow(/bad\/model\.json: no modelTopology/);
  });
});

describe('NetworkDiagram', () => {
  it('draws one box per layer with its width and parameters, arrows for each connection, and the total', () => {
    const host = document.createElement('div');
    const d = new NetworkDiagram(host, {
      width: 420, height: 520, ariaLabel: 'encoder', formatInt: (v) => String(v), words: { input: 'input', params: 'parameters', total: 'Total:' },
    });
    const g = networkFromModelJson(encoderJson, 'encoder/model.json');
    d.update(g);
    expect(host.querySelectorAll('g.layer')).toHaveLength(5);
    expect(host.querySelectorAll('g.edges line')).toHaveLength(4);
    expect(host.querySelector('[data-layer="encoder_dense_1"]')?.textContent).toContain(`${784 * 16 + 16} parameters`);
    expect(host.querySelector('text.total')?.textContent).toBe(`Total: ${totalParams(g)} parameters`);
    expect(host.innerHTML).not.toMatch(/NaN|Infinity/);
    d.destroy();
    expect(host.children).toHaveLength(0);
  });
});
