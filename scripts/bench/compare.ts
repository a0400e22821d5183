/**
 * The benchmark's headline figures as a flat list, and the comparison of a run against the previous committed
 * results file (bench/results.json): a change of more than 10 % in the bad direction is a regression.
 */

/** One headline figure. */
export interface Metric {
  key: string;
  label: string;
  value: number;
  unit: string;
  better: 'higher' | 'lower';
  /** Changes smaller than this (in `unit`) are noise, never a regression. */
  minDelta: number;
}

/** A figure compared with the previous run. */
export interface Comparison extends Metric {
  previous: number | null;
  /** (value − previous) / previous, or null without a previous value. */
  change: number | null;
  regression: boolean;
}

/** The relative change beyond which a worse figure is a regression. */
export const REGRESSION_THRESHOLD = 0.1;

type Json = Record<string, any>;
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The headline figures of a full results object (engine fields + deck + bundle); missing ones are skipped. */
export function headlineMetrics(r: Json): Metric[] {
  const out: Metric[] = [];
  const add = (key: string, label: string, value: unknown, unit: string, better: Metric['better'], minDelta: number) => {
    const v = num(value);
    if (v !== null) out.push({ key, label, value: v, unit, better, minDelta });
  };
  // the key stays `train.wasm` whatever the threads, so runs compare; the label says how many the run had
  for (const b of (r.backends ?? []) as Json[]) {
    const threads = b.backend === 'wasm' && num(r.wasm_threads) !== null ? `, ${String(r.wasm_threads)} thread${r.wasm_threads === 1 ? '' : 's'}` : '';
    add(`train.${b.backend}`, `Training, ${b.backend}${threads} (our loop)`, b.train_samples_per_s, 'samples/s', 'higher', 5);
  }
  add('train.pytorch', 'PyTorch CPU, 1 thread (reference, same model)', r.pytorch?.one_thread?.samples_per_s, 'samples/s', 'higher', 5);
  add('train.ratio_pytorch', 'Browser (fastest backend) / PyTorch 1 thread', r.ratio_vs_pytorch, '×', 'higher', 0.03);
  add('train.fit', 'Training, tf.layers model.fit (wasm)', r.baseline_fit_samples_per_s, 'samples/s', 'higher', 5);
  add('train.speedup', 'Speed-up vs model.fit (wasm)', r.speedup_vs_fit, '×', 'higher', 0.05);
  add('live.seconds_to_180', 'Play → held-out −ELBO < 180 (live demo)', r.live_demo?.seconds_to_180, 's', 'lower', 1);
  add('live.neg_elbo_at_end', `Held-out −ELBO after ${r.live_demo?.seconds ?? '?'} s of play`, r.live_demo?.neg_elbo_at_end, 'nats', 'lower', 1);
  add('deck.frames.p95', 'Frame interval while training, p95', r.deck?.frames_while_training?.p95_ms, 'ms', 'lower', 2);
  for (const d of (r.deck?.decode_latency ?? []) as Json[]) {
    add(`deck.decode.${d.slide}.p50`, `Decode under the cursor (${d.slide}), p50`, d.p50_ms, 'ms', 'lower', 2);
    add(`deck.decode.${d.slide}.p95`, `Decode under the cursor (${d.slide}), p95`, d.p95_ms, 'ms', 'lower', 2);
  }
  for (const d of (r.deck?.draw_latency ?? []) as Json[]) {
    add(`deck.draw.${d.model}.p50`, `Draw-digit pointer move → redrawn (${d.model}), p50`, d.p50_ms, 'ms', 'lower', 2);
    add(`deck.draw.${d.model}.p95`, `Draw-digit pointer move → redrawn (${d.model}), p95`, d.p95_ms, 'ms', 'lower', 2);
  }
  for (const d of (r.deck?.pad_latency ?? []) as Json[]) {
    add(`deck.pad.${d.slide}.p50`, `Pad on ${d.slide}: pointer move → redrawn (pretrained), p50`, d.p50_ms, 'ms', 'lower', 2);
    add(`deck.pad.${d.slide}.p95`, `Pad on ${d.slide}: pointer move → redrawn (pretrained), p95`, d.p95_ms, 'ms', 'lower', 2);
  }
  for (const d of (r.deck?.slider_redraw ?? []) as Json[]) {
    add(`deck.slider.${d.slide}.p50`, `Slider → redraw (${d.slide}), p50`, d.p50_ms, 'ms', 'lower', 2);
    add(`deck.slider.${d.slide}.p95`, `Slider → redraw (${d.slide}), p95`, d.p95_ms, 'ms', 'lower', 2);
  }
  add('deck.startup.ready', 'Navigation → deck ready (first slide painted)', r.deck?.startup?.deck_ready_ms, 'ms', 'lower', 20);
  add('deck.startup.live', `Navigation → first live slide mounted (${r.deck?.startup?.first_live_slide ?? '?'})`, r.deck?.startup?.first_live_mounted_ms, 'ms', 'lower', 20);
  for (const preset of ['mobile', 'desktop'] as const) {
    const lh = r.lighthouse?.[preset];
    add(`lighthouse.${preset}.performance`, `Lighthouse ${preset}: performance`, lh?.performance, '/100', 'higher', 2);
    add(`lighthouse.${preset}.accessibility`, `Lighthouse ${preset}: accessibility`, lh?.accessibility, '/100', 'higher', 1);
    add(`lighthouse.${preset}.best_practices`, `Lighthouse ${preset}: best practices`, lh?.best_practices, '/100', 'higher', 1);
    add(`lighthouse.${preset}.fcp`, `Lighthouse ${preset}: first contentful paint`, lh?.first_contentful_paint_ms, 'ms', 'lower', 100);
  }
  add('bundle.total', 'Shipped JS + CSS + WASM, gzip', r.bundle_gzip_total_bytes, 'B', 'lower', 1024);
  for (const c of (r.bundle ?? []) as Json[]) add(`bundle.${c.chunk}`, `gzip ${c.chunk}`, c.gzip_bytes, 'B', 'lower', 1024);
  return out;
}

/** Compare the figures of `current` with those of `previous` (null: first run). */
export function compareResults(current: Json, previous: Json | null): Comparison[] {
  const before = new Map((previous ? headlineMetrics(previous) : []).map((m) => [m.key, m.value]));
  return headlineMetrics(current).map((m) => {
    const prev = before.get(m.key) ?? null;
    const change = prev === null || prev === 0 ? null : (m.value - prev) / prev;
    const worse = prev !== null && (m.better === 'higher' ? m.value < prev : m.value > prev);
    const regression = worse && change !== null && Math.abs(change) > REGRESSION_THRESHOLD && Math.abs(m.value - prev!) >= m.minDelta;
    return { ...m, previous: prev, change, regression };
  });
}
