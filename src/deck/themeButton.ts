import type { ThemeName } from '../charts/palette.ts';
import type { Lang } from '../i18n/lang.ts';
import { ui } from './uiText.ts';

/** The dark/light button in the corner of the live deck. */
export interface ThemeButton {
  /** Show the label for the current theme and language. */
  update(theme: ThemeName, lang: Lang): void;
}

/** Add the theme button to `parent`; a click calls `onToggle`. Its accessible name starts with its visible text. */
export function createThemeButton(parent: HTMLElement, theme: ThemeName, lang: Lang, onToggle: () => void): ThemeButton {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'theme-toggle';
  button.addEventListener('click', onToggle);
  parent.append(button);
  const update = (t: ThemeName, l: Lang): void => {
    const text = ui.themeText[l];
    button.textContent = text;
    button.setAttribute('aria-pressed', String(t === 'dark'));
    button.setAttribute('aria-label', `${text} — ${ui.themeLabel[l]}`);
    button.title = ui.themeLabel[l];
  };
  update(theme, lang);
  return { update };
}
