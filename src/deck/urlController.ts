import type { MountMode, Slide } from './types.ts';
import type { Lang } from '../i18n/lang.ts';
import type { DatasetId } from '../data/datasets.ts';
import { queryWithDataset } from './datasetController.ts';
import { createParamStore, queryWithParams, type ParamStore } from './params.ts';

/** Longest delay between a slider move and the URL showing it. */
export const URL_WRITE_MS = 200;

/** The query string with `lang` set for English and removed for French (the default), other keys kept. */
export function queryWithLang(search: string, lang: Lang): string {
  const query = new URLSearchParams(search);
  if (lang === 'fr') query.delete('lang');
  else query.set('lang', lang);
  const q = query.toString();
  return q ? `?${q}` : '';
}

/**
 * Owner of the address bar: the slide parameters read from the query, written back (live mode only) at most every
 * URL_WRITE_MS — a replaceState per input event costs ~2 ms of a drag's frame, and Chromium throttles (and warns
 * about) pages that call it hundreds of times in a few seconds — and the `lang` and `data` keys.
 */
export class UrlController {
  /** Current values of every slide parameter. */
  readonly params: ParamStore;
  private pendingWrite: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly mode: MountMode, private readonly location: Location = window.location) {
    this.params = createParamStore(new Map(), location.search, (store) => {
      if (this.mode !== 'live' || this.pendingWrite !== null) return;
      this.pendingWrite = setTimeout(() => {
        this.pendingWrite = null;
        this.replace(queryWithParams(this.location.search, store, store.names()));
      }, URL_WRITE_MS);
    });
  }

  /**
   * Declare a slide's parameters when its module arrives, valued from the query as it is now (a key of a slide not
   * loaded yet stays in the address bar untouched until then).
   */
  declare(slide: Slide): void {
    this.params.declare(slide.params ?? [], this.location.search);
  }

  /** Put the language in the query now (French is the default and leaves no key). */
  writeLang(lang: Lang): void {
    this.replace(queryWithLang(this.location.search, lang));
  }

  /** Put the data set in the query now (MNIST is the default and leaves no key). */
  writeDataset(id: DatasetId): void {
    this.replace(queryWithDataset(this.location.search, id));
  }

  private replace(query: string): void {
    window.history.replaceState(null, '', `${this.location.pathname}${query}${this.location.hash}`);
  }
}
