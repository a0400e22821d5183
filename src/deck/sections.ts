import type { Lang } from '../i18n/lang.ts';
import { createSection, writeLoadFailure, writeSlideInner } from './render.ts';
import type { DatasetId } from '../data/datasets.ts';
import type { SlideStore } from './slideStore.ts';

/** How many slides on each side of the current one are filled at once (a key press never meets an empty slide). */
export const FILL_AROUND = 1;

/**
 * Owner of the slides' `<section>` elements. Every section exists from the start (reveal.js counts them, deep links
 * find them) but its content is written when first needed: the current slide and FILL_AROUND slides on each side
 * (`fillAround`, on every slide change), all of them for print and the overview (`fillAll`). A slide whose module has
 * not arrived yet is written when it arrives (`onFilled` then tells the deck); one that cannot be fetched shows its
 * title, the reason and a « Réessayer » button. Reading a section (`get`, `content`) fills it first when it can.
 */
export class Sections {
  private readonly byId = new Map<string, HTMLElement>();
  /** The data set whose speaker notes the sections carry (set by the deck before it renders them again). */
  dataset: DatasetId = 'mnist';
  private readonly filled = new Set<string>();
  private lang: Lang = 'fr';

  /** `onFilled(id)` runs when a section is written after its module arrived (the deck re-reads the current slide's steps). */
  constructor(
    private readonly store: SlideStore,
    private readonly onFilled: (id: string) => void = () => {},
  ) {}

  /** Create every section in `container`, in slide order; the loaded slides in `eager` get their content now. */
  build(container: HTMLElement, lang: Lang, eager: readonly string[] | 'all' = 'all'): void {
    this.lang = lang;
    for (const entry of this.store.entries) {
      const section = createSection(entry);
      container.append(section);
      this.byId.set(entry.id, section);
      if (eager === 'all' || eager.includes(entry.id)) this.fill(entry.id);
    }
  }

  /** Whether a slide's section has its content. */
  isFilled(id: string): boolean {
    return this.filled.has(id);
  }

  /** The section of a slide, if built (filled first when its module is here). */
  get(id: string): HTMLElement | undefined {
    this.fill(id);
    return this.byId.get(id);
  }

  /** The content container (`.slide-content`) of a slide, where its live part mounts (filled first). */
  content(id: string): HTMLElement | null {
    return this.get(id)?.querySelector<HTMLElement>('.slide-content') ?? null;
  }

  /** Fill the slide `id` and the FILL_AROUND slides on each side of it (a slide whose fetch failed: `id` is tried again). */
  fillAround(id: string): void {
    const index = this.store.ids.indexOf(id);
    if (index < 0) return;
    for (let i = Math.max(0, index - FILL_AROUND); i <= Math.min(this.store.ids.length - 1, index + FILL_AROUND); i++) this.fill(this.store.ids[i], i === index);
  }

  /** Fill every section (print, overview): now for the slides loaded, on arrival for the others. */
  fillAll(): void {
    for (const id of this.store.ids) this.fill(id);
  }

  /** Restore a slide's section from its body so the next mount starts clean and no live node lingers. */
  reset(id: string, lang: Lang): void {
    const index = this.store.ids.indexOf(id);
    const section = this.byId.get(id);
    const slide = this.store.get(id);
    if (!section || index < 0 || !slide) return;
    writeSlideInner(section, slide, lang, index, this.store.ids.length, this.dataset);
    this.filled.add(id);
    delete section.dataset.mounted;
  }

  /** Re-render every filled section in another language (the others are written in it when filled). */
  renderAll(lang: Lang): void {
    this.lang = lang;
    for (const id of this.store.ids) {
      if (this.filled.has(id)) this.reset(id, lang);
      else if (this.byId.get(id)?.dataset.loadFailed) this.fill(id); // the failure notice, in the new language
    }
  }

  /** Fetch a slide whose module failed to arrive again (its « Réessayer » button), and write it when it does. */
  retry(id: string): void {
    if (!this.filled.has(id)) this.fill(id, true);
  }

  /**
   * Write slide `id` if its module is here; else fetch it and write it on arrival. A slide whose last fetch failed shows
   * its failure at once and is fetched again only when asked (`refetch`: its « Réessayer » button), not each time
   * something reads its section (the speaker view's mirror reads the current one four times a second).
   */
  private fill(id: string, refetch = false): void {
    const section = this.byId.get(id);
    if (this.filled.has(id) || !section) return;
    const entry = this.store.entry(id);
    const failed = this.store.failure(id);
    if (!this.store.get(id) && failed !== undefined && !refetch) {
      if (entry) writeLoadFailure(section, entry, this.lang, failed instanceof Error ? failed.message : String(failed));
      return;
    }
    if (!this.store.get(id)) {
      // on arrival: the slide (and the deck is told); on failure: the notice, written by the branch above
      this.store.load(id).then(
        () => {
          if (this.filled.has(id)) return;
          this.fill(id);
          this.onFilled(id);
        },
        () => this.fill(id),
      );
      return;
    }
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
