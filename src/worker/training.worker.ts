/// <reference lib="webworker" />
/** The training worker: owns the data, the backend and the Trainer; talks through protocol.ts messages. */
import { initBackend } from '../model/backend.browser.ts';
import { loadMnistBrowser } from '../data/mnist.browser.ts';
import { Trainer } from '../model/trainer.ts';
import type { Localized } from '../i18n/lang.ts';
import { snapshotTransfer, type FromWorker, type ToWorker } from './protocol.ts';
import type { MnistSplit } from '../data/mnist.ts';
import type { BackendInfo } from '../model/backend.browser.ts';
import type { TrainerOptions } from '../model/trainerTypes.ts';
import { contextLostMessage, fallbackAfterContextLoss, onWebglContextLost } from './webglRecovery.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let trainer: Trainer | null = null;
/** Kept to rebuild the trainer on another backend when the WebGL context is lost. */
let setup: { data: MnistSplit; options: TrainerOptions; backend: BackendInfo } | null = null;
/** On WebGL: the weights at the latest snapshot, read back to the CPU so they survive a lost context. */
let checkpoint: { step: number; weights: Float32Array[] } | null = null;

function post(msg: FromWorker, transfer: Transferable[] = []): void {
  scope.postMessage(msg, transfer);
}

function localize(err: unknown): Localized {
  const loc = (err as { localized?: Localized } | null)?.localized;
  if (loc) return loc;
  const msg = err instanceof Error ? err.message : String(err);
  return { fr: `Erreur du worker d’entraînement : ${msg}`, en: `Training worker error: ${msg}` };
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
      trainer = follow(new Trainer(data, msg.options));
      setup = { data, options: { ...msg.options }, backend };
      if (backend.name === 'webgl') onWebglContextLost(() => void recoverFromLostContext());
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
      checkpoint = null;
      if (setup && msg.seed !== undefined) setup.options.seed = msg.seed;
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

/** Forward a trainer's events to the page (only while it is the current one); checkpoint it on WebGL. */
function follow(t: Trainer): Trainer {
  t.on('metrics', (metrics) => t === trainer && post({ type: 'metrics', metrics }));
  t.on('snapshot', (snapshot) => {
    if (t !== trainer) return;
    if (setup?.backend.name !== 'webgl') return post({ type: 'snapshot', snapshot }, snapshotTransfer(snapshot));
    // on WebGL the snapshot is shown once its weights are safe on the CPU side
    void t.readWeights().then((c) => {
      if (t !== trainer) return;
      checkpoint = c;
      post({ type: 'snapshot', snapshot }, snapshotTransfer(snapshot));
    });
  });
  t.on('status', (status) => t === trainer && post({ type: 'status', status }));
  return t;
}

/** The WebGL context died: rebuild the trainer on WASM (or CPU) from the last checkpoint and say so. */
async function recoverFromLostContext(): Promise<void> {
  const old = trainer;
  if (!old || !setup) return;
  const wasRunning = old.state === 'running';
  trainer = null;
  void old.pause(); // its loop may wait forever on the dead context: drop it
  try {
    const backend = await fallbackAfterContextLoss(setup.backend);
    setup.backend = backend;
    const t = new Trainer(setup.data, { ...setup.options, learningRate: old.learningRate, beta: old.beta });
    const from = checkpoint ?? { step: 0, weights: [] };
    if (checkpoint) await t.restoreWeights(checkpoint);
    trainer = follow(t);
    post({ type: 'backend', backend, resumedAt: from.step });
    const snap = await t.snapshot();
    post({ type: 'snapshot', snapshot: snap }, snapshotTransfer(snap));
    if (wasRunning) t.start();
    post({ type: 'status', status: { state: wasRunning ? 'running' : old.state === 'idle' ? 'idle' : 'paused', message: contextLostMessage(from.step, backend.name) } });
  } catch (err) {
    post({ type: 'status', status: { state: 'error', message: localize(err) } });
  }
}

scope.onmessage = (ev: MessageEvent<ToWorker>) => {
  const msg = ev.data;
  handle(msg).catch((err: unknown) => post({ type: 'error', id: 'id' in msg ? msg.id : null, message: localize(err) }));
};
