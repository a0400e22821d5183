import type { Slide } from './types.ts';
import type { Lang } from '../i18n/lang.ts';
import { escapeHtml } from '../escapeHtml.ts';

/** Escape text for safe insertion into HTML (the one implementation, re-exported for the slides that import it here). */
export { escapeHtml };

/** Inner HTML of a slide's <section> in one language: heading, content container, speaker notes. */
export function renderSlideInner(slide: Slide, lang: Lang, index: number, total: number): string {
  const heading = slide.className?.includes('title-slide')
    ? `<h1 class="slide-title">${escapeHtml(slide.title[lang])}</h1>`
    : `<h2 class="slide-title">${escapeHtml(slide.title[lang])}</h2>`;
  const section = slide.section ? `<p class="slide-section">${escapeHtml(slide.section[lang])}</p>` : '';
  return (
    `${section}${heading}` +
    `<div class="slide-content">${slide.body[lang]}</div>` +
    `<div class="slide-footer" aria-hidden="true">${index + 1} / ${total}</div>` +
    `<aside class="notes">${slide.notes[lang]}</aside>`
  );
}

/** Create the <section> element for a slide; `filled` false leaves it empty (src/deck/sections.ts fills it later). */
export function createSection(slide: Slide, lang: Lang, index: number, total: number, filled = true): HTMLElement {
  const section = document.createElement('section');
  section.id = slide.id;
  section.dataset.slideId = slide.id;
  if (slide.className) section.className = slide.className;
  if (filled) section.innerHTML = renderSlideInner(slide, lang, index, total);
  return section;
}
