/**
 * The page's sources for the live-model layer: pretrained models and digits fetched from the deck's own origin, the
 * page's tfjs backend, and the real training worker. tfjs and the worker are imported lazily, so the deck starts
 * without them.
 */
import { loadMnistBrowser } from '../data/mnist.browser.ts';
import type { DatasetInfo } from '../data/datasets.ts';
import type { PretrainedSources } from './pretrainedLibrary.ts';
import type { BackendChoice } from '../worker/protocol.ts';

/** One data set's models from public/models/, its images from public/data/, on the page's tfjs backend (started on first use). */
export function browserPretrainedSources(dataset: DatasetInfo): PretrainedSources {
  return {
    async model(kind) {
      const [{ initBackend }, { loadPretrained, fetchBytesWithin }] = await Promise.all([import('../model/backend.browser.ts'), import('../model/pretrained.ts')]);
      await initBackend();
      return loadPretrained(kind, 'models/', fetchBytesWithin(loadTimeoutMs(window.location.search)), dataset.id);
    },
    digits: () => loadMnistBrowser(dataset.file).then((split) => split.test),
    async backend() {
      const { initBackend } = await import('../model/backend.browser.ts');
      return initBackend();
    },
  };
}

/** Longest wait for one model file before its slide says so and offers to retry. */
export const LOAD_TIMEOUT_MS = 20_000;

/** `?load-timeout=<seconds>` (tests, very slow rooms) overrides LOAD_TIMEOUT_MS; garbage keeps the default. */
export function loadTimeoutMs(search: string): number {
  const s = Number(new URLSearchParams(search).get('load-timeout'));
  return Number.isFinite(s) && s > 0 ? Math.min(s, 600) * 1000 : LOAD_TIMEOUT_MS;
}

/** `?backend=webgpu|webgl|wasm|cpu` in the page URL forces the training worker's backend (tests, slow rooms); else automatic. */
export function backendFromUrl(search: string): BackendChoice | undefined {
  const b = new URLSearchParams(search).get('backend');
  return b === 'webgpu' || b === 'webgl' || b === 'wasm' || b === 'cpu' ? b : undefined;
}
