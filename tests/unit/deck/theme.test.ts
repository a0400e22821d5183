// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialTheme, themeFromSearch, ThemeController, themeStorageKey } from '../../../src/deck/themeController.ts';
import { createThemeButton } from '../../../src/deck/themeButton.ts';
import { digitColor, lossColors, roles, themeRoles } from '../../../src/charts/palette.ts';

afterEach(() => {
  sessionStorage.clear();
  delete document.documentElement.dataset.theme;
  vi.restoreAllMocks();
});

describe('initialTheme', () => {
  it('lets the URL win, then the kept toggle, then the system preference', () => {
    expect(initialTheme('?theme=dark', 'light', false)).toBe('dark');
    expect(initialTheme('?theme=light', 'dark', true)).toBe('light');
    expect(initialTheme('?theme=purple', 'dark', false)).toBe('dark');
    expect(initialTheme('', 'light', true)).toBe('light');
    expect(initialTheme('', null, true)).toBe('dark');
    expect(initialTheme('', 'garbage', false)).toBe('light');
    expect(themeFromSearch('?lang=en&theme=dark')).toBe('dark');
    expect(themeFromSearch('?theme=')).toBeNull();
  });
});

describe('ThemeController', () => {
  it('puts the theme on <html data-theme> and keeps the toggle for the session', () => {
    const themes = new ThemeController('', true);
    expect(themes.theme).toBe('light');
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(themes.set('dark')).toBe(true);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(sessionStorage.getItem(themeStorageKey)).toBe('dark');
    expect(new ThemeController('', true).theme).toBe('dark');
    expect(new ThemeController('?theme=light', true).theme).toBe('light');
  });

  it('still switches when storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const themes = new ThemeController('', true);
    expect(themes.set('dark')).toBe(true);
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});

describe('palette', () => {
  it('gives every chart the colours of the theme in force', () => {
    document.documentElement.dataset.theme = 'light';
    expect([roles.ink, roles.paper, lossColors.total, digitColor(7)]).toEqual(['#111827', '#ffffff', '#111827', '#000000']);
    document.documentElement.dataset.theme = 'dark';
    expect([roles.ink, roles.paper, lossColors.total]).toEqual([themeRoles.dark.ink, themeRoles.dark.paper, themeRoles.dark.ink]);
    // Black digit 7 would vanish on the dark background.
    expect(digitColor(7)).not.toBe('#000000');
    expect(new Set(Array.from({ length: 10 }, (_, d) => digitColor(d))).size).toBe(10);
  });
});

describe('createThemeButton', () => {
  it('has an accessible name that starts with its visible text and reports the pressed state', () => {
    const toggle = vi.fn();
    const button = createThemeButton(document.body, 'light', 'fr', toggle);
    const el = document.querySelector<HTMLButtonElement>('button.theme-toggle')!;
    expect(el.getAttribute('aria-label')!.startsWith(el.textContent!)).toBe(true);
    expect(el.getAttribute('aria-pressed')).toBe('false');
    el.click();
    expect(toggle).toHaveBeenCalledTimes(1);
    button.update('dark', 'en');
    expect([el.textContent, el.getAttribute('aria-pressed')]).toEqual(['Dark', 'true']);
    el.remove();
  });
});

describe('the AE/VAE diagram follows the theme (built once, before the theme is known)', () => {
  it('draws with the --chart-* properties the controller sets on <html>, which change on a switch', async () => {
    const { autoencoderDiagram } = await import('../../../src/widgets/autoencoderDiagram.ts');
    const svg = autoencoderDiagram('vae', 'fr');
    // No colour is baked in: every fill/stroke reads a custom property (the light value is only a fallback).
    expect(svg).not.toMatch(/(fill|stroke)="#/);
    expect(svg).toContain(`stroke:var(--chart-ink, ${themeRoles.light.ink})`);
    const themes = new ThemeController('?theme=light', false);
    const ink = () => document.documentElement.style.getPropertyValue('--chart-ink');
    expect(ink()).toBe(themeRoles.light.ink);
    themes.set('dark');
    expect(ink()).toBe(themeRoles.dark.ink);
    expect(document.documentElement.style.getPropertyValue('--chart-paper')).toBe(themeRoles.dark.paper);
  });
});
