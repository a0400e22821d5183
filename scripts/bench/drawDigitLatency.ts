/**
 * Latency of the draw-digit slide as a class sees it (issue 14): a pointer move on the pad → the drawing
 * preprocessed, encoded (pretrained model in the page, or the live model in the training worker), the plane and the
 * reconstruction redrawn, timed until `[data-mu]` is rewritten (as the decode-latency measure times `.z1`).
 */
import type { Page } from 'playwright-core';
import { percentile } from './stats.ts';

/** One model's pointer-move → redrawn figures on draw-digit (ms). */
export interface DrawDigitLatency {
  model: 'pretrained' | 'live';
  /** The slide's own caption (which model, which step). */
  caption: string;
  /** Whether the live demo was training while measured. */
  training: boolean;
  samples: number;
  p50_ms: number;
  p95_ms: number;
}

/** Select `model` on draw-digit and trace `samples` pointer moves (one stroke, after 10 warm-up moves) on the pad, each timed to the μ update. */
export async function drawDigitLatency(page: Page, model: 'pretrained' | 'live', samples: number): Promise<DrawDigitLatency> {
  await page.evaluate(() => (window as any).__deck.goTo('draw-digit'));
  await page.waitForSelector(`#draw-digit input[value="${model}"]:not([disabled])`, { timeout: 120_000 });
  await page.check(`#draw-digit input[value="${model}"]`);
  await page.waitForSelector(`#draw-digit .dd-cols[data-source="${model}"] [data-mu]`, { timeout: 120_000 });
  await page.click('#draw-digit [data-pad-clear]');
  const caption = ((await page.textContent('#draw-digit .dd-source')) ?? '').trim();
  const training = (await page.getAttribute('#training .tr-dashboard', 'data-state').catch(() => null)) === 'running';
  const times = (await page.evaluate(`(async () => {
    const warm = 10; // first moves after mounting include JIT and kernel set-up: traced, not recorded
    const n = ${Number(samples)} + warm;
    const canvas = document.querySelector('#draw-digit canvas[data-draw-pad]');
    const mu = document.querySelector('#draw-digit [data-mu]');
    const rect = canvas.getBoundingClientRect();
    const at = (k) => {
      const a = (2 * Math.PI * k) / (n + 1);
      return [rect.left + rect.width * (0.5 + 0.3 * Math.sin(a)), rect.top + rect.height * (0.5 - 0.4 * Math.cos(a))];
    };
    const send = (type, [x, y]) => canvas.dispatchEvent(new PointerEvent(type, {
      clientX: x, clientY: y, pointerId: 7, pointerType: 'mouse', button: 0, buttons: type === 'pointerup' ? 0 : 1, bubbles: true, cancelable: true,
    }));
    const written = () => new Promise((resolve, reject) => {
      const timer = setTimeout(() => { obs.disconnect(); reject(new Error('draw-digit: data-mu not rewritten within 10 s')); }, 10000);
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
  await page.click('#draw-digit [data-pad-clear]');
  return { model, caption: caption.slice(0, 80), training, samples: times.length, p50_ms: percentile(times, 0.5), p95_ms: percentile(times, 0.95) };
}
