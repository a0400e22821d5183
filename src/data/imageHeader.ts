/**
 * Type and pixel size of a JPEG or PNG file from its first bytes, without decoding it: lets the "own images"
 * path crop and downsample while decoding, and reject non-images and corrupt files with a clear reason.
 */

/** What the header says: the format and the full-size dimensions. */
export interface ImageHeader {
  type: 'jpeg' | 'png';
  width: number;
  height: number;
}

/** Why a file is not a usable image (machine-readable code; ownImages.ts turns it into text). */
export type HeaderProblem = 'not-an-image' | 'corrupt' | 'empty';

/** Result of readImageHeader: the header, or the problem. */
export type HeaderResult = { ok: true; header: ImageHeader } | { ok: false; problem: HeaderProblem };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** PNG: the IHDR chunk must come first; width and height are its first two big-endian uint32. */
function pngHeader(b: Uint8Array, view: DataView): HeaderResult {
  if (b.length < 24 || String.fromCharCode(b[12], b[13], b[14], b[15]) !== 'IHDR') return { ok: false, problem: 'corrupt' };
  const width = view.getUint32(16, false);
  const height = view.getUint32(20, false);
  return width > 0 && height > 0 ? { ok: true, header: { type: 'png', width, height } } : { ok: false, problem: 'corrupt' };
}

/** JPEG: walk the marker segments up to the first start-of-frame (SOF0–SOF15 except DHT, JPG, DAC). */
function jpegHeader(b: Uint8Array, view: DataView): HeaderResult {
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return { ok: false, problem: 'corrupt' };
    const marker = b[at + 1];
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    const length = view.getUint16(at + 2, false);
    if (length < 2) return { ok: false, problem: 'corrupt' };
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      if (at + 9 > b.length) return { ok: false, problem: 'corrupt' };
      const height = view.getUint16(at + 5, false);
      const width = view.getUint16(at + 7, false);
      return width > 0 && height > 0 ? { ok: true, header: { type: 'jpeg', width, height } } : { ok: false, problem: 'corrupt' };
    }
    if (marker === 0xd9 || marker === 0xda) return { ok: false, problem: 'corrupt' }; // end of image / scan before any frame
    at += 2 + length;
  }
  return { ok: false, problem: 'corrupt' };
}

/**
 * Read the type and size of a JPEG or PNG from its first bytes (64 KiB is plenty for ordinary files;
 * a JPEG whose frame header lies further reads as corrupt).
 */
export function readImageHeader(bytes: Uint8Array): HeaderResult {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 8 && PNG_SIGNATURE.every((v, i) => bytes[i] === v)) return pngHeader(bytes, view);
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpegHeader(bytes, view);
  return { ok: false, problem: 'not-an-image' };
}
