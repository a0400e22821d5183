import { describe, expect, it } from 'vitest';
import { compareResults, headlineMetrics } from '../../../scripts/bench/compare.ts';
import { bundleSizes, chunkName, shippedGzipBytes } from '../../../scripts/bench/bundleSizes.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile } from '../../../scripts/bench/stats.ts';
import { formatValue, markdownReport, type MachineInfo } from '../../../scripts/bench/report.ts';

const run = (wasm: number, p95: number, mainGzip: number) => ({
  backends: [{ backend: 'wasm', train_samples_per_s: wasm, first_step_ms: 30 }],
  baseline_fit_samples_per_s: 400,
  speedup_vs_fit: wasm / 400,
  live_demo: { seconds: 60, seconds_to_180: 25, neg_elbo_at_end: 170 },
  deck: { frames_while_training: { p95_ms: p95 }, decode_latency: [{ slide: 'latent-space', p50_ms: 5, p95_ms: 9 }], startup: { deck_ready_ms: 900, first_live_slide: 'x', first_live_mounted_ms: 2000 } },
  bundle: [{ chunk: 'main.js', gzip_bytes: mainGzip }],
  bundle_gzip_total_bytes: mainGzip,
});

describe('compareResults', () => {
  it('flags a throughput drop and a latency rise over 10 %, in the bad direction only', () => {
    const rows = compareResults(run(1500, 20, 200_000), run(2000, 16, 200_000));
    const flagged = rows.filter((r) => r.regression).map((r) => r.key);
    expect(flagged).toEqual(expect.arrayContaining(['train.wasm', 'train.speedup', 'deck.frames.p95']));
    expect(flagged).not.toContain('bundle.main.js');
    const better = compareResults(run(2500, 10, 100_000), run(2000, 16, 200_000));
    expect(better.filter((r) => r.regression)).toEqual([]);
  });

  it('ignores changes under the noise floor and works without a previous run', () => {
    const tiny = compareResults(run(2000, 16, 200_500), run(2000, 16, 200_000));
    expect(tiny.find((r) => r.key === 'bundle.main.js')!.regression).toBe(false);
    const first = compareResults(run(2000, 16, 200_000), null);
    expect(first.every((r) => r.previous === null && r.change === null && !r.regression)).toBe(true);
  });

  it('compares the slider redraw times per slide, a slower redraw past the noise floor being a regression', () => {
    const withSliders = (p95: number) => ({ ...run(2000, 16, 200_000), deck: { ...run(2000, 16, 200_000).deck, slider_redraw: [{ slide: 'kl-divergence', sliders: 4, samples: 60, p50_ms: 6, p95_ms: p95 }] } });
    const rows = compareResults(withSliders(14), withSliders(9));
    const row = rows.find((r) => r.key === 'deck.slider.kl-divergence.p95')!;
    expect(row.label).toBe('Slider → redraw (kl-divergence), p95');
    expect(row.regression).toBe(true);
    expect(rows.find((r) => r.key === 'deck.slider.kl-divergence.p50')!.regression).toBe(false);
  });

  it('compares the draw-digit latency per model (pretrained in the page, live in the worker)', () => {
    const withDraw = (live95: number) => ({
      ...run(2000, 16, 200_000),
      deck: { ...run(2000, 16, 200_000).deck, draw_latency: [{ model: 'pretrained', p50_ms: 6, p95_ms: 12 }, { model: 'live', p50_ms: 10, p95_ms: live95 }] },
    });
    const rows = compareResults(withDraw(60), withDraw(40));
    const live = rows.find((r) => r.key === 'deck.draw.live.p95')!;
    expect(live.label).toBe('Draw-digit pointer move → redrawn (live), p95');
    expect(live.regression).toBe(true);
    expect(rows.find((r) => r.key === 'deck.draw.pretrained.p95')!.regression).toBe(false);
  });

  it('labels the wasm figure with the threads it ran on, under one key so that runs on 1 and 2 threads compare', () => {
    const label = (threads?: number) => headlineMetrics({ ...run(2000, 16, 200_000), ...(threads ? { wasm_threads: threads } : {}) }).find((m) => m.key === 'train.wasm')!.label;
    expect(label(2)).toBe('Training, wasm, 2 threads (our loop)');
    expect(label(1)).toBe('Training, wasm, 1 thread (our loop)');
    expect(label()).toBe('Training, wasm (our loop)');
  });

  it('headlineMetrics skips missing or non-finite figures', () => {
    const keys = headlineMetrics({ backends: [{ backend: 'cpu', train_samples_per_s: Number.NaN }], live_demo: { seconds_to_180: null } }).map((m) => m.key);
    expect(keys).toEqual([]);
  });
});

