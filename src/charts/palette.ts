/**
 * The one colour-blind-safe palette every chart uses (Okabe–Ito, plus a neutral for digit 9),
 * chosen to stay distinct on a washed-out classroom projector.
 */
export const digitColors: readonly string[] = [
  '#E69F00', // 0 orange
  '#56B4E9', // 1 sky blue
  '#009E73', // 2 bluish green
  '#F0E442', // 3 yellow
  '#0072B2', // 4 blue
  '#D55E00', // 5 vermillion
  '#CC79A7', // 6 reddish purple
  '#000000', // 7 black
  '#999999', // 8 grey
  '#7F3C8D', // 9 purple
];

/** Named roles for the two-distribution charts (p vs q, AE vs VAE, data vs model). */
export const roles = {
  p: '#0072B2',
  q: '#D55E00',
  accent: '#009E73',
  highlight: '#E69F00',
  muted: '#6b7280',
  ink: '#111827',
  paper: '#ffffff',
  grid: '#d1d5db',
} as const;

/** Colours of the loss curves on the training dashboard. */
export const lossColors = { total: roles.ink, recon: roles.p, kl: roles.q } as const;

/** Colour of a digit class 0–9. */
export function digitColor(label: number): string {
  return digitColors[((label % 10) + 10) % 10];
}
