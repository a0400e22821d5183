/**
 * A fake Worker for unit tests: the real training host (src/worker/trainerHost.ts) with the real Trainer, served on
 * one end of an in-memory message pipe (structured clone, buffers transferred, delivered on a later task like
 * postMessage), the page's WorkerPort on the other.
 */
import * as tf from '@tensorflow/tfjs';
import type { MnistSplit } from '../../src/data/mnist.ts';
import type { FromWorker, Port, ToWorker } from '../../src/worker/protocol.ts';
import { serveTrainer, type TrainerHost } from '../../src/worker/trainerHost.ts';
import type { WorkerPort } from '../../src/worker/trainingClient.ts';

interface End<In, Out> extends Port<In, Out> {
  closed: boolean;
}

function end<In, Out>(deliver: () => End<Out, In>): End<In, Out> {
  const self: End<In, Out> = {
    closed: false,
    onmessage: null,
    postMessage(message, transfer) {
      if (self.closed) return;
      const data = structuredClone(message, { transfer });
      setTimeout(() => {
        const other = deliver();
        if (!other.closed) other.onmessage?.(new MessageEvent('message', { data }));
      }, 0);
    },
  };
  return self;
}

/** A page port and the host serving the real trainer behind it (on tfjs's plain CPU backend, with `data`). */
export function fakeTrainingWorker(data: MnistSplit): { port: WorkerPort; host: TrainerHost; terminated: () => boolean } {
  const page: End<FromWorker, ToWorker> = end(() => worker);
  const worker: End<ToWorker, FromWorker> = end(() => page);
  const host = serveTrainer(worker, {
    startBackend: async () => {
      if (!(await tf.setBackend('cpu'))) throw new Error('the tfjs cpu backend did not start');
      await tf.ready();
      return { name: 'cpu', renderer: null, software: false, reason: 'unit test' };
    },
    loadData: async () => data,
  });
  const port: WorkerPort = {
    postMessage: (m, t) => page.postMessage(m, t),
    get onmessage() {
      return page.onmessage;
    },
    set onmessage(fn) {
      page.onmessage = fn;
    },
    terminate() {
      page.closed = true;
      worker.closed = true;
      void host.dispose();
    },
  };
  return { port, host, terminated: () => page.closed };
}
