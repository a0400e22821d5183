/**
 * The one colour-blind-safe palette every chart uses (Okabe–Ito, plus a neutral for digit 9), in a light and a
 * dark version. The theme in force is `<html data-theme>` (set by src/deck/themeController.ts); every colour below
 * is read at draw time, so a chart drawn after a theme switch uses the new colours.
 */
export type ThemeName = 'light' | 'dark';

const lightDigits = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000', '#999999', '#7F3C8D'];
/** Same hues on a dark background: black becomes near-white, the dark blue and purple are lightened. */
const darkDigits = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#3D9BE0', '#D55E00', '#CC79A7', '#F3F4F6', '#999999', '#B07CC6'];

/** Named colours of one theme. */
export interface RoleColors {
  p: string;
  q: string;
  accent: string;
  highlight: string;
  muted: string;
  ink: string;
  paper: string;
  grid: string;
  /** Light fills behind the encoder / decoder shapes and input nodes. */
  pSoft: string;
  qSoft: string;
  panel: string;
}

/** Both themes' role colours (light = the projector default). */
export const themeRoles: Record<ThemeName, RoleColors> = {
  light: {
    p: '#0072B2', q: '#D55E00', accent: '#009E73', highlight: '#E69F00', muted: '#6b7280',
    ink: '#111827', paper: '#ffffff', grid: '#d1d5db', pSoft: '#dbeafe', qSoft: '#ffedd5', panel: '#eef2f7',
  },
  dark: {
    p: '#56B4E9', q: '#D55E00', accent: '#009E73', highlight: '#E69F00', muted: '#9ca3af',
    ink: '#f3f4f6', paper: '#111827', grid: '#374151', pSoft: '#1e3a5f', qSoft: '#4a2a12', panel: '#1f2937',
  },
};

/** The theme in force: `<html data-theme="dark">` or light (also in Node, where there is no document). */
export function activeTheme(): ThemeName {
  return typeof document !== 'undefined' && document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

/** The digit colours of the theme in force. */
export const digitColors: readonly string[] = new Proxy([...lightDigits], {
  get: (target, key) => Reflect.get(activeTheme() === 'dark' ? darkDigits : target, key),
});

const role = (name: keyof RoleColors) => () => themeRoles[activeTheme()][name];

/** Named roles for the two-distribution charts (p vs q, AE vs VAE, data vs model), in the theme in force. */
export const roles: Readonly<RoleColors> = Object.defineProperties(
  {} as RoleColors,
  Object.fromEntries(
    (Object.keys(themeRoles.light) as (keyof RoleColors)[]).map((k) => [k, { get: role(k), enumerable: true }]),
  ),
);

/** Colours of the loss curves on the training dashboard. */
export const lossColors = {
  get total(): string {
    return roles.ink;
  },
  get recon(): string {
    return roles.p;
  },
  get kl(): string {
    return roles.q;
  },
};

/** Colour of a digit class 0–9. */
export function digitColor(label: number): string {
  return digitColors[((label % 10) + 10) % 10];
}

/** Colour of a digit class 0–9 in a given theme (for HTML that must follow a later theme switch through CSS). */
export function digitColorIn(theme: ThemeName, label: number): string {
  return (theme === 'dark' ? darkDigits : lightDigits)[((label % 10) + 10) % 10];
}
