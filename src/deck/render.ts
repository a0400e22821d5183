import type { Slide } from './types.ts';
import type { Lang } from '../i18n/lang.ts';
import { escapeHtml } from '../escapeHtml.ts';
import type { DatasetId } from '../data/datasets.ts';
import { typesetPending } from './tex.ts';

/** Escape text for safe insertion into HTML (the one implementation, re-exported for the slides that import it here). */
export { escapeHtml };

/** The speaker notes of a slide for the deck's data set: its `datasetNotes` for that set when it has some, else `notes`. */
export function notesFor(slide: Slide, dataset: DatasetId): Slide['notes'] {
  return slide.datasetNotes?.[dataset] ?? slide.notes;
}

/** Inner HTML of a slide's <section> in one language: heading, content container, speaker notes (for `dataset`). */
export function renderSlideInner(slide: Slide, lang: Lang, index: number, total: number, dataset: DatasetId = 'mnist'): string {
  const heading = slide.className?.includes('title-slide')
    ? `<h1 class="slide-title">${escapeHtml(slide.title[lang])}</h1>`
    : `<h2 class="slide-title">${escapeHtml(slide.title[lang])}</h2>`;
  const section = slide.section ? `<p class="slide-section">${escapeHtml(slide.section[lang])}</p>` : '';
  return (
    `${section}${heading}` +
    `<div class="slide-content">${slide.body[lang]}</div>` +
    `<div class="slide-footer" aria-hidden="true">${index + 1} / ${total}</div>` +
    `<aside class="notes" data-dataset="${dataset}">${notesFor(slide, dataset)[lang]}</aside>`
  );
}

/** Create the <section> element for a slide; `filled` false leaves it empty (src/deck/sections.ts fills it later). */
export function createSection(slide: Slide, lang: Lang, index: number, total: number, dataset: DatasetId = 'mnist', filled = true): HTMLElement {
  const section = document.createElement('section');
  section.id = slide.id;
  section.dataset.slideId = slide.id;
  if (slide.className) section.className = slide.className;
  if (filled) writeSlideInner(section, slide, lang, index, total, dataset);
  return section;
}

/** Write a slide's inner HTML into its section, formulas typeset (KaTeX loaded) or left pending until it is. */
export function writeSlideInner(section: HTMLElement, slide: Slide, lang: Lang, index: number, total: number, dataset: DatasetId = 'mnist'): void {
  section.innerHTML = renderSlideInner(slide, lang, index, total, dataset);
  typesetPending(section);
}
