import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { launchChromium } from './lib/chromium.ts';
import { serveDir } from './lib/serve.ts';
import { evalInPage, imagesLoaded, notesBelowSlides, notesLabel, readHandoutLayout, type HandoutPage } from './lib/printLayout.ts';

/** Options of the handout export. */
export interface PdfOptions {
  lang: 'fr' | 'en';
  /** Add the speaker notes under each slide (a printable teaching script). */
  notes: boolean;
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
}

const root = resolve(import.meta.dirname, '..');

/** Print the built deck (reveal.js `?print-pdf`) to a PDF with headless Chromium; returns the file path. */
export async function makePdf(opts: PdfOptions): Promise<string> {
  return (await printHandout(opts)).path;
}

/** Print the handout and report its page layout: one page per slide, notes (if asked) below each slide. */
export async function printHandout(opts: PdfOptions): Promise<Handout> {
  const dist = resolve(root, 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
  const server = await serveDir(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const query = new URLSearchParams({ 'print-pdf': '' });
    if (opts.lang !== 'fr') query.set('lang', opts.lang);
    if (opts.notes) query.set('notes', '');
    await page.goto(`${server.url}index.html?${query.toString().replace(/=(&|$)/g, '$1')}`);
    await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', null, { timeout: 180_000 });
    await page.evaluate(() => document.fonts.ready);
    await evalInPage(page, imagesLoaded, undefined);
    if (errors.length) throw new Error(`the deck reported errors while printing:\n  ${errors.join('\n  ')}`);
    const size = opts.notes
      ? await evalInPage(page, notesBelowSlides, notesLabel[opts.lang])
      : await page.evaluate(() => ({ width: parseFloat(document.body.style.width), height: parseFloat(document.body.style.height) }));
    const pages = await evalInPage(page, readHandoutLayout, undefined);
    const deckIds = await page.evaluate(() => (window as unknown as { __deck: { ids: string[] } }).__deck.ids);
    mkdirSync(dirname(opts.out), { recursive: true });
    await page.pdf({ path: opts.out, preferCSSPageSize: true, printBackground: true });
    return { path: opts.out, size, pages, deckIds };
  } finally {
    await browser.close();
    await server.close();
  }
}

function parseArgs(argv: string[]): PdfOptions {
  const langArg = argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : 'fr';
  if (langArg !== 'fr' && langArg !== 'en') throw new Error(`--lang must be fr or en, not "${langArg}"`);
  const outArg = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : undefined;
  const notes = argv.includes('--notes');
  const defaultName = `handout${langArg === 'fr' ? '' : `-${langArg}`}${notes ? '-notes' : ''}.pdf`;
  return { lang: langArg, notes, out: resolve(root, outArg ?? `dist/${defaultName}`) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  makePdf(opts)
    .then((file) => console.log(`PDF written: ${file} (${((Date.now() - started) / 1000).toFixed(1)} s)`))
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
