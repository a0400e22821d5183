/**
 * The page's sources for the live-model layer: pretrained models and digits fetched from the deck's own origin, the
 * page's tfjs backend, and the real training worker. tfjs and the worker are imported lazily, so the deck starts
 * without them.
 */
import { loadMnistBrowser } from '../data/mnist.browser.ts';
import type { PretrainedSources } from './pretrainedLibrary.ts';

/** Models from public/models/, digits from public/data/, on the page's tfjs backend (started on first use). */
export const browserPretrainedSources: PretrainedSources = {
  async model(kind) {
    const [{ initBackend }, { loadPretrained }] = await Promise.all([import('../model/backend.browser.ts'), import('../model/pretrained.ts')]);
    await initBackend();
    return loadPretrained(kind);
  },
  digits: () => loadMnistBrowser().then((split) => split.test),
  async backend() {
    const { initBackend } = await import('../model/backend.browser.ts');
    return initBackend();
  },
};

/** `?backend=webgl|wasm|cpu` in the page URL forces the training worker's backend (tests, slow rooms); else automatic. */
export function backendFromUrl(search: string): 'webgl' | 'wasm' | 'cpu' | undefined {
  const b = new URLSearchParams(search).get('backend');
  return b === 'webgl' || b === 'wasm' || b === 'cpu' ? b : undefined;
}
