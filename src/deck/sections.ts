import type { Slide } from './types.ts';
import type { Lang } from '../i18n/lang.ts';
import { createSection, writeSlideInner } from './render.ts';
import type { DatasetId } from '../data/datasets.ts';

/** How many slides on each side of the current one are filled at once (a key press never meets an empty slide). */
export const FILL_AROUND = 1;

/**
 * Owner of the slides' `<section>` elements. Every section exists from the start (reveal.js counts them, deep links
 * find them) but its content is written when first needed: the current slide and FILL_AROUND slides on each side
 * (`fillAround`, on every slide change), all of them for print and the overview (`fillAll`). Opening the deck then
 * parses three slides' HTML instead of the whole deck's (~300 KB, 8,000 elements); a slide far ahead is written when
 * the presenter comes near it. Reading a section (`get`, `content`) always fills it first.
 */
export class Sections {
  private readonly byId = new Map<string, HTMLElement>();
  /** The data set whose speaker notes the sections carry (set by the deck before it renders them again). */
  dataset: DatasetId = 'mnist';
  private readonly filled = new Set<string>();
  private lang: Lang = 'fr';

  constructor(private readonly slides: readonly Slide[]) {}

  /** Create every section in `container`, in slide order; only the slides in `eager` get their content now. */
  build(container: HTMLElement, lang: Lang, eager: readonly string[] | 'all' = 'all'): void {
    this.lang = lang;
    this.slides.forEach((slide, i) => {
      const section = createSection(slide, lang, i, this.slides.length, this.dataset, eager === 'all' || eager.includes(slide.id));
      if (eager === 'all' || eager.includes(slide.id)) this.filled.add(slide.id);
      container.append(section);
      this.byId.set(slide.id, section);
    });
  }

  /** Whether a slide's section has its content. */
  isFilled(id: string): boolean {
    return this.filled.has(id);
  }

  /** The section of a slide, if built (filled first). */
  get(id: string): HTMLElement | undefined {
    this.fill(id);
    return this.byId.get(id);
  }

  /** The content container (`.slide-content`) of a slide, where its live part mounts (filled first). */
  content(id: string): HTMLElement | null {
    return this.get(id)?.querySelector<HTMLElement>('.slide-content') ?? null;
  }

  /** Fill the slide `id` and the FILL_AROUND slides on each side of it. */
  fillAround(id: string): void {
    const index = this.slides.findIndex((s) => s.id === id);
    if (index < 0) return;
    for (let i = Math.max(0, index - FILL_AROUND); i <= Math.min(this.slides.length - 1, index + FILL_AROUND); i++) this.fill(this.slides[i].id);
  }

  /** Fill every section now (print, overview). */
  fillAll(): void {
    for (const slide of this.slides) this.fill(slide.id);
  }

  /** Restore a slide's section from its body so the next mount starts clean and no live node lingers. */
  reset(id: string, lang: Lang): void {
    const index = this.slides.findIndex((s) => s.id === id);
    const section = this.byId.get(id);
    if (!section || index < 0) return;
    writeSlideInner(section, this.slides[index], lang, index, this.slides.length, this.dataset);
    this.filled.add(id);
    delete section.dataset.mounted;
  }

  /** Re-render every filled section in another language (the others are written in it when filled). */
  renderAll(lang: Lang): void {
    this.lang = lang;
    for (const slide of this.slides) if (this.filled.has(slide.id)) this.reset(slide.id, lang);
  }

  private fill(id: string): void {
    const section = this.byId.get(id);
    if (this.filled.has(id) || !section) return;
    this.reset(id, this.lang);
    // a slide reveal.js has already passed shows its steps, as reveal.js does for the slides it passes
    if (section.classList.contains('past')) for (const step of section.querySelectorAll('.fragment')) step.classList.add('visible');
  }
}

/** The slide id of a reveal.js address (`#/kl-divergence`, `#/kl-divergence/0/2`), or null (`#/3`, no hash). */
export function slideIdFromHash(hash: string): string | null {
  const m = /^#\/([a-z][\w-]*)/i.exec(hash);
  return m ? decodeURIComponent(m[1]) : null;
}
