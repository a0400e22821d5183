/**
 * A folder of real images that needs no download: Fashion-MNIST items written as colour JPEG and PNG files at
 * CelebA's size (178×218, named like img_align_celeba's 000001.jpg …), for the notebook's "your own images" section,
 * tests and benchmarks. Each item is upscaled (bilinear) to 178×178, coloured with its class's colour on white and
 * centred in the 178×218 frame, so the own-images preprocessing (centred square crop) finds it again.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encode as encodeJpeg } from 'jpeg-js';
import { encode as encodePng } from 'fast-png';
import type { MnistSet } from './mnist.ts';

/** CelebA's aligned-and-cropped image size. */
export const CELEBA_WIDTH = 178;
/** CelebA's aligned-and-cropped image size. */
export const CELEBA_HEIGHT = 218;
/** Garment colour of each Fashion-MNIST class (the deck's Okabe–Ito class colours; yellow darkened to stay visible on white). */
export const CLASS_RGB: readonly (readonly [number, number, number])[] = [
  [230, 159, 0], [86, 180, 233], [0, 158, 115], [190, 170, 0], [0, 114, 178],
  [213, 94, 0], [204, 121, 167], [0, 0, 0], [153, 153, 153], [127, 60, 141],
];

/** One 28×28 item (intensities in [0, 1]) as a width×height RGBA picture: class colour on white, centred square. */
export function itemPicture(item: ArrayLike<number>, label: number, width = CELEBA_WIDTH, height = CELEBA_HEIGHT): Uint8Array {
  const side = Math.min(width, height);
  const x0 = Math.floor((width - side) / 2);
  const y0 = Math.floor((height - side) / 2);
  const rgba = new Uint8Array(width * height * 4).fill(255);
  const colour = CLASS_RGB[label % CLASS_RGB.length];
  const at = (x: number, y: number) => item[Math.min(27, Math.max(0, y)) * 28 + Math.min(27, Math.max(0, x))];
  for (let y = 0; y < side; y++) {
    const fy = ((y + 0.5) * 28) / side - 0.5;
    const iy = Math.floor(fy);
    const ty = fy - iy;
    for (let x = 0; x < side; x++) {
      const fx = ((x + 0.5) * 28) / side - 0.5;
      const ix = Math.floor(fx);
      const tx = fx - ix;
      const v = (at(ix, iy) * (1 - tx) + at(ix + 1, iy) * tx) * (1 - ty) + (at(ix, iy + 1) * (1 - tx) + at(ix + 1, iy + 1) * tx) * ty;
      const o = ((y0 + y) * width + x0 + x) * 4;
      for (let k = 0; k < 3; k++) rgba[o + k] = Math.round(255 * (1 - v) + colour[k] * v);
    }
  }
  return rgba;
}

/** Options of writeFashionFolder. */
export interface FashionFolderOptions {
  /** Also write two files the preprocessing must skip: a text file and a truncated JPEG. Default false. */
  withBadFiles?: boolean;
}

/**
 * Write `count` items of `set` into `dir` as 000001.jpg, 000002.png, … (one file in four is a JPEG, the others PNG:
 * pure-JS JPEG encoding is the slow part; items are taken round-robin over the classes). Returns the labels in file order.
 */
export function writeFashionFolder(dir: string, set: MnistSet, count: number, options: FashionFolderOptions = {}): number[] {
  mkdirSync(dir, { recursive: true });
  const byClass: number[][] = Array.from({ length: 10 }, () => []);
  for (let i = 0; i < set.count; i++) byClass[set.labels[i]].push(i);
  const order: number[] = [];
  for (let k = 0; order.length < Math.min(count, set.count); k++) for (const ofClass of byClass) if (k < ofClass.length && order.length < count) order.push(ofClass[k]);
  const labels: number[] = [];
  order.forEach((index, n) => {
    const label = set.labels[index];
    const rgba = itemPicture(set.images.subarray(index * 784, (index + 1) * 784), label);
    const name = String(n + 1).padStart(6, '0');
    if (n % 4 === 0) writeFileSync(join(dir, `${name}.jpg`), encodeJpeg({ data: rgba, width: CELEBA_WIDTH, height: CELEBA_HEIGHT }, 90).data);
    else writeFileSync(join(dir, `${name}.png`), encodePng({ data: rgba, width: CELEBA_WIDTH, height: CELEBA_HEIGHT, channels: 4, depth: 8 }));
    labels.push(label);
  });
  if (options.withBadFiles) {
    writeFileSync(join(dir, 'LISEZMOI.txt'), 'Ce dossier a été écrit par le notebook : des articles de Fashion-MNIST en couleur.\n');
    const jpeg = encodeJpeg({ data: itemPicture(set.images.subarray(0, 784), set.labels[0]), width: CELEBA_WIDTH, height: CELEBA_HEIGHT }, 90).data;
    writeFileSync(join(dir, 'tronquee.jpg'), jpeg.subarray(0, Math.floor(jpeg.length / 2)));
  }
  return labels;
}
