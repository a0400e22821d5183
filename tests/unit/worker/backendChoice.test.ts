// The training worker's choice of backend by measurement (src/worker/trainerHost.ts): the real host and Trainer in Node,
// starting on tfjs's CPU backend, with the real WASM backend as the alternative (a move really carries the weights
// there). Only the alternative's speed comes from the test: the probe worker that measures it needs a browser.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { loadMnistFile } from '../../../src/data/mnist.node.ts';
import { WASM_DIR } from '../../../src/model/backend.node.ts';
import { measureTraining } from '../../../src/model/measureBackend.ts';
import { serveTrainer, type TrainerHost } from '../../../src/worker/trainerHost.ts';
import type { BackendChoice, FromWorker, Port, RequestName, ToWorker, WorkerEvents } from '../../../src/worker/protocol.ts';

const data = loadMnistFile();
setWasmPaths(WASM_DIR);
const options = { seed: 3, hidden: 64, reportEvery: 2, snapshotEvery: 4 };

let host: TrainerHost | null = null;
beforeEach(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});
afterEach(async () => {
  await host?.dispose();
  host = null;
  await tf.setBackend('cpu');
});

/**
 * The host on a MessageChannel; each alternative is said to train at its speed in samples/s (NaN: its measurement
 * failed; none: nothing to measure). Only a move to WASM can really happen in Node.
 */
function serve(alternatives: Array<[BackendChoice, number]>, forceBackend = false, measuredWhen: Promise<void> = Promise.resolve()) {
  const { port1: page, port2: worker } = new MessageChannel();
  const events: { [K in keyof WorkerEvents]: WorkerEvents[K][] } = { metrics: [], snapshot: [], status: [], backend: [], crash: [] };
  /** Every event in arrival order. */
  const log: { event: keyof WorkerEvents; data: unknown }[] = [];
  const replies = new Map<number, (v: unknown) => void>();
  let id = 0;
  page.onmessage = (ev: MessageEvent<FromWorker>) => {
    const msg = ev.data;
    if (msg.kind === 'reply') replies.get(msg.id)?.(msg.value);
    else if (msg.kind === 'failure') replies.get(msg.id)?.(new Error(msg.message.en));
    else {
      (events[msg.event] as unknown[]).push(msg.data);
      log.push({ event: msg.event, data: msg.data });
    }
  };
  const measured: string[] = [];
  host = serveTrainer(worker as unknown as Port<ToWorker, FromWorker>, {
    startBackend: async () => {
      await tf.setBackend('cpu');
      await tf.ready();
      return { name: 'cpu', renderer: null, software: false, reason: 'unit test' };
    },
    loadData: async () => data,
    measureAlternatives: async (current) => {
      measured.push(current.name);
      await measuredWhen;
      return alternatives.map(([name, speed]) => ({ name, samplesPerSec: Number.isNaN(speed) ? null : speed }));
    },
    switchBackend: async (name) => {
      if (name === 'webgpu') return false; // a backend that was measured but does not start for training (no device left)
      const ok = await tf.setBackend(name);
      await tf.ready();
      return ok && tf.getBackend() === name;
    },
  });
  const request = <T>(op: RequestName, body: object): Promise<T> =>
    new Promise((resolve, reject) => {
      const n = ++id;
      replies.set(n, (v) => (v instanceof Error ? reject(v) : resolve(v as T)));
      page.postMessage({ kind: 'request', id: n, op, body });
    });
  const play = () => page.postMessage({ kind: 'command', op: 'play', body: {} });
  const init = () => request('init', { dataUrl: 'unused', options, ...(forceBackend ? { backend: 'cpu' } : {}) });
  return { events, log, measured, request, play, init, close: () => page.close() };
}

