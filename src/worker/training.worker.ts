/// <reference lib="webworker" />
/** The training worker: owns the data, the backend and the Trainer; talks through protocol.ts messages. */
import { initBackend } from '../model/backend.browser.ts';
import { loadMnistBrowser } from '../data/mnist.browser.ts';
import { Trainer } from '../model/trainer.ts';
import type { Localized } from '../deck/types.ts';
import { snapshotTransfer, type FromWorker, type ToWorker } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let trainer: Trainer | null = null;

function post(msg: FromWorker, transfer: Transferable[] = []): void {
  scope.postMessage(msg, transfer);
}

function localize(err: unknown): Localized {
  const loc = (err as { localized?: Localized } | null)?.localized;
  if (loc) return loc;
  const msg = err instanceof Error ? err.message : String(err);
  return { fr: `Erreur du worker d'entraînement : ${msg}`, en: `Training worker error: ${msg}` };
}

function need(): Trainer {
  if (!trainer) throw new Error('the trainer is not initialised yet');
  return trainer;
}

async function handle(msg: ToWorker): Promise<void> {
  switch (msg.type) {
    case 'init': {
      const backend = await initBackend(msg.backend ? { prefer: msg.backend } : {});
      const data = await loadMnistBrowser(msg.dataUrl);
      trainer = new Trainer(data, msg.options);
      trainer.on('metrics', (metrics) => post({ type: 'metrics', metrics }));
      trainer.on('snapshot', (snapshot) => post({ type: 'snapshot', snapshot }, snapshotTransfer(snapshot)));
      trainer.on('status', (status) => post({ type: 'status', status }));
      const first = await trainer.snapshot();
      post({ type: 'snapshot', snapshot: first }, snapshotTransfer(first));
      post({ type: 'ready', id: msg.id, backend });
      return;
    }
    case 'play':
      need().start();
      return;
    case 'pause':
      await need().pause();
      return;
    case 'setLearningRate':
      need().setLearningRate(msg.lr);
      return;
    case 'setBeta':
      need().setBeta(msg.beta);
      return;
    case 'step':
      await need().step(msg.n);
      post({ type: 'result', id: msg.id });
      return;
    case 'reset': {
      const t = need();
      await t.reset(msg.seed);
      const snap = await t.snapshot();
      post({ type: 'snapshot', snapshot: snap }, snapshotTransfer(snap));
      post({ type: 'result', id: msg.id });
      return;
    }
    case 'encode': {
      const value = await need().encode(msg.x, msg.n);
      post({ type: 'result', id: msg.id, value }, [value.buffer as ArrayBuffer]);
      return;
    }
    case 'decode': {
      const value = await need().decode(msg.z, msg.n);
      post({ type: 'result', id: msg.id, value }, [value.buffer as ArrayBuffer]);
      return;
    }
    case 'evaluate': {
      const { negElbo, recon, kl } = await need().evaluate(10);
      post({ type: 'result', id: msg.id, value: { negElbo, recon, kl } });
      return;
    }
    case 'snapshot': {
      const value = await need().snapshot();
      post({ type: 'result', id: msg.id, value }, snapshotTransfer(value));
      return;
    }
  }
}

scope.onmessage = (ev: MessageEvent<ToWorker>) => {
  const msg = ev.data;
  handle(msg).catch((err: unknown) => post({ type: 'error', id: 'id' in msg ? msg.id : null, message: localize(err) }));
};
