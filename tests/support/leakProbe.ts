/** Counts of live resources in a page, read by the lifecycle tests. */
export interface LeakCounts {
  timeouts: number;
  intervals: number;
  frames: number;
  /** Listeners on window/document/non-DOM targets, or on nodes still in the document. */
  listeners: number;
  workers: number;
}

/**
 * Install counters for timers, animation frames, event listeners and workers on a window-like global.
 * Self-contained (no imports, no closures over module scope) so Playwright can inject it with addInitScript.
 * Read the counts with `globalThis.__leakProbe()`.
 */
export function installLeakProbe(): void {
  const g = (typeof window !== 'undefined' ? window : globalThis) as any;
  if (g.__leakProbe) return;
  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  const frames = new Set<number>();
  // Weakly held, so the probe itself never keeps a removed slide's DOM (or its listeners' closures) alive.
  const listeners = new WeakMap<EventTarget, Map<string, Set<unknown>>>();
  const targets = new Set<WeakRef<EventTarget>>();
  let workers = 0;

  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = g;
  g.setTimeout = (fn: any, ms?: number, ...rest: unknown[]) => {
    const id: number = st((...a: unknown[]) => {
      timeouts.delete(id);
      if (typeof fn === 'function') fn(...a);
    }, ms, ...rest);
    timeouts.add(id);
    return id;
  };
  g.clearTimeout = (id: number) => {
    timeouts.delete(id);
    ct(id);
  };
  g.setInterval = (fn: any, ms?: number, ...rest: unknown[]) => {
    const id: number = si(fn, ms, ...rest);
    intervals.add(id);
    return id;
  };
  g.clearInterval = (id: number) => {
    intervals.delete(id);
    ci(id);
  };
  if (typeof g.requestAnimationFrame === 'function') {
    const raf = g.requestAnimationFrame.bind(g);
    const caf = g.cancelAnimationFrame.bind(g);
    g.requestAnimationFrame = (fn: (t: number) => void) => {
      const id: number = raf((t: number) => {
        frames.delete(id);
        fn(t);
      });
      frames.add(id);
      return id;
    };
    g.cancelAnimationFrame = (id: number) => {
      frames.delete(id);
      caf(id);
    };
  }
  const proto = g.EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  const key = (type: string, opts: unknown) =>
    `${type}|${typeof opts === 'boolean' ? opts : !!(opts && (opts as { capture?: boolean }).capture)}`;
  const record = (target: EventTarget, type: string, fn: unknown, opts: unknown) => {
    if (!fn) return;
    let byType = listeners.get(target);
    if (!byType) {
      listeners.set(target, (byType = new Map()));
      targets.add(new WeakRef(target));
    }
    const k = key(type, opts);
    let set = byType.get(k);
    if (!set) byType.set(k, (set = new Set()));
    set.add(fn);
  };
  const forget = (target: EventTarget, type: string, fn: unknown, opts: unknown) => {
    listeners.get(target)?.get(key(type, opts))?.delete(fn);
  };
  proto.addEventListener = function (this: EventTarget, type: string, fn: unknown, opts?: unknown) {
    record(this, type, fn, opts);
    return add.call(this, type, fn, opts);
  };
  proto.removeEventListener = function (this: EventTarget, type: string, fn: unknown, opts?: unknown) {
    forget(this, type, fn, opts);
    return remove.call(this, type, fn, opts);
  };
  // jsdom's window carries its own copies; browsers share EventTarget.prototype.
  if (g.addEventListener !== proto.addEventListener) {
    const winAdd = g.addEventListener;
    const winRemove = g.removeEventListener;
    g.addEventListener = (type: string, fn: unknown, opts?: unknown) => {
      record(g, type, fn, opts);
      return winAdd.call(g, type, fn, opts);
    };
    g.removeEventListener = (type: string, fn: unknown, opts?: unknown) => {
      forget(g, type, fn, opts);
      return winRemove.call(g, type, fn, opts);
    };
  }
  if (typeof g.Worker === 'function') {
    const W = g.Worker;
    g.Worker = class extends W {
      private counted = true;
      constructor(...args: unknown[]) {
        super(...args);
        workers++;
      }
      terminate() {
        if (this.counted) workers--;
        this.counted = false;
        super.terminate();
      }
    };
  }
  g.__leakProbe = () => {
    let live = 0;
    for (const ref of targets) {
      const target = ref.deref();
      if (!target) {
        targets.delete(ref);
        continue;
      }
      const byType = listeners.get(target)!;
      const isNode = typeof g.Node === 'function' && target instanceof g.Node;
      if (isNode && !(target as Node).isConnected) continue;
      for (const set of byType.values()) live += set.size;
    }
    return { timeouts: timeouts.size, intervals: intervals.size, frames: frames.size, listeners: live, workers };
  };
}
