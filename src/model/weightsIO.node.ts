/** Save/load our networks as standard tfjs Layers files on disk (Node/Deno; uses node:fs, no tfjs-node). */
import * as tf from '@tensorflow/tfjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AutoencoderNet, ModelKind } from './autoencoder.ts';
import { layersModelFiles, toLayersModels } from './layersFormat.ts';
import { loadNet, type ModelPart } from './loadNet.ts';
import { modelLoadError } from './modelLoadError.ts';

/** Absolute path of public/models/. */
export const MODELS_DIR = fileURLToPath(new URL('../../public/models/', import.meta.url));

/** Folder of the committed weights of a kind: public/models/vae-mnist or public/models/ae-mnist. */
export function defaultModelDir(kind: ModelKind): string {
  return join(MODELS_DIR, `${kind}-mnist`);
}

/** Write `dir`/encoder/{model.json,weights.bin} and `dir`/decoder/{model.json,weights.bin}. */
export async function saveNetToDir(net: AutoencoderNet, dir: string): Promise<void> {
  const pair = toLayersModels(net);
  try {
    for (const part of ['encoder', 'decoder'] as const) {
      const { modelJson, weights } = await layersModelFiles(pair[part]);
      const partDir = join(dir, part);
      mkdirSync(partDir, { recursive: true });
      writeFileSync(join(partDir, 'model.json'), modelJson + '\n');
      writeFileSync(join(partDir, 'weights.bin'), weights);
    }
  } finally {
    pair.encoder.dispose();
    pair.decoder.dispose();
  }
}

/** A tfjs IOHandler reading a model.json and its weight files from disk. */
export function fileLoadHandler(modelJsonPath: string): tf.io.IOHandler {
  return {
    load: async () => {
      let json: tf.io.ModelJSON;
      try {
        json = JSON.parse(readFileSync(modelJsonPath, 'utf8')) as tf.io.ModelJSON;
      } catch (err) {
        throw (err as NodeJS.ErrnoException).code === 'ENOENT' ? new Error(`not found (ENOENT)`) : err;
      }
      return tf.io.getModelArtifactsForJSON(json, async (manifest) => {
        const specs = manifest.flatMap((group) => group.weights);
        const buffers = manifest.flatMap((group) => group.paths.map((p) => readFileSync(join(dirname(modelJsonPath), p))));
        const joined = Buffer.concat(buffers);
        const expected = specs.reduce((s, w) => s + w.shape.reduce((a, b) => a * b, 1) * 4, 0);
        if (joined.length !== expected) {
          throw modelLoadError(modelJsonPath, `weights are ${joined.length} bytes, the manifest needs ${expected} (truncated or corrupt weights.bin)`, `les poids font ${joined.length} octets, le manifeste en demande ${expected} (weights.bin tronqué ou corrompu)`);
        }
        return [specs, joined.buffer.slice(joined.byteOffset, joined.byteOffset + joined.length)];
      });
    },
  };
}

/** Load the weights saved by saveNetToDir (default: the committed ones) into a fast AutoencoderNet. */
export function loadNetFromDir(kind: ModelKind, dir: string = defaultModelDir(kind)): Promise<AutoencoderNet> {
  const fileOf = (part: ModelPart) => join(dir, part, 'model.json');
  return loadNet(kind, (part) => tf.loadLayersModel(fileLoadHandler(fileOf(part))), fileOf);
}
