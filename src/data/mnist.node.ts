/** Node/Deno loader for the MNIST asset (uses node:fs; never imported by the browser bundle). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mnistFromBytes, type MnistSplit } from './mnist.ts';
import { DATASETS, type DatasetId } from './datasets.ts';

/** Absolute path of the committed asset public/data/mnist-10k.bin. */
export const DEFAULT_MNIST_PATH = fileURLToPath(new URL('../../public/data/mnist-10k.bin', import.meta.url));

/** Read, validate and split the MNIST asset at `path`; a missing or corrupt file throws an Error naming it. */
export function loadMnistFile(path: string = DEFAULT_MNIST_PATH): MnistSplit {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found (run npm run build:data)' : String(err);
    throw new Error(`${path}: cannot read MNIST file: ${reason}`);
  }
  return mnistFromBytes(bytes, path);
}

/** Absolute path of a built-in data set's committed file (public/<DATASETS[id].file>). */
export function datasetFilePath(id: DatasetId): string {
  return fileURLToPath(new URL(`../../public/${DATASETS[id].file}`, import.meta.url));
}

/** Read, validate and split a built-in data set ('mnist' or 'fashion'); errors name the file. */
export function loadDatasetFile(id: DatasetId): MnistSplit {
  return loadMnistFile(datasetFilePath(id));
}
