/**
 * Pointer move on a slide's drawing pad → the drawing preprocessed, encoded, decoded and the slide's views redrawn,
 * timed until `[data-mu]` is rewritten (DOM updated; paint excluded), one move per frame as a hand draws. Used for
 * draw-digit (drawDigitLatency.ts) and the compact pads of latent-space, ae-vs-vae-live and vae-uses-live;
 * `npm run bench -- --pad` runs these alone (runPadBench).
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, newDeckContext } from '../lib/chromium.ts';
import { serveDir } from '../lib/serve.ts';
import { percentile } from './stats.ts';
import { drawDigitLatency, type DrawDigitLatency } from './drawDigitLatency.ts';

/** One slide's pointer-move → redrawn figures (ms). */
export interface PadLatency {
  slide: string;
  samples: number;
  p50_ms: number;
  p95_ms: number;
}

/** The slides with a compact pad (pretrained model in the page). */
export const PAD_SLIDES = ['latent-space', 'ae-vs-vae-live', 'vae-uses-live'];

/** Trace `samples` pointer moves (one stroke, after 10 warm-up moves) on slide `slideId`'s pad; each move's time to the μ update. */
export async function padMoveTimes(page: Page, slideId: string, samples: number): Promise<number[]> {
  return (await page.evaluate(`(async () => {
    const warm = 10; // first moves after mounting include JIT and kernel set-up: traced, not recorded
    const n = ${Number(samples)} + warm;
    const canvas = document.querySelector('#${slideId} canvas[data-draw-pad]');
    const mu = document.querySelector('#${slideId} [data-mu]');
    const rect = canvas.getBoundingClientRect();
    const at = (k) => {
      const a = (2 * Math.PI * k) / (n + 1);
      return [rect.left + rect.width * (0.5 + 0.3 * Math.sin(a)), rect.top + rect.height * (0.5 - 0.4 * Math.cos(a))];
    };
    const send = (type, [x, y]) => canvas.dispatchEvent(new PointerEvent(type, {
      clientX: x, clientY: y, pointerId: 7, pointerType: 'mouse', button: 0, buttons: type === 'pointerup' ? 0 : 1, bubbles: true, cancelable: true,
    }));
    const written = () => new Promise((resolve, reject) => {
      const timer = setTimeout(() => { obs.disconnect(); reject(new Error('${slideId}: data-mu not rewritten within 10 s')); }, 10000);
      const obs = new MutationObserver(() => { obs.disconnect(); clearTimeout(timer); resolve(performance.now()); });
      obs.observe(mu, { attributes: true, attributeFilter: ['data-mu'] });
    });
    const pause = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 40)));
    let done = written();
    send('pointerdown', at(0));
    await done;
    await pause();
    const out = [];
    for (let k = 1; k <= n; k++) {
      done = written();
      const t0 = performance.now();
      send('pointermove', at(k));
      const t = (await done) - t0;
      if (k > warm) out.push(t);
      await pause();
    }
    send('pointerup', at(n));
    return out;
  })()`)) as number[];
}

/** Go to `slideId`, clear its pad and time `samples` moves. */
export async function padSlideLatency(page: Page, slideId: string, samples: number): Promise<PadLatency> {
  await page.evaluate((id) => (window as any).__deck.goTo(id), slideId);
  await page.waitForSelector(`#${slideId} canvas[data-draw-pad]`, { timeout: 120_000 });
  await page.waitForFunction((id) => document.getElementById(id)?.dataset.mounted === 'true', slideId, { timeout: 120_000 });
  await page.click(`#${slideId} [data-pad-clear]`);
  const times = await padMoveTimes(page, slideId, samples);
  await page.click(`#${slideId} [data-pad-clear]`);
  return { slide: slideId, samples: times.length, p50_ms: percentile(times, 0.5), p95_ms: percentile(times, 0.95) };
}

/** `npm run bench -- --pad`: the pads' latency alone on the built deck (pretrained model), with the load average. */
export async function runPadBench(root: string, samples: number, say: (s: string) => void): Promise<{
  draw_digit: DrawDigitLatency;
  pads: PadLatency[];
  load_average_1m: [number, number];
}> {
  const load0 = loadavg()[0];
  const server = await serveDir(resolve(root, 'dist'));
  const browser = await launchChromium();
  try {
    const page = await (await newDeckContext(browser)).newPage();
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', null, { timeout: 120_000 });
    const drawDigit = await drawDigitLatency(page, 'pretrained', samples);
    say(`draw-digit (pretrained): p50 ${drawDigit.p50_ms.toFixed(1)} ms, p95 ${drawDigit.p95_ms.toFixed(1)} ms (${drawDigit.samples} moves)`);
    const pads: PadLatency[] = [];
    for (const id of PAD_SLIDES) {
      const r = await padSlideLatency(page, id, samples);
      say(`${id} (pretrained): p50 ${r.p50_ms.toFixed(1)} ms, p95 ${r.p95_ms.toFixed(1)} ms (${r.samples} moves)`);
      pads.push(r);
    }
    return { draw_digit: drawDigit, pads, load_average_1m: [Number(load0.toFixed(2)), Number(loadavg()[0].toFixed(2))] };
  } finally {
    await browser.close();
    await server.close();
  }
}
