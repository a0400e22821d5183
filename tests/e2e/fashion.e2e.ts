/**
 * The data-set switch in a real browser (issue 19): `?data=fashion` makes the demo slides use Fashion-MNIST — legends
 * with the class names, the Fashion decoder generating clothes, live training on the Fashion images — the corner button
 * switches back (the live run is reset and the deck says so), and an unknown value falls back to MNIST with a notice.
 * Screenshots of the switched slides land in artifacts/e2e/fashion/.
 * Run: npx vite build && npx tsx --test tests/e2e/fashion.e2e.ts   (about 1–2 minutes)
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir, assertClean, gotoDeck, leakCounts, openPage, showSlide, startEnv, type DeckEnv, type PageProblems } from './harness.ts';

const shots = join(artifactsDir, 'fashion');
let env: DeckEnv;
let page: Page;
let problems: PageProblems;
/** Paths (under the deck's origin) the page and its worker requested. */
const requested: string[] = [];

before(async () => {
  mkdirSync(shots, { recursive: true });
  env = await startEnv();
  ({ page, problems } = await openPage(env));
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  page.on('request', (req) => requested.push(new URL(req.url()).pathname));
});
after(async () => {
  await page?.close().catch(() => {});
  await env?.close();
});

/** Mean darkness (0 white … 1 black) of the canvases under `selector` (the grids draw dark ink on white). */
function meanInk(p: Page, selector: string): Promise<{ ink: number; cells: number; blank: number }> {
  return p.evaluate((sel) => {
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>(sel)];
    let sum = 0;
    let n = 0;
    let blank = 0;
    for (const c of canvases) {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let own = 0;
      for (let i = 0; i < d.length; i += 4) own += 1 - d[i] / 255;
      const mean = own / (d.length / 4);
      if (mean < 0.01) blank++;
      sum += own;
      n += d.length / 4;
    }
    return { ink: n ? sum / n : 0, cells: canvases.length, blank };
  }, selector);
}

