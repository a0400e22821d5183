/** Load an encoder/decoder pair of tfjs Layers models and turn it into a fast AutoencoderNet. */
import * as tf from '@tensorflow/tfjs';
import type { AutoencoderNet, ModelKind } from './autoencoder.ts';
import { netFromLayersModels } from './layersFormat.ts';
import { ModelLoadError, modelLoadError } from './modelLoadError.ts';
import { weightsProblem } from './validateNet.ts';

/** Which half of the model. */
export type ModelPart = 'encoder' | 'decoder';

/** Reads a file given its path or URL (rejects with a message containing "not found" / "404" when missing). */
export type ReadBytes = (pathOrUrl: string) => Promise<Uint8Array>;

/** Resolve a weights file named in model.json relative to the model.json location. */
function sibling(modelJson: string, name: string): string {
  const cut = modelJson.lastIndexOf('/');
  return cut < 0 ? name : modelJson.slice(0, cut + 1) + name;
}

/**
 * A tfjs IOHandler that reads model.json and its weight files with `read`, checking that the JSON parses
 * and that the weights have exactly the byte size the manifest announces.
 */
export function layersFileHandler(modelJson: string, read: ReadBytes, onWeightFiles?: (files: string) => void): tf.io.IOHandler {
  return {
    load: async () => {
      const bytes = await read(modelJson);
      let json: tf.io.ModelJSON;
      try {
        json = JSON.parse(new TextDecoder().decode(bytes)) as tf.io.ModelJSON;
      } catch (err) {
        throw modelLoadError(modelJson, `corrupt model.json (${(err as Error).message})`, `model.json corrompu (${(err as Error).message})`, err);
      }
      if (!json.modelTopology || !Array.isArray(json.weightsManifest)) {
        throw modelLoadError(modelJson, 'not a tfjs Layers model (modelTopology or weightsManifest missing)', "ce n'est pas un modèle tfjs Layers (modelTopology ou weightsManifest absent)");
      }
      return tf.io.getModelArtifactsForJSON(json, async (manifest) => {
        const specs = manifest.flatMap((group) => group.weights);
        onWeightFiles?.(manifest.flatMap((group) => group.paths.map((p) => sibling(modelJson, p))).join(', '));
        const parts = await Promise.all(manifest.flatMap((group) => group.paths.map((p) => read(sibling(modelJson, p)))));
        const size = parts.reduce((s, p) => s + p.length, 0);
        const expected = specs.reduce((s, w) => s + w.shape.reduce((a, b) => a * b, 1) * 4, 0);
        if (size !== expected) {
          const files = manifest.flatMap((group) => group.paths.map((p) => sibling(modelJson, p))).join(', ');
          throw modelLoadError(files, `${size} bytes of weights where ${modelJson} needs ${expected} (truncated or corrupt weights file)`, `${size} octets de poids alors que ${modelJson} en demande ${expected} (fichier de poids tronqué ou corrompu)`);
        }
        const joined = new Uint8Array(size);
        let at = 0;
        for (const p of parts) {
          joined.set(p, at);
          at += p.length;
        }
        return [specs, joined.buffer];
      });
    },
  };
}

/**
 * Load `<dir>/encoder/model.json` and `<dir>/decoder/model.json` through `read`, copy the weights into a new
 * AutoencoderNet and dispose the Layers models. Any failure becomes a ModelLoadError naming the file.
 */
export async function loadNet(kind: ModelKind, dir: string, read: ReadBytes): Promise<AutoencoderNet> {
  const base = dir.endsWith('/') ? dir : `${dir}/`;
  const fileOf = (part: ModelPart) => `${base}${part}/model.json`;
  const models: Partial<Record<ModelPart, tf.LayersModel>> = {};
  const weightFiles: Record<ModelPart, string> = { encoder: fileOf('encoder'), decoder: fileOf('decoder') };
  try {
    for (const part of ['encoder', 'decoder'] as const) {
      try {
        models[part] = await tf.loadLayersModel(layersFileHandler(fileOf(part), read, (files) => (weightFiles[part] = files)));
      } catch (err) {
        if (err instanceof ModelLoadError) throw err;
        throw describeLoadFailure(fileOf(part), err);
      }
    }
    const net = netFromLayersModels(kind, models as { encoder: tf.LayersModel; decoder: tf.LayersModel }, { encoder: fileOf('encoder'), decoder: fileOf('decoder') });
    const problem = weightsProblem(net, weightFiles);
    if (problem) {
      net.dispose();
      throw problem;
    }
    return net;
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
  return modelLoadError(file, `cannot load the model: ${msg}`, `impossible de charger le modèle : ${msg}`, err);
}
