/**
 * bench.html: measures our training loop per backend, the model.fit baseline and the live demo, then
 * publishes the result as window.__bench (read by scripts/bench.ts). Query: ?steps=2000&live=60&only=wasm&threads=2
 * (threads: XNNPACK threads of the page's WASM backend, the deck's own choice when absent; the live demo's worker keeps the deck's).
 */
import * as tf from '@tensorflow/tfjs';
import { loadMnistBrowser } from '../data/mnist.browser.ts';
import { wasmKernels } from '../model/kernels/wasmKernels.ts';
import { overrideWasmThreads, probeWebglRenderer, useBackend, wasmThreads, wasmThreadsWanted, type BackendInfo } from '../model/backend.browser.ts';
import { probeWebgpuAdapter, registerWebgpu } from '../model/webgpu.browser.ts';
import { measureFit } from './fitBaseline.ts';
import { benchLiveDemo, type LiveDemoResult } from './liveDemo.ts';
import { benchTrainer, type BackendBench } from './trainerBench.ts';

declare global {
  interface Window {
    __bench?: { done: boolean; error?: string; result?: unknown };
  }
}

const out = document.getElementById('log') as HTMLPreElement;
function log(s: string): void {
  console.log(s);
  out.textContent += s + '\n';
}

async function run(): Promise<unknown> {
  const q = new URLSearchParams(location.search);
  const steps = Number(q.get('steps') ?? 2000);
  const live = Number(q.get('live') ?? 60);
  const only = q.get('only');
  const threads = q.get('threads');
  if (threads) overrideWasmThreads(Number(threads));
  const data = await loadMnistBrowser('data/mnist-10k.bin');
  const renderer = probeWebglRenderer();
  log(`WebGL renderer: ${renderer ?? 'none'}`);
  const adapter = await probeWebgpuAdapter();
  log(`WebGPU adapter: ${adapter ? `${adapter.name}${adapter.fallback ? ' (software fallback)' : ''}` : 'none'}`);
  const plan: Array<[BackendInfo['name'], number, number]> = [
    ['wasm', steps, 20],
    ['webgpu', 60, 20],
    ['webgl', 60, 20],
    ['cpu', 10, 2],
  ];
  const backends: BackendBench[] = [];
  for (const [name, n, warm] of plan) {
    if (only && only !== name) continue;
    if ((name === 'webgpu' && !(adapter && (await registerWebgpu()))) || !(await useBackend(name))) {
      log(`${name}: not available`);
      continue;
    }
    log(`${name}: ${n} steps…`);
    if (name === 'wasm') {
      const mt = await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT');
      log(`wasm: ${wasmThreads()} thread(s), crossOriginIsolated=${String(self.crossOriginIsolated)}, WASM_HAS_MULTITHREAD_SUPPORT=${String(mt)}, wanted ${wasmThreadsWanted()}, own SIMD kernels (Adam, transpose) ${wasmKernels() ? 'on' : 'off'}, binary ${performance.getEntriesByType('resource').map((r) => r.name.split('/').pop()).filter((n) => n?.endsWith('.wasm')).join(', ')}`);
    }
    const r = await benchTrainer(name, data, n, warm, log);
    log(`${name}: ${r.train_samples_per_s.toFixed(0)} samples/s (median window; mean ${r.train_samples_per_s_mean.toFixed(0)}), first step ${r.first_step_ms.toFixed(0)} ms, tensors ${r.tensors_after_step_10} → ${r.tensors_after_last_step}`);
    backends.push(r);
  }
  await useBackend('wasm');
  log('baseline: tf.layers model.fit on wasm…');
  const fit = await measureFit(data.train.images, 128 * 40);
  log(`baseline model.fit: ${fit.median.toFixed(0)} samples/s (median batch), ${fit.mean.toFixed(0)} (epoch mean)`);
  const wasm = backends.find((b) => b.backend === 'wasm');
  let liveDemo: LiveDemoResult | null = null;
  if (live > 0) liveDemo = await benchLiveDemo(live, log);
  return {
    model: '784-512-(2+2) / 2-512-784, batch 128, Adam',
    backends,
    baseline_fit_samples_per_s: fit.median,
    baseline_fit_samples_per_s_mean: fit.mean,
    speedup_vs_fit: wasm ? wasm.train_samples_per_s / fit.median : null,
    speedup_vs_fit_mean: wasm ? wasm.train_samples_per_s_mean / fit.mean : null,
    tensors_after_step_10: wasm?.tensors_after_step_10 ?? null,
    tensors_after_step_2000: wasm && wasm.steps === 2000 ? wasm.tensors_after_last_step : null,
    live_demo: liveDemo,
    webgl_renderer: renderer,
    webgpu_adapter: adapter,
    wasm_threads: wasmThreads(),
    cross_origin_isolated: self.crossOriginIsolated === true,
    user_agent: navigator.userAgent,
    tfjs_version: tf.version.tfjs,
  };
}

window.__bench = { done: false };
run()
  .then((result) => {
    window.__bench = { done: true, result };
    log('done');
  })
  .catch((err: unknown) => {
    window.__bench = { done: true, error: err instanceof Error ? `${err.message}\n${err.stack}` : String(err) };
    log(`error: ${String(err)}`);
  });
