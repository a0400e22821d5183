// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { DeckState, SpeakerCommand } from '../../../src/deck/speakerLink.ts';
import { createSpeakerView, formatElapsed, previewUrl, stepForKey } from '../../../src/speaker/speakerView.ts';

const state = (over: Partial<DeckState> = {}): DeckState => ({
  type: 'state', id: 'kl', index: 4, total: 9, lang: 'fr', title: 'La divergence KL', notes: '<p>Dire <em>pourquoi</em>.</p>', nextId: 'elbo', ...over,
});

function view() {
  document.body.innerHTML = '<div id="speaker"></div>';
  const sent: SpeakerCommand[] = [];
  const v = createSpeakerView(document.getElementById('speaker')!, (c) => sent.push(c), 0);
  const $ = (role: string) => document.querySelector<HTMLElement>(`[data-role="${role}"]`)!;
  return { v, sent, $ };
}

describe('the speaker view', () => {
  it('waits for the deck, then shows position, title, notes and both previews', () => {
    const { v, $ } = view();
    expect($('notes').textContent).toMatch(/^En attente de la présentation/);
    v.render(state());
    expect($('pos').textContent).toBe('5 / 9 · La divergence KL');
    expect($('notes').innerHTML).toBe('<p>Dire <em>pourquoi</em>.</p>');
    expect($('current').getAttribute('src')).toBe('index.html?receiver#/kl');
    expect($('next').getAttribute('src')).toBe('index.html?receiver#/elbo');
    expect([$('next').hidden, $('end').hidden]).toEqual([false, true]);
    expect($('current-label').textContent).toBe('Diapositive actuelle');
  });

  it('follows the deck into English and says when the last slide is reached', () => {
    const { v, $ } = view();
    v.render(state({ lang: 'en', index: 8, id: 'end', nextId: null, title: 'The end' }));
    expect(document.documentElement.lang).toBe('en');
    expect($('current-label').textContent).toBe('Current slide');
    expect($('current').getAttribute('src')).toBe('index.html?receiver&lang=en#/end');
    expect([$('next').hidden, $('end').hidden, $('end').textContent]).toEqual([true, false, 'End of the deck']);
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
});

describe('speaker view helpers', () => {
  it('maps keys to steps', () => {
    expect([' ', 'n', 'ArrowDown', 'p', 'ArrowUp', 'Enter'].map(stepForKey)).toEqual([1, 1, 1, -1, -1, null]);
  });
  it('formats elapsed time and preview addresses', () => {
    expect([formatElapsed(0), formatElapsed(59_999), formatElapsed(3_600_000)]).toEqual(['0:00', '0:59', '60:00']);
    expect(previewUrl('en', 'vae')).toBe('index.html?receiver&lang=en#/vae');
  });
});
