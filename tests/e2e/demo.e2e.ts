/**
 * The live demo in a real browser (issue 5): train from the training slide, read the figures the issue asks
 * for (95th-percentile frame interval while training, held-out −ELBO 60 s after play), decode under the
 * cursor, generate, leave and return 20 times without leaks, and screenshot every demo slide in fr and en.
 * Run: npx vite build && npx tsx --test tests/e2e/demo.e2e.ts   (about 2–3 minutes; prints the figures)
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir, assertClean, gotoDeck, leakCounts, openPage, showSlide, startEnv, type DeckEnv, type PageProblems } from './harness.ts';

const DEMO_IDS = ['data-loading', 'preprocessing', 'encoder', 'decoder', 'vae-model', 'training', 'generation-demo', 'latent-explorer'];
/** Seconds of training after play before the held-out −ELBO is read (the budget). */
const TRAIN_SECONDS = Number(process.env.DEMO_TRAIN_SECONDS ?? 60);
const ROUNDS = Number(process.env.DEMO_ROUNDS ?? 20);

let env: DeckEnv;
let page: Page;
let problems: PageProblems;

before(async () => {
  env = await startEnv();
  ({ page, problems } = await openPage(env));
  // tsx names inner arrow functions with an `__name` helper: give the page one for the evaluate() bodies below.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await gotoDeck(env, page, '', '#/title');
});
after(async () => {
  await page?.close().catch(() => {});
  await env?.close();
});

/** The training dashboard's data attributes (state, snapshot step, losses, −ELBO, scatter points). */
function dashboard(p: Page): Promise<Record<string, string>> {
  return p.evaluate(() => ({ ...document.querySelector<HTMLElement>('#training .tr-dashboard')!.dataset }) as Record<string, string>);
}