describe('the backend, chosen by measurement once training runs', () => {
  it('moves training to a backend measured faster, with its weights and step, and says so', async () => {
    const tensors = tf.memory().numTensors;
    const w = serve([['wasm', 1e9]]);
    await w.init();
    w.play();
    await vi.waitFor(() => expect(w.events.backend.length).toBe(1), { timeout: 20_000 });
    const moved = w.events.backend[0];
    expect(moved.backend.name).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(moved.backend.reason).toMatch(/^measured while training: WASM 1,000,000,000 samples\/s; CPU [\d,]+ samples\/s before$/);
    expect(moved.resumedAt).toBeGreaterThan(0);
    // the move is said on the slide, in both languages
    await vi.waitFor(() => expect(w.events.status.some((s) => s.message?.fr.includes('fois plus vite que CPU'))).toBe(true));
    const said = w.events.status.find((s) => s.message)!;
    expect(said.state).toBe('running');
    expect(said.message!.en).toContain(`training goes on with WASM from step ${moved.resumedAt}`);
    // training goes on from the same weights and step: the first report after the move continues the count, and its
    // loss is where the last report before it was (a fresh model would start again from step 0 and ~540 nats)
    await vi.waitFor(() => expect(w.log.slice(w.log.findIndex((e) => e.event === 'backend')).filter((e) => e.event === 'metrics').length).toBeGreaterThan(1), { timeout: 20_000 });
    const at = w.log.findIndex((e) => e.event === 'backend');
    const before = w.log.slice(0, at).filter((e) => e.event === 'metrics').map((e) => e.data as WorkerEvents['metrics']);
    const after = w.log.slice(at).filter((e) => e.event === 'metrics').map((e) => e.data as WorkerEvents['metrics']);
    expect(after[0].step).toBeGreaterThan(moved.resumedAt);
    expect(after[0].step).toBeLessThanOrEqual(moved.resumedAt + options.reportEvery);
    expect(after[0].total).toBeLessThan(before.at(-1)!.total * 1.3);
    expect(w.measured).toEqual(['cpu']);
    await w.request('pause', {});
    w.close();
    await host!.dispose();
    host = null;
    expect(tf.memory().numTensors).toBe(tensors);
  });

  it('keeps the backend when the alternative is not faster, and the badge says what was measured', async () => {
    const w = serve([['wasm', 1]]);
    await w.init();
    w.play();
    await vi.waitFor(() => expect(w.events.backend.length).toBe(1), { timeout: 20_000 });
    expect(w.events.backend[0].backend.name).toBe('cpu');
    expect(w.events.backend[0].backend.reason).toMatch(/^unit test; WASM 1 samples\/s; CPU [\d,]+ samples\/s: CPU kept$/);
    expect(tf.getBackend()).toBe('cpu');
    await w.request('pause', {});
    w.close();
  });

  it('measures nothing when the page forced a backend, or when there is nothing to measure', async () => {
    const forced = serve([['wasm', 1e9]], true);
    await forced.init();
    forced.play();
    await vi.waitFor(() => expect(forced.events.metrics.length).toBeGreaterThan(2), { timeout: 20_000 });
    expect(forced.measured).toEqual([]);
    expect(forced.events.backend).toEqual([]);
    await forced.request('pause', {});
    forced.close();
    await host!.dispose();
    const none = serve([]);
    await none.init();
    none.play();
    await vi.waitFor(() => expect(none.measured).toEqual(['cpu']), { timeout: 20_000 });
    await vi.waitFor(() => expect(none.events.metrics.length).toBeGreaterThan(4), { timeout: 20_000 });
    expect(none.events.backend).toEqual([]);
    expect(tf.getBackend()).toBe('cpu');
    await none.request('pause', {});
    none.close();
  });
});

