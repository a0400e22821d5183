/** The page side of the own-images protocol: typed requests (promises), commands and event subscriptions. */
import type { Localized } from '../i18n/lang.ts';
import type { Port } from './protocol.ts';
import type { FromOwnWorker, OwnCommands, OwnEvents, OwnRequests, ToOwnWorker } from './ownImagesProtocol.ts';

/** A failure reported by the own-images worker, with its message in both languages. */
export class OwnWorkerError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
    this.name = 'OwnWorkerError';
  }
}

/** The page's end: a Worker, or a MessagePort in tests. */
export interface OwnWorkerPort extends Port<FromOwnWorker, ToOwnWorker> {
  terminate(): void;
  onerror?: ((ev: ErrorEvent) => void) | null;
}

/** Start the real own-images worker (a module Worker built by Vite). */
export function spawnOwnImagesWorker(): OwnWorkerPort {
  return new Worker(new URL('./ownImages.worker.ts', import.meta.url), { type: 'module' });
}

type Listeners = { [K in keyof OwnEvents]: Set<(e: OwnEvents[K]) => void> };

/** Drives the own-images worker. */
export class OwnImagesClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private readonly listeners: Listeners = { progress: new Set(), metrics: new Set(), snapshot: new Set(), state: new Set() };

  constructor(private readonly port: OwnWorkerPort) {
    port.onmessage = (ev: MessageEvent<FromOwnWorker>) => this.receive(ev.data);
    port.onerror = (ev: ErrorEvent) => this.failAll({ fr: `Le worker a planté : ${ev.message}`, en: `The worker crashed: ${ev.message}` });
  }

  /** Send a request; resolves with its reply. */
  request<K extends keyof OwnRequests>(op: K, body: OwnRequests[K]['req'], transfer: Transferable[] = []): Promise<OwnRequests[K]['res']> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.port.postMessage({ kind: 'request', id, op, body } as ToOwnWorker, transfer);
    });
  }

  /** Send a command. */
  command<K extends keyof OwnCommands>(op: K, body: OwnCommands[K]): void {
    this.port.postMessage({ kind: 'command', op, body } as ToOwnWorker, []);
  }

  /** Subscribe to an event; returns the unsubscribe function. */
  on<K extends keyof OwnEvents>(event: K, cb: (e: OwnEvents[K]) => void): () => void {
    this.listeners[event].add(cb);
    return () => this.listeners[event].delete(cb);
  }

  /** Stop the worker and reject what is still pending. */
  terminate(): void {
    this.port.onmessage = null;
    this.port.terminate();
    this.failAll({ fr: 'Worker arrêté.', en: 'Worker stopped.' });
    for (const set of Object.values(this.listeners)) set.clear();
  }

  private receive(msg: FromOwnWorker): void {
    if (msg.kind === 'event') {
      for (const cb of this.listeners[msg.event]) (cb as (e: unknown) => void)(msg.data);
      return;
    }
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    if (msg.kind === 'reply') p.resolve(msg.value);
    else p.reject(new OwnWorkerError(msg.message));
  }

  private failAll(message: Localized): void {
    for (const p of this.pending.values()) p.reject(new OwnWorkerError(message));
    this.pending.clear();
  }
}
