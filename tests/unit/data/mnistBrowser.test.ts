import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveDir } from '../../../scripts/lib/serve.ts';
import { DataLoadError, loadMnistBrowser } from '../../../src/data/mnist.browser.ts';

const asset = readFileSync(resolve('public/data/mnist-10k.bin'));
let server: { url: string; close(): Promise<void> };
const base = () => (server.url.endsWith('/') ? server.url : `${server.url}/`);

beforeAll(async () => {
  server = await serveDir(resolve('public'), {
    override: (path) => (path === '/data/cut.bin' ? asset.subarray(0, 100_000) : null),
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
});
