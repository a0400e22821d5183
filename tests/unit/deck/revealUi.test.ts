// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { localizeRevealUi, localizedShortcuts } from '../../../src/deck/revealUi.ts';

/** A stand-in for reveal.js's API: its shortcuts table as its keyboard module fills it, and its controls. */
function fakeReveal() {
  const root = document.createElement('div');
  root.innerHTML = '<aside class="controls"><button class="navigate-left" aria-label="previous slide"></button><button class="navigate-right" aria-label="next slide"></button></aside>';
  const shortcuts: Record<string, string> = {
    'N  ,  SPACE': 'Next slide',
    '&#8594;  ,  L': 'Navigate right',
    'B  ,  .': 'Pause',
  };
  return { root, shortcuts, host: { keyboard: { getShortcuts: () => shortcuts }, getRevealElement: () => root, on: () => {} } };
}

describe('localizedShortcuts', () => {
  it('lists L once, as the language switch, and D for the theme', () => {
    for (const lang of ['fr', 'en'] as const) {
      const keys = Object.keys(localizedShortcuts(lang));
      expect(keys.filter((k) => /(^|[\s,])L($|[\s,])/.test(k))).toEqual(['L']);
      expect(keys).toContain('D');
      expect(keys).toContain('S');
      expect(keys).toContain('C');
      expect(keys).toContain('Q');
      expect(keys.some((k) => k.startsWith('Z'))).toBe(true);
    }
  });
});

describe('localizeRevealUi', () => {
  it('rewrites reveal.js’s help table and arrow labels in French, then back in English', () => {
    const { root, shortcuts, host } = fakeReveal();
    localizeRevealUi(host, 'fr');
    expect(shortcuts['N  ,  SPACE']).toBe('Diapositive suivante');
    expect(shortcuts['B  ,  .']).toBe('Pause (écran noir)');
    expect(shortcuts['&#8594;  ,  L']).toBeUndefined();
    expect(shortcuts.L).toBe('Français ⇄ English');
    expect(root.querySelector('.navigate-left')!.getAttribute('aria-label')).toBe('diapositive précédente');
    localizeRevealUi(host, 'en');
    expect(shortcuts['N  ,  SPACE']).toBe('Next slide');
    expect(root.querySelector('.navigate-right')!.getAttribute('aria-label')).toBe('next slide');
  });
});
