/** Browser-side steps of the handout export: notes under the slide, and the layout read back for the tests. */
import type { Page } from 'playwright-core';

/** A rectangle in fractions (0..1) of its PDF page. */
export interface PageRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What one printed page shows, read from the print layout just before printing. */
export interface HandoutPage {
  id: string;
  /** The slide title as shown (plain text). */
  title: string;
  /** Live graphics (SVG charts, canvases, images) of the slide, in fractions of the page. */
  charts: PageRect[];
  /** Rendered text of every KaTeX formula on the slide. */
  math: string[];
  /** Plain text of the speaker notes printed on the page ('' without --notes). */
  notes: string;
  /** The "n / N" written on the page. */
  pageNumber: string;
  /** Chart series drawn with no data (SVG paths whose `d` is empty): a blank curve on paper. */
  emptySeries: number;
}

/** Run a self-contained function in the page (tsx may reference its `__name` helper, so define it there). */
export function evalInPage<A, R>(page: Page, fn: (arg: A) => R, arg: A): Promise<R> {
  return page.evaluate(`(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`) as Promise<R>;
}

/** Labels of the notes box on the printed page. */
export const notesLabel = { fr: 'Notes pour l’enseignant', en: 'Speaker notes' } as const;

/**
 * Reveal prints inline notes over the bottom of the slide, hiding charts. Move them below the slide:
 * every page grows by the tallest notes box so the PDF keeps one uniform page size.
 */
export function notesBelowSlides(label: string): { width: number; height: number } {
  const pages = Array.from(document.querySelectorAll<HTMLElement>('.reveal .pdf-page'));
  const width = parseFloat(document.body.style.width) || pages[0]?.offsetWidth || 0;
  const slideHeight = parseFloat(document.body.style.height) || pages[0]?.offsetHeight || 0;
  const style = document.createElement('style');
  style.textContent =
    `html.reveal-print .reveal .speaker-notes-pdf{position:absolute;right:auto;font:16px/1.4 "Source Sans Pro",system-ui,sans-serif;color:#222;background:#f5f5f5;` +
    `border:0;border-top:3px solid #0072b2;padding:12px 18px;overflow:visible;max-height:none;height:auto}` +
    `html.reveal-print .reveal .speaker-notes-pdf:before{content:${JSON.stringify(label)};font-weight:600;opacity:.7}` +
    `html.reveal-print .reveal .speaker-notes-pdf p{margin:0 0 .45em}` +
    // a slide whose content runs past its 720 px must not spill over its notes
    `html.reveal-print .reveal .pdf-page>section[data-slide-id]{height:720px;overflow:hidden}`;
  document.head.append(style);
  let tallest = 0;
  for (const page of pages) {
    const notes = page.querySelector<HTMLElement>('.speaker-notes-pdf');
    if (!notes) continue;
    // Reveal positions the box with inline styles (bottom of the slide); override them the same way.
    Object.assign(notes.style, { left: '24px', width: `${width - 48}px`, top: `${slideHeight}px`, bottom: 'auto' });
    tallest = Math.max(tallest, notes.offsetHeight);
  }
  const height = Math.ceil(slideHeight + tallest + 24);
  for (const page of pages) page.style.height = `${height}px`;
  const pageRule = document.createElement('style');
  pageRule.textContent = `@page{size:${width}px ${height}px;margin:0}`;
  document.head.append(pageRule);
  document.body.style.height = `${height}px`;
  return { width, height };
}

/** Write "n / N" at the bottom centre of every printed page. */
export function numberPages(): number {
  const pages = Array.from(document.querySelectorAll<HTMLElement>('.reveal .pdf-page'));
  const style = document.createElement('style');
  style.textContent =
    `html.reveal-print .reveal .pdf-page .page-number{position:absolute;left:50%;transform:translateX(-50%);bottom:6px;z-index:10;` +
    `font:16px/1 "Source Sans Pro",system-ui,sans-serif;color:#555;background:rgba(255,255,255,.85);padding:2px 6px}` +
    // the deck's own footer sits below the 720 px a printed slide keeps (cut off by the page): this number replaces it
    `html.reveal-print .reveal .pdf-page .slide-footer{display:none}`;
  document.head.append(style);
  pages.forEach((page, i) => {
    page.querySelector('.page-number')?.remove();
    const n = document.createElement('div');
    n.className = 'page-number';
    n.textContent = `${i + 1} / ${pages.length}`;
    page.append(n);
  });
  return pages.length;
}

