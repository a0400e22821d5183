// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadSlides } from '../../../slides/index.ts';
import { langFromSearch, languages } from '../../../src/i18n/lang.ts';
import { formatNumber } from '../../../src/i18n/format.ts';
import { ui } from '../../../src/deck/uiText.ts';
import { collectParams } from '../../../src/deck/params.ts';
import type { Localized } from '../../../src/i18n/lang.ts';

const slides = await loadSlides();

/** Visible text of an HTML string (KaTeX markup and tags removed). */
function text(html: string): string {
  return html
    .replace(/<span class="katex[\s\S]*?<\/annotation><\/semantics><\/math><\/span>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A Localized value is translated: present and non-empty in every language, and not the same prose twice. */
function expectTranslated(value: Localized | undefined, where: string): void {
  expect(value, where).toBeDefined();
  for (const lang of languages) expect(text(value![lang] ?? ''), `${where} [${lang}]`).not.toBe('');
  const fr = text(value!.fr);
  if (fr.split(' ').length >= 6) expect(text(value!.en), `${where}: English is a copy of French`).not.toBe(fr);
}

describe('every slide is complete in French and English', () => {
  it('has unique, URL-safe ids', () => {
    const ids = slides.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });
  for (const slide of slides) {
    it(`${slide.id}: title, body, notes and section are translated`, () => {
      expectTranslated(slide.title, `${slide.id}.title`);
      expectTranslated(slide.body, `${slide.id}.body`);
      expectTranslated(slide.notes, `${slide.id}.notes`);
      if (slide.section) expectTranslated(slide.section, `${slide.id}.section`);
    });
  }
  it('declares every URL parameter once with a valid range', () => {
    expect(() => collectParams(slides)).not.toThrow();
  });
});

describe('interface strings', () => {
  for (const [key, value] of Object.entries(ui)) {
    it(`ui.${key} is translated`, () => expectTranslated(value, `ui.${key}`));
  }
});

describe('langFromSearch', () => {
  it('is French by default and for unknown languages', () => {
    expect(langFromSearch('')).toBe('fr');
    expect(langFromSearch('?lang=xx')).toBe('fr');
    expect(langFromSearch('?lang=EN')).toBe('en');
  });
});

describe('formatNumber', () => {
  it('uses a decimal comma in French and a point in English', () => {
    expect(formatNumber(0.4431, 'fr')).toBe('0,44');
    expect(formatNumber(0.4431, 'en')).toBe('0.44');
    // negative numbers take the minus sign U+2212 (as the charts' axes and KaTeX do); a rounded −0 has none
    expect(formatNumber(-0.5, 'fr')).toBe('−0,50');
    expect(formatNumber(-1234.5, 'en', 1)).toBe('−1,234.5');
    expect(formatNumber(-0.001, 'fr')).toBe('0,00');
  });
  it('never prints NaN or Infinity', () => {
    expect(formatNumber(Number.NaN, 'fr')).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('—');
  });
});
