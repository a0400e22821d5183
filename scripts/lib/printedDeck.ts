/** Open the built deck in reveal.js print mode (every slide laid out and mounted) in headless Chromium. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { evalInPage, imagesLoaded } from './printLayout.ts';
import { serveDir } from './serve.ts';
import { isDatasetId, type DatasetId } from '../../src/data/datasets.ts';

/** Options of withPrintedDeck. */
export interface PrintedDeckOptions {
  lang: 'fr' | 'en';
  /** Ask the deck for its speaker notes in print (`?notes`). */
  notes?: boolean;
  /** Device pixel ratio of the page (1.5 gives 1920×1080 screenshots of a 1280×720 slide). */
  scale?: number;
  /** The demo slides' data set (`?data=`); default MNIST. */
  data?: DatasetId;
}

/** The `--data` option of the exports: a built-in data set id, else a clear error. */
export function dataOption(value: string | undefined): DatasetId {
  const data = value ?? 'mnist';
  if (!isDatasetId(data)) throw new Error(`--data must be mnist or fashion, not "${data}"`);
  return data;
}

/** The export file name suffix of a data set: none for MNIST (the default files keep their names), `-fashion`… */
export function dataSuffix(data: DatasetId): string {
  return data === 'mnist' ? '' : `-${data}`;
}

const root = resolve(import.meta.dirname, '../..');

/** The built deck to print: $DECK_DIST if set (as in the e2e harness), else dist/, built if missing (a fresh clone). */
export function ensureBuilt(): string {
  if (process.env.DECK_DIST) {
    const dir = resolve(process.env.DECK_DIST);
    if (!existsSync(resolve(dir, 'index.html'))) throw new Error(`DECK_DIST=${dir} holds no index.html: build the deck there first`);
    return dir;
  }
  const dist = resolve(root, 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
  return dist;
}

/**
 * Serve dist/, open `index.html?print-pdf`, wait until every slide has mounted, fonts and images have loaded,
 * then run `use(page)`. Throws if the deck logged an error (a slide whose live part failed to draw).
 */
export async function withPrintedDeck<T>(opts: PrintedDeckOptions, use: (page: Page) => Promise<T>): Promise<T> {
  const server = await serveDir(ensureBuilt());
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: opts.scale ?? 1 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) errors.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    const query = ['print-pdf', ...(opts.lang !== 'fr' ? [`lang=${opts.lang}`] : []), ...(opts.notes ? ['notes'] : []), ...(opts.data && opts.data !== 'mnist' ? [`data=${opts.data}`] : [])];
    await page.goto(`${server.url}index.html?${query.join('&')}`);
    await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', null, { timeout: 180_000 });
    await page.evaluate(() => document.fonts.ready);
    await evalInPage(page, imagesLoaded, undefined);
    if (errors.length) throw new Error(`the deck reported errors in print mode:\n  ${errors.join('\n  ')}`);
    return await use(page);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The deck's slide ids (window.__deck.ids). */
export function deckIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __deck: { ids: string[] } }).__deck.ids);
}
