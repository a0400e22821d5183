/**
 * The badge naming the tfjs backend a slide computes on (WEBGPU, WEBGL, WASM or CPU), so a room without a GPU sees why
 * things are slower. The training dashboard shows it among its badges; slides that run the pretrained model
 * pin it in the slide's bottom strip. Hidden on paper: a handout has no backend.
 */
import type { Scope } from '../deck/types.ts';
import type { Lang, Localized } from '../i18n/lang.ts';

import type { BackendSummary } from '../live/types.ts';

export type { BackendSummary } from '../live/types.ts';

const softwareGpu: Localized = { fr: 'GPU logiciel', en: 'software GPU' };
const computeOn: Localized = { fr: 'Calcul :', en: 'Compute:' };

/** "WASM", "WEBGL (GPU logiciel)", "WEBGPU (GPU logiciel)": a software GPU qualifies only the backend that runs on it. */
export function backendLabel(b: BackendSummary, lang: Lang): string {
  const software = b.name === 'webgl' ? b.software : b.name === 'webgpu' ? b.adapter?.fallback === true : false;
  return `${b.name.toUpperCase()}${software ? ` (${softwareGpu[lang]})` : ''}`;
}

/** Fill `badge` with the backend's label and reason; `data-backend` carries the name for tests. */
export function fillBackendBadge(badge: HTMLElement, b: BackendSummary, lang: Lang): void {
  badge.textContent = backendLabel(b, lang);
  badge.title = b.reason;
  badge.dataset.backend = b.name;
}

/**
 * Pin a "Calcul : WASM" badge in the bottom strip of the slide that holds `el` (once per mount; the slide's
 * pristine body, restored on leave, has none). Not in print mode. Returns the badge, or null when not shown.
 */
export function pinBackendBadge(el: HTMLElement, scope: Scope, b: BackendSummary): HTMLElement | null {
  if (scope.mode === 'print' || scope.disposed) return null;
  const slide = el.closest('section') ?? el;
  let badge = slide.querySelector<HTMLElement>(':scope > .backend-badge');
  if (!badge) {
    badge = document.createElement('p');
    badge.className = 'backend-badge';
    badge.dataset.decorative = ''; // presenter information (which engine computes), not text the class must read
    slide.append(badge);
  }
  const value = document.createElement('span');
  value.className = 'badge';
  fillBackendBadge(value, b, scope.lang);
  badge.replaceChildren(`${computeOn[scope.lang]} `, value);
  badge.dataset.backend = b.name;
  return badge;
}
