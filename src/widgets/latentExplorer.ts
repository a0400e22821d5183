/**
 * The latent plane of a model next to the digit its decoder draws for the point under the pointer:
 * a LatentScatter of codes, a large decoded digit and the readout of z (each number with `data-value`).
 */
import { escapeHtml } from '../escapeHtml.ts';
import { classNamesOf } from './classNames.ts';
import type { Scope } from '../deck/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatNumber } from '../i18n/format.ts';
import { DigitGrid } from '../charts/digitGrid.ts';
import { LatentScatter, type LatentScatterData } from '../charts/latentScatter.ts';
import { digitColorIn } from '../charts/palette.ts';
import { latestOnly } from './latestPerFrame.ts';
import { setShownValue } from './shownValue.ts';
import { bindProbeKeys } from './latentKeys.ts';

/** Anything that turns n latent codes into n images (the pretrained LatentModel fits). */
export interface LatentDecoder {
  decode(z: Float32Array, n: number): Promise<Float32Array>;
}

/** Options of a LatentExplorer. */
export interface LatentExplorerOptions {
  decoder: LatentDecoder;
  codes: LatentScatterData;
  /** Size of the scatter in px. */
  width: number;
  height: number;
  /** Side of the decoded digit in px. */
  digitSize: number;
  domain?: [number, number];
  /** Without a fixed domain: 'symmetric' around 0 (default) or 'data' (fit the cloud, e.g. for the AE). */
  fit?: 'symmetric' | 'data';
  legend?: boolean;
  pointRadius?: number;
  /** Accessible name of the plane (localized). */
  ariaLabel: string;
}

/** A latent plane that decodes the vector under the pointer (one decode per animation frame at most). */
export class LatentExplorer {
  readonly root: HTMLDivElement;
  readonly scatter: LatentScatter;
  private readonly digit: DigitGrid;
  private readonly z1: HTMLElement;
  private readonly z2: HTMLElement;
  private readonly lang: Lang;
  private readonly decoder: LatentDecoder;
  /** Latent point of the digit on show (null before the first decode). */
  shown: [number, number] | null = null;

  constructor(parent: HTMLElement, private readonly scope: Scope, options: LatentExplorerOptions) {
    this.lang = scope.lang;
    this.decoder = options.decoder;
    this.root = document.createElement('div');
    this.root.className = 'latent-explorer';
    parent.append(this.root);
    this.scatter = new LatentScatter(this.root, {
      width: options.width,
      height: options.height,
      domain: options.domain,
      fit: options.fit,
      legend: options.legend,
      classNames: classNamesOf(scope),
      pointRadius: options.pointRadius,
      ariaLabel: options.ariaLabel,
      formatTick: (v) => formatNumber(v, scope.lang, Number.isInteger(v) ? 0 : 1),
    });
    this.scatter.update(options.codes);
    const side = document.createElement('div');
    side.className = 'latent-explorer-side';
    this.root.append(side);
    this.digit = new DigitGrid(side, {
      cols: 1,
      cellSize: options.digitSize,
      gap: 0,
      ariaLabel: scope.t({ fr: 'chiffre décodé', en: 'decoded digit' }),
    });
    const readout = document.createElement('div');
    readout.className = 'z-readout';
    readout.innerHTML = `<div><i>z</i><sub>1</sub> = <span class="shown-value z1" data-value=""></span></div>
<div><i>z</i><sub>2</sub> = <span class="shown-value z2" data-value=""></span></div>`;
    side.append(readout);
    this.z1 = readout.querySelector<HTMLElement>('.z1')!;
    this.z2 = readout.querySelector<HTMLElement>('.z2')!;
    // Picks already come at most once per animation frame; never run two decodes at once.
    const request = latestOnly<[number, number]>(scope, (z) => this.show(z));
    this.scatter.onPick(request);
    // Tab to the plane, then the arrow keys move the probe.
    bindProbeKeys(scope, this.scatter.root, () => this.scatter.mapping, () => this.shown, request);
    scope.own(this);
  }

  /** Decode `z` now, show the digit, the numbers and the crosshair. */
  async show(z: [number, number]): Promise<void> {
    const image = await this.decoder.decode(new Float32Array(z), 1);
    if (this.scope.disposed) return;
    this.showDecoded(z, image);
  }

  /** Show `image`, already decoded from `z` (a drawing's reconstruction), with the numbers and the crosshair. */
  showDecoded(z: [number, number], image: Float32Array): void {
    this.shown = z;
    this.digit.update(image);
    this.scatter.setMarker(z);
    setShownValue(this.z1, z[0], this.lang, 2);
    setShownValue(this.z2, z[1], this.lang, 2);
  }

  /** Remove the widget. */
  destroy(): void {
    this.scatter.destroy();
    this.digit.destroy();
    this.root.remove();
  }
}

/** HTML of a one-line legend of the ten class colours (for slides that show several planes); `names` default to the digits. */
export function digitLegendHtml(label: string, names?: readonly string[]): string {
  // Both themes' colours ride along as CSS variables: the HTML may be written before a theme switch (latentSlides.css picks).
  const items = Array.from({ length: 10 }, (_, d) =>
    `<span class="digit-legend-item"><span class="digit-legend-dot" style="--dot-light:${digitColorIn('light', d)};--dot-dark:${digitColorIn('dark', d)}"></span>${escapeHtml(names?.[d] ?? String(d))}</span>`,
  ).join('');
  return `<div class="digit-legend" aria-label="${label}">${items}</div>`;
}

/**
 * A "hole" of the latent space: the point of a grid over the central part of the cloud (5th–95th percentile box)
 * farthest from every code, among points with codes nearby in all four quadrants (so it lies inside the cloud,
 * not beside it). Deterministic, so print shows the same point every time.
 */
export function emptiestPoint(points: Float32Array, grid = 40): [number, number] {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    if (Number.isFinite(points[i]) && Number.isFinite(points[i + 1])) {
      xs.push(points[i]);
      ys.push(points[i + 1]);
    }
  }
  if (xs.length === 0) return [0, 0];
  const q = (v: number[], p: number): number => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor(p * v.length))];
  const [x0, x1, y0, y1] = [q(xs, 0.05), q(xs, 0.95), q(ys, 0.05), q(ys, 0.95)];
  const reach = 0.6 * Math.max(x1 - x0, y1 - y0);
  let best: [number, number] = [(x0 + x1) / 2, (y0 + y1) / 2];
  let bestD = -1;
  let bestSurrounded = false;
  for (let i = 0; i <= grid; i++) {
    for (let j = 0; j <= grid; j++) {
      const gx = x0 + ((x1 - x0) * i) / grid;
      const gy = y0 + ((y1 - y0) * j) / grid;
      let d = Infinity;
      const quadrants = [0, 0, 0, 0];
      for (let k = 0; k < xs.length; k++) {
        const dx = xs[k] - gx;
        const dy = ys[k] - gy;
        const d2 = dx * dx + dy * dy;
        if (d2 < d) d = d2;
        if (d2 < reach * reach) quadrants[(dx >= 0 ? 1 : 0) + (dy >= 0 ? 2 : 0)]++;
      }
      const surrounded = quadrants.every((c) => c >= 3);
      if ((surrounded && !bestSurrounded) || (surrounded === bestSurrounded && d > bestD)) {
        bestD = d;
        best = [gx, gy];
        bestSurrounded = surrounded;
      }
    }
  }
  return best;
}
