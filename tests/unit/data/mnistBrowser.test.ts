import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveDir } from '../../../scripts/lib/serve.ts';
import { DataLoadError, loadMnistBrowser } from '../../../src/data/mnist.browser.ts';

const asset = readFileSync(resolve('public/data/mnist-10k.bin'));
const gzipped = gzipSync(asset);
let server: { url: string; close(): Promise<void> };
const base = () => (server.url.endsWith('/') ? server.url : `${server.url}/`);

beforeAll(async () => {
  server = await serveDir(resolve('public'), {
    override: (path) =>
      path === '/data/cut.bin' ? asset.subarray(0, 100_000) : path === '/data/gz.bin' ? gzipped : path === '/data/gzcut.bin' ? gzipped.subarray(0, 100_000) : null,
  });
});
afterAll(async () => {
  await server.close();
});

describe('loadMnistBrowser (fetch)', () => {
  it('loads and splits the served asset, and caches it per URL', async () => {
    const url = `${base()}data/mnist-10k.bin`;
    const a = loadMnistBrowser(url);
    expect(loadMnistBrowser(url)).toBe(a);
    const { train, test } = await a;
    expect(test.count).toBe(1000);
    expect(train.count).toBe(9000);
  });

  it('a 404 gives a DataLoadError naming the URL and the status, in French and English', async () => {
    const err = await loadMnistBrowser(`${base()}data/missing.bin`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataLoadError);
    expect((err as DataLoadError).localized.en).toMatch(/missing\.bin answered HTTP 404/);
    expect((err as DataLoadError).localized.fr).toMatch(/introuvables.*HTTP 404/);
  });

  it('a truncated file is reported as truncated, not as an empty set', async () => {
    await expect(loadMnistBrowser(`${base()}data/cut.bin`)).rejects.toThrow(/cut\.bin: invalid MNIST file: truncated/);
  });

  it('a gzip-compressed asset (the built deck) is inflated to the same digits', async () => {
    const [raw, gz] = await Promise.all([loadMnistBrowser(`${base()}data/mnist-10k.bin`), loadMnistBrowser(`${base()}data/gz.bin`)]);
    expect(gzipped.length).toBeLessThan(asset.length / 3);
    expect(gz.train.count).toBe(raw.train.count);
    const same = (a: Float32Array | Uint8Array, b: Float32Array | Uint8Array) => Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(b.buffer, b.byteOffset, b.byteLength)) === 0;
    expect(same(gz.test.labels, raw.test.labels)).toBe(true);
    expect(same(gz.train.images, raw.train.images)).toBe(true);
    expect(same(gz.test.images, raw.test.images)).toBe(true);
  });

  it('a truncated gzip asset gives a DataLoadError naming the file, in French and English', async () => {
    const err = await loadMnistBrowser(`${base()}data/gzcut.bin`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataLoadError);
    expect((err as DataLoadError).localized.en).toMatch(/gzcut\.bin: invalid MNIST file: truncated or corrupt gzip/);
    expect((err as DataLoadError).localized.fr).toMatch(/gzcut\.bin.*tronquées/);
  });
});
