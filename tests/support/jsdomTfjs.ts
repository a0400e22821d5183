/** Setup shared by the unit tests that mount slides or widgets running tfjs in jsdom. */
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll } from 'vitest';

/**
 * Register the usual hooks: jsdom has no 2-D canvas (getContext returns null, as a browser without one would), tfjs
 * runs on its CPU backend, and the page is emptied after each test.
 */
export function useJsdomTfjs(): void {
  beforeAll(async () => {
    HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
    await tf.setBackend('cpu');
    await tf.ready();
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });
}
