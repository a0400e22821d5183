/**
 * Browser side of the "your own images" path: read picked or dropped files one at a time, check their header,
 * decode with createImageBitmap cropping to the centred square and resizing to size×size while decoding (the
 * full-size pixels are never kept), and pack them as RGB floats. Works on the main thread and in a worker.
 */
import { readImageHeader } from './imageHeader.ts';
import { centerCrop, looksLikeJpegOrPng, MAX_FILE_BYTES, MAX_OWN_IMAGES, OWN_IMAGE_SIZE, SkipReport, squareRgbFloats } from './ownImages.ts';

/** Bytes read to find an image's type and size. */
const HEADER_BYTES = 64 * 1024;

/** Options of preprocessImageFiles. */
export interface PreprocessOptions {
  /** Output side in pixels. Default OWN_IMAGE_SIZE (32). */
  size?: number;
  /** Images kept at most; the rest are counted as skipped ('limit'). Default MAX_OWN_IMAGES. */
  maxImages?: number;
  /** Called after each file with (files done, files total). */
  onProgress?: (done: number, total: number) => void;
  /** Stops between two files. */
  signal?: AbortSignal;
}

/** Preprocessed images: count·size·size·3 floats in [0, 1] (RGB, row-major), their file names, the skipped files. */
export interface OwnImageSet {
  images: Float32Array;
  count: number;
  size: number;
  names: string[];
  skipped: SkipReport;
}

/** Decode one file to size×size RGBA, cropping and resizing inside createImageBitmap. */
async function decodeSquare(file: Blob, width: number, height: number, size: number): Promise<Uint8ClampedArray> {
  const { sx, sy, side } = centerCrop(width, height);
  const bitmap = await createImageBitmap(file, sx, sy, side, side, { resizeWidth: size, resizeHeight: size, resizeQuality: 'high' });
  try {
    const canvas = new OffscreenCanvas(size, size);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0);
    return ctx.getImageData(0, 0, size, size).data;
  } finally {
    bitmap.close();
  }
}

/** Preprocess files (from an `input type="file"` or a drop) one at a time; never throws for a bad file. */
export async function preprocessImageFiles(files: ArrayLike<File>, options: PreprocessOptions = {}): Promise<OwnImageSet> {
  const size = options.size ?? OWN_IMAGE_SIZE;
  const maxImages = options.maxImages ?? MAX_OWN_IMAGES;
  const perImage = size * size * 3;
  let images = new Float32Array(Math.min(files.length, maxImages) * perImage);
  const names: string[] = [];
  const skipped = new SkipReport();
  for (let i = 0; i < files.length; i++) {
    options.signal?.throwIfAborted();
    const file = files[i];
    const name = file.webkitRelativePath || file.name;
    if (names.length >= maxImages) skipped.add(name, 'limit');
    else if (!looksLikeJpegOrPng(file.name, file.type)) skipped.add(name, 'not-jpeg-png');
    else if (file.size > MAX_FILE_BYTES) skipped.add(name, 'too-large');
    else {
      const head = readImageHeader(new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer()));
      if (!head.ok) skipped.add(name, head.problem);
      else {
        try {
          const rgba = await decodeSquare(file, head.header.width, head.header.height, size);
          squareRgbFloats(rgba, size, size, size, images, names.length * perImage);
          names.push(name);
        } catch {
          skipped.add(name, 'decode-failed');
        }
      }
    }
    options.onProgress?.(i + 1, files.length);
  }
  if (names.length * perImage < images.length) images = images.slice(0, names.length * perImage);
  return { images, count: names.length, size, names, skipped };
}
