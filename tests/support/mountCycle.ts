import type { MountMode, Slide } from '../../src/deck/types.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { createScope } from '../../src/deck/scope.ts';
import { collectParams, createParamStore, type ParamStore } from '../../src/deck/params.ts';
import { renderSlideInner } from '../../src/deck/render.ts';
import type { LiveServices } from '../../src/live/services.ts';
import { testServices } from './services.ts';

/** A section attached to the document, rendered like the deck renders it. */
export function attachSection(slide: Slide, lang: Lang): HTMLElement {
  const section = document.createElement('section');
  section.id = slide.id;
  section.innerHTML = renderSlideInner(slide, lang, 0, 1);
  document.body.append(section);
  return section;
}

/** Mount and unmount a slide `times` times exactly as the deck does (scope, dispose, pristine re-render). */
export async function mountCycle(
  slide: Slide,
  times: number,
  opts: { lang?: Lang; mode?: MountMode; params?: ParamStore; services?: Partial<LiveServices> } = {},
): Promise<void> {
  const lang = opts.lang ?? 'fr';
  const params = opts.params ?? createParamStore(collectParams([slide]), '');
  const section = attachSection(slide, lang);
  const services = testServices(opts.services);
  try {
    for (let i = 0; i < times; i++) {
      const scope = createScope({
        lang,
        mode: opts.mode ?? 'live',
        params,
        declared: (slide.params ?? []).map((p) => p.name),
        services,
      });
      await slide.mount?.(section.querySelector<HTMLElement>('.slide-content')!, scope);
      scope.dispose();
      section.innerHTML = renderSlideInner(slide, lang, 0, 1);
    }
  } finally {
    section.remove();
  }
}
