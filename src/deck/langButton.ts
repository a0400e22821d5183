import type { Lang } from '../i18n/lang.ts';
import { ui } from './uiText.ts';

/** The EN/FR button in the corner of the live deck. */
export interface LangButton {
  /** Show the label for the deck's current language. */
  update(lang: Lang): void;
}

/** Add the language button to `parent`; a click calls `onToggle`. */
export function createLangButton(parent: HTMLElement, lang: Lang, onToggle: () => void): LangButton {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'lang-toggle';
  button.addEventListener('click', onToggle);
  parent.append(button);
  const update = (l: Lang): void => {
    button.textContent = ui.toggleText[l];
    button.title = ui.toggleLabel[l];
    // The accessible name starts with the visible text (WCAG 2.5.3, axe label-content-name-mismatch).
    button.setAttribute('aria-label', `${ui.toggleText[l]} — ${ui.toggleLabel[l]}`);
  };
  update(lang);
  return { update };
}
