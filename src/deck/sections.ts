import type { Slide } from './types.ts';
import type { Lang } from '../i18n/lang.ts';
import { createSection, renderSlideInner } from './render.ts';
import type { DatasetId } from '../data/datasets.ts';

/** Owner of the slides' `<section>` elements: builds them once, re-renders them pristine (one or all). */
export class Sections {
  private readonly byId = new Map<string, HTMLElement>();
  /** The data set whose speaker notes the sections carry (set by the deck before it renders them again). */
  dataset: DatasetId = 'mnist';

  constructor(private readonly slides: readonly Slide[]) {}

  /** Create every section in `container`, in slide order. */
  build(container: HTMLElement, lang: Lang): void {
    this.slides.forEach((slide, i) => {
      const section = createSection(slide, lang, i, this.slides.length, this.dataset);
      container.append(section);
      this.byId.set(slide.id, section);
    });
  }

  /** The section of a slide, if built. */
  get(id: string): HTMLElement | undefined {
    return this.byId.get(id);
  }

  /** The content container (`.slide-content`) of a slide, where its live part mounts. */
  content(id: string): HTMLElement | null {
    return this.byId.get(id)?.querySelector<HTMLElement>('.slide-content') ?? null;
  }

  /** Restore a slide's section from its body so the next mount starts clean and no live node lingers. */
  reset(id: string, lang: Lang): void {
    const index = this.slides.findIndex((s) => s.id === id);
    const section = this.byId.get(id);
    if (!section || index < 0) return;
    section.innerHTML = renderSlideInner(this.slides[index], lang, index, this.slides.length, this.dataset);
    delete section.dataset.mounted;
  }

  /** Re-render every section in another language. */
  renderAll(lang: Lang): void {
    for (const slide of this.slides) this.reset(slide.id, lang);
  }
}
