/**
 * Browser-level benchmarks of the built deck, as a class sees it: time to the first slide and to the first live
 * slide, frame intervals while the demo trains, the latency of decoding the point under the cursor, and the redraw
 * time of the theory slides' sliders, and pointer move → redrawn on the draw-digit pad.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newDeckContext } from '../lib/chromium.ts';
import { serveDir } from '../lib/serve.ts';
import { percentile } from './stats.ts';
import { drawDigitLatency, type DrawDigitLatency } from './drawDigitLatency.ts';
import { PAD_SLIDES, padSlideLatency, type PadLatency } from './padLatency.ts';

/** What measureDeck returns (times in ms). */
export interface DeckMetrics {
  chromium: string;
  startup: { runs: number; deck_ready_ms: number; first_live_slide: string; first_live_mounted_ms: number };
  frames_while_training: { seconds: number; frames: number; p95_ms: number; median_ms: number; max_ms: number; backend: string; steps_during: number };
  decode_latency: Array<{ slide: string; model: string; samples: number; p50_ms: number; p95_ms: number }>;
  /** Slider moved → the slide's charts and formulas redrawn (input handler + style + layout), per theory slide. */
  slider_redraw: Array<{ slide: string; sliders: number; samples: number; p50_ms: number; p95_ms: number }>;
  /** Pointer move on draw-digit's pad → μ, plane and reconstruction redrawn, pretrained (page) then live (worker). */
  draw_latency: DrawDigitLatency[];
  /** Pointer move on the compact pads (latent-space, ae-vs-vae-live, vae-uses-live) → μ and the slide's views redrawn. */
  pad_latency: PadLatency[];
}

/** Records, from navigation start, when the deck is ready and when a section first reports a mounted live part. */
const timingScript = `(() => {
  const t = (window.__benchT = {});
  new MutationObserver(() => {
    if (t.ready === undefined && document.documentElement.dataset.deckReady === 'true') t.ready = performance.now();
    if (t.mounted === undefined) {
      const s = document.querySelector('section[data-mounted="true"]');
      if (s) { t.mounted = performance.now(); t.mountedId = s.id; }
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-deck-ready', 'data-mounted'] });
})();`;

type Timing = { ready?: number; mounted?: number; mountedId?: string };

async function freshPage(browser: Browser): Promise<Page> {
  const context = await newDeckContext(browser);
  const page = await context.newPage();
  await page.addInitScript({ content: timingScript });
  return page;
}

async function readyDeck(page: Page, url: string): Promise<Timing> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', null, { timeout: 120_000 });
  return page.evaluate(() => (window as unknown as { __benchT: Timing }).__benchT);
}

/** The first slide, in deck order, whose live part mounts. */
async function firstLiveSlide(browser: Browser, base: string): Promise<string> {
  const page = await freshPage(browser);
  await readyDeck(page, `${base}index.html`);
  const ids = await page.evaluate(() => (window as any).__deck.ids as string[]);
  for (const id of ids) {
    await page.evaluate((s) => (window as any).__deck.goTo(s), id);
    if ((await page.getAttribute(`#${id}`, 'data-mounted')) === 'true') {
      await page.context().close();
      return id;
    }
  }
  await page.context().close();
  throw new Error('no slide has a live part');
}

async function startup(browser: Browser, base: string, runs: number): Promise<DeckMetrics['startup']> {
  const live = await firstLiveSlide(browser, base);
  const ready: number[] = [];
  const mounted: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await freshPage(browser);
    ready.push((await readyDeck(page, `${base}index.html`)).ready!);
    await page.context().close();
    const p2 = await freshPage(browser);
    await readyDeck(p2, `${base}index.html#/${live}`);
    await p2.waitForFunction(() => (window as any).__benchT.mounted !== undefined, null, { timeout: 120_000 });
    mounted.push((await p2.evaluate(() => (window as unknown as { __benchT: Timing }).__benchT.mounted))!);
    await p2.context().close();
  }
  return { runs, deck_ready_ms: percentile(ready, 0.5), first_live_slide: live, first_live_mounted_ms: percentile(mounted, 0.5) };
}

