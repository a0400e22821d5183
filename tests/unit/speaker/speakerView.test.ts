// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeckState, SpeakerRequest } from '../../../src/deck/speakerLink.ts';
import { createSpeakerView, previewUrl, slideTextFrom, stepForKey } from '../../../src/speaker/speakerView.ts';

beforeEach(() => sessionStorage.clear());

const state = (over: Partial<DeckState> = {}): DeckState => ({
  type: 'state', pair: '0123456789abcdef', id: 'kl', index: 4, total: 9, lang: 'fr', data: 'mnist', nextId: 'elbo', section: 1, plan: [2, 3, 4], theme: 'light', ...over,
});

/** Write, in the current preview's document, what the deck renders for the slides (sections with title and notes). */
function previewShows(lang: string, sections: string): void {
  const doc = document.querySelector<HTMLIFrameElement>('[data-role="current"]')!.contentDocument!;
  const html = doc.documentElement ?? doc.appendChild(doc.createElement('html'));
  html.lang = lang;
  html.innerHTML = `<body>${sections}</body>`;
}
const klSection = '<section data-slide-id="kl"><h2 class="slide-title">La divergence KL</h2><aside class="notes"><p>Dire <em>pourquoi</em>.</p></aside></section>';

function view() {
  document.body.innerHTML = '<div id="speaker"></div>';
  const sent: SpeakerRequest[] = [];
  const v = createSpeakerView(document.getElementById('speaker')!, (c) => sent.push(c), 0);
  const $ = (role: string) => document.querySelector<HTMLElement>(`[data-role="${role}"]`)!;
  return { v, sent, $ };
}

describe('the speaker view', () => {
  it('waits for the deck, then shows position, title and notes from the slide preview, and both previews', async () => {
    const { v, $ } = view();
    expect($('notes').textContent).toMatch(/^En attente de la présentation/);
    v.render(state());
    previewShows('fr', klSection);
    await vi.waitFor(() => expect($('pos').textContent).toBe('5 / 9 · La divergence KL'));
    expect($('notes').innerHTML).toBe('<p>Dire <em>pourquoi</em>.</p>');
    expect($('current').getAttribute('src')).toBe('index.html?receiver&theme=light#/kl');
    expect($('next').getAttribute('src')).toBe('index.html?receiver=next&theme=light#/elbo');
    expect([$('next').hidden, $('end').hidden]).toEqual([false, true]);
    expect($('current-label').textContent).toBe('Diapositive actuelle');
  });

  it('waits for the preview to show the slide in the deck language before it copies the notes', async () => {
    const { v, $ } = view();
    v.render(state());
    previewShows('en', klSection.replace('La divergence KL', 'KL divergence'));
    await new Promise((r) => setTimeout(r, 250));
    expect($('pos').textContent).toBe('5 / 9');
    expect($('notes').textContent).toBe('');
    previewShows('fr', klSection);
    await vi.waitFor(() => expect($('pos').textContent).toBe('5 / 9 · La divergence KL'));
    expect($('notes').innerHTML).toBe('<p>Dire <em>pourquoi</em>.</p>');
  });

  it('loads its previews on the deck’s data set and copies only notes rendered for that data set', async () => {
    const { v, $ } = view();
    v.render(state({ data: 'fashion' }));
    expect($('current').getAttribute('src')).toBe('index.html?receiver&data=fashion&theme=light#/kl');
    expect($('next').getAttribute('src')).toBe('index.html?receiver=next&data=fashion&theme=light#/elbo');
    previewShows('fr', klSection); // still the MNIST rendering (no data-dataset: MNIST)
    await new Promise((r) => setTimeout(r, 250));
    expect($('notes').textContent).toBe('');
    previewShows('fr', klSection.replace('<aside class="notes">', '<aside class="notes" data-dataset="fashion">').replace('pourquoi', 'les vêtements'));
    await vi.waitFor(() => expect($('notes').innerHTML).toBe('<p>Dire <em>les vêtements</em>.</p>'));
    v.render(state({ data: 'mnist' }));
    expect($('current').getAttribute('src')).toBe('index.html?receiver&theme=light#/kl');
  });

  it('follows the deck into English and says when the last slide is reached', () => {
    const { v, $ } = view();
    v.render(state({ lang: 'en', index: 8, id: 'end', nextId: null }));
    expect(document.documentElement.lang).toBe('en');
    expect($('current-label').textContent).toBe('Current slide');
    expect($('current').getAttribute('src')).toBe('index.html?receiver&lang=en&theme=light#/end');
    expect([$('next').hidden, $('end').hidden, $('end').textContent]).toEqual([true, false, 'End of the deck']);
  });

  it('follows the deck’s theme, and its previews too (they reload in the new theme)', () => {
    const { v, $ } = view();
    v.render(state());
    expect(document.documentElement.dataset.theme).toBe('light');
    v.render(state({ theme: 'dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect($('current').getAttribute('src')).toBe('index.html?receiver&theme=dark#/kl');
    expect($('next').getAttribute('src')).toBe('index.html?receiver=next&theme=dark#/elbo');
  });

  it('sends a step for its buttons and the navigation keys, nothing for other keys', () => {
    const { sent, $ } = view();
    $('next-btn').click();
    $('prev').click();
    for (const key of ['ArrowRight', 'PageUp', 'x']) document.dispatchEvent(new KeyboardEvent('keydown', { key }));
    expect(sent).toEqual([
      { type: 'step', delta: 1 },
      { type: 'step', delta: -1 },
      { type: 'step', delta: 1 },
      { type: 'step', delta: -1 },
    ]);
  });

  it('shows the elapsed time, reset by its button', () => {
    const { v, $ } = view();
    v.tick(125_000);
    expect($('elapsed').textContent).toBe('2:05');
    vi.useFakeTimers({ now: 100_000 });
    $('reset').click();
    vi.useRealTimers();
    v.tick(101_000);
    expect($('elapsed').textContent).toBe('0:01');
  });

  it('has an h1, and a notes region that takes the keyboard focus; the notes get headings and bullets', async () => {
    const { v, $ } = view();
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    const notes = $('notes');
    expect([notes.tabIndex, notes.getAttribute('role'), document.getElementById(notes.getAttribute('aria-labelledby')!)?.textContent]).toEqual([0, 'region', 'Notes']);
    v.render(state());
    previewShows('fr', klSection.replace('<p>Dire <em>pourquoi</em>.</p>', '<p><strong>La perte.</strong> Deux termes. Le second est la KL (en <em>orange</em>).</p>'));
    await vi.waitFor(() => expect(notes.querySelector('h3')?.textContent).toBe('La perte'));
    expect(Array.from(notes.querySelectorAll('li'), (li) => li.textContent!.trim())).toEqual(['Deux termes.', 'Le second est la KL (en orange).']);
    expect(notes.querySelector('li em')?.textContent).toBe('orange');
  });

  it('T pauses and resumes the timer (not while typing in the duration field), and the pause survives a reload', () => {
    const { v, $ } = view();
    v.tick(10_000);
    vi.useFakeTimers({ now: 10_000 });
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 't' }));
    vi.setSystemTime(70_000);
    v.tick(70_000);
    expect($('elapsed').textContent).toBe('0:10 (en pause)');
    $('duration').dispatchEvent(new KeyboardEvent('keydown', { key: 't', bubbles: true }));
    v.tick(70_000);
    expect($('elapsed').textContent).toBe('0:10 (en pause)');
    // A reload: a new view of the same pair finds the paused timer.
    vi.setSystemTime(90_000);
    const again = view();
    again.v.tick(90_000);
    expect(again.$('elapsed').textContent).toBe('0:10 (en pause)');
    again.$('pause').click();
    vi.setSystemTime(95_000);
    again.v.tick(95_000);
    vi.useRealTimers();
    expect(again.$('elapsed').textContent).toBe('0:15');
  });
});