describe('Fashion-MNIST in the deck (issue 19)', () => {
  it('?data=fashion#/latent-explorer: the corner button names Fashion-MNIST and the latent legend names the clothes', async () => {
    await gotoDeck(env, page, '?data=fashion', '#/latent-explorer');
    await showSlide(page, 'latent-explorer');
    await page.waitForSelector('#latent-explorer .digit-manifold[data-drawn="49"]', { timeout: 60_000 });
    assert.equal(await page.locator('.data-toggle').getAttribute('data-dataset'), 'fashion');
    assert.equal(await page.locator('.data-toggle').textContent(), 'Données\u00a0: Fashion-MNIST');
    const legend = await page.locator('#latent-explorer .legend-item text').allTextContents();
    assert.deepEqual(legend, ['T-shirt/haut', 'Pantalon', 'Pull', 'Robe', 'Manteau', 'Sandale', 'Chemise', 'Basket', 'Sac', 'Bottine']);
    assert.match((await page.locator('#latent-explorer .le-source').textContent()) ?? '', /pré-entraîné sur Fashion-MNIST/);
    assert.match((await page.locator('#latent-explorer .dataset-note').textContent()) ?? '', /Fashion-MNIST/);
    assert.ok(requested.some((p) => p.endsWith('/models/vae-fashion/decoder/model.json')), 'the Fashion decoder was loaded');
    assert.ok(!requested.some((p) => p.includes('vae-mnist')), 'the MNIST models were not loaded');
    await page.screenshot({ path: join(shots, 'latent-explorer-fr.png') });
  });

  it('the generation slide decodes clothes with the Fashion decoder (non-blank, more ink than digits)', async () => {
    await showSlide(page, 'generation-demo');
    await page.waitForSelector('#generation-demo .digit-manifold[data-drawn="49"]', { timeout: 30_000 });
    const samples = await meanInk(page, '#generation-demo .gd-samples canvas');
    console.log(`fashion: 36 generated items, mean ink ${samples.ink.toFixed(3)}, blank cells ${samples.blank}`);
    assert.equal(samples.cells, 36);
    assert.equal(samples.blank, 0, 'no generated item is blank');
    // Decoded MNIST digits are mostly background (mean ink ≈ 0.1); clothes fill their frame.
    assert.ok(samples.ink > 0.18, `the samples look like clothes, not digits (mean ink ${samples.ink.toFixed(3)})`);
    await page.screenshot({ path: join(shots, 'generation-demo-fr.png') });
  });

  it('the data-loading slide shows Fashion items with their class names', async () => {
    await showSlide(page, 'data-loading');
    await page.waitForSelector('#data-loading .dl-classes:not([hidden])', { timeout: 30_000 });
    const key = await page.locator('#data-loading .dl-class').allTextContents();
    assert.equal(key.length, 10);
    assert.equal(key[0], '0\u00a0T-shirt/haut');
    assert.equal(key[9], '9\u00a0Bottine');
    assert.match((await page.locator('#data-loading h2').textContent()) ?? '', /Fashion-MNIST/);
    assert.equal(await page.locator('#data-loading .dl-test').getAttribute('data-value'), '1000');
    assert.ok(requested.some((p) => p.endsWith('/data/fashion-10k.bin')), 'the Fashion images were loaded');
    await page.screenshot({ path: join(shots, 'data-loading-fr.png') });
  });

  it('training runs steps on the Fashion images; switching to MNIST resets the live run and says so', async () => {
    await showSlide(page, 'training');
    await page.waitForSelector('#training .tr-dashboard[data-ready="true"]', { timeout: 90_000 });
    const before = await leakCounts(page);
    for (let k = 0; k < 3; k++) {
      await page.click('#training .tr-step');
      await page.waitForFunction(() => document.querySelector<HTMLElement>('#training .tr-dashboard')?.dataset.busy === 'false');
    }
    const d = await page.evaluate(() => ({ ...document.querySelector<HTMLElement>('#training .tr-dashboard')!.dataset }));
    console.log(`fashion: 30 live steps on Fashion-MNIST, loss ${d.firstLoss} → ${d.lastLoss}`);
    assert.ok(Number.isFinite(Number(d.lastLoss)) && Number(d.lastLoss) > 0, `a finite loss (${d.lastLoss})`);
    assert.ok(Number(d.lastLoss) < Number(d.firstLoss), `the loss fell: ${d.firstLoss} → ${d.lastLoss}`);
    assert.ok(requested.filter((p) => p.endsWith('/data/fashion-10k.bin')).length >= 1);
    assert.ok(!requested.some((p) => p.endsWith('/data/mnist-10k.bin')), 'no MNIST data was loaded for training');
    const legend = await page.locator('#training .legend-item text').allTextContents();
    assert.equal(legend[1], 'Pantalon');
    await page.screenshot({ path: join(shots, 'training-fr.png') });

    await page.click('.data-toggle');
    await page.waitForFunction(() => (window as any).__deck.dataset === 'mnist');
    await page.waitForSelector('#training .tr-dashboard[data-ready="true"]', { timeout: 90_000 });
    assert.doesNotMatch(page.url(), /data=/, 'the URL no longer names Fashion-MNIST');
    assert.match((await page.locator('.data-notice').textContent()) ?? '', /remis à zéro/);
    assert.match((await page.locator('#training .tr-status').textContent()) ?? '', /remis à zéro/);
    const after = await page.evaluate(() => ({ ...document.querySelector<HTMLElement>('#training .tr-dashboard')!.dataset }));
    assert.equal(after.lastLoss, '', 'the curves start empty after the switch');
    assert.equal(await page.locator('#training .dataset-note').count(), 0, 'no data-set note on MNIST');
    const legendAfter = await page.locator('#training .legend-item text').allTextContents();
    assert.equal(legendAfter[1], '1');
    await page.screenshot({ path: join(shots, 'training-switched-fr.png') });
    const now = await leakCounts(page);
    assert.equal(now.trainingWorkers, before.trainingWorkers, 'one training worker before and after the switch');
    await assertClean(page, problems, 'fashion deck');
  });

  it('?data=celeba falls back to MNIST with a notice and a cleaned URL', async () => {
    const { page: p, problems: pr } = await openPage(env);
    await gotoDeck(env, p, '?data=celeba&lang=en', '#/latent-space');
    await p.waitForSelector('.data-notice:not([hidden])');
    assert.match((await p.locator('.data-notice').textContent()) ?? '', /Unknown data set “celeba”.*uses MNIST/);
    assert.equal(await p.locator('.data-toggle').getAttribute('data-dataset'), 'mnist');
    assert.doesNotMatch(p.url(), /data=/);
    assert.match(p.url(), /lang=en/);
    await p.screenshot({ path: join(shots, 'rejected-en.png') });
    await assertClean(p, pr, 'rejected data set');
    await p.close();
  });
});
