/** The own-images protocol end to end in Node: the real host and OwnTrainer behind an in-memory port, driven by the real client. */
import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { serveOwnImages } from '../../../src/worker/ownImagesHost.ts';
import { OwnImagesClient, OwnWorkerError, type OwnWorkerPort } from '../../../src/worker/ownImagesClient.ts';
import type { FromOwnWorker, ToOwnWorker } from '../../../src/worker/ownImagesProtocol.ts';
import type { Port } from '../../../src/worker/protocol.ts';
import type { OwnMetrics, OwnSnapshot } from '../../../src/model/ownTrainer.ts';

/** Two ends of a message pipe (structured clone, delivered on a later task, like postMessage). */
function pipe(): { page: OwnWorkerPort; worker: Port<ToOwnWorker, FromOwnWorker> } {
  type End<In, Out> = Port<In, Out>;
  const make = <In, Out>(other: () => { onmessage: ((ev: MessageEvent<Out>) => void) | null }): End<In, Out> => ({
    onmessage: null as ((ev: MessageEvent<In>) => void) | null,
    postMessage(message: Out, transfer: Transferable[]) {
      const data = structuredClone(message, { transfer });
      setTimeout(() => other().onmessage?.(new MessageEvent('message', { data })), 0);
    },
  });
  const page: OwnWorkerPort = { ...make<FromOwnWorker, ToOwnWorker>(() => worker), terminate() {} };
  const worker: End<ToOwnWorker, FromOwnWorker> = make<ToOwnWorker, FromOwnWorker>(() => page);
  return { page, worker };
}

function started() {
  const { page, worker } = pipe();
  const host = serveOwnImages(worker, {
    startBackend: async () => {
      await tf.setBackend('cpu');
      await tf.ready();
      return { name: 'cpu', renderer: null, software: false, reason: 'unit test' };
    },
  });
  return { client: new OwnImagesClient(page), host };
}

/** 40 random-ish 4×4 colour images (48 values each). */
const images = Float32Array.from({ length: 40 * 48 }, (_, i) => Math.abs((Math.sin(i * 12.9898) * 43758.5453) % 1));

describe('own-images protocol', () => {
  it('loadImages builds the trainer and pushes a first snapshot; step replies with metrics; tensors stay flat; dispose frees all', async () => {
    const before = tf.memory().numTensors;
    const { client, host } = started();
    const snaps: OwnSnapshot[] = [];
    const metrics: OwnMetrics[] = [];
    client.on('snapshot', (s) => snaps.push(s));
    client.on('metrics', (m) => metrics.push(m));
    const summary = await client.request('loadImages', { images, count: 40, size: 4, options: { hidden: 8, batchSize: 8 } });
    expect(summary.count).toBe(40);
    expect(summary.preview).toHaveLength(8 * 48);
    expect(snaps).toHaveLength(1);
    expect(snaps[0].samples).toHaveLength(8 * 48);
    const m = await client.request('step', { n: 3 });
    expect(m?.step).toBe(3);
    expect(metrics.at(-1)?.step).toBe(3);
    const held = await client.request('tensors', {});
    await client.request('step', { n: 5 });
    await client.request('reset', { latentDim: 3 });
    expect(await client.request('tensors', {})).toBe(held);
    await host.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('play trains continuously until pause, with state events', async () => {
    const { client, host } = started();
    const states: boolean[] = [];
    client.on('state', (s) => states.push(s.running));
    await client.request('loadImages', { images, count: 40, size: 4, options: { hidden: 8, batchSize: 8 } });
    const got = new Promise<OwnMetrics>((resolve) => client.on('metrics', resolve));
    client.command('play', {});
    expect((await got).step).toBeGreaterThan(0);
    await client.request('pause', {});
    expect(states).toEqual([true, false]);
    await host.dispose();
  });

  it('a request before any image is loaded fails with a message, not a hang', async () => {
    const { client, host } = started();
    await expect(client.request('step', { n: 1 })).rejects.toBeInstanceOf(OwnWorkerError);
    await expect(client.request('loadFiles', { files: [], options: {} })).rejects.toThrow(/cannot decode/);
    await host.dispose();
  });
});
