/**
 * What the training worker needs to survive a lost WebGL context (driver reset, GPU taken by another tab,
 * `WEBGL_lose_context`): a listener on tfjs's own canvas, a fallback backend, and the message for the slide.
 */
import * as tf from '@tensorflow/tfjs';
import type { Localized } from '../i18n/lang.ts';
import { useBackend, type BackendInfo } from '../model/backend.browser.ts';
import { formatNumber } from '../i18n/format.ts';

/** Call `onLost` once when the WebGL context of the current tfjs backend is lost; returns the unsubscribe function. */
export function onWebglContextLost(onLost: () => void): () => void {
  const gl = (tf.backend() as { gpgpu?: { gl?: WebGLRenderingContext } }).gpgpu?.gl;
  const canvas = gl?.canvas as (EventTarget & (HTMLCanvasElement | OffscreenCanvas)) | undefined;
  if (!canvas || typeof canvas.addEventListener !== 'function') return () => {};
  const listener = (): void => {
    canvas.removeEventListener('webglcontextlost', listener);
    onLost();
  };
  canvas.addEventListener('webglcontextlost', listener);
  return () => canvas.removeEventListener('webglcontextlost', listener);
}

/** Switch tfjs to WASM, else CPU, after WebGL died; rejects when neither starts. */
export async function fallbackAfterContextLoss(previous: BackendInfo): Promise<BackendInfo> {
  for (const name of ['wasm', 'cpu'] as const) {
    if (await useBackend(name)) {
      return { name, renderer: previous.renderer, software: false, reason: `WebGL context lost: training moved to ${name.toUpperCase()}` };
    }
  }
  throw new Error('the WebGL context was lost and neither WASM nor CPU could start');
}

/** The slide's sentence after a recovery: what happened, from which step training resumed, on which backend. */
export function contextLostMessage(step: number, backend: BackendInfo['name']): Localized {
  const name = backend.toUpperCase();
  return {
    fr: `Le contexte WebGL a été perdu : l’entraînement passe sur ${name}, repris des derniers poids sauvegardés (pas ${formatNumber(step, 'fr', 0)}).`,
    en: `The WebGL context was lost: training moved to ${name}, resumed from the last saved weights (step ${formatNumber(step, 'en', 0)}).`,
  };
}
