/** Check freshly loaded weights before any slide draws with them: finite values, and a probe digit in [0, 1]. */
import * as tf from '@tensorflow/tfjs';
import type { AutoencoderNet } from './autoencoder.ts';
import { modelLoadError, type ModelLoadError } from './modelLoadError.ts';

/** The weights files of each half of the model (named in the error). */
export interface NetFiles {
  encoder: string;
  decoder: string;
}

/**
 * The first problem of `net`'s weights as a ModelLoadError naming the damaged file, or null when they are sound:
 * every kernel and bias finite, and the decoding of z = 0 a 784-pixel image with every value in [0, 1].
 */
export function weightsProblem(net: AutoencoderNet, files: NetFiles): ModelLoadError | null {
  for (const layer of net.layers()) {
    const finite = tf.tidy(() => tf.logicalAnd(tf.all(tf.isFinite(layer.kernel)), tf.all(tf.isFinite(layer.bias))).dataSync()[0] === 1);
    if (!finite) {
      const file = net.decoderLayers.includes(layer) ? files.decoder : files.encoder;
      return modelLoadError(
        file,
        `damaged weights: layer ${layer.name} holds values that are not finite numbers. Restore the file (git checkout public/models) or run npm run train.`,
        `poids endommagés : la couche ${layer.name} contient des valeurs qui ne sont pas des nombres finis. Restaurez le fichier (git checkout public/models) ou lancez npm run train.`,
      );
    }
  }
  const probe = tf.tidy(() => net.decode(tf.zeros([1, net.config.latentDim])).dataSync());
  const bad = probe.length !== 784 || probe.some((v) => !(v >= 0 && v <= 1));
  if (bad) {
    return modelLoadError(
      files.decoder,
      'damaged weights: the decoder does not give pixel values in [0, 1]. Restore the file or run npm run train.',
      'poids endommagés : le décodeur ne donne pas des pixels entre 0 et 1. Restaurez le fichier ou lancez npm run train.',
    );
  }
  return null;
}
