import type { MountMode, Scope } from './types.ts';
import type { Lang, Localized } from '../i18n/lang.ts';
import { frenchSpacingHtml } from '../i18n/typography.ts';
import type { ParamStore } from './params.ts';
import type { LiveServices } from '../live/services.ts';

type Disposer = () => void;

/** Options to create a slide scope. */
export interface ScopeOptions {
  lang: Lang;
  mode: MountMode;
  params: ParamStore;
  /** Parameter names the slide declared; others are rejected so typos fail loudly. */
  declared: readonly string[];
  /** The page's services, handed to the slide as they are. */
  services: LiveServices;
}

/** A Scope whose dispose() releases everything registered through it. */
export interface OwnedScope extends Scope {
  dispose(): void;
  /** How many resources are still registered (0 after dispose). */
  readonly size: number;
}

/** Create the lifetime object handed to a slide's mount(). */
export function createScope(opts: ScopeOptions): OwnedScope {
  const controller = new AbortController();
  const disposers = new Set<Disposer>();
  let disposed = false;

  const register = (fn: Disposer): Disposer => {
    if (disposed) {
      fn();
      return fn;
    }
    disposers.add(fn);
    return fn;
  };

  const checkParam = (name: string): void => {
    if (!opts.declared.includes(name)) throw new Error(`Parameter "${name}" is not declared by this slide`);
  };

  const scope: OwnedScope = {
    lang: opts.lang,
    mode: opts.mode,
    services: opts.services,
    signal: controller.signal,
    get disposed() {
      return disposed;
    },
    get size() {
      return disposers.size;
    },
    t(text: Localized) {
      return opts.lang === 'fr' ? frenchSpacingHtml(text.fr) : text[opts.lang];
    },
    param(name) {
      checkParam(name);
      return opts.params.get(name);
    },
    setParam(name, value) {
      checkParam(name);
      return opts.params.set(name, value);
    },
    listen(target, type, handler, options) {
      if (disposed) return;
      target.addEventListener(type, handler, options);
      register(() => target.removeEventListener(type, handler, options));
    },
    timeout(fn, ms) {
      if (disposed) return 0;
      let done: Disposer | null = null;
      const id = window.setTimeout(() => {
        if (done) disposers.delete(done);
        fn();
      }, ms);
      done = register(() => window.clearTimeout(id));
      return id;
    },
    interval(fn, ms) {
      if (disposed) return 0;
      const id = window.setInterval(fn, ms);
      register(() => window.clearInterval(id));
      return id;
    },
    frame(fn) {
      if (disposed) return 0;
      let done: Disposer | null = null;
      const id = window.requestAnimationFrame((t) => {
        if (done) disposers.delete(done);
        fn(t);
      });
      done = register(() => window.cancelAnimationFrame(id));
      return id;
    },
    worker(w) {
      register(() => w.terminate());
      return w;
    },
    own(thing) {
      register(() => {
        if ('dispose' in thing) thing.dispose();
        else thing.destroy();
      });
      return thing;
    },
    onDispose(fn) {
      register(fn);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      controller.abort();
      const all = [...disposers].reverse();
      disposers.clear();
      for (const fn of all) {
        try {
          fn();
        } catch (err) {
          console.warn('scope: a disposer failed', err);
        }
      }
    },
  };
  return scope;
}
