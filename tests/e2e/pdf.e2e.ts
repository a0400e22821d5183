/**
 * The handout PDF (`npm run pdf`): one page per slide, titles and formulas as real text, no blank chart,
 * and with --notes every page carries its complete speaker notes below the slide.
 * Needs a built deck (dist/) and poppler-utils.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printHandout, type Handout } from '../../scripts/pdf.ts';
import { inkFraction, normalizeText, pdfFonts, pdfInfo, pdfPageCount, pdfPageTexts, rasterizePdf, whiteOut, type GrayImage } from '../../scripts/lib/pdfTools.ts';
import { artifactsDir } from './harness.ts';

/** A live chart region must have at least this fraction of dark pixels (axes alone give less than 2 %). */
const MIN_CHART_INK = 0.02;
/** Below the title, a slide page must have at least this much ink (an empty slide body fails). */
const MIN_BODY_INK = 0.004;
/** Share of a formula's glyphs that must be found in the page's extractable text. */
const MIN_MATH_GLYPHS = 0.9;

const work = mkdtempSync(join(tmpdir(), 'handout-'));
let fr: Handout;
let en: Handout;

before(async () => {
  fr = await printHandout({ lang: 'fr', notes: false, out: join(work, 'handout-fr.pdf') });
  en = await printHandout({ lang: 'en', notes: true, out: join(work, 'handout-en-notes.pdf') });
  mkdirSync(join(artifactsDir, 'pdf'), { recursive: true });
  copyFileSync(fr.path, join(artifactsDir, 'pdf', 'handout-fr.pdf'));
  copyFileSync(en.path, join(artifactsDir, 'pdf', 'handout-en-notes.pdf'));
});
after(() => rmSync(work, { recursive: true, force: true }));

/** Glyphs of a rendered formula that must survive as text (no spaces, no zero-width joiners). */
function glyphs(text: string): string[] {
  return [...new Set([...normalizeText(text).replace(/\s/g, '')])];
}

/** Page indices whose charts are blank: [page, chart, ink] for every chart under the threshold. */
function blankCharts(h: Handout, images: GrayImage[]): string[] {
  const problems: string[] = [];
  h.pages.forEach((page, i) => {
    page.charts.forEach((rect, k) => {
      const ink = inkFraction(images[i], rect);
      if (ink < MIN_CHART_INK) problems.push(`${page.id} chart ${k + 1}: ink ${(ink * 100).toFixed(2)} %`);
    });
  });
  return problems;
}

