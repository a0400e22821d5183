import type Reveal from 'reveal.js';
import type { MountMode } from './types.ts';
import { zoomOptions } from './zoom.ts';

/** reveal.js's options object. */
export type RevealOptions = NonNullable<ConstructorParameters<typeof Reveal>[1]>;

/** The deck's own keys on top of reveal.js's. */
export interface DeckKeys {
  /** L: switch the language. */
  toggleLang(): void;
  /** S: open the speaker view (ours: CSP-safe, no inline script). */
  openSpeakerView(): void;
  /** D: dark ⇄ light theme. */
  toggleTheme(): void;
  /** C: pen on/off. */
  togglePen(): void;
  /** Q: laser pointer on/off. */
  toggleLaser(): void;
  /** Z: zoom in on the pointer / out (Alt-click does the same with the mouse). */
  toggleZoom(): void;
}

/** reveal.js options for a 1280×720 deck: controls only when live, notes on paper only when asked for. */
export function revealOptions(mode: MountMode, printNotes: boolean, phone: boolean, keys: DeckKeys): RevealOptions {
  return {
    // a phone window starts with reveal.js's scaling off (src/deck/phoneLayout.ts)
    disableLayout: phone,
    hash: true,
    width: 1280,
    height: 720,
    margin: 0.04,
    minScale: 0.2,
    maxScale: 2.0,
    center: false,
    controls: mode === 'live',
    progress: true,
    transition: 'fade',
    transitionSpeed: 'fast',
    // No scroll view on narrow windows (≤ 435 px by default): it rewrote shared links to #/title, ignored
    // programmatic navigation and threw where site storage is blocked (it keeps its position in sessionStorage).
    scrollActivationWidth: 0,
    pdfMaxPagesPerSlide: 1,
    pdfSeparateFragments: false,
    showNotes: mode === 'print' && printNotes,
    keyboard: {
      76: () => keys.toggleLang(),
      83: () => keys.openSpeakerView(),
      68: () => keys.toggleTheme(),
      67: () => keys.togglePen(),
      81: () => keys.toggleLaser(),
      90: () => keys.toggleZoom(),
    },
    ...zoomOptions,
  };
}
