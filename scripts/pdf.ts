import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { outPath } from './lib/exportPaths.ts';
import { writeExportReport } from './lib/exportReport.ts';
import { dataOption, dataSuffix, deckIds, withPrintedDeck } from './lib/printedDeck.ts';
import type { DatasetId } from '../src/data/datasets.ts';
import { evalInPage, notesBelowSlides, notesLabel, numberPages, overflowingElements, readHandoutLayout, type HandoutPage } from './lib/printLayout.ts';

/** Options of the handout export. */
export interface PdfOptions {
  lang: 'fr' | 'en';
  /** Add the speaker notes under each slide (a printable teaching script). */
  notes: boolean;
  /** The demo slides' data set (`--data fashion` prints the deck as `?data=fashion` shows it). */
  data?: DatasetId;
  out: string;
}

/** A printed handout: the file and what each page shows (for the tests). */
export interface Handout {
  path: string;
  /** Page size in CSS px (notes make pages taller). */
  size: { width: number; height: number };
  pages: HandoutPage[];
  /** The deck's slide ids (window.__deck.ids), to compare with the pages. */
  deckIds: string[];
  /** Elements that run past their slide's area on paper (should be none). */
  overflow: string[];
}

/** Print the built deck (reveal.js `?print-pdf`) to a PDF with headless Chromium; returns the file path. */
export async function makePdf(opts: PdfOptions): Promise<string> {
  return (await printHandout(opts)).path;
}

/** Print the handout and report its page layout: one page per slide, notes (if asked) below each slide. */
export async function printHandout(opts: PdfOptions): Promise<Handout> {
  return withPrintedDeck({ lang: opts.lang, notes: opts.notes, data: opts.data }, async (page) => {
    const size = opts.notes
      ? await evalInPage(page, notesBelowSlides, notesLabel[opts.lang])
      : await page.evaluate(() => ({ width: parseFloat(document.body.style.width), height: parseFloat(document.body.style.height) }));
    await evalInPage(page, numberPages, undefined);
    const pages = await evalInPage(page, readHandoutLayout, undefined);
    const overflow = await evalInPage(page, overflowingElements, undefined);
    const ids = await deckIds(page);
    mkdirSync(dirname(opts.out), { recursive: true });
    // Tagged PDF (structure for screen readers) with the document's title and language (<title>, <html lang>).
    await page.evaluate((lang) => {
      document.documentElement.lang = lang;
    }, opts.lang);
    await page.pdf({ path: opts.out, preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    return { path: opts.out, size, pages, deckIds: ids, overflow };
  });
}

/** Parse `--lang fr|en`, `--data mnist|fashion`, `--notes`, `--out FILE` (util.parseArgs: an unknown option is an error). */
export function pdfOptions(args: string[]): PdfOptions {
  const { values } = parseArgs({ args, options: { lang: { type: 'string', default: 'fr' }, data: { type: 'string' }, notes: { type: 'boolean', default: false }, out: { type: 'string' } } });
  const { lang, notes } = values;
  if (lang !== 'fr' && lang !== 'en') throw new Error(`--lang must be fr or en, not "${lang}"`);
  const data = dataOption(values.data);
  const defaultName = `handout${lang === 'fr' ? '' : `-${lang}`}${dataSuffix(data)}${notes ? '-notes' : ''}.pdf`;
  return { lang, notes, data, out: outPath(values.out, defaultName) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  Promise.resolve()
    .then(() => printHandout(pdfOptions(process.argv.slice(2))))
    .then((handout) => {
      writeExportReport(handout.path, handout);
      console.log(`PDF written: ${handout.path} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    })
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
