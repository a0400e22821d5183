import { themeRoles, type ThemeName } from '../charts/palette.ts';

/** sessionStorage key that keeps the presenter's last toggle for the browser session. */
export const themeStorageKey = 'vae-deck-theme';

/** The theme named by `?theme=dark|light`, or null (absent or anything else). */
export function themeFromSearch(search: string): ThemeName | null {
  const value = new URLSearchParams(search).get('theme');
  return value === 'dark' || value === 'light' ? value : null;
}

/** The theme to start with: the URL wins, then the last toggle kept for the session, else the system preference. */
export function initialTheme(search: string, stored: string | null, prefersDark: boolean): ThemeName {
  const fromUrl = themeFromSearch(search);
  if (fromUrl) return fromUrl;
  if (stored === 'dark' || stored === 'light') return stored;
  return prefersDark ? 'dark' : 'light';
}

/** sessionStorage, or null where the browser blocks it (private modes, sandboxed frames). */
function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Read the kept toggle; null when nothing is kept or storage is blocked. */
function readStored(): string | null {
  try {
    return sessionStore()?.getItem(themeStorageKey) ?? null;
  } catch {
    return null;
  }
}

/** Owns the deck's theme: puts it on `<html data-theme>` (read by the CSS and src/charts/palette.ts). */
export class ThemeController {
  private current: ThemeName;

  constructor(search: string, private readonly keep: boolean) {
    const prefersDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
    this.current = initialTheme(search, readStored(), prefersDark);
    this.apply();
  }

  /** The theme in force. */
  get theme(): ThemeName {
    return this.current;
  }

  /** Switch to `theme`, keep it for the session (when storage allows) and report whether it changed. */
  set(theme: ThemeName): boolean {
    if (theme === this.current) return false;
    this.current = theme;
    this.apply();
    if (this.keep) {
      try {
        sessionStore()?.setItem(themeStorageKey, theme);
      } catch {
        // Storage full or blocked: the toggle still applies to this page.
      }
    }
    return true;
  }

  private apply(): void {
    document.documentElement.dataset.theme = this.current;
    document.documentElement.style.colorScheme = this.current;
    // The palette's roles as CSS custom properties (`--chart-ink`…), for markup built before the theme is known.
    for (const [role, color] of Object.entries(themeRoles[this.current])) {
      document.documentElement.style.setProperty(`--chart-${role}`, color);
    }
  }
}
