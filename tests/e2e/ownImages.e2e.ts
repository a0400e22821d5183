/**
 * The own-images slide in a real browser (issue 19): a folder built at test time (scripts/lib/ownImagesFolder.ts:
 * Fashion-MNIST items as colour JPEG/PNG at CelebA's 178×218, a corrupt JPEG, a grey PNG, an alpha PNG, a text file)
 * is set on the folder input; the worker preprocesses it, the skip report names the bad files, training runs, the loss
 * falls, samples are 56 px colour images that are not blank, and the worker's tensor count stays flat. D and L
 * mid-training and leaving/returning keep the images, the steps and the samples (the page's OwnImagesSession).
 * Screenshots (light and dark) land in artifacts/e2e/own-images/.
 * Run: npx vite build && npx tsx --test tests/e2e/ownImages.e2e.ts   (about 1–2 minutes)
 * Longer runs for the screenshots: OWN_LANGS=fr,en OWN_SECONDS=180 npx tsx --test tests/e2e/ownImages.e2e.ts
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir, assertClean, gotoDeck, openPage, showSlide, startEnv, type DeckEnv } from './harness.ts';
import { buildOwnFolder, type OwnFolder } from '../../scripts/lib/ownImagesFolder.ts';

const shots = join(artifactsDir, 'own-images');
const langs = (process.env.OWN_LANGS ?? 'fr').split(',') as ('fr' | 'en')[];
/** Seconds of continuous training after the first 25 steps (at least MIN_STEPS steps in all). */
const seconds = Number(process.env.OWN_SECONDS ?? 20);
const MIN_STEPS = 150;
let env: DeckEnv;
let work: string;
let folder: OwnFolder;

before(async () => {
  mkdirSync(shots, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'own-images-'));
  env = await startEnv();
  const { page } = await openPage(env);
  await gotoDeck(env, page, '', '#/title');
  folder = await buildOwnFolder(page, join(work, 'img_align_celeba'), 100);
  await page.close();
});
after(async () => {
  await env?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const num = async (page: Page, sel: string): Promise<number> => Number(await page.locator(`#own-images ${sel}`).getAttribute('data-value'));

/** Mean, spread and colourfulness of the canvases under `sel` (values in [0, 1]). */
function canvasStats(page: Page, sel: string): Promise<{ cells: number; width: number; mean: number; std: number; chroma: number }> {
  return page.evaluate((s) => {
    const cs = [...document.querySelectorAll<HTMLCanvasElement>(s)];
    let sum = 0;
    let sq = 0;
    let chroma = 0;
    let n = 0;
    for (const c of cs) {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < d.length; i += 4) {
        const v = (d[i] + d[i + 1] + d[i + 2]) / 765;
        sum += v;
        sq += v * v;
        chroma += (Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2])) / 255;
        n++;
      }
    }
    const mean = sum / Math.max(1, n);
    return { cells: cs.length, width: cs[0]?.offsetWidth ?? 0, mean, std: Math.sqrt(Math.max(0, sq / Math.max(1, n) - mean * mean)), chroma: chroma / Math.max(1, n) };
  }, `#own-images ${sel} canvas`);
}

const probes = (page: Page): Promise<Record<string, number>> => page.evaluate(() => (window as any).__deck.probes());

/**
 * Mid-training, D (theme) and L (language) remount the slide: the step count goes on from where it was, the samples
 * and the image count are still there, training still runs. Leaving the slide pauses it; coming back resumes it.
 * Ends in the language and theme it started with.
 */
async function remountsKeepTheRun(page: Page, lang: 'fr' | 'en'): Promise<void> {
  const count = await page.locator('#own-images .own-images').getAttribute('data-count');
  for (const key of ['d', 'l', 'l', 'd']) {
    const before = await num(page, '.own-c-step');
    await page.evaluate(() => document.querySelector<HTMLElement>('#own-images .own-images')!.setAttribute('data-old', ''));
    await page.keyboard.press(key);
    await page.waitForSelector('#own-images .own-images[data-mode="live"][data-running="true"]:not([data-old])', { timeout: 10_000 });
    const after = await num(page, '.own-c-step');
    assert.ok(after >= before, `after ${key}: step ${after} ≥ ${before}`);
    assert.equal(await page.locator('#own-images .own-images').getAttribute('data-count'), count, `after ${key}: images kept`);
    const samples = await canvasStats(page, '.own-samples');
    assert.equal(samples.cells, 8, `after ${key}: samples still drawn`);
    assert.ok(samples.std > 0.02, `after ${key}: samples not blank ${JSON.stringify(samples)}`);
    await page.waitForFunction((s) => Number(document.querySelector<HTMLElement>('#own-images .own-c-step')?.dataset.value) > s, after, { timeout: 30_000 });
  }
  assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
  await showSlide(page, 'title');
  await page.waitForFunction(() => (window as any).__deck.probes().ownRunning === 0, null, { timeout: 30_000 });
  const left = (await probes(page)).ownSteps;
  await page.waitForTimeout(1500);
  assert.equal((await probes(page)).ownSteps, left, 'no training while the slide is away');
  await showSlide(page, 'own-images');
  await page.waitForSelector('#own-images .own-images[data-running="true"]', { timeout: 10_000 });
  assert.ok((await num(page, '.own-c-step')) >= left, 'the run is back');
  await page.waitForFunction((s) => (window as any).__deck.probes().ownSteps > s, left, { timeout: 30_000 });
  assert.equal((await probes(page)).ownWorkers, 1, 'one worker for the page');
}

