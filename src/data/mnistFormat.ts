/**
 * The compact binary MNIST asset (public/data/mnist-10k.bin), little-endian:
 *
 *   offset 0   4 bytes  magic "MNST"
 *   offset 4   uint32   format version (1)
 *   offset 8   uint32   count  (number of images)
 *   offset 12  uint32   rows   (28)
 *   offset 16  uint32   cols   (28)
 *   offset 20  count·rows·cols uint8 pixels, row-major, value = round(intensity · 255)
 *   then       count uint8 labels (0..9)
 */

/** The four ASCII bytes every MNIST asset starts with. */
export const MNIST_MAGIC = 'MNST';
/** The only format version this loader reads. */
export const MNIST_FORMAT_VERSION = 1;
/** Size of the fixed header in bytes. */
export const MNIST_HEADER_BYTES = 20;

/** Digits as stored in the file: uint8 pixels (0..255) and uint8 labels. */
export interface MnistRaw {
  count: number;
  rows: number;
  cols: number;
  /** count·rows·cols bytes, image after image. */
  pixels: Uint8Array;
  /** count labels in 0..9. */
  labels: Uint8Array;
}

/** A file that is not a valid MNIST asset; the message names the file and the problem. */
export class MnistFormatError extends Error {
  /** Name (or URL) of the offending file. */
  readonly file: string;
  constructor(file: string, problem: string) {
    super(`${file}: invalid MNIST file: ${problem}`);
    this.name = 'MnistFormatError';
    this.file = file;
  }
}

/** Serialise digits into the binary asset format. */
export function encodeMnist(raw: MnistRaw): Uint8Array {
  const pixelCount = raw.count * raw.rows * raw.cols;
  if (raw.pixels.length !== pixelCount) throw new Error(`encodeMnist: expected ${pixelCount} pixels, got ${raw.pixels.length}`);
  if (raw.labels.length !== raw.count) throw new Error(`encodeMnist: expected ${raw.count} labels, got ${raw.labels.length}`);
  const out = new Uint8Array(MNIST_HEADER_BYTES + pixelCount + raw.count);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = MNIST_MAGIC.charCodeAt(i);
  view.setUint32(4, MNIST_FORMAT_VERSION, true);
  view.setUint32(8, raw.count, true);
  view.setUint32(12, raw.rows, true);
  view.setUint32(16, raw.cols, true);
  out.set(raw.pixels, MNIST_HEADER_BYTES);
  out.set(raw.labels, MNIST_HEADER_BYTES + pixelCount);
  return out;
}

/** Parse and validate a binary asset; throws MnistFormatError naming `file` on any problem. */
export function parseMnist(bytes: Uint8Array, file: string): MnistRaw {
  if (bytes.length < MNIST_HEADER_BYTES) {
    throw new MnistFormatError(file, `truncated header (${bytes.length} bytes, need ${MNIST_HEADER_BYTES})`);
  }
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== MNIST_MAGIC) {
    throw new MnistFormatError(file, `bad magic ${JSON.stringify(magic)} (expected "${MNIST_MAGIC}"); is this the right file?`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== MNIST_FORMAT_VERSION) {
    throw new MnistFormatError(file, `unsupported version ${version} (this loader reads version ${MNIST_FORMAT_VERSION}); rebuild it with npm run build:data`);
  }
  const count = view.getUint32(8, true);
  const rows = view.getUint32(12, true);
  const cols = view.getUint32(16, true);
  if (count === 0 || rows === 0 || cols === 0) {
    throw new MnistFormatError(file, `empty data set (count ${count}, ${rows}×${cols} pixels)`);
  }
  const pixelCount = count * rows * cols;
  const expected = MNIST_HEADER_BYTES + pixelCount + count;
  if (bytes.length < expected) {
    throw new MnistFormatError(file, `truncated: ${bytes.length} bytes, expected ${expected} for ${count} images of ${rows}×${cols}`);
  }
  if (bytes.length > expected) {
    throw new MnistFormatError(file, `${bytes.length - expected} unexpected trailing bytes after ${count} images of ${rows}×${cols}`);
  }
  const pixels = bytes.subarray(MNIST_HEADER_BYTES, MNIST_HEADER_BYTES + pixelCount);
  const labels = bytes.subarray(MNIST_HEADER_BYTES + pixelCount, expected);
  for (let i = 0; i < count; i++) {
    if (labels[i] > 9) throw new MnistFormatError(file, `label ${labels[i]} of image ${i} is out of range 0..9`);
  }
  return { count, rows, cols, pixels, labels };
}
