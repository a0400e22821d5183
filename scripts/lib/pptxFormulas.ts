/**
 * Formulas of the PowerPoint export as vector images: each KaTeX formula of the printed slides is typeset again from
 * its TeX source with MathJax's SVG output, placed where the slide shows it, and hidden from the slide picture.
 * Each SVG carries a PNG fallback (PowerPoint before 2016, LibreOffice) rendered from the same SVG by Chromium.
 */
import type { Page } from 'playwright-core';
import type PptxGenJS from 'pptxgenjs';
import type { ChartFrame } from './pptxCharts.ts';
import type { SlideBox } from './slideTextBoxes.ts';
import { texToSvg } from './texSvg.ts';

/** A formula of a printed slide, in CSS px relative to the 1280×720 slide. */
export interface SlideFormula extends SlideBox {
  /** Index of the formula in the page (for hideFormulas). */
  index: number;
  slideId: string;
  tex: string;
  display: boolean;
}

/** A formula typeset as SVG, with its box on the slide and its PNG fallback. */
export interface FormulaImage extends SlideFormula {
  svg: string;
  /** Where the SVG goes (CSS px of the slide), its aspect ratio kept. */
  box: { x: number; y: number; w: number; h: number };
  png?: Buffer;
}

/** Browser side: every KaTeX formula of the printed slides (notes excepted), numbered in `data-export-formula`. */
export function collectFormulas(): SlideFormula[] {
  const hex = (css: string): string =>
    (css.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => Math.round(Number(v)).toString(16).padStart(2, '0')).join('');
  const out: SlideFormula[] = [];
  const all = Array.from(document.querySelectorAll<HTMLElement>('.reveal .pdf-page section[data-slide-id] .katex'));
  all.forEach((k, index) => {
    if (k.closest('aside.notes') || k.parentElement?.closest('.katex')) return;
    const tex = k.querySelector('annotation[encoding="application/x-tex"]')?.textContent;
    const cs = getComputedStyle(k);
    const r = (k.querySelector<HTMLElement>('.katex-html') ?? k).getBoundingClientRect();
    if (!tex || r.width < 2 || r.height < 2 || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return;
    const section = k.closest<HTMLElement>('section[data-slide-id]')!;
    const o = section.getBoundingClientRect();
    k.dataset.exportFormula = String(index);
    out.push({
      index,
      slideId: section.dataset.slideId ?? '',
      tex,
      display: !!k.closest('.katex-display'),
      x: r.left - o.left,
      y: r.top - o.top,
      w: r.width,
      h: r.height,
      fontSize: parseFloat(cs.fontSize),
      color: hex(cs.color),
    });
  });
  return out;
}

/** Browser side: hide the formulas with these indices from the slide picture (their room stays). */
export function hideFormulas(indices: number[]): void {
  for (const i of indices) {
    const k = document.querySelector<HTMLElement>(`[data-export-formula="${i}"]`);
    if (k) k.style.setProperty('visibility', 'hidden', 'important');
  }
}

/**
 * Typeset each formula with MathJax at its slide's font size and fit it in the KaTeX box (centred; scaled down
 * when MathJax's metrics make it wider or taller). A formula MathJax cannot typeset stays in the picture.
 */
export function typesetFormulas(formulas: SlideFormula[]): { images: FormulaImage[]; failed: string[] } {
  const images: FormulaImage[] = [];
  const failed: string[] = [];
  for (const f of formulas) {
    try {
      const t = texToSvg(f.tex, f.display, f.color, f.fontSize);
      const k = Math.min(1, f.w / t.width, (f.h * 1.1) / t.height);
      const w = t.width * k;
      const h = t.height * k;
      images.push({ ...f, svg: t.svg, box: { x: f.x + (f.w - w) / 2, y: f.y + (f.h - h) / 2, w, h } });
    } catch (err) {
      failed.push(`${f.slideId}: ${f.tex} (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  return { images, failed };
}

/** Render each formula's SVG to a PNG (transparent, `scale` px per CSS px) in a second page of the browser. */
export async function rasterizeFormulas(deckPage: Page, images: FormulaImage[], scale = 4): Promise<void> {
  const browser = deckPage.context().browser();
  if (!browser || images.length === 0) return;
  const page = await browser.newPage({ deviceScaleFactor: scale });
  try {
    const html = images
      .map((f, i) => `<div><img id="f${i}" style="width:${f.box.w}px;height:${f.box.h}px" src="data:image/svg+xml;base64,${Buffer.from(f.svg).toString('base64')}"></div>`)
      .join('');
    await page.setContent(`<!doctype html><body style="margin:0;background:transparent">${html}</body>`);
    await page.waitForFunction(() => Array.from(document.images).every((im) => im.complete));
    for (const [i, f] of images.entries()) f.png = await page.locator(`#f${i}`).screenshot({ type: 'png', omitBackground: true });
  } finally {
    await page.close();
  }
}

/** Add a slide's formulas as SVG images (the PNG fallbacks are put in by finishPptx). */
export function addFormulaImages(slide: PptxGenJS.Slide, images: FormulaImage[], f: ChartFrame): void {
  for (const im of images) {
    slide.addImage({
      data: `image/svg+xml;base64,${Buffer.from(im.svg).toString('base64')}`,
      x: (im.box.x + f.padX) * f.px,
      y: (im.box.y + f.padY) * f.px,
      w: im.box.w * f.px,
      h: im.box.h * f.px,
      altText: im.tex,
    });
  }
}
