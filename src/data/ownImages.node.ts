/**
 * Node/Deno side of the "your own images" path (the notebook, scripts, tests): read a folder's files one at a time,
 * check their header, decode JPEG with jpeg-js and PNG with fast-png (pure JavaScript, nothing native), then crop,
 * downsample and pack them with the SAME code as the browser (ownImages.ts). Only one full-size image is ever held.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decode as decodeJpeg } from 'jpeg-js';
import { convertIndexedToRgb, decode as decodePng, type DecodedPng } from 'fast-png';
import { readImageHeader } from './imageHeader.ts';
import { looksLikeJpegOrPng, MAX_FILE_BYTES, MAX_OWN_IMAGES, OWN_IMAGE_SIZE, SkipReport, squareRgbFloats } from './ownImages.ts';
import type { OwnImageSet } from './ownImages.browser.ts';

/** Bytes read to find an image's type and size (as in the browser). */
const HEADER_BYTES = 64 * 1024;
/** Images with more pixels than this are not decoded (jpeg-js's own guard; 100 MP of RGBA is 400 MB). */
export const MAX_MEGAPIXELS = 100;

/** Options of preprocessImageFolder. */
export interface FolderOptions {
  /** Output side in pixels. Default OWN_IMAGE_SIZE (32). */
  size?: number;
  /** Images kept at most; later files are counted as skipped ('limit') without being read. Default MAX_OWN_IMAGES. */
  maxImages?: number;
  /** Called after each file with (files done, files total). */
  onProgress?: (done: number, total: number) => void;
}

/** The first `n` bytes of a file (fewer if it is shorter). */
function readHead(path: string, n: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(n);
    const got = readSync(fd, buffer, 0, n, 0);
    return buffer.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** 8-bit RGBA pixels of a decoded PNG of any colour type and bit depth (palette, grey, grey+alpha, RGB, RGBA). */
export function pngToRgba(png: DecodedPng): Uint8ClampedArray {
  const { width, height, depth } = png;
  const n = width * height;
  const rgba = new Uint8ClampedArray(n * 4);
  if (png.palette) {
    const rgb = convertIndexedToRgb(png);
    const c = rgb.length / n; // 3, or 4 when the palette has transparency
    for (let i = 0; i < n; i++) {
      rgba.set(rgb.subarray(i * c, i * c + 3), i * 4);
      rgba[i * 4 + 3] = c === 4 ? rgb[i * c + 3] : 255;
    }
    return rgba;
  }
  const channels = png.channels;
  const max = 2 ** depth - 1;
  // samples per row; depths below 8 (grey only) are packed several to a byte, rows padded to a byte
  const sample = (row: number, k: number): number => {
    if (depth >= 8) return png.data[row * width * channels + k];
    const bit = k * depth;
    const byte = png.data[row * Math.ceil((width * channels * depth) / 8) + (bit >> 3)];
    return (byte >> (8 - depth - (bit & 7))) & max;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      const v = (k: number) => Math.round((sample(y, x * channels + k) * 255) / max);
      if (channels <= 2) rgba.fill(v(0), o, o + 3);
      else for (let k = 0; k < 3; k++) rgba[o + k] = v(k);
      rgba[o + 3] = channels === 2 ? v(1) : channels === 4 ? v(3) : 255;
    }
  }
  return rgba;
}

/** Decode a JPEG or PNG file's bytes to RGBA; throws when the data is corrupt or truncated. */
export function decodeToRgba(bytes: Uint8Array, type: 'jpeg' | 'png'): { rgba: Uint8ClampedArray | Uint8Array; width: number; height: number } {
  if (type === 'png') {
    const png = decodePng(bytes);
    return { rgba: pngToRgba(png), width: png.width, height: png.height };
  }
  // tolerantDecoding off: a truncated JPEG throws instead of coming back half grey
  const jpeg = decodeJpeg(bytes, { useTArray: true, formatAsRGBA: true, tolerantDecoding: false, maxResolutionInMP: MAX_MEGAPIXELS, maxMemoryUsageInMB: 1024 });
  return { rgba: jpeg.data, width: jpeg.width, height: jpeg.height };
}

/**
 * Preprocess every JPEG/PNG file of a folder (plain files only: not its subfolders or links), in name order, to size×size RGB floats; never
 * throws for a bad file (it is counted and named in `skipped`). Throws only when the folder itself cannot be read.
 */
export function preprocessImageFolder(dir: string, options: FolderOptions = {}): OwnImageSet {
  const size = options.size ?? OWN_IMAGE_SIZE;
  const maxImages = options.maxImages ?? MAX_OWN_IMAGES;
  let entries: string[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`${dir}: ${code === 'ENOENT' ? 'folder not found' : code === 'ENOTDIR' ? 'not a folder' : String(err)}`);
  }
  const perImage = size * size * 3;
  let images = new Float32Array(Math.min(entries.length, maxImages) * perImage);
  const names: string[] = [];
  const skipped = new SkipReport();
  entries.forEach((name, i) => {
    const path = join(dir, name);
    if (names.length >= maxImages) skipped.add(name, 'limit');
    else if (!looksLikeJpegOrPng(name)) skipped.add(name, 'not-jpeg-png');
    else if (statSync(path).size > MAX_FILE_BYTES) skipped.add(name, 'too-large');
    else {
      const head = readImageHeader(readHead(path, HEADER_BYTES));
      if (!head.ok) skipped.add(name, head.problem);
      else if (head.header.width * head.header.height > MAX_MEGAPIXELS * 1e6) skipped.add(name, 'too-many-pixels');
      else {
        try {
          const { rgba, width, height } = decodeToRgba(readFileSync(path), head.header.type);
          squareRgbFloats(rgba, width, height, size, images, names.length * perImage);
          names.push(name);
        } catch {
          skipped.add(name, 'corrupt');
        }
      }
    }
    options.onProgress?.(i + 1, entries.length);
  });
  if (names.length * perImage < images.length) images = images.slice(0, names.length * perImage);
  return { images, count: names.length, size, names, skipped };
}
