/**
 * `npm run pptx [-- --lang en] [--data fashion] [--out file]`: the deck as an editable PowerPoint file (exports/presentation.pptx;
 * --data fashion shows the demo slides on Fashion-MNIST, as `?data=fashion`, in exports/presentation-fashion.pptx).
 * One slide per deck slide: the title (in the layout's title placeholder, so it shows in the outline), the section
 * label and every body text block (headings, paragraphs, bullets, with bold and italic) as real text boxes; native
 * charts with their data: the loss curves of the training slide (line charts of the saved history), the latent
 * planes (scatter charts, one series per digit) and the histograms and class bars (bar charts); formulas as MathJax
 * SVG images; diagrams and other live parts as a 1920×1080 picture of the print state underneath. Every run of text carries fr-FR (en-US
 * with --lang en); the speaker notes keep their paragraphs and bold labels. Agenda sections become PowerPoint sections.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import PptxGenJS from 'pptxgenjs';
import { outPath } from './lib/exportPaths.ts';
import { writeExportReport } from './lib/exportReport.ts';
import { dataOption, dataSuffix, deckIds, withPrintedDeck } from './lib/printedDeck.ts';
import type { DatasetId } from '../src/data/datasets.ts';
import { evalInPage } from './lib/printLayout.ts';
import { prepareSlidesForShots, type ShotFrame, type SlideInfo, type SlideText } from './lib/slideLayout.ts';
import { takeBodyText, type BodyBox } from './lib/slideTextBoxes.ts';
import { finishPptx, notesMarker } from './lib/pptxPost.ts';
import { addTrainingCharts, chartAreas, type ChartAreas } from './lib/pptxCharts.ts';
import { addNativeCharts, nativeCharts, type NativeChart } from './lib/pptxNativeCharts.ts';
import { addFormulaImages, collectFormulas, hideFormulas, rasterizeFormulas, typesetFormulas, type FormulaImage } from './lib/pptxFormulas.ts';

/** Options of the PowerPoint export. */
export interface PptxOptions {
  lang: 'fr' | 'en';
  /** The demo slides' data set (default MNIST). */
  data?: DatasetId;
  out: string;
  /** Width of the slide pictures in pixels (default 1920, so 1920×1080). */
  pixels?: number;
}

/** What was written, for the tests. */
export interface PptxResult {
  path: string;
  slides: SlideInfo[];
}

/** Slide size of LAYOUT_WIDE in inches. */
const SLIDE_W = 13.333;
/**
 * Each picture shows the 1280×720 slide inside a white margin (as the deck has on screen), in a 16:9 frame of
 * 1344×756 CSS px that fills the PowerPoint slide.
 */
const FRAME: ShotFrame = { padX: 32, padY: 18, width: 1344, height: 756 };
/**
 * Points per CSS px of text: 0.75 (96 px = 72 pt), times 0.9 because Arial is about 10 % wider than the deck's
 * Source Sans Pro, so each line keeps its breaks and the text its box.
 */
const PT_PER_PX = 0.75 * 0.9;
/** Inches per CSS px of the frame. */
const PX = SLIDE_W / FRAME.width;
/** Font of every text box: on every PowerPoint, and LibreOffice has the metric-compatible Liberation Sans. */
export const FONT = 'Arial';

/** A rendered slide: its layout, body text boxes, chart areas and the PNG of the rest (text removed). */
interface Shot {
  info: SlideInfo;
  body: BodyBox[];
  charts: ChartAreas;
  /** Scatter and bar charts redrawn natively. */
  native: NativeChart[];
  /** Formulas as SVG images. */
  formulas: FormulaImage[];
  png: Buffer;
}

/** Render every slide of the printed deck to a PNG and read its title, label and notes. */
async function shootSlides(lang: 'fr' | 'en', pixels: number, data: DatasetId = 'mnist'): Promise<{ shots: Shot[]; ids: string[] }> {
  return withPrintedDeck({ lang, scale: pixels / FRAME.width, data }, async (page) => {
    const infos = await evalInPage(page, prepareSlidesForShots, FRAME);
    const bodies = await evalInPage(page, takeBodyText, undefined);
    const areas = await evalInPage(page, chartAreas, undefined);
    const native = await evalInPage(page, nativeCharts, undefined);
    const { images, failed } = typesetFormulas(await evalInPage(page, collectFormulas, undefined));
    if (failed.length) console.warn(`formulas left in the slide pictures (MathJax could not typeset them):\n  ${failed.join('\n  ')}`);
    await evalInPage(page, hideFormulas, images.map((f) => f.index));
    await rasterizeFormulas(page, images);
    const shots: Shot[] = [];
    for (const info of infos) {
      const top = await page.evaluate((id) => {
        const r = document.querySelector(`section[data-slide-id="${id}"]`)!.closest('.pdf-page')!.getBoundingClientRect();
        return Math.round(r.top + window.scrollY);
      }, info.id);
      const clip = { x: 0, y: top, width: FRAME.width, height: FRAME.height };
      const png = await page.screenshot({ type: 'png', animations: 'disabled', fullPage: true, clip });
      shots.push({ info, body: bodies[info.id] ?? [], charts: areas[info.id] ?? {}, native: native[info.id] ?? [], formulas: images.filter((f) => f.slideId === info.id), png });
    }
    return { shots, ids: await deckIds(page) };
  });
}

/** Text-box options (inches, points) for a slide text measured in CSS px. */
function textBox(t: SlideText): PptxGenJS.TextPropsOptions {
  return {
    x: (t.x + FRAME.padX) * PX,
    y: (t.y + FRAME.padY) * PX,
    w: t.w * PX,
    h: Math.max(t.h, t.fontSize * 1.2) * PX,
    fontFace: FONT,
    fontSize: Math.round(t.fontSize * PT_PER_PX * 10) / 10,
    bold: t.bold,
    color: t.color,
    align: t.align,
    valign: 'middle',
    margin: 0,
    fit: 'shrink',
  };
}

