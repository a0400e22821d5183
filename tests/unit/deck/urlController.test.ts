// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MountMode, Slide } from '../../../src/deck/types.ts';
import { queryWithLang, URL_WRITE_MS, UrlController } from '../../../src/deck/urlController.ts';

const slide: Slide = {
  id: 'kl',
  title: { fr: 'KL', en: 'KL' },
  body: { fr: '', en: '' },
  notes: { fr: '', en: '' },
  params: [{ name: 'mu1', min: -3, max: 3, default: 0 }],
};

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/deck/?lang=en&mu1=9#/kl');
});
afterEach(() => vi.useRealTimers());

/** A controller with the slide's parameters declared, as the deck does when the slide's module arrives. */
function controller(mode: MountMode): UrlController {
  const url = new UrlController(mode);
  url.declare(slide);
  return url;
}

describe('UrlController', () => {
  it('reads the parameters from the query, clamped to their range', () => {
    expect(controller('live').params.get('mu1')).toBe(3);
  });

  it('writes a burst of slider moves to the address bar once, within URL_WRITE_MS, keeping other keys and the hash', () => {
    const url = controller('live');
    const replace = vi.spyOn(window.history, 'replaceState');
    for (let i = 0; i < 10; i++) url.params.set('mu1', i / 10);
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(URL_WRITE_MS);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?lang=en&mu1=0.9');
    expect(window.location.hash).toBe('#/kl');
    url.params.set('mu1', 0); // back to the default: the key goes
    vi.advanceTimersByTime(URL_WRITE_MS);
    expect(window.location.search).toBe('?lang=en');
    replace.mockRestore();
  });

  it('never writes the address bar of a printed or preview deck', () => {
    for (const mode of ['print', 'preview'] as const) {
      const url = controller(mode);
      url.params.set('mu1', 1);
      vi.advanceTimersByTime(URL_WRITE_MS * 2);
      expect(window.location.search).toBe('?lang=en&mu1=9');
    }
  });

  it('writes the language at once', () => {
    const url = controller('live');
    url.writeLang('fr');
    expect(window.location.search).toBe('?mu1=9');
    url.writeLang('en');
    expect(window.location.search).toBe('?mu1=9&lang=en');
    expect(window.location.pathname).toBe('/deck/');
  });
});

describe('queryWithLang', () => {
  it('drops the key for French and sets it for English', () => {
    expect(queryWithLang('?lang=en', 'fr')).toBe('');
    expect(queryWithLang('?print-pdf', 'en')).toBe('?print-pdf=&lang=en');
  });
});
