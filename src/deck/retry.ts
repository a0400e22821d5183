/** The « Réessayer / Retry » button a failed load puts on its slide: it asks the deck to mount the slide afresh. */
import type { Lang } from '../i18n/lang.ts';

/** Event (bubbling from inside a slide's section) that asks the deck to remount that slide. */
export const RETRY_EVENT = 'deck:retry';

const label = { fr: 'Réessayer', en: 'Retry' };

/** A button that, when clicked, asks the deck to remount the slide it sits on. */
export function retryButton(lang: Lang): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'retry-button';
  button.textContent = label[lang];
  button.addEventListener('click', () => button.dispatchEvent(new CustomEvent(RETRY_EVENT, { bubbles: true })));
  return button;
}
