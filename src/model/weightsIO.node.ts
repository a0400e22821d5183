/** Save/load our networks as standard tfjs Layers files on disk (Node/Deno; uses node:fs, no tfjs-node). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AutoencoderNet, ModelKind } from './autoencoder.ts';
import { layersModelFiles, toLayersModels } from './layersFormat.ts';
import { loadNet, type ReadBytes } from './loadNet.ts';

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

/** Read a file from disk; a missing file rejects with "not found". */
export const readFileBytes: ReadBytes = async (path) => {
  try {
    return new Uint8Array(await readFile(path));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${path} not found (ENOENT)`);
    throw err;
  }
};

/** Load the weights saved by saveNetToDir (default: the committed ones) into a fast AutoencoderNet. */
export function loadNetFromDir(kind: ModelKind, dir: string = defaultModelDir(kind)): Promise<AutoencoderNet> {
  return loadNet(kind, dir, readFileBytes);
}
