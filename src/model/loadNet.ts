/** Load an encoder/decoder pair of tfjs Layers models and turn it into a fast AutoencoderNet. */
import * as tf from '@tensorflow/tfjs';
import type { AutoencoderNet, ModelKind } from './autoencoder.ts';
import { netFromLayersModels } from './layersFormat.ts';
import { ModelLoadError, modelLoadError } from './modelLoadError.ts';

/** Which half of the model. */
export type ModelPart = 'encoder' | 'decoder';

/**
 * Load both parts with `loadPart` (e.g. tf.loadLayersModel on a URL or a file handler), copy the weights
 * into a new AutoencoderNet, and dispose the Layers models. Any failure becomes a ModelLoadError naming the file.
 */
export async function loadNet(kind: ModelKind, loadPart: (part: ModelPart) => Promise<tf.LayersModel>, fileOf: (part: ModelPart) => string): Promise<AutoencoderNet> {
  const models: Partial<Record<ModelPart, tf.LayersModel>> = {};
  try {
    for (const part of ['encoder', 'decoder'] as const) {
      try {
        models[part] = await loadPart(part);
      } catch (err) {
        if (err instanceof ModelLoadError) throw err;
        throw describeLoadFailure(fileOf(part), err);
      }
    }
    return netFromLayersModels(kind, models as { encoder: tf.LayersModel; decoder: tf.LayersModel }, { encoder: fileOf('encoder'), decoder: fileOf('decoder') });
  } finally {
    models.encoder?.dispose();
    models.decoder?.dispose();
  }
}

/** Translate a tfjs or I/O error into a clear bilingual message. */
export function describeLoadFailure(file: string, err: unknown): ModelLoadError {
  const msg = err instanceof Error ? err.message : String(err);
  if (/404|not found|ENOENT/i.test(msg)) {
    return modelLoadError(file, `model file not found (${msg}). Run npm run train or restore public/models/.`, `fichier du modèle introuvable (${msg}). Lancez npm run train ou restaurez public/models/.`, err);
  }
  if (/JSON|Unexpected token|Unexpected end/i.test(msg)) {
    return modelLoadError(file, `corrupt model.json (${msg})`, `model.json corrompu (${msg})`, err);
  }
  return modelLoadError(file, `cannot load the weights: ${msg}`, `impossible de charger les poids : ${msg}`, err);
}
