// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { contentEntries, loadSlides, slideEntries, slideEntry } from '../../../slides/index.ts';
import { agendaGroups, agendaSlide } from '../../../slides/agenda.ts';
import { sections } from '../../../slides/sections.ts';
import { languages } from '../../../src/i18n/lang.ts';
import type { Slide } from '../../../src/deck/types.ts';

const contentSlides = await Promise.all(contentEntries.map((e) => e.load()));
const slides = await loadSlides();

/** The one bar for speaker notes: visible characters in every language, enough for a substitute to present from. */
const MIN_NOTES_CHARS = 250;

/** Visible text of an HTML fragment, whitespace collapsed. */
function visibleText(html: string): string {
  return (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('slide entries (slides/index.ts)', () => {
  it('load the slide of their own id and title, typeset, with the same promise on every call', async () => {
    for (const entry of slideEntries) {
      const slide = await entry.load();
      expect(slide.id).toBe(entry.id);
      expect(slide.title).toEqual(entry.title);
      expect(slide.title.fr).not.toMatch(/ [:;?!]/); // French typography on the entry's title too
      expect(entry.load()).toBe(entry.load());
    }
  });

  it('forget a failed fetch, so the next load tries again', async () => {
    let calls = 0;
    const entry = slideEntry({ id: 'x', title: { fr: 'Titre : x', en: 'Title: x' } }, async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return { body: { fr: '', en: '' }, notes: { fr: '', en: '' } };
    });
    await expect(entry.load()).rejects.toThrow('offline');
    const slide = await entry.load();
    expect(calls).toBe(2);
    expect(slide.title.fr).toBe('Titre\u00a0: x');
  });
});

describe('speaker notes', () => {
  for (const slide of slides) {
    it(`${slide.id}: notes have at least ${MIN_NOTES_CHARS} visible characters in every language`, () => {
      for (const lang of languages) expect(visibleText(slide.notes[lang]).length, `${slide.id} [${lang}]`).toBeGreaterThanOrEqual(MIN_NOTES_CHARS);
    });
  }
});

describe('agenda sections', () => {
  const table = Object.values(sections);

  it('every content slide names its section from the shared table (the very object, not a copy)', () => {
    for (const slide of contentSlides) expect(table, slide.id).toContain(slide.section);
  });

  it('the table has distinct keys and distinct names in every language', () => {
    expect(new Set(table.map((s) => s.key)).size).toBe(table.length);
    for (const lang of languages) expect(new Set(table.map((s) => s[lang])).size).toBe(table.length);
  });

  it('the agenda lists each section once, in deck order, with every content slide under it', () => {
    const groups = agendaGroups(contentSlides);
    expect(new Set(groups.map((g) => g.section.key)).size).toBe(groups.length);
    expect(groups.flatMap((g) => g.slides)).toEqual(contentSlides);
    const agenda = slides.find((s) => s.id === 'agenda')!;
    for (const lang of languages) {
      const headings = [...new DOMParser().parseFromString(agenda.body[lang], 'text/html').querySelectorAll('.agenda-group h3')];
      expect(headings.map((h) => h.textContent)).toEqual(groups.map((g) => g.section[lang]));
    }
  });

  it('groups by key: a section name changed in one slide cannot split its group', () => {
    const slide = (id: string, section: Slide['section']): Slide => ({ id, section, title: { fr: id, en: id }, body: { fr: '', en: '' }, notes: { fr: '', en: '' } });
    const renamed = { ...sections.latent, fr: 'Espace  latent' };
    const groups = agendaGroups([slide('a', sections.latent), slide('b', renamed), slide('c', sections.generating)]);
    expect(groups.map((g) => [g.section.key, g.slides.map((s) => s.id)])).toEqual([['latent', ['a', 'b']], ['generating', ['c']]]);
    expect(agendaSlide([slide('a', sections.latent)]).body.fr).toContain('Espace latent');
  });
});
