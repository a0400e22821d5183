/** Re-exports for the weights tests (Node file I/O of the model). */
import { layersFileHandler } from '../../../src/model/loadNet.ts';
import { readFileBytes } from '../../../src/model/weightsIO.node.ts';
export { loadNetFromDir, readFileBytes, saveNetToDir } from '../../../src/model/weightsIO.node.ts';

/** A tf.loadLayersModel handler reading a model.json from disk. */
export function fileHandlerForTest(modelJson: string) {
  return layersFileHandler(modelJson, readFileBytes);
}
