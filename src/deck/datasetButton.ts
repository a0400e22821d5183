import type { Lang, Localized } from '../i18n/lang.ts';
import type { DatasetInfo } from '../data/datasets.ts';

/** The data-set button in the corner of the live deck, with its notice line. */
export interface DatasetButton {
  /** Show the label for the data set in force, the other one it switches to, and the language. */
  update(current: DatasetInfo, next: DatasetInfo, lang: Lang): void;
  /** Show a notice under the corner buttons for NOTICE_MS (or until the presenter closes it, or the next notice). */
  notify(text: Localized, lang: Lang): void;
}

/** How long a data-set notice stays over the slide (the training slide's status line keeps saying it). */
export const NOTICE_MS = 12_000;

/** Add the data-set button (`.data-toggle`, `data-dataset`) and its notice (`.data-notice`) to `parent`; a click calls `onToggle`. */
export function createDatasetButton(parent: HTMLElement, onToggle: () => void): DatasetButton {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'data-toggle';
  button.addEventListener('click', onToggle);
  const notice = document.createElement('p');
  notice.className = 'data-notice';
  notice.setAttribute('role', 'status');
  notice.hidden = true;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'data-notice-close';
  close.textContent = '×';
  close.addEventListener('click', () => {
    notice.hidden = true;
  });
  const text = document.createElement('span');
  notice.append(text, close);
  parent.append(button, notice);
  let shown: Localized | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | null = null;
  return {
    update(current, next, lang) {
      const label = lang === 'fr' ? `Données\u00a0: ${current.name.fr}` : `Data: ${current.name.en}`;
      const action = lang === 'fr' ? `passer à ${next.name.fr} (les démonstrations et l’entraînement en direct)` : `switch to ${next.name.en} (the demos and the live training)`;
      button.textContent = label;
      button.dataset.dataset = current.id;
      button.title = action;
      button.setAttribute('aria-label', `${label} — ${action}`);
      close.setAttribute('aria-label', lang === 'fr' ? 'Fermer' : 'Close');
      if (shown) text.textContent = shown[lang];
    },
    notify(message, lang) {
      shown = message;
      text.textContent = message[lang];
      notice.hidden = false;
      if (hideTimer !== null) clearTimeout(hideTimer);
      hideTimer = setTimeout(() => {
        hideTimer = null;
        notice.hidden = true;
      }, NOTICE_MS);
    },
  };
}
