/**
 * Conversion between our raw-variable networks and standard tfjs Layers models (loadable with
 * tf.loadLayersModel): encoder input [n, 784] → outputs z_mean, z_log_var [n, latent] (AE: one output z);
 * decoder input [n, latent] → [n, 784] sigmoid probabilities.
 */
import * as tf from '@tensorflow/tfjs';
import { AutoencoderNet, INPUT_DIM, type ModelKind } from './autoencoder.ts';
import type { Dense } from './dense.ts';
import { modelLoadError } from './modelLoadError.ts';

/** A pair of tfjs Layers models equivalent to an AutoencoderNet. */
export interface LayersPair {
  encoder: tf.LayersModel;
  decoder: tf.LayersModel;
}

function denseLike(layer: Dense, input: tf.SymbolicTensor): tf.SymbolicTensor {
  const act = layer.activation === 'linear' ? 'linear' : layer.activation;
  return tf.layers.dense({ units: layer.outDim, activation: act, name: layer.name }).apply(input) as tf.SymbolicTensor;
}

/** Build tf.layers models with the same architecture and (copied) weights as `net`. Dispose them after use. */
export function toLayersModels(net: AutoencoderNet): LayersPair {
  const x = tf.input({ shape: [INPUT_DIM], name: 'x' });
  let h = x;
  for (const layer of net.encoderHidden) h = denseLike(layer, h);
  const heads = [net.zMean, ...(net.zLogVar ? [net.zLogVar] : [])];
  const outputs = heads.map((head) => denseLike(head, h));
  const encoder = tf.model({ inputs: x, outputs, name: `${net.kind}_encoder` });
  const z = tf.input({ shape: [net.config.latentDim], name: 'z' });
  let d = z;
  for (const layer of net.decoderLayers) d = denseLike(layer, d);
  const decoder = tf.model({ inputs: z, outputs: d, name: `${net.kind}_decoder` });
  for (const layer of net.layers()) {
    const target = (net.decoderLayers.includes(layer) ? decoder : encoder).getLayer(layer.name);
    target.setWeights([layer.kernel, layer.bias]);
  }
  return { encoder, decoder };
}

function denseLayersOf(model: tf.LayersModel): tf.layers.Layer[] {
  return model.layers.filter((l) => l.getClassName() === 'Dense');
}

function activationOf(layer: tf.layers.Layer): string {
  const act = (layer.getConfig() as { activation?: string }).activation;
  return act ?? 'linear';
}

/**
 * Rebuild a fast AutoencoderNet from loaded Layers models, checking their shapes.
 * `names` are the file names used in error messages. Throws ModelLoadError on any mismatch.
 */
