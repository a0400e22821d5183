/**
 * The worker side of the own-images slide: preprocesses the picked files (through `deps.preprocess`), owns the
 * OwnTrainer, trains continuously in windows of REPORT_EVERY steps (yielding between them so messages get through)
 * and pushes metrics every window and a snapshot every SNAPSHOT_EVERY steps. Runs on any Port (worker or test).
 */
import * as tf from '@tensorflow/tfjs';
import type { Localized } from '../i18n/lang.ts';
import type { BackendInfo } from '../model/backend.browser.ts';
import { OwnTrainer, OWN_SHOWN, type OwnTrainerOptions } from '../model/ownTrainer.ts';
import { SkipReport } from '../data/ownImages.ts';
import type { OwnImageSet } from '../data/ownImages.browser.ts';
import { yieldNow } from '../model/yieldNow.ts';
import type { Port } from './protocol.ts';
import { localizeError } from './trainerHost.ts';
import type { FromOwnWorker, LoadedSummary, OwnCommandMessage, OwnRequestMessage, OwnRequests, ToOwnWorker } from './ownImagesProtocol.ts';

/** Steps between two metrics events. */
export const REPORT_EVERY = 5;
/** Steps between two snapshots. */
export const SNAPSHOT_EVERY = 25;

/** What the host needs from where it runs. */
export interface OwnHostDeps {
  startBackend(): Promise<BackendInfo | null>;
  /** Preprocess files one at a time (browser: preprocessImageFiles). */
  preprocess?(files: File[], onProgress: (done: number, total: number) => void): Promise<OwnImageSet>;
}

/** The message when a folder holds no usable image. */
export const NO_IMAGES: Localized = {
  fr: 'Aucune image JPEG ou PNG utilisable dans cette sélection : rien à entraîner.',
  en: 'No usable JPEG or PNG image in this selection: nothing to train.',
};

/** Serve the own-images protocol on `port`; `dispose` stops training and frees every tensor. */
export function serveOwnImages(port: Port<ToOwnWorker, FromOwnWorker>, deps: OwnHostDeps): { dispose(): Promise<void> } {
  let trainer: OwnTrainer | null = null;
  let backend: BackendInfo | null = null;
  let running = false;
  let loop: Promise<void> | null = null;

  const post = (msg: FromOwnWorker, transfer: Transferable[] = []): void => port.postMessage(msg, transfer);
  const need = (): OwnTrainer => {
    if (!trainer) throw new Error('no images loaded yet');
    return trainer;
  };
  const pushSnapshot = async (t: OwnTrainer): Promise<void> => {
    const data = { ...(await t.snapshot()), tensors: tf.memory().numTensors };
    post({ kind: 'event', event: 'snapshot', data }, [data.latentMeans.buffer, data.reconstructions.buffer, data.samples.buffer] as ArrayBuffer[]);
  };
  const setRunning = (on: boolean, message?: Localized): void => {
    running = on;
    post({ kind: 'event', event: 'state', data: { running: on, ...(message ? { message } : {}) } });
  };

  /** Train REPORT_EVERY steps, report, snapshot on schedule. False when training must stop. */
  const window = async (t: OwnTrainer, steps: number): Promise<boolean> => {
    const m = await t.train(steps);
    if (!m) {
      await pushSnapshot(t);
      setRunning(false, {
        fr: `La perte a divergé vers le pas ${t.stepCount} : derniers poids valides restaurés. Baissez le taux d’apprentissage.`,
        en: `The loss diverged around step ${t.stepCount}: last good weights restored. Lower the learning rate.`,
      });
      return false;
    }
    post({ kind: 'event', event: 'metrics', data: m });
    if (t.stepCount % SNAPSHOT_EVERY < steps) await pushSnapshot(t);
    return true;
  };

  const runLoop = async (): Promise<void> => {
    while (running && trainer) {
      const t = trainer;
      try {
        if (!(await window(t, REPORT_EVERY))) return;
      } catch (err) {
        setRunning(false, localizeError(err));
        return;
      }
      await yieldNow();
    }
  };

  const pause = async (): Promise<void> => {
    if (running) setRunning(false);
    await loop;
  };

  const adopt = async (set: OwnImageSet, options: OwnTrainerOptions, preprocessMs: number): Promise<LoadedSummary> => {
    await pause();
    trainer?.dispose();
    trainer = null;
    const per = set.size * set.size * 3;
    const summary: LoadedSummary = {
      count: set.count,
      size: set.size,
      names: set.names.slice(0, OWN_SHOWN),
      preview: set.images.slice(0, Math.min(set.count, OWN_SHOWN) * per),
      skipped: { count: set.skipped.count, named: set.skipped.named.slice(), summary: { fr: set.skipped.summary('fr'), en: set.skipped.summary('en') } },
      backend,
      preprocessMs,
    };
    if (set.count === 0) return summary;
    trainer = new OwnTrainer(set.images, set.count, per, options);
    await pushSnapshot(trainer);
    return summary;
  };

  const handle = async (msg: OwnRequestMessage): Promise<OwnRequests[typeof msg.op]['res']> => {
    switch (msg.op) {
      case 'loadFiles': {
        if (!deps.preprocess) throw new Error('this host cannot decode files');
        backend ??= await deps.startBackend();
        const t0 = performance.now();
        const set = await deps.preprocess(msg.body.files, (done, total) => post({ kind: 'event', event: 'progress', data: { done, total } }));
        return adopt(set, msg.body.options, performance.now() - t0);
      }
      case 'loadImages': {
        backend ??= await deps.startBackend();
        const { images, count, size, options } = msg.body;
        return adopt({ images, count, size, names: Array.from({ length: count }, (_, i) => `#${i + 1}`), skipped: new SkipReport() }, options, 0);
      }
      case 'step': {
        await pause();
        const t = need();
        const m = await t.train(msg.body.n);
        if (m) post({ kind: 'event', event: 'metrics', data: m });
        await pushSnapshot(t);
        return m;
      }
      case 'pause':
        await pause();
        return null;
      case 'reset': {
        await pause();
        const t = need();
        t.reset(msg.body);
        await pushSnapshot(t);
        return null;
      }
      case 'tensors':
        return tf.memory().numTensors;
    }
  };

  const obey = (msg: OwnCommandMessage): void => {
    switch (msg.op) {
      case 'play':
        if (running || !trainer) return;
        setRunning(true);
        // A pause just asked for may still be finishing its window: the new loop starts once the old one has returned.
        loop = (loop ?? Promise.resolve()).then(runLoop);
        return;
      case 'setBeta':
        return need().setBeta(msg.body.beta);
      case 'setLearningRate':
        return need().setLearningRate(msg.body.lr);
    }
  };

  port.onmessage = (ev: MessageEvent<ToOwnWorker>) => {
    const msg = ev.data;
    if (msg.kind === 'request') {
      handle(msg).then(
        (value) => post({ kind: 'reply', id: msg.id, value }),
        (err: unknown) => post({ kind: 'failure', id: msg.id, message: localizeError(err) }),
      );
      return;
    }
    try {
      obey(msg);
    } catch (err) {
      post({ kind: 'event', event: 'state', data: { running, message: localizeError(err) } });
    }
  };

  return {
    async dispose() {
      port.onmessage = null;
      running = false;
      await loop;
      trainer?.dispose();
      trainer = null;
    },
  };
}
