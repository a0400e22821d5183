// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { LanguageController } from '../../../src/deck/languageController.ts';
import { createLangButton } from '../../../src/deck/langButton.ts';
import { revealOptions } from '../../../src/deck/revealConfig.ts';

describe('LanguageController', () => {
  it('puts the language on <html lang> and the title, and reports whether it changed', () => {
    const language = new LanguageController('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Variational autoencoders (VAE)');
    expect(language.set('en')).toBe(false);
    expect(language.set('fr')).toBe(true);
    expect(language.lang).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('Les autoencodeurs variationnels (VAE)');
  });
});

describe('createLangButton', () => {
  it('offers the other language, with an accessible name, and calls back on click', () => {
    const toggle = vi.fn();
    const button = createLangButton(document.body, 'fr', toggle);
    const el = document.querySelector<HTMLButtonElement>('button.lang-toggle')!;
    expect(el.textContent).toBe('EN');
    // The accessible name contains the visible text (axe: label-content-name-mismatch).
    expect(el.getAttribute('aria-label')).toBe('EN — Switch to English (touche L)');
    el.click();
    expect(toggle).toHaveBeenCalledTimes(1);
    button.update('en');
    expect([el.textContent, el.title]).toEqual(['FR', 'Passer en français (key L)']);
    el.remove();
  });
});

describe('revealOptions', () => {
  const keys = {
    toggleLang: vi.fn(), openSpeakerView: vi.fn(), toggleTheme: vi.fn(), togglePen: vi.fn(), toggleLaser: vi.fn(), toggleZoom: vi.fn(),
  };
  it('shows the controls only live, and notes on paper only when asked', () => {
    expect(revealOptions('live', false, false, keys)).toMatchObject({ controls: true, showNotes: false, hash: true, width: 1280, height: 720 });
    expect(revealOptions('print', true, false, keys)).toMatchObject({ controls: false, showNotes: true });
    expect(revealOptions('preview', true, false, keys)).toMatchObject({ controls: false, showNotes: false });
    // a phone window starts with reveal.js's scaling off, a desktop one with it on
    expect(revealOptions('live', false, true, keys)).toMatchObject({ disableLayout: true });
    expect(revealOptions('live', false, false, keys)).toMatchObject({ disableLayout: false });
  });
  it('binds L to the language, S to the speaker view and D to the theme', () => {
    const bindings = revealOptions('live', false, false, keys).keyboard as Record<number, () => void>;
    bindings[76]();
    bindings[83]();
    bindings[68]();
    expect(keys.toggleLang).toHaveBeenCalledTimes(1);
    expect(keys.openSpeakerView).toHaveBeenCalledTimes(1);
    expect(keys.toggleTheme).toHaveBeenCalledTimes(1);
  });
  it('binds C to the pen, Q to the laser, Z to the zoom, and asks the zoom plugin for Alt-click', () => {
    const options = revealOptions('live', false, false, keys);
    const bindings = options.keyboard as Record<number, () => void>;
    bindings[67]();
    bindings[81]();
    bindings[90]();
    expect([keys.togglePen, keys.toggleLaser, keys.toggleZoom].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
    expect(options).toMatchObject({ zoomKey: 'alt' });
  });
});
