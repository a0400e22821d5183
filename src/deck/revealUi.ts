import type { Lang } from '../i18n/lang.ts';

/** reveal.js's own shortcuts, as its keyboard module names them (linear navigation off). */
const revealShortcuts: readonly [key: string, fr: string, en: string][] = [
  ['N  ,  SPACE', 'Diapositive suivante', 'Next slide'],
  ['P  ,  Shift SPACE', 'Diapositive précédente', 'Previous slide'],
  ['&#8592;  ,  H', 'Aller à gauche', 'Navigate left'],
  // reveal.js lists L here too, but the deck binds L to the language switch: → alone navigates right.
  ['&#8594;', 'Aller à droite', 'Navigate right'],
  ['&#8593;  ,  K', 'Aller en haut', 'Navigate up'],
  ['&#8595;  ,  J', 'Aller en bas', 'Navigate down'],
  ['Alt + &#8592;/&#8593/&#8594;/&#8595;', 'Naviguer sans les étapes', 'Navigate without fragments'],
  ['Shift + &#8592;/&#8593/&#8594;/&#8595;', 'Aller à la première / dernière diapositive', 'Jump to first/last slide'],
  ['B  ,  .', 'Pause (écran noir)', 'Pause (black screen)'],
  ['F', 'Plein écran', 'Fullscreen'],
  ['G', 'Aller à la diapositive…', 'Jump to slide'],
  ['ESC, O', 'Vue d’ensemble', 'Slide overview'],
];

/** Words of reveal.js's interface that it writes in English only. */
const words = {
  title: { fr: 'Raccourcis clavier', en: 'Keyboard shortcuts' },
  key: { fr: 'TOUCHE', en: 'KEY' },
  action: { fr: 'ACTION', en: 'ACTION' },
  left: { fr: 'diapositive précédente', en: 'previous slide' },
  right: { fr: 'diapositive suivante', en: 'next slide' },
  up: { fr: 'diapositive au-dessus', en: 'above slide' },
  down: { fr: 'diapositive au-dessous', en: 'below slide' },
  jump: { fr: 'Aller à la diapositive', en: 'Jump to slide' },
} as const;

/** The deck's keys in the help overlay, with reveal.js's own. */
export const deckShortcuts: readonly [key: string, fr: string, en: string][] = [
  ['S', 'Vue présentateur', 'Speaker view'],
  ['L', 'Français ⇄ English', 'Français ⇄ English'],
  ['D', 'Thème sombre ⇄ clair', 'Dark ⇄ light theme'],
  ['C', 'Stylo (dessiner sur la diapositive)', 'Pen (draw on the slide)'],
  ['Q', 'Pointeur laser', 'Laser pointer'],
  ['Z', 'Zoom avant / arrière, comme Alt + clic (Échap pour sortir)', 'Zoom in / out, like Alt + click (Esc to leave)'],
];

/**
 * The help overlay's table in `lang`: reveal.js's shortcuts translated, L listed once (as the language switch),
 * then the deck's own keys. Written into reveal's shortcuts object, which its help overlay reads.
 */
export function localizedShortcuts(lang: Lang): Record<string, string> {
  const table: Record<string, string> = {};
  for (const [key, fr, en] of [...revealShortcuts, ...deckShortcuts]) table[key] = lang === 'fr' ? fr : en;
  return table;
}

/** What the deck needs of reveal.js to localise its interface. */
export interface RevealUiHost {
  getRevealElement(): HTMLElement | null;
  on(type: string, listener: () => void): void;
}

/** reveal.js's shortcuts table (its keyboard module is in its API object but not in its typings), or null. */
function shortcutsOf(reveal: RevealUiHost): Record<string, string> | null {
  const keyboard = (reveal as { keyboard?: { getShortcuts?: () => unknown } }).keyboard;
  const table = keyboard?.getShortcuts?.();
  return table && typeof table === 'object' ? (table as Record<string, string>) : null;
}

/** Put reveal.js's help overlay, arrow labels and jump-to-slide box in `lang`; call again after a language switch. */
export function localizeRevealUi(reveal: RevealUiHost, lang: Lang): void {
  const shortcuts = shortcutsOf(reveal);
  if (shortcuts) {
    for (const key of Object.keys(shortcuts)) delete shortcuts[key];
    Object.assign(shortcuts, localizedShortcuts(lang));
  }
  const root = reveal.getRevealElement();
  if (!root) return;
  root.dataset.uiLang = lang;
  for (const dir of ['left', 'right', 'up', 'down'] as const) {
    root.querySelector(`.controls .navigate-${dir}`)?.setAttribute('aria-label', words[dir][lang]);
  }
}

/** Translate the help overlay each time reveal.js opens it (it writes its title and headers in English). */
export function translateHelpOverlay(reveal: RevealUiHost, lang: () => Lang): void {
  const apply = (): void => {
    const l = lang();
    const help = document.querySelector('.r-overlay-help');
    if (help) {
      const title = help.querySelector('.title');
      if (title) title.textContent = words.title[l];
      const heads = help.querySelectorAll('th');
      if (heads[0]) heads[0].textContent = words.key[l];
      if (heads[1]) heads[1].textContent = words.action[l];
    }
    const jump = document.querySelector<HTMLInputElement>('.jump-to-slide-input');
    if (jump) {
      jump.placeholder = words.jump[l];
      jump.setAttribute('aria-label', words.jump[l]);
    }
  };
  reveal.on('showhelp', apply);
  // The jump box is created on G; translate it when it appears.
  document.addEventListener('keyup', (ev) => {
    if (ev.key === 'g' || ev.key === 'G') apply();
  });
}