describe('own-images slide (issue 19)', () => {
  for (const lang of langs) {
    it(`${lang}: folder → preprocess (skips named) → train → loss falls, samples drawn, worker tensors flat`, async () => {
      const { page, problems } = await openPage(env);
      await gotoDeck(env, page, lang === 'en' ? '?lang=en' : '', '#/own-images');
      await showSlide(page, 'own-images');
      await page.waitForSelector('#own-images .own-images[data-mode="live"]');
      await page.locator('#own-images .own-folder').setInputFiles(folder.dir);
      await page.waitForSelector('#own-images .own-images[data-count]', { timeout: 120_000 });
      assert.equal(Number(await page.locator('#own-images .own-images').getAttribute('data-count')), folder.good);
      const skipped = (await page.locator('#own-images .own-skipped').textContent()) ?? '';
      assert.match(skipped, /corrupt\.jpg/);
      assert.match(skipped, /notes\.txt/);
      assert.equal(await page.locator('#own-images .own-skipped').getAttribute('data-count'), '2');

      await page.locator('#own-images .own-step').click();
      await page.waitForFunction(() => document.querySelector<HTMLElement>('#own-images .own-c-step')?.dataset.value === '25', null, { timeout: 120_000 });
      const firstLoss = await num(page, '.own-c-loss');
      await page.waitForFunction(() => document.querySelector<HTMLElement>('#own-images .own-images')?.dataset.workerTensors, null, { timeout: 30_000 });
      const tensorsEarly = Number(await page.locator('#own-images .own-images').getAttribute('data-worker-tensors'));
      await page.locator('#own-images .own-play').click();
      const until = Date.now() + seconds * 1000;
      await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#own-images .own-c-step')?.dataset.value) >= 50, null, { timeout: 60_000 });
      await remountsKeepTheRun(page, lang);
      while (Date.now() < until || (await num(page, '.own-c-step')) < MIN_STEPS) await page.waitForTimeout(1000);
      await page.locator('#own-images .own-play').click();
      await page.waitForSelector('#own-images .own-images[data-running="false"]');
      const steps = await num(page, '.own-c-step');
      const lastLoss = await num(page, '.own-c-loss');
      const speed = await num(page, '.own-c-speed');
      console.log(`own-images ${lang}: ${folder.good} images, ${steps} steps, loss ${firstLoss.toFixed(1)} → ${lastLoss.toFixed(1)} nats/image, ${speed.toFixed(0)} images/s`);
      assert.ok(lastLoss < firstLoss * 0.8, `loss ${firstLoss} → ${lastLoss}`);
      await page.waitForTimeout(600); // the last snapshot is drawn (≤ 4 redraws a second)
      const tensorsLate = Number(await page.locator('#own-images .own-images').getAttribute('data-worker-tensors'));
      assert.equal(tensorsLate, tensorsEarly, 'worker tensors stay flat');

      const samples = await canvasStats(page, '.own-samples');
      assert.equal(samples.cells, 8);
      assert.ok(samples.width >= 56, `sample width ${samples.width} (CSS px of the 1280×720 slide)`);
      assert.ok(samples.std > 0.05 && samples.mean < 0.97, `samples not blank: ${JSON.stringify(samples)}`);
      assert.ok(samples.chroma > 0.03, `samples in colour: ${JSON.stringify(samples)}`);
      const recon = await canvasStats(page, '.own-recon');
      assert.equal(recon.cells, 8);
      await page.locator('#own-images').screenshot({ path: join(shots, `${lang}-light.png`) });
      await page.keyboard.press('d');
      await page.waitForTimeout(500);
      await page.locator('#own-images').screenshot({ path: join(shots, `${lang}-dark.png`) });
      await assertClean(page, problems, `own-images ${lang}`);
      await page.close();
    });
  }

  it('images dropped on the slide are read like picked ones (a text file among them is named)', async () => {
    const { page, problems } = await openPage(env);
    await gotoDeck(env, page, '?lang=en', '#/own-images');
    await showSlide(page, 'own-images');
    const files = ['000000.jpg', '000001.png', 'notes.txt'].map((name) => ({ name, b64: readFileSync(join(folder.dir, name)).toString('base64') }));
    const dataTransfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
      return dt;
    }, files);
    await page.dispatchEvent('#own-images .own-drop', 'drop', { dataTransfer });
    await page.waitForSelector('#own-images .own-images[data-count="2"]', { timeout: 60_000 });
    assert.match((await page.locator('#own-images .own-skipped').textContent()) ?? '', /1 file skipped: notes\.txt/);
    assert.equal(await page.locator('#own-images .own-play').isDisabled(), false);
    await assertClean(page, problems, 'own-images drop');
    await page.close();
  });

  it('a selection without any image says so, and nothing can be trained', async () => {
    const { page, problems } = await openPage(env);
    await gotoDeck(env, page, '', '#/own-images');
    await showSlide(page, 'own-images');
    const txt = join(work, 'only.txt');
    writeFileSync(txt, 'no image here\n');
    await page.locator('#own-images .own-files').setInputFiles([txt]);
    await page.waitForSelector('#own-images .own-images[data-count="0"]', { timeout: 60_000 });
    assert.match((await page.locator('#own-images .own-status').textContent()) ?? '', /Aucune image JPEG ou PNG utilisable/);
    assert.match((await page.locator('#own-images .own-skipped').textContent()) ?? '', /only\.txt/);
    assert.equal(await page.locator('#own-images .own-play').isDisabled(), true);
    await assertClean(page, problems, 'own-images empty');
    await page.close();
  });
});