describe('bench helpers', () => {
  it('formatValue writes ratios with two decimals at any size, bytes in KiB, other units by magnitude', () => {
    expect(formatValue(7.615, '×')).toBe('×7.62');
    expect(formatValue(10.4, '×')).toBe('×10.40');
    expect(formatValue(123.4, '×')).toBe('×123.40');
    expect(formatValue(16.84, 'ms')).toBe('16.8 ms');
    expect(formatValue(4470.2, 'samples/s')).toBe('4,470 samples/s');
    expect(formatValue(2048, 'B')).toBe('2 KiB');
  });

  it('chunkName strips the content hash', () => {
    expect(chunkName('training.worker-id9C6IDK.js')).toBe('training.worker.js');
    expect(chunkName('tfjs-backend-wasm-simd-BrM3BlWr.wasm')).toBe('tfjs-backend-wasm-simd.wasm');
    expect(chunkName('main-D5AddG1P.css')).toBe('main.css');
  });

  it('bundleSizes sums the copies of a chunk that several builds ship under one name', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bundle-'));
    try {
      mkdirSync(join(dist, 'assets'));
      // two worker builds each get their copy of the WebGPU backend; fonts go in one line
      writeFileSync(join(dist, 'assets', 'tfjs-backend-webgpu-AAAAAAAA.js'), 'a'.repeat(3000));
      writeFileSync(join(dist, 'assets', 'tfjs-backend-webgpu-BBBBBBBB.js'), 'b'.repeat(1000));
      writeFileSync(join(dist, 'assets', 'main-CCCCCCCC.js'), 'm'.repeat(100));
      writeFileSync(join(dist, 'assets', 'KaTeX_Main-Regular-DDDDDDDD.woff2'), 'f'.repeat(50));
      const sizes = bundleSizes(dist);
      expect(sizes.map((c) => [c.chunk, c.bytes])).toEqual([
        ['tfjs-backend-webgpu.js (2 copies)', 4000],
        ['main.js', 100],
        ['fonts (KaTeX woff2/woff/ttf)', 50],
      ]);
      // the shipped total counts both copies, not the fonts
      expect(shippedGzipBytes(sizes)).toBe(sizes[0].gzip_bytes + sizes[1].gzip_bytes);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('percentile is nearest-rank', () => {
    expect(percentile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 0.95)).toBe(95);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('the README table shows value, previous value and a marked regression', () => {
    const machine: MachineInfo = { date: '2026-01-01', os: 'Debian', cpus: 2, cpu_model: 'x', memory_gib: 8, gpu: 'none', node: 'v20', chromium: '156', load_average_1m: 0.5 };
    const md = markdownReport(compareResults(run(1500, 16, 200_000), run(2000, 16, 200_000)), machine, 'npm run bench');
    expect(md).toMatch(/\| Training, wasm \(our loop\) \| 1,500 samples\/s \| 2,000 samples\/s \| \*\*-25\.0 % ⚠ regression\*\* \|/);
    expect(md).toContain('| main.js | 195.3 KiB |');
    expect(formatValue(1.234, '×')).toBe('×1.23');
  });
});
