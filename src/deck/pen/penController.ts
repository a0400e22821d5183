import type { Lang } from '../../i18n/lang.ts';
import { AnnotationStore, type AnnotationStorage } from './annotations.ts';
import { PenLayer, type PenMode } from './penLayer.ts';
import { createPenToolbar, type PenToolbar } from './penToolbar.ts';
import type { PenColour } from './strokes.ts';

/** sessionStorage, or null where the browser blocks it. */
export function sessionStorageOrNull(): AnnotationStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Owner of the pen's mode and colour in the live deck: drives the overlay and the toolbar (keys C and Q, buttons). */
export class PenController {
  private mode: PenMode = 'off';
  private colour: PenColour = 'vermillion';
  private slideId: string | null = null;
  private readonly layer: PenLayer;
  private readonly toolbar: PenToolbar;

  constructor(slidesBox: HTMLElement, toolbarParent: HTMLElement, private lang: Lang, readonly store: AnnotationStore) {
    this.layer = new PenLayer(slidesBox, store);
    this.toolbar = createPenToolbar(toolbarParent, {
      togglePen: () => this.togglePen(),
      toggleLaser: () => this.toggleLaser(),
      toggleEraser: () => this.set(this.mode === 'eraser' ? 'pen' : 'eraser'),
      setColour: (c) => {
        this.colour = c;
        this.set('pen');
      },
      clear: () => {
        if (this.slideId) this.store.clear(this.slideId);
      },
    });
    this.set('off');
  }

  /** The pointer's current job. */
  get current(): PenMode {
    return this.mode;
  }

  /** C: pen on (from off or laser) or off (from pen or eraser). */
  togglePen(): void {
    this.set(this.mode === 'pen' || this.mode === 'eraser' ? 'off' : 'pen');
  }

  /** Q: laser pointer on or off. */
  toggleLaser(): void {
    this.set(this.mode === 'laser' ? 'off' : 'laser');
  }

  /** Show the drawings of the slide now on screen. */
  show(slideId: string | null): void {
    this.slideId = slideId;
    this.layer.show(slideId);
  }

  /** Relabel the toolbar after a language switch (the drawings stay). */
  setLang(lang: Lang): void {
    this.lang = lang;
    this.toolbar.update(this.mode, this.colour, lang);
  }

  private set(mode: PenMode): void {
    this.mode = mode;
    this.layer.setMode(mode, this.colour);
    this.toolbar.update(mode, this.colour, this.lang);
    document.documentElement.dataset.pen = mode;
  }
}
