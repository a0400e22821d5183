import type { Lang, Localized } from '../i18n/lang.ts';
import type { LiveServices } from '../live/services.ts';
import type { DatasetId } from '../data/datasets.ts';

/** How a slide is being shown: live on the main screen, as a static page for print/PDF, or as a speaker-view preview. */
export type MountMode = 'live' | 'print' | 'preview';

/** A numeric slide parameter that can be set from the URL query (e.g. `?mu1=0&s1=1#/kl-divergence`). */
export interface ParamSpec {
  /** Query-string name; unique across the whole deck. */
  name: string;
  min: number;
  max: number;
  default: number;
  /** Slider step; values read from the URL are clamped to [min, max] but not rounded. */
  step?: number;
}

/**
 * The lifetime of a mounted slide. Everything registered through it is released when the presenter
 * leaves the slide (or the language changes, or the deck is destroyed).
 */
export interface Scope {
  /** Current language. */
  readonly lang: Lang;
  /** How the slide is shown. In 'print' draw a meaningful static state; in 'preview' start nothing heavy. */
  readonly mode: MountMode;
  /** Aborted when the scope is disposed; pass it to fetch() and check it after every await. */
  readonly signal: AbortSignal;
  /** True once the scope has been disposed. */
  readonly disposed: boolean;
  /** The page's services (live training, pretrained models), the same for every slide. */
  readonly services: LiveServices;
  /** Pick the string for the current language. */
  t(text: Localized): string;
  /** Current value of a declared parameter (from the URL, clamped, or its default). */
  param(name: string): number;
  /** Record a new value for a declared parameter (updates the shareable URL). Returns the clamped value. */
  setParam(name: string, value: number): number;
  /** addEventListener that is removed on dispose. */
  listen<K extends keyof HTMLElementEventMap>(
    target: EventTarget,
    type: K | string,
    handler: (ev: any) => void,
    options?: AddEventListenerOptions,
  ): void;
  /** setTimeout cleared on dispose. */
  timeout(fn: () => void, ms: number): number;
  /** setInterval cleared on dispose. */
  interval(fn: () => void, ms: number): number;
  /** requestAnimationFrame cancelled on dispose (one frame; call again to loop). */
  frame(fn: (t: number) => void): number;
  /** Terminate this worker on dispose. */
  worker<W extends { terminate(): void }>(w: W): W;
  /** Dispose this object (tensor, chart, model…) on dispose. Returns it. */
  own<T extends { dispose(): void } | { destroy(): void }>(thing: T): T;
  /** Run this function on dispose (last registered runs first). */
  onDispose(fn: () => void): void;
}

/** An agenda section: its stable key (the agenda groups slides by it) and its name in each language. */
export interface Section extends Localized {
  readonly key: string;
}

/**
 * What the deck knows of a slide before its module is loaded: its identity, its place in the agenda and how to fetch the
 * rest. The list of entries (slides/index.ts) owns these fields; a slide's module owns its content (`SlideContent`).
 */
export interface SlideEntry {
  /** Stable id used in the URL hash (`#/kl-divergence`) and as the section id. Lowercase, dashes. */
  id: string;
  /** Slide title in each language (plain text; shown as the slide heading, in the agenda, PDF and PPTX). */
  title: Localized;
  /** Agenda section, taken from the shared table `slides/sections.ts` (the agenda groups consecutive slides by its key). */
  section?: Section;
  /** True when the live part is expensive (tfjs, training): not started in speaker-view previews. */
  heavy?: boolean;
  /** Extra class names for the <section> (e.g. 'title-slide'). */
  className?: string;
  /**
   * The whole slide, its module fetched on first call (one chunk per slide module: opening the deck downloads only the
   * slides it shows). The same promise on every call; after a failure (network) the next call tries again.
   */
  load(): Promise<Slide>;
}

/** What a slide's module defines: everything but the fields its entry in slides/index.ts owns. */
export interface SlideContent {
  /** Static body HTML in each language (KaTeX already rendered via src/deck/tex.ts). */
  body: Localized;
  /** Speaker notes in each language (plain text or simple HTML), complete enough for a substitute teacher. */
  notes: Localized;
  /** Speaker notes replacing `notes` when the deck shows another data set than MNIST (`?data=`); notes name what the slide shows. */
  datasetNotes?: Partial<Record<DatasetId, Localized>>;
  /** URL-settable parameters of this slide's widgets (declared to the deck when the slide loads). */
  params?: ParamSpec[];
  /** Build the live parts inside `el`, the slide's content container holding `body` (find placeholders in it). May be async; check scope.signal after awaits. */
  mount?(el: HTMLElement, scope: Scope): void | Promise<void>;
}

/** One slide of the deck, loaded: its entry's fields and its module's content. */
export interface Slide extends Omit<SlideEntry, 'load'>, SlideContent {}