/**
 * Elements of a printed slide that run past its 1280×720 area (so past its page, or under its notes):
 * "slide-id: tag.class (right/bottom overflow in px)" for each, ignoring hidden and zero-size elements.
 */
export function overflowingElements(): string[] {
  const out: string[] = [];
  for (const section of Array.from(document.querySelectorAll<HTMLElement>('.reveal .pdf-page section[data-slide-id]'))) {
    const s = section.getBoundingClientRect();
    const right = s.left + 1280;
    const bottom = s.top + 720;
    for (const el of Array.from(section.querySelectorAll<Element>('*'))) {
      // notes are moved below the slide; KaTeX's MathML is visually hidden; SVG children are clipped by their SVG
      if (el.closest('aside.notes, .speaker-notes-pdf, .katex-mathml') || el.parentElement?.closest('svg')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || cs.display === 'none') continue;
      const dx = r.right - right;
      const dy = r.bottom - bottom;
      const dl = s.left - r.left;
      const dt = s.top - r.top;
      if (Math.max(dx, dy, dl, dt) > 1) {
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        out.push(`${section.dataset.slideId}: ${el.tagName.toLowerCase()}${cls} (right ${Math.round(dx)}, bottom ${Math.round(dy)}, left ${Math.round(dl)}, top ${Math.round(dt)} px)`);
      }
    }
  }
  return out;
}

/** Read, for every printed page, the slide id, title, chart rectangles, formulas and notes. */
export function readHandoutLayout(): HandoutPage[] {
  const pages = Array.from(document.querySelectorAll<HTMLElement>('.reveal .pdf-page'));
  return pages.map((page) => {
    const box = page.getBoundingClientRect();
    const section = page.querySelector<HTMLElement>('section[data-slide-id]');
    const graphics = Array.from(page.querySelectorAll<Element>('.slide-content svg, .slide-content canvas, .slide-content img'));
    const charts = graphics
      .filter((el) => !el.closest('.katex') && !el.parentElement?.closest('svg'))
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width >= 80 && r.height >= 60)
      .map((r) => {
        const x0 = Math.max(r.left, box.left);
        const y0 = Math.max(r.top, box.top);
        const x1 = Math.min(r.right, box.right);
        const y1 = Math.min(r.bottom, box.bottom);
        return { x: (x0 - box.left) / box.width, y: (y0 - box.top) / box.height, w: (x1 - x0) / box.width, h: (y1 - y0) / box.height };
      })
      .filter((r) => r.w > 0 && r.h > 0);
    return {
      id: section?.dataset.slideId ?? '',
      title: section?.querySelector('.slide-title')?.textContent?.trim() ?? '',
      charts,
      math: Array.from(page.querySelectorAll('.katex-html')).map((k) => k.textContent ?? ''),
      notes: page.querySelector('.speaker-notes-pdf')?.textContent?.trim() ?? '',
      pageNumber: page.querySelector('.page-number')?.textContent ?? '',
      emptySeries: Array.from(page.querySelectorAll('.slide-content svg path[d]')).filter((p) => !p.closest('.katex') && p.getAttribute('d')!.trim() === '').length,
    };
  });
}

/** Resolve when every <img> of the document has loaded (or failed). */
export function imagesLoaded(): Promise<number> {
  const pending = Array.from(document.images).filter((img) => !img.complete);
  const settled = pending.map(
    (img) =>
      new Promise<void>((ok) => {
        img.addEventListener('load', () => ok(), { once: true });
        img.addEventListener('error', () => ok(), { once: true });
      }),
  );
  return Promise.all(settled).then(() => document.images.length);
}
