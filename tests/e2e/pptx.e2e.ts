/**
 * The PowerPoint export (`npm run pptx`): one slide per deck slide, the title as real text in a title
 * placeholder, the body text as real text boxes over a 1920×1080 picture of the rest, the training curves, latent
 * scatters and histograms as native charts, formulas as SVG images, Arial throughout, fr-FR on every run, the speaker
 * notes as structured PowerPoint notes; LibreOffice converts it to PDF with one page per slide, and its notes pages
 * hold each slide's notes whole. Needs a built deck (dist/), poppler-utils and libreoffice-impress
 * (skipped with a message when `libreoffice` is absent).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PptxResult } from '../../scripts/pptx.ts';
import { inkFraction, normalizeText, pdfPageCount, pdfPageExtents, pdfPageTexts, rasterizePdf } from '../../scripts/lib/pdfTools.ts';
import { drawingText, readZip, readZipBytes } from '../../scripts/lib/zipEntries.ts';
import { artifactsDir } from './harness.ts';
import { frenchPptx } from './sharedExports.ts';

const execFileAsync = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'pptx-'));
let fr: PptxResult;
let zip: Map<string, Buffer>;

const hasLibreOffice = spawnSync('libreoffice', ['--version'], { stdio: 'ignore' }).status === 0;
const noLibreOffice = hasLibreOffice ? false : 'libreoffice not found: install libreoffice-impress (Debian: sudo apt-get install --no-install-recommends libreoffice-impress) to run the conversion test';
if (noLibreOffice) console.log(`# ${noLibreOffice}`);

before(async () => {
  fr = await frenchPptx(join(work, 'presentation.pptx')); // this run's `npm run pptx` file when notebook.e2e made one
  zip = readZip(fr.path);
  mkdirSync(join(artifactsDir, 'pptx'), { recursive: true });
  copyFileSync(fr.path, join(artifactsDir, 'pptx', 'presentation.pptx'));
});
after(() => rmSync(work, { recursive: true, force: true }));

const slideXml = (n: number): string => zip.get(`ppt/slides/slide${n}.xml`)?.toString('utf8') ?? '';
const notesXml = (n: number): string => {
  const rels = zip.get(`ppt/slides/_rels/slide${n}.xml.rels`)?.toString('utf8') ?? '';
  const target = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
  return target ? (zip.get(`ppt/notesSlides/${target}`)?.toString('utf8') ?? '') : '';
};

describe('npm run pptx', () => {
  it('writes one slide per deck slide', () => {
    assert.ok(fr.slides.length >= 3, 'the deck has slides');
    const slides = [...zip.keys()].filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k));
    assert.equal(slides.length, fr.slides.length);
  });

  it('puts each title as real text in the slide title placeholder', () => {
    fr.slides.forEach((s, i) => {
      const xml = slideXml(i + 1);
      assert.match(xml, /<p:ph\s[^>]*type="title"/, `slide ${i + 1} has a title placeholder`);
      assert.ok(normalizeText(drawingText(xml)).includes(normalizeText(s.title.text)), `slide ${i + 1} carries its title "${s.title.text}" as text`);
    });
  });

  it('renders every slide body as a 1920×1080 picture', () => {
    const pngs = [...zip.entries()].filter(([k]) => /^ppt\/media\/.*\.png$/.test(k));
    const pictures = pngs.filter(([, png]) => png.readUInt32BE(16) === 1920 && png.readUInt32BE(20) === 1080);
    assert.equal(pictures.length, fr.slides.length);
  });

  it('draws the formulas as SVG images, each with a real PNG fallback', () => {
    const svgs = [...zip.keys()].filter((k) => /^ppt\/media\/image-\d+-\d+\.svg$/.test(k));
    assert.ok(svgs.length >= 20, `${svgs.length} formulas as SVG`);
    for (const name of svgs) {
      const svg = zip.get(name)!.toString('utf8');
      assert.match(svg, /^<\?xml[^>]*\?>\s*<svg[^>]*width="[\d.]+px"[^>]*height="[\d.]+px"/, `${name} is a standalone SVG with a size`);
      assert.match(svg, /<path /, `${name} draws glyphs`);
      const [, s, k] = /image-(\d+)-(\d+)\.svg$/.exec(name)!;
      const png = zip.get(`ppt/media/image-${s}-${Number(k) - 1}.png`);
      assert.ok(png, `${name} has its fallback PNG`);
      // a raster of this formula (its shape), not pptxgenjs's 100×119 "broken image" placeholder
      const [sw, sh] = [/width="([\d.]+)px"/, /height="([\d.]+)px"/].map((re) => Number(re.exec(svg)![1]));
      const [pw, ph] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      assert.ok(Math.abs(pw / ph / (sw / sh) - 1) < 0.15 && pw >= 2 * sw * 0.9, `the fallback of ${name} is the formula at ≥ 2× (${pw}×${ph} px for ${sw}×${sh})`);
    }
    const slides = [...zip.keys()].filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k)).map((k) => zip.get(k)!.toString('utf8'));
    assert.ok(slides.some((x) => x.includes('asvg:svgBlip')), 'the slides point at the SVG images');
  });

  it('names Arial, not Calibri, in the document properties, the theme and the chart workbooks', () => {
    const app = zip.get('docProps/app.xml')!.toString('utf8');
    assert.doesNotMatch(app, /Calibri/);
    assert.match(app, /<vt:lpstr>Arial<\/vt:lpstr>/);
    assert.ok(app.includes(`<vt:lpstr>${fr.slides[0].title.text.replace(/&/g, '&amp;')}</vt:lpstr>`), 'the slide titles are listed');
    const theme = zip.get('ppt/theme/theme1.xml')!.toString('utf8');
    assert.match(theme, /<a:majorFont><a:latin typeface="Arial"/);
    assert.match(theme, /<a:minorFont><a:latin typeface="Arial"/);
    for (const [name, buf] of zip) {
      if (!/^ppt\/embeddings\/[^/]+\.xlsx$/.test(name)) continue;
      const inner = readZipBytes(buf);
      for (const [part, xml] of inner) if (/xl\/(theme\/|styles)/.test(part)) assert.doesNotMatch(xml.toString('utf8'), /Calibri/, `${name}: ${part}`);
    }
  });

  it('carries the speaker notes as PowerPoint notes, one paragraph per paragraph', () => {
    const squash = (t: string): string => normalizeText(t).replace(/\s+/g, '');
    fr.slides.forEach((s, i) => {
      assert.ok(s.notes.length > 40, `slide ${s.id} has notes`);
      assert.doesNotMatch(s.notes, /<[a-z][^>]*>/i, `notes of ${s.id} are plain text`);
      const xml = notesXml(i + 1);
      const text = squash(drawingText(xml));
      const notes = squash(s.notes);
      assert.ok(text.includes(notes.slice(0, 60)) && text.includes(notes.slice(-40)), `the notes of slide ${i + 1} (${s.id}) are in its notesSlide`);
      assert.equal((xml.match(/<a:p>/g) ?? []).length - 1, s.notesParagraphs.length, `${s.id}: one paragraph per notes paragraph (+ slide number)`);
    });
  });

  it('writes the body text as real text boxes, in French, in a font every reader has', () => {
    let boxes = 0;
    fr.slides.forEach((s, i) => {
      const xml = slideXml(i + 1);
      boxes += (xml.match(/<p:txBody>/g) ?? []).length;
      const langs = new Set([...xml.matchAll(/\blang="([^"]+)"/g)].map((m) => m[1]));
      assert.deepEqual([...langs], ['fr-FR'], `slide ${i + 1} (${s.id}): every run is fr-FR`);
      assert.doesNotMatch(xml, /typeface="Calibri/, `slide ${i + 1}: no Calibri`);
    });
    assert.ok(boxes >= 3 * fr.slides.length, `${boxes} text boxes for ${fr.slides.length} slides`);
    for (const [name, buf] of zip) {
      if (/^ppt\/(notesSlides|charts)\/[^/]+\.xml$/.test(name)) assert.doesNotMatch(buf.toString('utf8'), /lang="(?!fr-FR)/, name);
    }
  });

  it('draws the training curves as native line charts with the saved history', () => {
    const charts = [...zip.keys()].filter((k) => /^ppt\/charts\/chart\d+\.xml$/.test(k));
    assert.ok(charts.length >= 2, `${charts.length} native charts`);
    const loss = charts.map((k) => zip.get(k)!.toString('utf8')).find((x) => x.includes('reconstruction'));
    assert.ok(loss, 'a chart of the reconstruction loss');
    assert.match(loss, /<c:lineChart>/);
    assert.match(loss, /<c:ptCount val="120"\/>/, '120 epochs of the saved history');
  });

  it('draws the latent scatter by class as native scatter charts, one series per digit, with the 1,000 held-out codes', () => {
    const charts = [...zip.keys()].filter((k) => /^ppt\/charts\/chart\d+\.xml$/.test(k)).map((k) => zip.get(k)!.toString('utf8'));
    const scatters = charts.filter((x) => x.includes('<c:scatterChart>'));
    assert.ok(scatters.length >= 2, `${scatters.length} native scatter charts`);
    for (const x of scatters) {
      const names = [...x.matchAll(/<c:tx>\s*<c:strRef>[\s\S]*?<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
      const digits = names.filter((n) => /^\d$/.test(n));
      assert.deepEqual(digits, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], 'ten series, one per digit class');
      const xs = /<c:xVal>[\s\S]*?<c:ptCount val="(\d+)"\/>/.exec(x)?.[1];
      assert.ok(Number(xs) >= 1000, `${xs} points: the held-out codes`);
      const values = [...x.matchAll(/<c:v>(-?[\d.e-]+)<\/c:v>/g)].map((m) => Number(m[1]));
      assert.ok(values.every(Number.isFinite) && new Set(values).size > 500, 'real, distinct coordinates');
    }
  });

  it('draws the histograms and the images per digit as native bar charts', () => {
    const charts = [...zip.keys()].filter((k) => /^ppt\/charts\/chart\d+\.xml$/.test(k)).map((k) => zip.get(k)!.toString('utf8'));
    const bars = charts.filter((x) => x.includes('<c:barChart>'));
    assert.ok(bars.length >= 3, `${bars.length} native bar charts`);
    const hist = bars.filter((x) => /<c:grouping val="clustered"\/>/.test(x) && /<c:ptCount val="32"\/>/.test(x));
    assert.equal(hist.length, 2, 'the two pixel histograms of the preprocessing slide (32 bins)');
    const perDigit = bars.find((x) => /<c:grouping val="stacked"\/>/.test(x));
    assert.ok(perDigit, 'the images per digit, stacked training + test');
    const vals = [...perDigit.matchAll(/<c:val>([\s\S]*?)<\/c:val>/g)].map((m) => m[1]).join('');
    const counts = [...vals.matchAll(/<c:v>(\d+)<\/c:v>/g)].map((m) => Number(m[1]));
    assert.equal(counts.reduce((a, b) => a + b, 0), 10_000, 'training + test images add up to the 10,000 digits');
  });
});

/** Run headless LibreOffice with a throwaway profile of its own (so two can run at once). */
async function libreOffice(args: string[]): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    await execFileAsync('libreoffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args], { timeout: 180_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

describe('the pptx in LibreOffice', { skip: noLibreOffice }, () => {
  // Both conversions start together (own profiles, own output folders): a conversion keeps about one core busy, so on
  // 2 cores the pair takes about as long as one did. Each test awaits its own and fails with its error.
  let slidesPdf: Promise<string>;
  let notesPdf: Promise<string>;
  before(() => {
    slidesPdf = libreOffice(['--convert-to', 'pdf', '--outdir', work, fr.path]).then(() => join(work, 'presentation.pdf'));
    const filter = 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"},"ExportOnlyNotesPages":{"type":"boolean","value":"true"}}';
    notesPdf = libreOffice(['--convert-to', filter, '--outdir', join(work, 'notes'), fr.path]).then(() => join(work, 'notes', 'presentation.pdf'));
    // awaited by the tests below; this only keeps a failure from counting as unhandled before its test runs
    slidesPdf.catch(() => {});
    notesPdf.catch(() => {});
  });

  it('converts to a PDF with one page per slide, titles as text, no empty page', async () => {
    const pdf = await slidesPdf;
    copyFileSync(pdf, join(artifactsDir, 'pptx', 'presentation-libreoffice.pdf'));
    assert.equal(pdfPageCount(pdf), fr.slides.length);
    const texts = pdfPageTexts(pdf).map(normalizeText);
    fr.slides.forEach((s, i) => assert.ok(texts[i].includes(normalizeText(s.title.text)), `page ${i + 1} shows "${s.title.text}" as text`));
    rasterizePdf(pdf, 20).forEach((page, i) => {
      const body = inkFraction(page, { x: 0, y: 0.15, w: 1, h: 0.8 });
      assert.ok(body > 0.004, `page ${i + 1} (${fr.slides[i].id}) shows its slide picture (ink ${(body * 100).toFixed(2)} %)`);
    });
  });

  it('prints each slide\'s notes whole on its notes page', async () => {
    const pdf = await notesPdf;
    copyFileSync(pdf, join(artifactsDir, 'pptx', 'presentation-notes-libreoffice.pdf'));
    assert.equal(pdfPageCount(pdf), fr.slides.length, 'one notes page per slide');
    const texts = pdfPageTexts(pdf).map((t) => normalizeText(t).replace(/\s+/g, ''));
    pdfPageExtents(pdf).forEach((page, i) => {
      const s = fr.slides[i];
      assert.ok(page.lowestWord <= page.height - 18, `${s.id}: notes end ${page.lowestWord.toFixed(0)} pt down a ${page.height.toFixed(0)} pt page`);
      const notes = normalizeText(s.notes).replace(/\s+/g, '');
      assert.ok(texts[i].includes(notes.slice(-30)), `${s.id}: the notes' last words are on the page`);
    });
  });
});
