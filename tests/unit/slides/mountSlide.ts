import { afterEach } from 'vitest';
import type { MountMode, Slide } from '../../../src/deck/types.ts';
import type { Lang } from '../../../src/i18n/lang.ts';
import { createScope, type OwnedScope } from '../../../src/deck/scope.ts';
import { collectParams, createParamStore, type ParamStore } from '../../../src/deck/params.ts';
import { attachSection } from '../../support/mountCycle.ts';
import { testServices } from '../../support/services.ts';
import type { LiveServices } from '../../../src/live/services.ts';

/** A slide mounted in jsdom the way the deck mounts it, with its URL query. */
export interface Mounted {
  section: HTMLElement;
  scope: OwnedScope;
  params: ParamStore;
  /** The element matching a selector (fails the test if missing). */
  get<T extends Element = HTMLElement>(sel: string): T;
  /** The raw number in an element's data-value. */
  value(sel: string): number;
  /** Move a slider as a user would (set value, dispatch 'input'). */
  slide(name: string, value: number): void;
}

/** Scopes mounted by the current test: disposed after it, so no timer of a slide outlives its test file's DOM. */
const mountedScopes: OwnedScope[] = [];
afterEach(() => {
  for (const scope of mountedScopes.splice(0)) scope.dispose();
});

/** Mount a slide in the document with a language, mode and query string (disposed after the test). */
export async function mountSlide(
  slide: Slide,
  opts: { lang?: Lang; mode?: MountMode; search?: string; services?: Partial<LiveServices> } = {},
): Promise<Mounted> {
  const lang = opts.lang ?? 'fr';
  const params = createParamStore(collectParams([slide]), opts.search ?? '');
  const section = attachSection(slide, lang);
  const scope = createScope({ lang, mode: opts.mode ?? 'live', params, declared: (slide.params ?? []).map((p) => p.name), services: testServices(opts.services) });
  mountedScopes.push(scope);
  await slide.mount?.(section.querySelector<HTMLElement>('.slide-content')!, scope);
  const get = <T extends Element = HTMLElement>(sel: string): T => {
    const el = section.querySelector<T>(sel);
    if (!el) throw new Error(`no ${sel} in slide ${slide.id}`);
    return el;
  };
  return {
    section,
    scope,
    params,
    get,
    value: (sel) => Number(get(sel).getAttribute('data-value')),
    slide(name, value) {
      const input = get<HTMLInputElement>(`input[name="${name}"]`);
      input.value = String(value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
  };
}

/** Checks every slide of this group must pass: both languages, params in range, KaTeX rendered (notes: shape.test.ts). */
export function checkStaticContent(slide: Slide): void {
  for (const lang of ['fr', 'en'] as const) {
    if (!slide.title[lang] || !slide.body[lang].includes('class="katex"')) throw new Error(`${slide.id}: ${lang} body lacks KaTeX`);
  }
  if (slide.body.fr === slide.body.en || slide.notes.fr === slide.notes.en) throw new Error(`${slide.id}: fr and en are identical`);
  collectParams([slide]);
}
