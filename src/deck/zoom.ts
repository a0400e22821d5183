import Zoom from 'reveal.js/plugin/zoom';

/** reveal.js's zoom plugin settings: Alt-click on every system (its default is Ctrl-click on Linux), ×2. */
export const zoomOptions = { zoomKey: 'alt', zoomLevel: 2 } as const;

/** What the zoom needs of reveal.js. */
export interface ZoomHost {
  registerPlugin(plugin: ReturnType<typeof Zoom>): void;
  getRevealElement(): HTMLElement | null;
}

/** Whether the page is zoomed in (the plugin marks `<html class="zoomed">`). */
export function isZoomed(): boolean {
  return document.documentElement.classList.contains('zoomed');
}

/**
 * Zoom for the back row, through reveal.js's zoom plugin: Alt-click zooms on a point, Alt-click again or Esc zooms
 * out. Adds the keyboard way (Z, and from the speaker window) on the last pointer position, else the window's centre,
 * and keeps Esc from also opening the overview while zoomed.
 */
export class ZoomControl {
  private last: { x: number; y: number } | null = null;
  private readonly detach: () => void;

  constructor(private readonly reveal: ZoomHost) {
    reveal.registerPlugin(Zoom());
    const move = (ev: PointerEvent): void => {
      this.last = { x: ev.clientX, y: ev.clientY };
    };
    const key = (ev: KeyboardEvent): void => {
      // The plugin zooms out on Esc's keyup; reveal.js would open the overview on its keydown.
      if (ev.key === 'Escape' && isZoomed()) {
        ev.stopPropagation();
        ev.preventDefault();
      }
    };
    window.addEventListener('pointermove', move, { passive: true });
    window.addEventListener('keydown', key, true);
    this.detach = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('keydown', key, true);
    };
  }

  /** Zoom in on the pointer (or the centre), or back out: the same Alt-click the plugin answers. */
  toggle(): void {
    const el = this.reveal.getRevealElement();
    if (!el) return;
    // While zoomed, the last position was measured on the zoomed page: any point zooms out.
    const at = this.last ?? { x: window.innerWidth / 2, y: window.innerHeight / 2 };
    el.dispatchEvent(new MouseEvent('mousedown', { altKey: true, bubbles: true, clientX: at.x, clientY: at.y }));
  }

  /** Zoom out if zoomed in; returns whether it did. */
  out(): boolean {
    if (!isZoomed()) return false;
    this.toggle();
    return true;
  }

  /** Stop listening (the plugin itself lives as long as reveal.js). */
  dispose(): void {
    this.detach();
  }
}
