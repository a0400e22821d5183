/**
 * Latency of the draw-digit slide as a class sees it (issue 14): a pointer move on the pad → the drawing
 * preprocessed, encoded (pretrained model in the page, or the live model in the training worker), the plane and the
 * reconstruction redrawn, timed until `[data-mu]` is rewritten (as the decode-latency measure times `.z1`).
 */
import type { Page } from 'playwright-core';
import { percentile } from './stats.ts';
import { padMoveTimes } from './padLatency.ts';

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
  const times = await padMoveTimes(page, 'draw-digit', samples);
  await page.click('#draw-digit [data-pad-clear]');
  return { model, caption: caption.slice(0, 80), training, samples: times.length, p50_ms: percentile(times, 0.5), p95_ms: percentile(times, 0.95) };
}
