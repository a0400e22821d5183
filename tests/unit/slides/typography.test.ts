import { describe, expect, it } from 'vitest';
import { loadSlides } from '../../../slides/index.ts';
import { frenchSpacing, frenchSpacingHtml, NBSP, NNBSP } from '../../../src/i18n/typography.ts';
import { createScope } from '../../../src/deck/scope.ts';

const slides = await loadSlides();

/** The text a reader sees in an HTML fragment: tags dropped, code and KaTeX's TeX source left out, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<(code|pre|annotation|script|style)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/&nbsp;/g, NBSP)
    .replace(/&#8239;/g, NNBSP);
}

/** Every breakable space before : ; ? ! » or after «, with some context. */
function breakableBeforeSigns(text: string): string[] {
  const hits: string[] = [];
  for (const m of text.matchAll(/[ \t\n]+[:;?!»]|«[ \t\n]/g)) hits.push(text.slice(Math.max(0, m.index - 25), m.index + 5));
  return hits;
}

describe('French typography', () => {
  it('puts a no-break space before a colon and a narrow one before ; ? ! and inside « »', () => {
    expect(frenchSpacing('Question : pourquoi ? « oui » ; non !')).toBe(
      `Question${NBSP}: pourquoi${NNBSP}? «${NNBSP}oui${NNBSP}» ; non${NNBSP}!`.replace(' ; ', `${NNBSP}; `),
    );
    // no space is invented where there was none (URLs, ratios), and English is not this function's business
    expect(frenchSpacing('?mu1=0&s1=1 http://x 2:1')).toBe('?mu1=0&s1=1 http://x 2:1');
  });

  it('changes text only: tags, attributes, code and KaTeX annotations stay as written', () => {
    const html = '<p title="a : b">Vrai ?</p><code>x ? y : z</code><annotation encoding="application/x-tex">a : b</annotation> fin !';
    expect(frenchSpacingHtml(html)).toBe(`<p title="a : b">Vrai${NNBSP}?</p><code>x ? y : z</code><annotation encoding="application/x-tex">a : b</annotation> fin${NNBSP}!`);
    // a bare "<" in text (ρ < 0) is not taken for a tag
    expect(frenchSpacingHtml('ρ < 0 : baisse')).toBe(`ρ < 0${NBSP}: baisse`);
  });

  it('no French title, body or notes of any slide has a breakable space before : ; ? ! or inside « »', () => {
    const problems: string[] = [];
    for (const slide of slides) {
      const perDataset = Object.entries(slide.datasetNotes ?? {}).map(([id, notes]) => [`notes (${id})`, notes.fr] as const);
      for (const [part, html] of [['title', slide.title.fr], ['body', slide.body.fr], ['notes', slide.notes.fr], ...perDataset] as const) {
        for (const hit of breakableBeforeSigns(visibleText(html))) problems.push(`${slide.id} ${part}: …${hit}…`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the English text keeps plain spaces and English separators', () => {
    for (const slide of slides) {
      const text = visibleText(slide.body.en + slide.notes.en + Object.values(slide.datasetNotes ?? {}).map((n) => n.en).join(''));
      expect(text, slide.id).not.toMatch(/[\u202f]/);
      expect(text, slide.id).not.toMatch(/\d \u00a0?; [−-]?\d/);
    }
  });

  it('Scope.t typesets the French strings a slide inserts at run time, and leaves English alone', () => {
    const text = { fr: 'Seuil : 309 ?', en: 'Threshold: 309?' };
    const fr = createScope({ lang: 'fr' } as Parameters<typeof createScope>[0]);
    const en = createScope({ lang: 'en' } as Parameters<typeof createScope>[0]);
    expect(fr.t(text)).toBe(`Seuil${NBSP}: 309${NNBSP}?`);
    expect(en.t(text)).toBe('Threshold: 309?');
  });
});