/** 95th percentile of the intervals between requestAnimationFrame callbacks over `ms` milliseconds. */
async function frameIntervals(p: Page, ms: number): Promise<{ p95: number; median: number; max: number; frames: number }> {
  const gaps = await p.evaluate(
    (duration) =>
      new Promise<number[]>((resolve) => {
        const stamps: number[] = [];
        const tick = (t: number): void => {
          stamps.push(t);
          if (t - stamps[0] < duration) requestAnimationFrame(tick);
          else resolve(stamps.slice(1).map((s, i) => s - stamps[i]));
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
  const sorted = [...gaps].sort((a, b) => a - b);
  const q = (f: number): number => sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))];
  return { p95: q(0.95), median: q(0.5), max: sorted[sorted.length - 1], frames: gaps.length };
}

describe('the live demo (issue 5)', () => {
  it(`trains from the training slide: the loss falls, 1,000 points are plotted, the held-out −ELBO is < 180 within ${TRAIN_SECONDS} s, frames stay smooth`, async () => {
    await showSlide(page, 'training');
    await page.waitForSelector('#training .tr-dashboard[data-ready="true"]', { timeout: 90_000 });
    // the untrained model's snapshot is drawn on the frame after the worker says it is ready
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#training .tr-dashboard')?.dataset.points !== undefined, null, { timeout: 30_000 });
    const before = await dashboard(page);
    assert.equal(before.points, '1000', 'the untrained model’s scatter already has the 1,000 held-out digits');
    await page.click('#training .tr-play');
    const t0 = Date.now();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#training .tr-dashboard')?.dataset.state === 'running');
    await page.waitForTimeout(3000);
    const frames = await frameIntervals(page, 5000);
    console.log(`demo: frame interval while training (rAF, 5 s, ${frames.frames} frames): p95 ${frames.p95.toFixed(1)} ms, median ${frames.median.toFixed(1)} ms, max ${frames.max.toFixed(1)} ms (target p95 ≤ 20 ms)`);
    // Train until the held-out −ELBO of a snapshot drops below 180, for at most TRAIN_SECONDS.
    let end = await dashboard(page);
    while (Date.now() - t0 < TRAIN_SECONDS * 1000 && !(Number(end.negElbo) < 180 && Number(end.snapshotStep) >= 100)) {
      await page.waitForTimeout(250);
      end = await dashboard(page);
    }
    const seconds = (Date.now() - t0) / 1000;
    const speed = await page.locator('#training .tr-speed').getAttribute('data-value');
    const backend = await page.locator('#training .tr-backend').textContent();
    const [load] = loadavg();
    console.log(
      `demo: held-out −ELBO ${Number(end.negElbo).toFixed(1)} nats after ${seconds.toFixed(1)} s of training (snapshot at step ${end.snapshotStep}, ` +
        `1 seeded z per image; target < 180 within ${TRAIN_SECONDS} s); backend ${backend}, ${Number(speed).toFixed(0)} samples/s; load average ${load.toFixed(1)} on ${cpus().length} cores`,
    );
    assert.ok(Number(end.lastLoss) < Number(end.firstLoss), `the loss fell: ${end.firstLoss} → ${end.lastLoss}`);
    assert.equal(end.points, '1000', 'the scatter shows the 1,000 held-out digits');
    assert.ok(Number(end.negElbo) < 180, `held-out −ELBO ${end.negElbo} < 180 within ${TRAIN_SECONDS} s`);
    if (load <= cpus().length) assert.ok(frames.p95 <= 20, `95th-percentile frame interval ${frames.p95.toFixed(1)} ms ≤ 20 ms`);
    else console.log(`demo: machine overloaded (load ${load.toFixed(1)} > ${cpus().length} cores): the frame target is reported, not asserted`);
    const text = await page.locator('#training').innerText();
    assert.doesNotMatch(text, /NaN|Infinity|undefined/);
  });

  it('decodes the point under the cursor with the live model on the latent-explorer slide', async () => {
    await showSlide(page, 'latent-explorer');
    await page.waitForSelector('#latent-explorer .digit-manifold[data-drawn="49"]', { timeout: 30_000 });
    assert.equal(await page.locator('#latent-explorer .le-cols').getAttribute('data-source'), 'live', 'slide 8 uses the live-trained model');
    const box = (await page.locator('#latent-explorer .latent-scatter .hit').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.3);
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#latent-explorer .z1')?.dataset.value) < 0);
    const ink = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('#latent-explorer .latent-explorer-side canvas')!;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] < 128) dark++;
      return dark / (d.length / 4);
    });
    assert.ok(ink > 0.02 && ink < 0.7, `a decoded digit is drawn (dark share ${ink.toFixed(3)})`);
    // Latency: pointer move → new digit on screen, measured in the page.
    const latency = await page.evaluate(
      (b) =>
        new Promise<number>((resolve) => {
          const out = document.querySelector<HTMLElement>('#latent-explorer .z1')!;
          const hit = document.querySelector('#latent-explorer .latent-scatter .hit')!;
          const mo = new MutationObserver(() => {
            mo.disconnect();
            resolve(performance.now() - t0);
          });
          mo.observe(out, { attributes: true, attributeFilter: ['data-value'] });
          const t0 = performance.now();
          hit.dispatchEvent(new PointerEvent('pointermove', { clientX: b.x + b.width * 0.7, clientY: b.y + b.height * 0.6, bubbles: true }));
        }),
      box,
    );
    console.log(`demo: pointer move → decoded digit drawn (live model via the worker; includes the wait for the next animation frame): ${latency.toFixed(1)} ms`);
    // the figure is logged; its target lives in the benchmark (npm run bench: "Decode under the cursor (latent-explorer)"),
    // not here, where a busy CI machine would fail it: the test asserts that the move was answered
    assert.ok(Number.isFinite(latency) && latency >= 0, `the pointer move was answered by a new decoded point (${latency})`);
  });

  it('generates 36 digits and the 7×7 manifold in one batch, and draws again on click', async () => {
    await showSlide(page, 'generation-demo');
    await page.waitForSelector('#generation-demo .digit-manifold[data-drawn="49"]', { timeout: 30_000 });
    assert.equal(await page.locator('#generation-demo .gd-samples .digit-cell').count(), 36);
    const ms = Number(await page.locator('#generation-demo .gd-timing').getAttribute('data-ms'));
    console.log(`demo: 7×7 manifold decoded in one batch in ${ms.toFixed(0)} ms (live model via the worker)`);
    await page.click('#generation-demo .gd-draw');
    await page.waitForSelector('#generation-demo .gd-samples[data-draw="2"]');
  });

  it('the “use the pretrained model” failsafe pauses training, shows the pretrained state and makes slides 7–8 use it', async () => {
    await showSlide(page, 'training');
    await page.waitForSelector('#training .tr-dashboard[data-ready="true"]');
    // Training resumes on return if it was running when the presenter left; otherwise start it.
    await page.waitForTimeout(300);
    if ((await dashboard(page)).state !== 'running') await page.click('#training .tr-play');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#training .tr-dashboard')?.dataset.state === 'running');
    await page.check('#training .tr-pretrained');
    await page.waitForFunction(() => {
      const d = document.querySelector<HTMLElement>('#training .tr-dashboard')!.dataset;
      return d.view === 'pretrained' && d.state === 'paused' && Number(d.negElbo) < 160;
    }, null, { timeout: 30_000 });
    const pre = await dashboard(page);
    console.log(`demo: failsafe on: pretrained held-out −ELBO ${Number(pre.negElbo).toFixed(1)} nats (1 seeded z per image)`);
    assert.equal(await page.locator('#training .tr-play').isDisabled(), true, 'play is disabled while the pretrained model is shown');
    assert.equal(await page.textContent('#training .tr-arch'), '784 → 512 → 256 → (2 + 2)', 'the network line names the pretrained model');
    await showSlide(page, 'generation-demo');
    await page.waitForSelector('#generation-demo .digit-manifold[data-drawn="49"]', { timeout: 30_000 });
    assert.equal(await page.locator('#generation-demo .gd-cols').getAttribute('data-source'), 'pretrained');
    await showSlide(page, 'training');
    await page.waitForSelector('#training .tr-dashboard[data-view="pretrained"]');
    await page.uncheck('#training .tr-pretrained');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#training .tr-dashboard')?.dataset.view === 'live');
    assert.equal(await page.locator('#training .tr-play').isDisabled(), false);
    assert.equal(await page.textContent('#training .tr-arch'), '784 → 512 → (2 + 2)', 'and the live one again');
  });

  it(`leaves and returns to the demo slides ${ROUNDS} times: timers, frames, listeners, workers and tensors stay flat`, async () => {
    const round = async (): Promise<void> => {
      for (const id of ['training', 'generation-demo', 'latent-explorer', 'data-loading']) await showSlide(page, id);
    };
    const settle = async () => {
      await showSlide(page, 'title');
      await page.waitForTimeout(1000);
      return leakCounts(page);
    };
    await round();
    const baseline = await settle();
    for (let r = 0; r < ROUNDS; r++) await round();
    const end = await settle();
    console.log(`demo: leave/return ×${ROUNDS}: baseline ${JSON.stringify(baseline)} → end ${JSON.stringify(end)}`);
    // A leak only ever grows a count (a one-shot timer of the deck may have fired in between).
    for (const key of Object.keys(baseline)) assert.ok(end[key] <= baseline[key], `${key} grew from ${baseline[key]} to ${end[key]}`);
    assert.equal(end.trainingWorkers, 1, 'one training worker for the whole page');
  });

  it('shows every demo slide in fr and en without error (screenshots in artifacts/e2e/demo)', async () => {
    const dir = join(artifactsDir, 'demo');
    mkdirSync(dir, { recursive: true });
    for (const lang of ['fr', 'en'] as const) {
      await page.evaluate((l) => (window as any).__deck.setLang(l), lang);
      for (const [i, id] of DEMO_IDS.entries()) {
        await showSlide(page, id);
        await page.waitForTimeout(id === 'training' ? 1500 : 400);
        const state = await page.evaluate((sid) => {
          const s = document.getElementById(sid)!;
          return { text: s.innerText, error: s.querySelector('.mount-error, .notice-error, .code-missing')?.textContent ?? null };
        }, id);
        assert.equal(state.error, null, `${lang} ${id}: ${state.error}`);
        assert.doesNotMatch(state.text, /\bNaN\b|Infinity|undefined/, `${lang} ${id} shows a broken number`);
        await page.screenshot({ path: join(dir, `${lang}-${i + 1}-${id}.png`) });
      }
    }
    await assertClean(page, problems, 'demo slides');
  });
});
