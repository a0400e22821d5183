/** OwnImagesSession against the real own-images host and OwnTrainer (cpu backend) behind an in-memory port. */
import { afterEach, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { serveOwnImages } from '../../../src/worker/ownImagesHost.ts';
import type { OwnWorkerPort } from '../../../src/worker/ownImagesClient.ts';
import type { FromOwnWorker, ToOwnWorker } from '../../../src/worker/ownImagesProtocol.ts';
import type { Port } from '../../../src/worker/protocol.ts';
import { SkipReport } from '../../../src/data/ownImages.ts';
import { OwnImagesSession, type OwnImagesView } from '../../../src/live/ownImagesSession.ts';

const SIZE = 4;
const PER = SIZE * SIZE * 3;

/**
 * Two ends of a message pipe, delivered on a later task. Worker → page goes through structured clone (transfers
 * honoured); page → worker passes the message as is (Node's structuredClone drops a File's name).
 */
function pipe(onTerminate: () => void): { page: OwnWorkerPort; worker: Port<ToOwnWorker, FromOwnWorker> } {
  const make = <In, Out>(other: () => { onmessage: ((ev: MessageEvent<Out>) => void) | null }, clone: boolean) => ({
    onmessage: null as ((ev: MessageEvent<In>) => void) | null,
    postMessage(message: Out, transfer: Transferable[]) {
      const data = clone ? structuredClone(message, { transfer }) : message;
      setTimeout(() => other().onmessage?.(new MessageEvent('message', { data })), 0);
    },
  });
  const page: OwnWorkerPort = { ...make<FromOwnWorker, ToOwnWorker>(() => worker, false), terminate: onTerminate };
  const worker = make<ToOwnWorker, FromOwnWorker>(() => page, true);
  return { page, worker };
}

let disposeHost: () => Promise<void> = async () => {};

/** A session whose worker is the real host; "preprocessing" turns every file named *.png into a 4×4 colour image. */
function session(): OwnImagesSession {
  return new OwnImagesSession({
    model: { hidden: 8, batchSize: 8 },
    openWorker: () => {
      let stop: Promise<void> = Promise.resolve();
      const { page, worker } = pipe(() => void (stop = host.dispose()));
      const host = serveOwnImages(worker, {
        startBackend: async () => {
          await tf.setBackend('cpu');
          await tf.ready();
          return { name: 'cpu', renderer: null, software: false, reason: 'unit test' };
        },
        preprocess: async (files, onProgress) => {
          const kept = files.filter((f) => f.name.endsWith('.png'));
          const skipped = new SkipReport();
          for (const f of files) if (!f.name.endsWith('.png')) skipped.add(f.name, 'not-jpeg-png');
          onProgress(files.length, files.length);
          const images = Float32Array.from({ length: kept.length * PER }, (_, i) => Math.abs((Math.sin(i * 12.9898) * 43758.5453) % 1));
          return { images, count: kept.length, size: SIZE, names: kept.map((f) => f.name), skipped };
        },
      });
      disposeHost = () => stop;
      return page;
    },
  });
}

const files = (names: string[]): File[] => names.map((n) => new File([new Uint8Array(4)], n));
const until = async (s: OwnImagesSession, ok: (v: OwnImagesView) => boolean): Promise<OwnImagesView> => {
  for (let i = 0; i < 2000 && !ok(s.view); i++) await new Promise((r) => setTimeout(r, 5));
  expect(ok(s.view)).toBe(true);
  return s.view;
};

afterEach(async () => {
  await disposeHost();
});

describe('OwnImagesSession', () => {
  it('keeps images, steps and curves across a leave/return (a remount); training pauses on leave and resumes on return; no tensor leak', async () => {
    const before = tf.memory().numTensors;
    const s = session();
    const names = Array.from({ length: 24 }, (_, i) => `${i}.png`);
    await s.load(files([...names, 'notes.txt']));
    let v = s.view;
    expect(v.notice).toBeNull();
    expect(v.phase).toBe('ready');
    expect(v.summary?.count).toBe(24);
    expect(v.summary?.skipped.count).toBe(1);
    expect(v.snapshot?.samples.length).toBeGreaterThan(0);
    await s.step(10);
    expect(s.view.history.at(-1)?.step).toBe(10);

    s.play();
    v = await until(s, (x) => (x.history.at(-1)?.step ?? 0) >= 30);
    // A theme or language switch disposes the panel (leaveSlide) and mounts a new one (returnToSlide) at once.
    s.leaveSlide();
    expect(s.view.running).toBe(false);
    s.returnToSlide();
    expect(s.view.running).toBe(true);
    const kept = s.view.history.at(-1)!.step;
    v = await until(s, (x) => (x.history.at(-1)?.step ?? 0) >= kept + 20);
    expect(v.summary?.count).toBe(24);
    expect(v.history[0].step).toBeLessThanOrEqual(10);

    // Leaving for good: training stops, the run stays.
    s.leaveSlide();
    await s.pause();
    await until(s, (x) => !x.running);
    const stopped = s.view.history.at(-1)!.step;
    await new Promise((r) => setTimeout(r, 100));
    expect(s.view.history.at(-1)!.step).toBe(stopped);
    expect(s.view.phase).toBe('ready');
    expect(s.workerCount).toBe(1);

    s.dispose();
    await disposeHost();
    expect(s.workerCount).toBe(0);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a selection without images: phase noImages, the skip report kept, play does nothing', async () => {
    const s = session();
    await s.load(files(['a.txt', 'b.txt']));
    expect(s.view.phase).toBe('noImages');
    expect(s.view.summary?.skipped.count).toBe(2);
    s.play();
    expect(s.view.running).toBe(false);
    s.dispose();
  });

  it('settings set before a folder is picked are the ones it trains with, and survive (one owner)', async () => {
    const s = session();
    s.setBeta(2.5);
    s.setLearningRate(0.002);
    await s.setLatentDim(4);
    await s.load(files(['a.png', 'b.png', 'c.png', 'd.png', 'e.png', 'f.png', 'g.png', 'h.png']));
    expect(s.view.settings).toEqual({ latentDim: 4, beta: 2.5, learningRate: 0.002 });
    await s.step(5);
    const m = s.view.history.at(-1)!;
    expect(m.step).toBe(5);
    // β reached the trainer: the loss is recon + β·KL
    expect(m.total).toBeCloseTo(m.recon + 2.5 * m.kl, 2);
    s.setBeta(0.5);
    await s.step(5);
    const m2 = s.view.history.at(-1)!;
    expect(m2.total).toBeCloseTo(m2.recon + 0.5 * m2.kl, 2);
    s.dispose();
  });
});
