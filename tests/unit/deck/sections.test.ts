// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Slide } from '../../../src/deck/types.ts';
import { Sections, slideIdFromHash } from '../../../src/deck/sections.ts';
import { tex } from '../../../src/deck/tex.ts';
import { entriesOf, loadedStore } from '../../support/slideStore.ts';
import { SlideStore } from '../../../src/deck/slideStore.ts';
import { RETRY_EVENT } from '../../../src/deck/retry.ts';

const slide = (id: string, body = `<p>${id}</p>`): Slide => ({
  id,
  title: { fr: `Titre ${id}`, en: `Title ${id}` },
  body: { fr: `<p>fr ${id}</p>${body}`, en: `<p>en ${id}</p>${body}` },
  notes: { fr: '', en: '' },
});
const slides = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => slide(id));

async function build(eager: readonly string[] | 'all') {
  document.body.innerHTML = '<div class="slides"></div>';
  const container = document.querySelector<HTMLElement>('.slides')!;
  const sections = new Sections(await loadedStore(slides));
  sections.build(container, 'fr', eager);
  const text = (id: string) => container.querySelector<HTMLElement>(`section#${id}`)!.textContent ?? '';
  return { sections, container, text };
}

describe('Sections: content written when first needed', () => {
  it('creates every section but writes only the eager ones', async () => {
    const { container, text, sections } = await build(['a', 'b']);
    expect([...container.querySelectorAll('section')].map((s) => s.id)).toEqual(slides.map((s) => s.id));
    expect(text('a')).toContain('fr a');
    expect(text('c')).toBe('');
    expect(sections.isFilled('c')).toBe(false);
  });

  it('fills a section when it is read, and its neighbours with fillAround', async () => {
    const { sections, text } = await build([]);
    expect(sections.content('c')?.textContent).toBe('fr cc');
    sections.fillAround('e');
    for (const id of ['d', 'e', 'f']) expect(text(id), id).toContain(`fr ${id}`);
    expect(text('a')).toBe('');
    expect(text('g')).toBe('');
  });

  it('writes a late section in the language in force, and re-renders only the filled ones on a switch', async () => {
    const { sections, text } = await build(['a']);
    sections.renderAll('en');
    expect(text('a')).toContain('en a');
    expect(text('b')).toBe('');
    sections.fillAll();
    for (const s of slides) expect(text(s.id)).toContain(`en ${s.id}`);
  });

  it('shows the steps of a slide reveal.js has already passed, not those of a slide ahead', async () => {
    document.body.innerHTML = '<div class="slides"></div>';
    const sections = new Sections(await loadedStore([slide('b', '<p class="fragment">step</p>'), slide('c', '<p class="fragment">step</p>')]));
    sections.build(document.querySelector<HTMLElement>('.slides')!, 'fr', []);
    document.querySelector('section#b')!.classList.add('past');
    document.querySelector('section#c')!.classList.add('future');
    expect(sections.get('b')?.querySelector('.fragment')?.classList.contains('visible')).toBe(true);
    expect(sections.get('c')?.querySelector('.fragment')?.classList.contains('visible')).toBe(false);
  });

  it('writes a slide whose module was still on its way when it arrives, and says so', async () => {
    let arrive: (() => void) | null = null;
    const entries = entriesOf(slides.slice(0, 3));
    const late = slides[2];
    entries[2] = { ...entries[2], load: () => new Promise((resolve) => (arrive = () => resolve(late))) };
    const store = new SlideStore(entries);
    await store.loadMany(['a', 'b']);
    document.body.innerHTML = '<div class="slides"></div>';
    const filled: string[] = [];
    const sections = new Sections(store, (id) => filled.push(id));
    sections.build(document.querySelector<HTMLElement>('.slides')!, 'fr', ['a', 'b', 'c']);
    expect(sections.isFilled('c')).toBe(false);
    expect(document.querySelector('section#c')!.textContent).toBe('');
    arrive!();
    await vi.waitFor(() => expect(sections.isFilled('c')).toBe(true));
    expect(document.querySelector('section#c')!.textContent).toContain('fr c');
    expect(filled).toEqual(['c']);
  });

  it('shows a slide that cannot be fetched with its title, the reason and a retry button that fetches it again', async () => {
    let fail = true;
    let fetches = 0;
    const entries = entriesOf(slides.slice(0, 2));
    entries[1] = {
      ...entries[1],
      load: () => {
        fetches++;
        return fail ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : Promise.resolve(slides[1]);
      },
    };
    const store = new SlideStore(entries);
    document.body.innerHTML = '<div class="slides"></div>';
    const sections = new Sections(store);
    sections.build(document.querySelector<HTMLElement>('.slides')!, 'fr', ['b']);
    const section = document.querySelector<HTMLElement>('section#b')!;
    await vi.waitFor(() => expect(section.dataset.loadFailed).toBe('true'));
    expect(section.querySelector('.slide-title')!.textContent).toBe('Titre b');
    expect(section.querySelector('[role="alert"]')!.textContent).toContain('Failed to fetch dynamically imported module');
    // reading the section again (the speaker view's mirror does, four times a second) does not fetch it again
    const tried = fetches;
    for (let i = 0; i < 5; i++) sections.get('b');
    await Promise.resolve();
    expect(fetches).toBe(tried);
    expect(section.dataset.loadFailed).toBe('true');
    // coming back to it does, once
    sections.fillAround('b');
    expect(fetches).toBe(tried + 1);
    await new Promise((resolve) => setTimeout(resolve, 0)); // that fetch fails too, and its notice is written again
    expect(section.dataset.loadFailed).toBe('true');
    const button = section.querySelector<HTMLButtonElement>('.retry-button')!;
    expect(button.textContent).toBe('Réessayer');
    // the deck answers the button's event with retry(); here the test plays the deck
    section.addEventListener(RETRY_EVENT, () => sections.retry('b'));
    fail = false;
    button.click();
    await vi.waitFor(() => expect(sections.isFilled('b')).toBe(true));
    expect(section.dataset.loadFailed).toBeUndefined();
    expect(section.textContent).toContain('fr b');
  });
});

describe('slideIdFromHash', () => {
  it('reads the slide id of a reveal.js address', async () => {
    expect(slideIdFromHash('#/kl-divergence')).toBe('kl-divergence');
    expect(slideIdFromHash('#/kl-divergence/0/2')).toBe('kl-divergence');
    expect(slideIdFromHash('#/3')).toBeNull();
    expect(slideIdFromHash('')).toBeNull();
  });
});

describe('tex', () => {
  it('typesets a formula once and returns the same HTML for the same source and display flag', async () => {
    const a = tex('\\mu + \\sigma');
    expect(a).toContain('class="katex"');
    expect(tex('\\mu + \\sigma')).toBe(a);
    expect(tex('\\mu + \\sigma', true)).toContain('katex-display');
    expect(() => tex('\\frac{1}')).toThrow();
  });
});
