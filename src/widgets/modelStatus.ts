/** A loading line that becomes a clear localized error (.notice-error) when the pretrained model or data fail. */
import type { Scope } from '../deck/types.ts';
import { loadErrorMessage, pretrainedBackend } from './pretrainedStore.ts';
import { pinBackendBadge } from './backendBadge.ts';

const loadingText = { fr: 'Chargement du modèle pré-entraîné…', en: 'Loading the pretrained model…' };

/** Show an error notice in `host` (replacing its content) with the localized message of `err`. */
export function showLoadError(host: HTMLElement, scope: Scope, err: unknown): void {
  const box = document.createElement('div');
  box.className = 'notice-error';
  box.setAttribute('role', 'alert');
  box.textContent = scope.t(loadErrorMessage(err));
  host.replaceChildren(box);
}

/**
 * Run `load` while `host` shows a loading line; on success clear the line, pin the backend badge to the slide and
 * return the value; on failure show the error in `host` and return null. Also null when the slide was left
 * meanwhile (check nothing else).
 */
export async function loadForSlide<T>(host: HTMLElement, scope: Scope, load: () => Promise<T>): Promise<T | null> {
  const line = document.createElement('p');
  line.className = 'model-status muted';
  line.textContent = scope.t(loadingText);
  host.append(line);
  try {
    const value = await load();
    if (scope.disposed) return null;
    line.remove();
    const backend = await pretrainedBackend().catch(() => null);
    if (scope.disposed) return null;
    if (backend) pinBackendBadge(host, scope, backend);
    return value;
  } catch (err) {
    if (scope.disposed) return null;
    console.warn('pretrained model or data failed to load', err);
    showLoadError(host, scope, err);
    return null;
  }
}