/** Intervals between requestAnimationFrame callbacks over `ms` milliseconds (source text: tsx would name `tick`). */
function frameGaps(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(`new Promise((resolve) => {
    const stamps = [];
    const tick = (t) => {
      stamps.push(t);
      if (t - stamps[0] < ${Number(ms)}) requestAnimationFrame(tick);
      else resolve(stamps.slice(1).map((s, i) => s - stamps[i]));
    };
    requestAnimationFrame(tick);
  })`) as Promise<number[]>;
}

const shownStep = (page: Page) => page.evaluate(() => Number(document.querySelector<HTMLElement>('#training .tr-step-value')?.dataset.value || 0));

async function framesWhileTraining(page: Page, seconds: number): Promise<DeckMetrics['frames_while_training']> {
  await page.evaluate(() => (window as any).__deck.goTo('training'));
  await page.waitForSelector('#training .tr-dashboard[data-ready="true"]', { timeout: 120_000 });
  await page.click('#training .tr-play');
  await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#training .tr-step-value')?.dataset.value || 0) >= 20, null, { timeout: 120_000 });
  const before = await shownStep(page);
  const gaps = await frameGaps(page, seconds * 1000);
  const steps = (await shownStep(page)) - before;
  const backend = (await page.textContent('#training .tr-backend')) ?? '';
  return {
    seconds,
    frames: gaps.length,
    p95_ms: percentile(gaps, 0.95),
    median_ms: percentile(gaps, 0.5),
    max_ms: Math.max(...gaps),
    backend: backend.trim(),
    steps_during: steps,
  };
}

/** Pointer moves over a latent explorer's plane; time until the decoded digit's z readout changes. */
async function decodeLatency(page: Page, slide: string, samples: number): Promise<DeckMetrics['decode_latency'][number]> {
  await page.evaluate((s) => (window as any).__deck.goTo(s), slide);
  await page.waitForFunction((s) => (document.querySelector<HTMLElement>(`#${s} .z1`)?.dataset.value ?? '') !== '', slide, { timeout: 120_000 });
  const model = (await page.textContent(`#${slide} .model-source, #${slide} .le-source, #${slide} .gd-source`).catch(() => null)) ?? '';
  const latencies = await page.evaluate(
    async ({ s, n }) => {
      const hit = document.querySelector<SVGRectElement>(`#${s} .hit`)!;
      const z1 = document.querySelector<HTMLElement>(`#${s} .z1`)!;
      const rect = hit.getBoundingClientRect();
      const out: number[] = [];
      for (let k = 0; k < n; k++) {
        const done = new Promise<number>((res) => {
          const obs = new MutationObserver(() => {
            obs.disconnect();
            res(performance.now());
          });
          obs.observe(z1, { attributes: true, attributeFilter: ['data-value'] });
        });
        const t0 = performance.now();
        const fx = 0.15 + (0.7 * ((k * 37) % n)) / n;
        const fy = 0.2 + (0.6 * ((k * 17) % n)) / n;
        hit.dispatchEvent(new PointerEvent('pointermove', { clientX: rect.left + fx * rect.width, clientY: rect.top + fy * rect.height, bubbles: true }));
        out.push((await done) - t0);
        await new Promise((r) => setTimeout(r, 40));
      }
      return out;
    },
    { s: slide, n: samples },
  );
  return { slide, model: model.trim().slice(0, 80) || 'pretrained VAE, page thread', samples, p50_ms: percentile(latencies, 0.5), p95_ms: percentile(latencies, 0.95) };
}

/**
 * Move every slider of a slide through its range (`samples` moves, round-robin) the way a drag does (value, then an
 * `input` event) and time the synchronous redraw: the handler, then style and layout forced by reading a box.
 * Paint is left out (it does not block the next input); the frame budget it is compared with is 16.7 ms.
 */
async function sliderRedraw(page: Page, slide: string, samples: number): Promise<DeckMetrics['slider_redraw'][number]> {
  await page.evaluate((s) => (window as any).__deck.goTo(s), slide);
  await page.waitForFunction((s) => document.getElementById(s)?.dataset.mounted === 'true', slide, { timeout: 60_000 });
  const { sliders, times } = await page.evaluate(
    async ({ s, n }) => {
      const inputs = [...document.querySelectorAll<HTMLInputElement>(`#${s} input[type="range"]`)];
      const out: number[] = [];
      for (let k = 0; k < n && inputs.length; k++) {
        const input = inputs[k % inputs.length];
        const [min, max] = [Number(input.min), Number(input.max)];
        const f = 0.05 + 0.9 * (((k * 7) % n) / n);
        const t0 = performance.now();
        input.value = String(min + f * (max - min));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        document.getElementById(s)!.getBoundingClientRect();
        out.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }
      return { sliders: inputs.length, times: out };
    },
    { s: slide, n: samples },
  );
  if (!times.length) throw new Error(`slide ${slide} has no slider`);
  return { slide, sliders, samples: times.length, p50_ms: percentile(times, 0.5), p95_ms: percentile(times, 0.95) };
}