/** A body text box: its runs with emphasis, a bullet for list items, in the export's language. */
function addBodyText(slide: PptxGenJS.Slide, b: BodyBox, lang: string): void {
  const runs: PptxGenJS.TextProps[] = b.runs.map((r) => ({ text: r.text, options: { bold: r.bold || b.heading, italic: r.italic, lang } }));
  slide.addText(runs, {
    x: (b.x + FRAME.padX) * PX,
    // text boxes are positioned by their line box; a little room above and below keeps descenders inside
    y: (b.y + FRAME.padY - b.fontSize * 0.1) * PX,
    w: (b.w + 4) * PX,
    h: (b.h + b.fontSize * 0.2) * PX,
    fontFace: FONT,
    fontSize: Math.round(b.fontSize * PT_PER_PX * 10) / 10,
    color: b.color,
    align: b.align,
    valign: 'top',
    margin: 0,
    lineSpacingMultiple: 1.05,
    bullet: b.bullet ? { indent: 28 * PX * 72 } : false,
    fit: 'shrink',
    lang,
  });
}

/** One slide master per distinct title geometry, so every title can live in a real title placeholder. */
function defineMasters(pptx: PptxGenJS, shots: Shot[]): Map<string, string> {
  const masterOf = new Map<string, string>();
  const byGeometry = new Map<string, string>();
  for (const { info } of shots) {
    const box = textBox(info.title);
    const key = JSON.stringify([box.x, box.y, box.w, box.h, box.fontSize, box.align, box.bold, box.color].map((v) => (typeof v === 'number' ? v.toFixed(2) : v)));
    let name = byGeometry.get(key);
    if (!name) {
      name = `DECK_${byGeometry.size + 1}`;
      byGeometry.set(key, name);
      pptx.defineSlideMaster({
        title: name,
        background: { color: 'FFFFFF' },
        objects: [{ placeholder: { options: { ...box, name: 'title', type: 'title' } as PptxGenJS.PlaceholderProps, text: '' } }],
      });
    }
    masterOf.set(info.id, name);
  }
  return masterOf;
}

/** Build the PowerPoint file from the rendered slides. */
export async function makePptx(opts: PptxOptions): Promise<PptxResult> {
  const { shots, ids } = await shootSlides(opts.lang, opts.pixels ?? 1920, opts.data);
  if (shots.length !== ids.length) throw new Error(`rendered ${shots.length} slides but the deck has ${ids.length}`);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  pptx.title = shots[0]?.info.title.text ?? 'VAE';
  pptx.subject = opts.lang === 'fr' ? 'Les autoencodeurs variationnels (VAE)' : 'Variational autoencoders (VAE)';
  const masters = defineMasters(pptx, shots);
  let currentSection = '';
  const lang = opts.lang === 'fr' ? 'fr-FR' : 'en-US';
  const notes: SlideInfo['notesParagraphs'][] = [];
  const frame = { padX: FRAME.padX, padY: FRAME.padY, px: PX, font: FONT };
  const svgFallbacks = new Map<string, Buffer>();
  for (const [index, { info, body, charts, native, formulas, png }] of shots.entries()) {
    const sectionTitle = info.section?.plain ?? (currentSection || 'Introduction');
    if (sectionTitle !== currentSection) {
      pptx.addSection({ title: sectionTitle });
      currentSection = sectionTitle;
    }
    const slide = pptx.addSlide({ masterName: masters.get(info.id), sectionTitle });
    slide.addImage({ data: `image/png;base64,${png.toString('base64')}`, x: 0, y: 0, w: SLIDE_W, h: 7.5, altText: info.title.text });
    if (info.section) slide.addText(info.section.text, { ...textBox(info.section), charSpacing: 1, lang });
    slide.addText(info.title.text, { ...textBox(info.title), placeholder: 'title', lang });
    for (const b of body) addBodyText(slide, b, lang);
    addTrainingCharts(pptx, slide, charts, opts.lang, frame);
    addNativeCharts(pptx, slide, native, frame);
    addFormulaImages(slide, formulas, frame);
    for (const f of formulas) if (f.png) svgFallbacks.set(f.svg, f.png);
    if (info.notesParagraphs.length) slide.addNotes(notesMarker(index));
    notes.push(info.notesParagraphs);
  }
  mkdirSync(dirname(opts.out), { recursive: true });
  await pptx.writeFile({ fileName: opts.out, compression: true });
  finishPptx(opts.out, { lang, notes, font: FONT, titles: shots.map((s) => s.info.title.text), svgFallbacks, markerSeries: ['z'] });
  return { path: opts.out, slides: shots.map((s) => s.info) };
}

/** Parse `--lang fr|en`, `--data mnist|fashion`, `--out FILE` (util.parseArgs: an unknown option is an error). */
export function pptxOptions(args: string[]): PptxOptions {
  const { values } = parseArgs({ args, options: { lang: { type: 'string', default: 'fr' }, data: { type: 'string' }, out: { type: 'string' } } });
  const { lang } = values;
  if (lang !== 'fr' && lang !== 'en') throw new Error(`--lang must be fr or en, not "${lang}"`);
  const data = dataOption(values.data);
  return { lang, data, out: outPath(values.out, `presentation${lang === 'fr' ? '' : '-en'}${dataSuffix(data)}.pptx`) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  Promise.resolve()
    .then(() => makePptx(pptxOptions(process.argv.slice(2))))
    .then((r) => {
      writeExportReport(r.path, r);
      console.log(`PowerPoint written: ${r.path} (${r.slides.length} slides, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    })
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
