/** tfjs backend setup for Node/Deno scripts and tests: the WASM backend (tfjs-node does not install here). */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { fileURLToPath } from 'node:url';

/** Folder holding the tfjs-backend-wasm .wasm binaries, as a file path ending in '/'. */
export const WASM_DIR = fileURLToPath(new URL('../../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url));

let ready: Promise<string> | null = null;

/** Select the backend once per process ('wasm' by default, 'cpu' as the fallback); resolves to its name. */
export function initNodeBackend(name: 'wasm' | 'cpu' = 'wasm'): Promise<string> {
  if (!ready) {
    ready = (async () => {
      if (name === 'wasm') {
        setWasmPaths(WASM_DIR);
        if (!(await tf.setBackend('wasm'))) throw new Error(`tfjs wasm backend failed to initialise (binaries expected in ${WASM_DIR})`);
      } else if (!(await tf.setBackend('cpu'))) {
        throw new Error('tfjs cpu backend failed to initialise');
      }
      await tf.ready();
      return tf.getBackend();
    })();
  }
  return ready;
}