/** The slides the slider benchmark moves (the theory slides with sliders). */
export const SLIDER_SLIDES = ['gaussian-1d', 'gaussian-nd', 'kl-divergence', 'kl-in-vae'];

/** Serve `distDir` and measure the deck in headless Chromium. */
export async function measureDeck(distDir: string, log: (s: string) => void, opts: { runs?: number; frameSeconds?: number } = {}): Promise<DeckMetrics> {
  const server = await serveDir(distDir);
  const browser = await launchChromium();
  try {
    log('deck: startup (navigation start → deckReady, → first live slide mounted)…');
    const start = await startup(browser, server.url, opts.runs ?? 5);
    log(`deck: ready ${start.deck_ready_ms.toFixed(0)} ms, ${start.first_live_slide} mounted ${start.first_live_mounted_ms.toFixed(0)} ms`);
    const page = await freshPage(browser);
    await readyDeck(page, `${server.url}index.html`);
    const ids = await page.evaluate(() => (window as any).__deck.ids as string[]);
    const sliders: DeckMetrics['slider_redraw'] = [];
    for (const slide of SLIDER_SLIDES) {
      const r = await sliderRedraw(page, slide, 60);
      sliders.push(r);
      log(`deck: ${slide} slider → redraw p50 ${r.p50_ms.toFixed(1)} ms, p95 ${r.p95_ms.toFixed(1)} ms (${r.sliders} sliders)`);
    }
    const decode = [await decodeLatency(page, 'latent-space', 40)];
    const draw: DrawDigitLatency[] = [];
    const logDraw = (d: DrawDigitLatency) => log(`deck: draw-digit ${d.model} pointer move → redrawn p50 ${d.p50_ms.toFixed(1)} ms, p95 ${d.p95_ms.toFixed(1)} ms (${d.samples} moves${d.training ? ', training running' : ''})`);
    if (ids.includes('draw-digit')) {
      draw.push(await drawDigitLatency(page, 'pretrained', 60));
      logDraw(draw[0]);
    }
    const pads: PadLatency[] = [];
    for (const id of PAD_SLIDES.filter((s) => ids.includes(s))) {
      pads.push(await padSlideLatency(page, id, 60));
      log(`deck: ${id} pad pointer move → redrawn p50 ${pads[pads.length - 1].p50_ms.toFixed(1)} ms, p95 ${pads[pads.length - 1].p95_ms.toFixed(1)} ms`);
    }
    log(`deck: latent-space decode p50 ${decode[0].p50_ms.toFixed(1)} ms, p95 ${decode[0].p95_ms.toFixed(1)} ms`);
    log('deck: frame intervals while training…');
    const frames = await framesWhileTraining(page, opts.frameSeconds ?? 5);
    log(`deck: frames while training p95 ${frames.p95_ms.toFixed(1)} ms (${frames.frames} frames, ${frames.steps_during} steps, ${frames.backend})`);
    if (ids.includes('latent-explorer')) {
      decode.push(await decodeLatency(page, 'latent-explorer', 40));
      log(`deck: latent-explorer decode p50 ${decode[1].p50_ms.toFixed(1)} ms, p95 ${decode[1].p95_ms.toFixed(1)} ms`);
    }
    if (ids.includes('draw-digit')) {
      // the live model in the worker, training paused (the worker would otherwise share the 2 cores with training)
      await page.evaluate(() => (window as any).__deck.goTo('training'));
      if ((await page.getAttribute('#training .tr-dashboard', 'data-state')) === 'running') await page.click('#training .tr-play');
      draw.push(await drawDigitLatency(page, 'live', 60));
      logDraw(draw[draw.length - 1]);
    }
    return { chromium: browser.version(), startup: start, frames_while_training: frames, decode_latency: decode, slider_redraw: sliders, draw_latency: draw, pad_latency: pads };
  } finally {
    await browser.close();
    await server.close();
  }
}
