import type { Slide, SlideEntry } from './types.ts';

/**
 * Owner of the deck's slides: the entries, known from the start (ids, titles, sections), and the slides whose module
 * has arrived. Each slide module is its own chunk, fetched the first time the deck needs it (the slide shown, its
 * neighbours, print, the overview), so opening the deck downloads the title and the agenda, not the 34 slides' code.
 */
export class SlideStore {
  readonly ids: readonly string[];
  private readonly loaded = new Map<string, Slide>();
  /** Why the last fetch of a slide failed (cleared when one succeeds). */
  private readonly failures = new Map<string, unknown>();

  /** `onLoad` sees each slide once, when its module arrives (the deck declares its URL parameters there). */
  constructor(
    readonly entries: readonly SlideEntry[],
    private readonly onLoad: (slide: Slide) => void = () => {},
  ) {
    this.ids = entries.map((e) => e.id);
  }

  /** The entry of `id`, if the deck has such a slide. */
  entry(id: string): SlideEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  /** The slide `id` if its module has arrived, else undefined (see `load`). */
  get(id: string): Slide | undefined {
    return this.loaded.get(id);
  }

  /** Why the last fetch of slide `id` failed, or undefined (never tried, on its way, or here). */
  failure(id: string): unknown {
    return this.failures.get(id);
  }

  /** The slides loaded so far, in deck order. */
  slides(): Slide[] {
    return this.ids.flatMap((id) => this.loaded.get(id) ?? []);
  }

  /** Fetch slide `id`'s module (once); rejects when it cannot be fetched (the next call tries again). */
  async load(id: string): Promise<Slide> {
    const entry = this.entry(id);
    if (!entry) throw new Error(`No slide "${id}"`);
    let slide: Slide;
    try {
      slide = await entry.load();
    } catch (err) {
      this.failures.set(id, err);
      throw err;
    }
    this.failures.delete(id);
    if (!this.loaded.has(id)) {
      this.onLoad(slide);
      this.loaded.set(id, slide);
    }
    return slide;
  }

  /** Load several slides; resolves when each has arrived or failed (a failed one shows its notice where it is shown). */
  async loadMany(ids: Iterable<string>): Promise<void> {
    await Promise.allSettled([...ids].map((id) => this.load(id)));
  }

  /** Load every slide (print, the overview). */
  loadAll(): Promise<void> {
    return this.loadMany(this.ids);
  }
}