describe('several alternatives (WebGPU and WebGL on a machine with a GPU)', () => {
  it('moves to the fastest of those measured, and the badge lists every measurement', async () => {
    const w = serve([['webgl', 2], ['wasm', 1e9]]);
    await w.init();
    w.play();
    await vi.waitFor(() => expect(w.events.backend.length).toBe(1), { timeout: 20_000 });
    expect(w.events.backend[0].backend.name).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(w.events.backend[0].backend.reason).toMatch(/^measured while training: WEBGL 2 samples\/s, WASM 1,000,000,000 samples\/s; CPU [\d,]+ samples\/s before$/);
    await w.request('pause', {});
    w.close();
  });

  it('keeps the backend when the fastest is not 1.2 times faster, saying which failed and which was slower', async () => {
    const w = serve([['webgpu', Number.NaN], ['wasm', 1]]);
    await w.init();
    w.play();
    await vi.waitFor(() => expect(w.events.backend.length).toBe(1), { timeout: 20_000 });
    expect(w.events.backend[0].backend.name).toBe('cpu');
    expect(w.events.backend[0].backend.reason).toMatch(/^unit test; WEBGPU measurement failed, WASM 1 samples\/s; CPU [\d,]+ samples\/s: CPU kept$/);
    expect(tf.getBackend()).toBe('cpu');
    await w.request('pause', {});
    w.close();
  });
});

describe('a backend measured faster that then does not start', () => {
  it('keeps training where it was, and the badge says why', async () => {
    const w = serve([['webgpu', 1e9]]);
    await w.init();
    w.play();
    await vi.waitFor(() => expect(w.events.backend.length).toBe(1), { timeout: 20_000 });
    expect(w.events.backend[0].backend.name).toBe('cpu');
    expect(w.events.backend[0].backend.reason).toMatch(/^unit test; WEBGPU 1,000,000,000 samples\/s; CPU [\d,]+ samples\/s; WEBGPU did not start for training: CPU kept$/);
    expect(tf.getBackend()).toBe('cpu');
    // training goes on: more reports come after the failed move, and none is an error
    const reports = w.events.metrics.length;
    await vi.waitFor(() => expect(w.events.metrics.length).toBeGreaterThan(reports + 1), { timeout: 20_000 });
    expect(w.events.status.filter((s) => s.state === 'error')).toEqual([]);
    await w.request('pause', {});
    w.close();
  });
});

describe('requests under way when the move starts', () => {
  it('end on the old trainer before it is freed: no error, no step lost, the move follows', async () => {
    let release = (): void => {};
    const w = serve([['wasm', 1e9]], false, new Promise<void>((r) => (release = r)));
    await w.init();
    w.play();
    await vi.waitFor(() => expect(w.measured).toEqual(['cpu']), { timeout: 20_000 });
    // 20 steps on demand (they pause continuous training first), then the measurement says WASM is faster
    const stepping = w.request<null>('step', { n: 20 });
    await vi.waitFor(() => expect(w.events.status.some((s) => s.state === 'paused')).toBe(true), { timeout: 20_000 });
    const stepsBefore = w.events.metrics.at(-1)?.step ?? 0;
    release();
    await expect(stepping).resolves.toBeNull();
    await vi.waitFor(() => expect(w.events.backend.length).toBe(1), { timeout: 20_000 });
    // the move read the weights once the 20 steps were done
    expect(w.events.backend[0].resumedAt).toBeGreaterThanOrEqual(stepsBefore + 20 - options.reportEvery);
    expect(w.events.status.filter((s) => s.state === 'error')).toEqual([]);
    expect(tf.getBackend()).toBe('wasm');
    const decoded = await w.request<Float32Array>('decode', { z: new Float32Array([0, 0]), n: 1 });
    expect(decoded.length).toBe(784);
    w.close();
  });
});

describe('a measurement that fails', () => {
  it('keeps the backend and the badge says the alternative could not be measured', async () => {
    const w = serve([['wasm', Number.NaN]]);
    await w.init();
    w.play();
    await vi.waitFor(() => expect(w.events.backend.length).toBe(1), { timeout: 20_000 });
    expect(w.events.backend[0].backend.name).toBe('cpu');
    expect(w.events.backend[0].backend.reason).toMatch(/^unit test; WASM measurement failed; CPU [\d,]+ samples\/s: CPU kept$/);
    await w.request('pause', {});
    w.close();
  });
});

describe('measureTraining', () => {
  it('times the live model on the current backend and frees every tensor it made', async () => {
    await tf.setBackend('cpu');
    const before = tf.memory().numTensors;
    const speed = await measureTraining(data, { ...options, batchSize: 32 }, { warmup: 1, steps: 3 });
    expect(Number.isFinite(speed) && speed > 0).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });
});