export function netFromLayersModels(kind: ModelKind, pair: LayersPair, names = { encoder: 'encoder/model.json', decoder: 'decoder/model.json' }): AutoencoderNet {
  const { encoder, decoder } = pair;
  const fail = (file: string, en: string, fr: string): never => {
    throw modelLoadError(file, en, fr);
  };
  const inShape = encoder.inputs[0]?.shape;
  if (encoder.inputs.length !== 1 || inShape?.length !== 2 || inShape[1] !== INPUT_DIM) {
    fail(names.encoder, `expected one input of shape [n, ${INPUT_DIM}], got ${JSON.stringify(inShape)}`, `entrée attendue de forme [n, ${INPUT_DIM}], reçu ${JSON.stringify(inShape)}`);
  }
  const wantOutputs = kind === 'vae' ? 2 : 1;
  if (encoder.outputs.length !== wantOutputs) {
    fail(names.encoder, `expected ${wantOutputs} output(s) for a ${kind.toUpperCase()} encoder, got ${encoder.outputs.length}`, `${wantOutputs} sortie(s) attendue(s) pour un encodeur ${kind.toUpperCase()}, reçu ${encoder.outputs.length}`);
  }
  const latentDim = encoder.outputs[0].shape[1] as number;
  const encDense = denseLayersOf(encoder);
  const headLayers = encoder.outputs.map((o) => o.sourceLayer);
  const hiddenLayers = encDense.filter((l) => !headLayers.includes(l));
  const hidden = hiddenLayers.map((l) => (l.getConfig() as { units: number }).units);
  const decDense = denseLayersOf(decoder);
  const decIn = decoder.inputs[0]?.shape;
  const decOut = decoder.outputs[0]?.shape;
  if (decIn?.[1] !== latentDim || decOut?.[1] !== INPUT_DIM) {
    fail(names.decoder, `expected input [n, ${latentDim}] and output [n, ${INPUT_DIM}], got ${JSON.stringify(decIn)} → ${JSON.stringify(decOut)}`, `entrée [n, ${latentDim}] et sortie [n, ${INPUT_DIM}] attendues, reçu ${JSON.stringify(decIn)} → ${JSON.stringify(decOut)}`);
  }
  if (decDense.length < 1 || activationOf(decDense[decDense.length - 1]) !== 'sigmoid') {
    fail(names.decoder, 'the last layer must be a Dense layer with a sigmoid activation', 'la dernière couche doit être Dense avec une activation sigmoïde');
  }
  const net = new AutoencoderNet(kind, { hidden, latentDim });
  const targets = net.decoderLayers;
  const decHidden = decDense.slice(0, -1).map((l) => (l.getConfig() as { units: number }).units);
  if (decHidden.join() !== [...hidden].reverse().join()) {
    net.dispose();
    fail(names.decoder, `hidden sizes [${decHidden}] do not mirror the encoder's [${hidden}]`, `les couches cachées [${decHidden}] ne reflètent pas celles de l'encodeur [${hidden}]`);
  }
  const pairs: Array<[tf.layers.Layer, Dense, string]> = [
    ...hiddenLayers.map((l, i): [tf.layers.Layer, Dense, string] => [l, net.encoderHidden[i], names.encoder]),
    ...headLayers.map((l, i): [tf.layers.Layer, Dense, string] => [l, i === 0 ? net.zMean : (net.zLogVar as Dense), names.encoder]),
    ...decDense.map((l, i): [tf.layers.Layer, Dense, string] => [l, targets[i], names.decoder]),
  ];
  try {
    for (const [src, dst, file] of pairs) copyWeights(src, dst, file);
  } catch (err) {
    net.dispose();
    throw err;
  }
  return net;
}

function copyWeights(src: tf.layers.Layer, dst: Dense, file: string): void {
  const [kernel, bias] = src.getWeights();
  if (!kernel || !bias || kernel.shape.join() !== dst.kernel.shape.join() || bias.shape.join() !== dst.bias.shape.join()) {
    const got = [kernel, bias].map((t) => JSON.stringify(t?.shape)).join(', ');
    const want = `${JSON.stringify(dst.kernel.shape)}, ${JSON.stringify(dst.bias.shape)}`;
    throw modelLoadError(file, `layer ${src.name}: weight shapes ${got}, expected ${want}`, `couche ${src.name} : poids de forme ${got}, attendu ${want}`);
  }
  dst.kernel.assign(kernel as tf.Tensor2D);
  dst.bias.assign(bias as tf.Tensor1D);
}

/** The JSON file and the binary weights of a Layers model, ready to write as model.json + weights.bin. */
export async function layersModelFiles(model: tf.LayersModel, weightsFile = 'weights.bin'): Promise<{ modelJson: string; weights: Uint8Array }> {
  let result: { modelJson: string; weights: Uint8Array } | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weights = new Uint8Array(tf.io.CompositeArrayBuffer.join(artifacts.weightData ?? new ArrayBuffer(0)));
      const json = {
        modelTopology: artifacts.modelTopology,
        format: artifacts.format,
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy,
        weightsManifest: [{ paths: [weightsFile], weights: artifacts.weightSpecs ?? [] }],
      };
      result = { modelJson: JSON.stringify(json), weights };
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    }),
  );
  if (!result) throw new Error('layersModelFiles: the save handler was not called');
  return result;
}