describe('slideTextFrom', () => {
  it('copies the notes of the asked slide only, and nothing from another language or a missing slide', () => {
    view();
    const frame = document.querySelector<HTMLIFrameElement>('[data-role="current"]')!;
    previewShows('fr', `${klSection}<section data-slide-id="elbo"><h2 class="slide-title">ELBO</h2><aside class="notes">autre</aside></section>`);
    const got = slideTextFrom(frame, 'elbo', 'fr', document)!;
    expect(got.title).toBe('ELBO');
    expect(got.notes.textContent).toBe('autre');
    expect(slideTextFrom(frame, 'elbo', 'en', document)).toBeNull();
    expect(slideTextFrom(frame, 'nope', 'fr', document)).toBeNull();
  });
});

describe('speaker view helpers', () => {
  it('maps keys to steps', () => {
    expect([' ', 'n', 'ArrowDown', 'p', 'ArrowUp', 'Enter'].map(stepForKey)).toEqual([1, 1, 1, -1, -1, null]);
  });
  it('formats preview addresses', () => {
    expect(previewUrl('en', 'vae')).toBe('index.html?receiver&lang=en&theme=light#/vae');
    expect(previewUrl('fr', 'data-loading', { data: 'fashion' })).toBe('index.html?receiver&data=fashion&theme=light#/data-loading');
    expect(previewUrl('en', 'vae', { data: 'mnist' })).toBe('index.html?receiver&lang=en&theme=light#/vae');
    expect(previewUrl('fr', 'vae', { theme: 'dark' })).toBe('index.html?receiver&theme=dark#/vae');
    expect(previewUrl('en', 'vae', { theme: 'dark', next: true })).toBe('index.html?receiver=next&lang=en&theme=dark#/vae');
  });
});
