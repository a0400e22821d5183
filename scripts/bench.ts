/**
 * Training benchmark in headless Chromium: builds the site (npx vite build), serves dist/ and runs
 * dist/bench.html (src/bench/main.ts): our trainer per backend (wasm 2,000 steps, webgl, cpu), a tf.layers
 * model.fit baseline on wasm, tensor counts, and the live demo (TrainingClient in a worker) for 60 s.
 * Then the PyTorch reference (scripts/bench/pytorch.ts) when a Python with torch is found.
 * `--pad`: only the drawing pads' pointer-move → redrawn latency (draw-digit and the compact pads; scripts/bench/padLatency.ts).
 * `--own`: only the own-images slide: images/s preprocessed, samples/s trained, memory peak (scripts/bench/ownImages.ts;
 * `--own-images 10000` sets the folder's size).
 * `--lighthouse`: only Lighthouse's mobile and desktop runs (reports kept in artifacts/lighthouse/).
 * `--step`: only where one training step goes, in Node, with our WebAssembly kernels and without (scripts/bench/stepBreakdown.ts).
 * Usage: npm run bench [-- --lighthouse --step --pad --own --own-images 10000 --json --steps 2000 --live 60 --only wasm --no-build --no-deck --no-torch --torch-steps 600 --no-isolation --threads 2 --webgpu --strict --save]
 * `--threads N`: the trainer's WASM backend with N XNNPACK threads (needs the isolation), whatever the deck's own choice.
 * `--webgpu`: start Chromium with --enable-unsafe-webgpu (Linux Chromium hides WebGPU without it; here it then offers
 * SwiftShader's software adapter): the trainer is also timed on tfjs-backend-webgpu when the browser has an adapter.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { serveDir } from './lib/serve.ts';
import { parseArgs } from 'node:util';
import { numberOption } from './lib/numberOption.ts';
import { finishBench } from './bench/deckReport.ts';
import { runTorchReference } from './bench/pytorch.ts';
import { runPadBench } from './bench/padLatency.ts';
import { runOwnBench } from './bench/ownImages.ts';
import { measureLighthouse } from './bench/lighthouse.ts';
import { runStepBreakdown, type StepTimes } from './bench/stepBreakdown.ts';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean' },
    pad: { type: 'boolean' },
    own: { type: 'boolean' },
    'own-images': { type: 'string' },
    lighthouse: { type: 'boolean' },
    step: { type: 'boolean' },
    strict: { type: 'boolean' },
    save: { type: 'boolean' },
    'no-deck': { type: 'boolean' },
    'no-build': { type: 'boolean' },
    'no-isolation': { type: 'boolean' },
    'no-torch': { type: 'boolean' },
    steps: { type: 'string' },
    live: { type: 'string' },
    only: { type: 'string' },
    samples: { type: 'string' },
    'torch-steps': { type: 'string' },
    threads: { type: 'string' },
    webgpu: { type: 'boolean' },
  },
});
const json = Boolean(args.json);
const steps = numberOption(args, 'steps', 2000);
const live = numberOption(args, 'live', 60);
const only = args.only ?? '';
const root = resolve(import.meta.dirname, '..');
const say = (s: string) => process.stderr.write(s + '\n');

if (!args['no-build'] && !args.step) {
  say('building with npx vite build…');
  const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  if (b.status !== 0) throw new Error(`vite build failed (exit ${b.status})`);
}

if (args.pad) {
  const pad = await runPadBench(root, numberOption(args, 'samples', 60), say);
  console.log(json ? JSON.stringify(pad) : `load average (1 min) before/after: ${pad.load_average_1m.join(' / ')}`);
  process.exit(0);
}

if (args.own) {
  const own = await runOwnBench(root, numberOption(args, 'own-images', 10_000), say);
  console.log(json ? JSON.stringify(own) : [
    `own images: ${own.images} images (178×218 JPEG/PNG → 32×32 RGB) preprocessed at ${own.preprocess_images_per_s} images/s`,
    `own images: trained at ${own.train_samples_per_s} samples/s (3,072-256-(2+2) MLP VAE, batch 64)`,
    `own images: Chromium memory peak ${own.memory_peak_mb} MB (before picking the folder: ${own.memory_before_mb} MB)`,
    `CelebA (202,599 images) at 32×32: one epoch ≈ ${own.celeba_epoch_minutes_extrapolated} min (extrapolated from the samples/s above)`,
    `load average (1 min) before/after: ${own.load_average_1m.join(' / ')}`,
  ].join('\n'));
  process.exit(0);
}

if (args.step) {
  const b = await runStepBreakdown();
  if (json) console.log(JSON.stringify(b));
  else {
    const row = (label: string, key: keyof StepTimes) => console.log(`${label.padEnd(34)} ${b.without_kernels[key].toFixed(2).padStart(7)} ms → ${b.with_kernels[key].toFixed(2).padStart(7)} ms`);
    console.log(`one training step in Node, tfjs-backend-wasm 1 thread, batch ${b.batch} (median; tfjs only → with our kernels)`);
    row('whole step', 'step_ms');
    row('loss and gradients', 'loss_and_grads_ms');
    row('Adam (all variables)', 'adam_ms');
    row('one transpose, 128×784', 'transpose_128x784_ms');
  }
  process.exit(0);
}

if (args.lighthouse) {
  const lh = await measureLighthouse(root, say);
  console.log(json ? JSON.stringify(lh) : JSON.stringify(lh, null, 2));
  process.exit(0);
}

const loadBefore = loadavg()[0];
// served like `npm run preview`: cross-origin isolated, so the WASM backend can use its threads (--no-isolation: not)
const isolation: Record<string, string> = args['no-isolation'] ? {} : { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const server = await serveDir(resolve(root, 'dist'), { headers: isolation });
const browser = await launchChromium({ webgl: true, args: args.webgpu ? ['--enable-unsafe-webgpu'] : [] });
type BenchOut = { done: boolean; error?: string; result?: Record<string, unknown> };
let result: Record<string, unknown>;
try {
  const page = await browser.newPage();
  page.on('console', (m) => say(`[page] ${m.text()}`));
  page.on('pageerror', (e) => say(`[page error] ${e.message}`));
  const query = new URLSearchParams({ steps: String(steps), live: String(live), ...(only ? { only } : {}), ...(args.threads ? { threads: String(numberOption(args, 'threads', 1)) } : {}) });
  await page.goto(new URL(`bench.html?${query}`, server.url).href);
  await page.waitForFunction(() => (window as unknown as { __bench?: BenchOut }).__bench?.done === true, undefined, { timeout: 15 * 60_000, polling: 1000 });
  const out = (await page.evaluate(() => (window as unknown as { __bench: BenchOut }).__bench)) as BenchOut;
  if (out.error || !out.result) throw new Error(`bench page failed: ${out.error}`);
  result = out.result;
} finally {
  await browser.close();
  await server.close();
}

// the PyTorch reference runs right after the browser, in the same run, so the ratio compares like with like
const torch = args['no-torch'] ? null : runTorchReference(root, numberOption(args, 'torch-steps', 600), say);

type Backend = { backend: string; train_samples_per_s: number; train_samples_per_s_mean: number; first_step_ms: number; steps: number; tensors_after_step_10: number; tensors_after_last_step: number };
const backends = result.backends as Backend[];
const liveDemo = result.live_demo as { trace?: unknown } | null;
if (liveDemo) delete liveDemo.trace;
const summary = {
  model: result.model,
  backends: backends.map((b) => ({ backend: b.backend, train_samples_per_s: Math.round(b.train_samples_per_s), train_samples_per_s_mean: Math.round(b.train_samples_per_s_mean), first_step_ms: Math.round(b.first_step_ms), steps: b.steps })),
  baseline_fit_samples_per_s: Math.round(result.baseline_fit_samples_per_s as number),
  baseline_fit_samples_per_s_mean: Math.round(result.baseline_fit_samples_per_s_mean as number),
  speedup_vs_fit: Number((result.speedup_vs_fit as number | null)?.toFixed(2) ?? NaN),
  speedup_vs_fit_mean: Number((result.speedup_vs_fit_mean as number | null)?.toFixed(2) ?? NaN),
  tensors_after_step_10: result.tensors_after_step_10,
  tensors_after_step_2000: result.tensors_after_step_2000,
  live_demo: liveDemo,
  webgl_renderer: result.webgl_renderer,
  /** The WebGPU adapter the page got ({ name, fallback: true } for a software one); null: none (see --webgpu). */
  webgpu_adapter: result.webgpu_adapter,
  /** XNNPACK threads the trainer's WASM backend ran with (1: the single-thread SIMD build). */
  wasm_threads: result.wasm_threads,
  /** PyTorch CPU on the same model, ONE thread (the 2-thread figure is an aside: it collapses under load). */
  pytorch: torch,
  /** Our fastest browser backend / PyTorch one thread (median windows). */
  ratio_vs_pytorch: torch ? Number((Math.max(...backends.map((b) => b.train_samples_per_s)) / torch.one_thread.samples_per_s).toFixed(3)) : null,
  /** 1-minute load average of this machine before and after (other processes compete for the 2 cores). */
  load_average_1m: [Number(loadBefore.toFixed(2)), Number(loadavg()[0].toFixed(2))],
  note: 'samples/s = median over 10-step windows (model.fit: median batch); *_mean = total samples / total time',
};
// scripts/bench/: deck timings in the browser, bundle sizes, comparison with bench/results.json (--strict, --save)
if (!json) {
  for (const b of summary.backends) console.log(`${(b.backend === 'wasm' ? `wasm×${String(summary.wasm_threads)}` : b.backend).padEnd(6)} ${String(b.train_samples_per_s).padStart(6)} samples/s (mean ${b.train_samples_per_s_mean})   first step ${b.first_step_ms} ms   (${b.steps} steps)`);
  console.log(`model.fit baseline (wasm): ${summary.baseline_fit_samples_per_s} samples/s (mean ${summary.baseline_fit_samples_per_s_mean}) → speed-up ×${summary.speedup_vs_fit} (means: ×${summary.speedup_vs_fit_mean})`);
  console.log(`load average (1 min) before/after: ${summary.load_average_1m.join(' / ')}`);
  console.log(`tensors after step 10: ${summary.tensors_after_step_10}, after step 2000: ${summary.tensors_after_step_2000}`);
  if (liveDemo) console.log(`live demo: ${JSON.stringify(liveDemo)}`);
  if (torch) {
    const two = torch.two_threads_aside;
    console.log(`PyTorch ${torch.one_thread.torch} (${torch.one_thread.blas}), 1 thread: ${Math.round(torch.one_thread.samples_per_s)} samples/s → browser / PyTorch = ${summary.ratio_vs_pytorch}`);
    if (two) console.log(`  (aside: PyTorch with 2 threads ${Math.round(two.samples_per_s)} samples/s; it collapses when anything else runs)`);
  } else console.log('PyTorch reference: not run');
}
process.exitCode = await finishBench(summary, {
  root,
  json,
  strict: Boolean(args.strict),
  save: Boolean(args.save),
  skipDeck: Boolean(args['no-deck']),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
});
