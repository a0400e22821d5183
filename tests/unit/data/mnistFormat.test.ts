import { describe, expect, it } from 'vitest';
import { encodeMnist, parseMnist, MnistFormatError, MNIST_HEADER_BYTES, type MnistRaw } from '../../../src/data/mnistFormat.ts';

function tiny(): MnistRaw {
  const pixels = new Uint8Array(3 * 4).map((_, i) => i * 20);
  return { count: 3, rows: 2, cols: 2, pixels, labels: new Uint8Array([0, 9, 4]) };
}

describe('mnistFormat', () => {
  it('parseMnist(encodeMnist(x)) round-trips header, pixels and labels', () => {
    const raw = tiny();
    const back = parseMnist(encodeMnist(raw), 'tiny.bin');
    expect(back.count).toBe(3);
    expect([back.rows, back.cols]).toEqual([2, 2]);
    expect(Array.from(back.pixels)).toEqual(Array.from(raw.pixels));
    expect(Array.from(back.labels)).toEqual([0, 9, 4]);
  });

  it('rejects a bad magic, naming the file', () => {
    const bytes = encodeMnist(tiny());
    bytes[0] = 0x50;
    expect(() => parseMnist(bytes, 'x/digits.bin')).toThrow(/x\/digits\.bin.*bad magic/);
  });

  it('rejects a wrong version', () => {
    const bytes = encodeMnist(tiny());
    new DataView(bytes.buffer).setUint32(4, 7, true);
    expect(() => parseMnist(bytes, 'd.bin')).toThrow(/d\.bin.*unsupported version 7/);
  });

  it('rejects a truncated file and a truncated header', () => {
    const bytes = encodeMnist(tiny());
    expect(() => parseMnist(bytes.subarray(0, bytes.length - 1), 'd.bin')).toThrow(/d\.bin.*truncated/);
    expect(() => parseMnist(bytes.subarray(0, MNIST_HEADER_BYTES - 3), 'd.bin')).toThrow(/d\.bin.*truncated header/);
  });

  it('rejects trailing bytes and labels out of range', () => {
    const bytes = encodeMnist(tiny());
    const longer = new Uint8Array(bytes.length + 2);
    longer.set(bytes);
    expect(() => parseMnist(longer, 'd.bin')).toThrow(/trailing bytes/);
    bytes[bytes.length - 1] = 12;
    expect(() => parseMnist(bytes, 'd.bin')).toThrow(MnistFormatError);
    expect(() => parseMnist(bytes, 'd.bin')).toThrow(/label 12 of image 2 is out of range/);
  });
});
