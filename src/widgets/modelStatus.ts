/** A loading line that becomes a clear localized error (.notice-error) when the pretrained model or data fail. */
import type { Scope } from '../deck/types.ts';
import { loadErrorMessage, type PretrainedLibrary } from '../live/pretrainedLibrary.ts';
import { activeModel, sourceCaption } from '../live/activeModel.ts';
import type { ActiveModel } from '../live/types.ts';
import { pinBackendBadge } from './backendBadge.ts';
import { showErrorNotice } from './errorNotice.ts';
import { retryButton } from '../deck/retry.ts';

const loadingText = { fr: 'Chargement du modèle pré-entraîné…', en: 'Loading the pretrained model…' };

/** Show an error notice in `host` (replacing its content) with the localized message of `err`. */
export function showLoadError(host: HTMLElement, scope: Scope, err: unknown): void {
  const box = document.createElement('div');
  box.className = 'notice-error';
  box.setAttribute('role', 'alert');
  box.textContent = `${scope.t(loadErrorMessage(err))} `;
  box.append(retryButton(scope.lang));
  host.replaceChildren(box);
}

/**
 * Run `load` on the page's pretrained library while `host` shows a loading line; on success clear the line, pin the backend badge to the slide and
 * return the value; on failure show the error in `host` and return null. Also null when the slide was left
 * meanwhile (check nothing else).
 */
export async function loadForSlide<T>(host: HTMLElement, scope: Scope, load: (library: PretrainedLibrary) => Promise<T>): Promise<T | null> {
  const line = document.createElement('p');
  line.className = 'model-status muted';
  line.textContent = scope.t(loadingText);
  host.append(line);
  try {
    const value = await load(scope.services.pretrained);
    if (scope.disposed) return null;
    line.remove();
    const backend = await scope.services.pretrained.backend().catch(() => null);
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

const loadingActive = { fr: 'Chargement du modèle…', en: 'Loading the model…' };

/**
 * The model a demo slide shows (live once it has trained, else pretrained), then `prepare(model)`: meanwhile
 * `caption` says it is loading; on success it names the model and the slide gets its backend badge; on failure
 * the caption empties and `notices` gets the error. Null on failure or when the slide was left meanwhile.
 */
export async function activeModelForSlide<T>(
  el: HTMLElement,
  scope: Scope,
  where: { caption: HTMLElement; notices: HTMLElement },
  prepare: (model: ActiveModel) => Promise<T>,
): Promise<{ model: ActiveModel; prepared: T } | null> {
  where.caption.textContent = scope.t(loadingActive);
  let model: ActiveModel;
  let prepared: T;
  try {
    model = await activeModel(scope.services.training, scope.services.pretrained);
    prepared = await prepare(model);
  } catch (err) {
    if (scope.disposed) return null;
    where.caption.textContent = '';
    showErrorNotice(where.notices, err, scope.lang).append(' ', retryButton(scope.lang));
    return null;
  }
  if (scope.disposed) return null;
  where.caption.textContent = scope.t(sourceCaption(model, scope.services.dataset));
  pinBackendBadge(el, scope, model.backend);
  return { model, prepared };
}
