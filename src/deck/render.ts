import type { Slide, SlideEntry } from './types.ts';
import type { Lang } from '../i18n/lang.ts';
import { escapeHtml } from '../escapeHtml.ts';
import type { DatasetId } from '../data/datasets.ts';
import { typesetPending } from './tex.ts';
import { ui } from './uiText.ts';
import { retryButton } from './retry.ts';

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

/** Create the empty <section> element of a slide (src/deck/sections.ts writes its content when first needed). */
export function createSection(entry: Pick<SlideEntry, 'id' | 'className'>): HTMLElement {
  const section = document.createElement('section');
  section.id = entry.id;
  section.dataset.slideId = entry.id;
  if (entry.className) section.className = entry.className;
  return section;
}

/** What a slide's section shows when its module could not be fetched: its title, why, and a « Réessayer » button. */
export function writeLoadFailure(section: HTMLElement, entry: Pick<SlideEntry, 'title'>, lang: Lang, message: string): void {
  section.innerHTML =
    `<h2 class="slide-title">${escapeHtml(entry.title[lang])}</h2>` +
    `<div class="slide-content"><div class="mount-error" role="alert">${escapeHtml(ui.loadFailed[lang])} ${escapeHtml(message)}</div></div>`;
  section.querySelector('.mount-error')?.append(' ', retryButton(lang));
  section.dataset.loadFailed = 'true';
}

/** Write a slide's inner HTML into its section, formulas typeset (KaTeX loaded) or left pending until it is. */
export function writeSlideInner(section: HTMLElement, slide: Slide, lang: Lang, index: number, total: number, dataset: DatasetId = 'mnist'): void {
  delete section.dataset.loadFailed;
  section.innerHTML = renderSlideInner(slide, lang, index, total, dataset);
  typesetPending(section);
}
