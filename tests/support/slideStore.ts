import type { Slide, SlideEntry } from '../../src/deck/types.ts';
import { SlideStore } from '../../src/deck/slideStore.ts';

/** Entries that hand out these slides as if their modules had been fetched. */
export function entriesOf(slides: readonly Slide[]): SlideEntry[] {
  return slides.map((slide) => ({ ...slide, load: () => Promise.resolve(slide) }));
}

/** A store holding these slides, every one loaded. */
export async function loadedStore(slides: readonly Slide[], onLoad?: (slide: Slide) => void): Promise<SlideStore> {
  const store = new SlideStore(entriesOf(slides), onLoad);
  await store.loadAll();
  return store;
}
