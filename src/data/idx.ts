/**
 * Reader of the IDX files of Yann LeCun's MNIST and of Zalando's Fashion-MNIST (big-endian):
 *   bytes 0–1 zero, byte 2 data type (0x08 = unsigned byte), byte 3 number of dimensions d,
 *   then d uint32 sizes, then the data (row-major).
 */

/** A parsed IDX array of unsigned bytes. */
export interface IdxArray {
  /** Sizes of the dimensions, e.g. [60000, 28, 28] for images, [60000] for labels. */
  shape: number[];
  /** The values, row-major (a view into the input). */
  data: Uint8Array;
}

/** Parse an (already gunzipped) IDX file of unsigned bytes; throws an Error naming `file` on any problem. */
export function parseIdx(bytes: Uint8Array, file: string): IdxArray {
  if (bytes.length < 4) throw new Error(`${file}: not an IDX file (${bytes.length} bytes)`);
  if (bytes[0] !== 0 || bytes[1] !== 0) throw new Error(`${file}: not an IDX file (bad magic ${bytes[0]}, ${bytes[1]})`);
  if (bytes[2] !== 0x08) throw new Error(`${file}: IDX data type 0x${bytes[2].toString(16)} is not unsigned byte (0x08)`);
  const dims = bytes[3];
  const headerBytes = 4 + 4 * dims;
  if (dims === 0 || bytes.length < headerBytes) throw new Error(`${file}: truncated IDX header (${dims} dimensions, ${bytes.length} bytes)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shape = Array.from({ length: dims }, (_, i) => view.getUint32(4 + 4 * i, false));
  const size = shape.reduce((a, b) => a * b, 1);
  if (bytes.length !== headerBytes + size) {
    throw new Error(`${file}: IDX shape [${shape.join(', ')}] needs ${headerBytes + size} bytes, file has ${bytes.length}`);
  }
  return { shape, data: bytes.subarray(headerBytes) };
}
