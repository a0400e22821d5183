/**
 * What the training worker needs to survive a lost GPU: a WebGL context lost (driver reset, GPU taken by another tab,
 * `WEBGL_lose_context`) or a WebGPU device lost; a listener on tfjs's own canvas or device, a fallback backend, and
 * the message for the slide.
 */
import * as tf from '@tensorflow/tfjs';
import type { Localized } from '../i18n/lang.ts';
import { useBackend, type BackendInfo } from '../model/backend.browser.ts';
import { formatNumber } from '../i18n/format.ts';

/** What tfjs's GPU backends hold: WebGL's context (on its canvas), WebGPU's device. */
interface GpuBackendLike {
  gpgpu?: { gl?: WebGLRenderingContext };
  device?: { lost?: Promise<unknown> };
}

/** Call `onLost` once when the current tfjs backend's WebGL context or WebGPU device is lost; returns the unsubscribe function. */
export function onGpuLost(onLost: () => void): () => void {
  const backend = tf.backend() as GpuBackendLike;
  const lost = backend.device?.lost;
  if (lost) {
    let listening = true;
    // tfjs never destroys its device itself: any loss (driver reset, GPU removed, device.destroy()) ends the backend
    void lost.then(() => listening && onLost());
    return () => {
      listening = false;
    };
  }
  const canvas = backend.gpgpu?.gl?.canvas as (EventTarget & (HTMLCanvasElement | OffscreenCanvas)) | undefined;
  if (!canvas || typeof canvas.addEventListener !== 'function') return () => {};
  const listener = (): void => {
    canvas.removeEventListener('webglcontextlost', listener);
    onLost();
  };
  canvas.addEventListener('webglcontextlost', listener);
  return () => canvas.removeEventListener('webglcontextlost', listener);
}

/** What a GPU backend loses: WebGL its context, WebGPU its device. */
const lostWhat = (name: BackendInfo['name']): string => (name === 'webgpu' ? 'WebGPU device' : 'WebGL context');

/** Switch tfjs to WASM, else CPU, after the GPU was lost; rejects when neither starts. */
export async function fallbackAfterContextLoss(previous: BackendInfo): Promise<BackendInfo> {
  for (const name of ['wasm', 'cpu'] as const) {
    if (await useBackend(name)) {
      return { ...previous, name, reason: `${lostWhat(previous.name)} lost: training moved to ${name.toUpperCase()}` };
    }
  }
  throw new Error(`the ${lostWhat(previous.name)} was lost and neither WASM nor CPU could start`);
}

/** The slide's sentence after a recovery: what was lost, from which step training resumed, on which backend. */
export function contextLostMessage(step: number, backend: BackendInfo['name'], lost: BackendInfo['name']): Localized {
  const name = backend.toUpperCase();
  return {
    fr: `${lost === 'webgpu' ? 'Le périphérique WebGPU' : 'Le contexte WebGL'} a été perdu : l’entraînement passe sur ${name}, repris des derniers poids sauvegardés (pas ${formatNumber(step, 'fr', 0)}).`,
    en: `The ${lostWhat(lost)} was lost: training moved to ${name}, resumed from the last saved weights (step ${formatNumber(step, 'en', 0)}).`,
  };
}