for (const which of ['fr', 'en+notes'] as const) {
  const get = (): Handout => (which === 'fr' ? fr : en);
  describe(`handout PDF (${which})`, () => {
    it('has one page per slide of the deck, in deck order', () => {
      const h = get();
      assert.ok(h.deckIds.length >= 3, 'the deck has slides');
      assert.equal(pdfPageCount(h.path), h.deckIds.length);
      assert.deepEqual(
        h.pages.map((p) => p.id),
        h.deckIds,
      );
    });

    it('numbers every page "n / N", is tagged and has a document title', () => {
      const h = get();
      const texts = pdfPageTexts(h.path).map(normalizeText);
      h.pages.forEach((page, i) => {
        assert.equal(page.pageNumber, `${i + 1} / ${h.pages.length}`);
        assert.ok(texts[i].includes(`${i + 1} / ${h.pages.length}`), `page ${i + 1} prints its number`);
      });
      const info = pdfInfo(h.path);
      assert.equal(info.Tagged, 'yes');
      assert.ok((info.Title ?? '').length > 5, 'the PDF has a document title');
    });

    it('has no element running past its slide on paper', () => {
      assert.deepEqual(get().overflow, []);
    });

    it('prints the training page as a finished run with its curves, and no live-only instruction', () => {
      const h = get();
      const texts = pdfPageTexts(h.path).map(normalizeText);
      const i = h.pages.findIndex((p) => p.id === 'training');
      assert.ok(i >= 0, 'the deck has the training slide');
      assert.ok(h.pages[i].charts.length >= 3, 'loss curves, KL curve and latent scatter are drawn');
      assert.equal(h.pages[i].emptySeries, 0);
      assert.match(texts[i], /Entraînement terminé|Finished training run/);
      for (const t of texts) assert.doesNotMatch(t, /Survolez|Hover over|Hover or click|Touches\s?:|Keys:/);
    });

    it('has every slide title as extractable text on its own page', () => {
      const h = get();
      const texts = pdfPageTexts(h.path).map(normalizeText);
      assert.equal(texts.length, h.pages.length);
      h.pages.forEach((page, i) => {
        assert.ok(page.title.length > 0, `slide ${page.id} has a title`);
        assert.ok(texts[i].includes(normalizeText(page.title)), `page ${i + 1} (${page.id}) lacks its title "${page.title}" as text`);
      });
    });

    it('prints formulas as text with embedded KaTeX fonts', () => {
      const h = get();
      const texts = pdfPageTexts(h.path).map(normalizeText);
      const withMath = h.pages.filter((p) => p.math.length > 0);
      if (withMath.length === 0) return;
      assert.ok(pdfFonts(h.path).some((f) => f.startsWith('KaTeX_')), 'KaTeX fonts are embedded');
      h.pages.forEach((page, i) => {
        const pageGlyphs = new Set(texts[i].replace(/\s/g, ''));
        for (const formula of page.math) {
          const need = glyphs(formula);
          const found = need.filter((g) => pageGlyphs.has(g));
          assert.ok(found.length >= MIN_MATH_GLYPHS * need.length, `${page.id}: formula "${formula}" is not text (missing ${need.filter((g) => !pageGlyphs.has(g)).join('')})`);
        }
      });
    });

    it('has no blank chart region and no empty slide body', () => {
      const h = get();
      const images = rasterizePdf(h.path, 30);
      assert.equal(images.length, h.pages.length);
      assert.deepEqual(blankCharts(h, images), []);
      const empty = h.pages.filter((p) => p.emptySeries > 0).map((p) => `${p.id}: ${p.emptySeries} curve(s) with no data`);
      assert.deepEqual(empty, [], 'every chart series has data on paper');
      const slideShare = fr.size.height / h.size.height; // the slide part of a page (notes add height below)
      h.pages.forEach((page, i) => {
        const body = { x: 0, y: 0.17 * slideShare, w: 1, h: 0.78 * slideShare };
        const ink = inkFraction(images[i], body);
        assert.ok(ink >= MIN_BODY_INK, `${page.id}: the slide body is nearly empty (ink ${(ink * 100).toFixed(2)} %)`);
      });
    });
  });
}

describe('the blank-chart check', () => {
  it('flags a chart region painted white', () => {
    const images = rasterizePdf(fr.path, 30);
    const index = fr.pages.findIndex((p) => p.charts.length > 0);
    assert.ok(index >= 0, 'the deck has at least one chart to check');
    assert.deepEqual(blankCharts({ ...fr, pages: [fr.pages[index]] }, [images[index]]), []);
    const blanked = fr.pages[index].charts.reduce((img, rect) => whiteOut(img, rect), images[index]);
    assert.equal(blankCharts({ ...fr, pages: [fr.pages[index]] }, [blanked]).length, fr.pages[index].charts.length);
  });
});

describe('handout PDF with notes', () => {
  it('prints the complete speaker notes below each slide, in English', () => {
    assert.ok(en.size.height > 748, 'pages grow to hold the notes');
    const texts = pdfPageTexts(en.path).map(normalizeText);
    en.pages.forEach((page, i) => {
      const notes = normalizeText(page.notes);
      assert.ok(notes.length > 40, `${page.id} has notes`);
      assert.ok(texts[i].includes('Speaker notes'), `${page.id}: the notes label is printed`);
      assert.ok(texts[i].includes(notes.slice(0, 40)), `${page.id}: the notes start is printed`);
      assert.ok(texts[i].includes(notes.slice(-40)), `${page.id}: the notes end is printed (not clipped)`);
    });
  });

  it('titles differ between the French and English handouts', () => {
    const differ = fr.pages.filter((p, i) => p.title !== en.pages[i].title).length;
    assert.ok(differ >= fr.pages.length / 2, `only ${differ} of ${fr.pages.length} titles are translated`);
  });
});
