/**
 * The drawing pad in Chromium, on a small test page (tests/e2e/drawPadPage, built here with Vite) that mounts the
 * pad and the plane view on the pretrained VAE as a slide will: touch drawing (touch emulation through CDP), mouse
 * drawing, keyboard, « Effacer », print, and the pointer-move → redrawn latency (printed, not asserted).
 * Run: flock /tmp/heavy.lock npx tsx --test tests/e2e/drawPad.e2e.ts
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveDir } from '../../scripts/lib/serve.ts';
import { artifactsDir, assertClean, openPage, type DeckEnv } from './harness.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const outDir = join(artifactsDir, 'drawpad-page');
let env: DeckEnv;

before(async () => {
  await build({
    configFile: false,
    root: join(ROOT, 'tests/e2e/drawPadPage'),
    base: './',
    publicDir: join(ROOT, 'public'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4096 },
  });
  const server = await serveDir(outDir);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, hasTouch: true });
  env = {
    url: server.url, browser, context,
    async close() {
      await context.close().catch(() => {});
      await browser.close().catch(() => {});
      await server.close();
    },
  };
});
after(async () => {
  await env?.close();
});

async function open(query = ''): Promise<{ page: Page; problems: Awaited<ReturnType<typeof openPage>>['problems'] }> {
  const opened = await openPage(env);
  await opened.page.goto(`${env.url}${query}`);
  await opened.page.waitForFunction(() => (window as any).__drawpad?.ready || (window as any).__drawpad?.error, null, { timeout: 60_000 });
  const error = await opened.page.evaluate(() => (window as any).__drawpad.error);
  assert.equal(error, undefined, `the test page failed: ${error}`);
  return opened;
}
const mu = (page: Page) => page.getAttribute('[data-mu]', 'data-mu');
const status = (page: Page) => page.getAttribute('[data-drawing-status]', 'data-drawing-status');
const MU = /^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/;

/** A "7" as pad fractions. */
const seven: Array<[number, number]> = [[0.2, 0.15], [0.5, 0.15], [0.8, 0.15], [0.7, 0.4], [0.6, 0.6], [0.5, 0.85]];

describe('the drawing pad on the pretrained VAE', () => {
  it('draws by touch: μ appears in data-mu, the 28×28 and the plane update; « Effacer » by touch empties it', async () => {
    const { page, problems } = await open();
    const box = (await page.locator('canvas[data-draw-pad]').boundingBox())!;
    const cdp = await env.context.newCDPSession(page);
    const pt = ([fx, fy]: [number, number]) => [{ x: box.x + fx * box.width, y: box.y + fy * box.height, id: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: pt(seven[0]) });
    for (const p of seven.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: pt(p) });
    // the finger rests before it lifts: lifted at speed, Chromium starts a fling and swallows the next tap as its end
    await page.waitForTimeout(150);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: pt([0.5, 0.851]) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForFunction(() => /,/.test(document.querySelector('[data-mu]')?.getAttribute('data-mu') ?? ''));
    assert.match((await mu(page))!, MU);
    assert.equal(await status(page), 'ok');
    assert.equal(await page.locator('g.ellipse').count(), 1);
    assert.equal(await page.textContent('[data-pad-clear]'), 'Effacer');
    const clear = (await page.locator('[data-pad-clear]').boundingBox())!;
    await page.touchscreen.tap(clear.x + clear.width / 2, clear.y + clear.height / 2);
    await page.waitForFunction(() => document.querySelector('[data-mu]')?.getAttribute('data-mu') === '');
    assert.equal(await status(page), 'empty');
    await page.screenshot({ path: join(artifactsDir, 'drawpad-touch.png') });
    await assertClean(page, problems, 'touch drawing');
    await page.close();
  });

  it('draws with the mouse (a stroke leaving the canvas stays finite), types a digit, undoes — in English', async () => {
    const { page, problems } = await open('?lang=en');
    const box = (await page.locator('canvas[data-draw-pad]').boundingBox())!;
    await page.mouse.move(box.x + 0.5 * box.width, box.y + 0.1 * box.height);
    await page.mouse.down();
    await page.mouse.move(box.x + 0.5 * box.width, box.y + 0.9 * box.height, { steps: 8 });
    await page.mouse.move(box.x + 3 * box.width, box.y + 2 * box.height, { steps: 4 }); // far outside the canvas
    await page.mouse.up();
    await page.waitForFunction(() => /,/.test(document.querySelector('[data-mu]')?.getAttribute('data-mu') ?? ''));
    assert.match((await mu(page))!, MU);
    const first = await mu(page);
    await page.focus('canvas[data-draw-pad]');
    await page.keyboard.press('0');
    await page.waitForFunction((m) => document.querySelector('[data-mu]')?.getAttribute('data-mu') !== m, first);
    assert.equal(await page.getAttribute('[data-nearest]', 'data-nearest'), '0');
    await page.keyboard.press('Backspace');
    await page.waitForFunction((m) => document.querySelector('[data-mu]')?.getAttribute('data-mu') === m, first);
    assert.equal(await page.textContent('[data-pad-clear]'), 'Clear');
    assert.doesNotMatch((await page.textContent('.drawing-on-plane'))!, /NaN|Infinity/);
    await assertClean(page, problems, 'mouse drawing');
    await page.close();
  });

  it('prints a stored example on the pad and its code on the plane, never an empty box', async () => {
    const { page, problems } = await open('?print');
    assert.match((await mu(page))!, MU);
    const dark = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('canvas[data-draw-pad]')!;
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i] < 128) n++;
      return n;
    });
    assert.ok(dark > 1000, `the printed pad has ink (${dark} dark pixels)`);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('[data-pad-clear]').isVisible(), false);
    await page.screenshot({ path: join(artifactsDir, 'drawpad-print.png') });
    await assertClean(page, problems, 'print');
    await page.close();
  });

  it('measures pointer move → plane and reconstruction redrawn with the pretrained model in the page', async () => {
    const { page, problems } = await open();
    const r = await page.evaluate(async () => {
      const d = (window as any).__drawpad;
      await d.latency(d.pad, d.view, 20); // warm-up
      d.pad.clear();
      return { backend: d.backend, ...(await d.latency(d.pad, d.view, 80)) };
    });
    console.log(`drawing pad, pretrained VAE in the page (${r.backend}): pointer move → redrawn p50 ${r.p50_ms.toFixed(1)} ms, p95 ${r.p95_ms.toFixed(1)} ms over ${r.samples} moves`);
    assert.equal(r.samples, 80);
    assert.ok(Number.isFinite(r.p95_ms));
    await assertClean(page, problems, 'latency');
    await page.close();
  });
});
