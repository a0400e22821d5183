import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initNodeBackend } from '../../../src/model/backend.node.ts';
import { evaluateNegElbo } from '../../../src/model/evaluate.ts';
import { loadNetFromDir } from '../../../src/model/weightsIO.node.ts';
import { DATASET_IDS, DATASETS } from '../../../src/data/datasets.ts';
import { loadDatasetFile } from '../../../src/data/mnist.node.ts';
import { parseTrainingHistory } from '../../../src/data/trainingHistory.ts';
import { sha256Files } from '../../../scripts/lib/fileDigest.ts';

beforeAll(async () => {
  await initNodeBackend();
});

const folders = DATASET_IDS.flatMap((data) => (['vae', 'ae'] as const).map((kind) => ({ data, kind, dir: join('public', DATASETS[data].models[kind]) })));
const withHistory = folders.filter((f) => existsSync(join(f.dir, 'history.json')));

describe('training histories beside the committed weights (public/models/*/history.json)', () => {
  it('exist for the Fashion-MNIST VAE and AE', () => {
    expect(withHistory.filter((f) => f.data === 'fashion').map((f) => f.kind)).toEqual(['vae', 'ae']);
  });

  for (const { data, kind, dir } of withHistory) {
    describe(`${kind}-${data}`, () => {
      const h = parseTrainingHistory(JSON.parse(readFileSync(join(dir, 'history.json'), 'utf8')), dir);

      it('records this data set, this kind and one entry per epoch of its configuration', () => {
        expect([h.dataset, h.kind]).toEqual([data, kind]);
        expect(h.epochs).toHaveLength(h.config.epochs as number);
        if (kind === 'ae') expect(h.epochs.every((e) => e.kl === 0)).toBe(true);
      });

      it('names the files beside it by their SHA-256 (else it says it is a re-run and names the committed ones)', () => {
        const committed = sha256Files(dir);
        if (h.rerunOf) {
          expect(committed).toEqual(h.rerunOf.sha256);
          expect(committed['encoder/weights.bin']).not.toBe(h.sha256['encoder/weights.bin']);
        } else {
          expect(committed).toEqual(h.sha256);
        }
      });

      it('gives the held-out score that the project’s evaluation finds for the committed weights', async () => {
        const net = await loadNetFromDir(kind, dir);
        try {
          const recorded = h.rerunOf?.final ?? h.final;
          const r = await evaluateNegElbo(net, loadDatasetFile(data).test, { samples: recorded.samples, seed: recorded.seed });
          expect(r.n).toBe(recorded.n);
          expect(r.negElbo).toBeCloseTo(recorded.negElbo, 2);
          expect(r.kl).toBeCloseTo(recorded.kl, 2);
          // the last epoch's 1-sample estimate of the run describes the same model, up to sampling noise
          expect(Math.abs(h.epochs[h.epochs.length - 1].heldOutNegElbo - h.final.negElbo)).toBeLessThan(1.5);
        } finally {
          net.dispose();
        }
      });
    });
  }
});
