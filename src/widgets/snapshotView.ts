/**
 * The model half of the training dashboard: the latent scatter of the 1,000 held-out digits, ten held-out
 * digits with their reconstructions, and the held-out −ELBO — from a live snapshot or the pretrained model.
 */
import { classNamesOf } from './classNames.ts';
import type { Scope } from '../deck/types.ts';
import { formatNumber } from '../i18n/format.ts';
import { DigitGrid, DIGIT_PIXELS } from '../charts/digitGrid.ts';
import { LatentScatter } from '../charts/latentScatter.ts';
import type { MnistSet } from '../data/mnist.ts';
import { setShownValue } from './shownValue.ts';
import { dashboardText as T } from './trainingDashboardHtml.ts';

/** How many test digits (and their reconstructions) the dashboard shows: few enough to draw each at 56 px. */
const SHOWN_DIGITS = 6;

/** What the view shows: a live snapshot (epoch set) or the pretrained model's state (epoch null, step 0). */
export interface ModelView {
  step: number;
  epoch: number | null;
  latentMeans: Float32Array;
  labels: Uint8Array;
  reconstructions: Float32Array;
  sampleIndices: number[];
  heldOutNegElbo: number;
}

/** Count the (x, y) pairs of interleaved points where both coordinates are finite. */
export function finitePoints(points: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i + 1 < points.length; i += 2) if (Number.isFinite(points[i]) && Number.isFinite(points[i + 1])) n++;
  return n;
}

/** Scatter, reconstructions and counters of the dashboard; the charts are owned by the scope. */
export class SnapshotView {
  private readonly scatter: LatentScatter;
  private readonly originals: DigitGrid;
  private readonly recons: DigitGrid;
  private shownOriginals = '';

  constructor(
    private readonly root: HTMLElement,
    private readonly scope: Scope,
    private readonly heldOut: () => MnistSet | null,
  ) {
    const lang = scope.lang;
    this.scatter = scope.own(
      new LatentScatter(this.q('.tr-scatter'), {
        width: 470,
        height: 420,
        interactive: false,
        pointRadius: 2.6,
        ariaLabel: scope.t(T.scatterAria),
        classNames: classNamesOf(scope),
        formatTick: (v) => formatNumber(v, lang, Number.isInteger(v) ? 0 : 1),
      }),
    );
    const recon = this.q('.tr-recon');
    const grid = (label: string): DigitGrid => {
      recon.insertAdjacentHTML('beforeend', `<p class="tr-recon-label">${label}</p>`);
      return scope.own(new DigitGrid(recon, { cols: SHOWN_DIGITS, cellSize: 56, gap: 4, ariaLabel: label }));
    };
    this.originals = grid(scope.t(T.originals));
    this.recons = grid(scope.t(T.reconstructions));
  }

  /** Redraw the scatter, the reconstructions and the counters. */
  draw(v: ModelView): void {
    this.drawScatter(v);
    this.drawReconstructions(v);
  }

  /** Redraw the latent scatter (and its caption: the step of a live snapshot, or "pretrained"). */
  drawScatter(v: ModelView): void {
    this.scatter.update({ points: v.latentMeans, labels: v.labels });
    this.root.dataset.points = String(finitePoints(v.latentMeans));
    this.root.dataset.snapshotStep = String(v.step);
    this.q('.tr-scatter-caption').textContent = v.epoch !== null
      ? this.scope.t({ fr: `1 000 images de test · pas ${formatNumber(v.step, 'fr', 0)}`, en: `1,000 test images · step ${formatNumber(v.step, 'en', 0)}` })
      : this.scope.t(T.pretrainedCaption);
  }

  /** Redraw the originals (when the sample changed), the reconstructions and the counters. */
  drawReconstructions(v: ModelView): void {
    const lang = this.scope.lang;
    const set = this.heldOut();
    const shown = v.sampleIndices.slice(0, SHOWN_DIGITS);
    const key = shown.join(',');
    if (set && key !== this.shownOriginals) {
      const imgs = new Float32Array(shown.length * DIGIT_PIXELS);
      shown.forEach((i, k) => imgs.set(set.images.subarray(i * DIGIT_PIXELS, (i + 1) * DIGIT_PIXELS), k * DIGIT_PIXELS));
      this.originals.update(imgs);
      this.shownOriginals = key;
    }
    this.recons.update(v.reconstructions.subarray(0, shown.length * DIGIT_PIXELS));
    setShownValue(this.q('.tr-elbo-value'), v.heldOutNegElbo, lang, 1);
    this.root.dataset.negElbo = Number.isFinite(v.heldOutNegElbo) ? String(v.heldOutNegElbo) : '';
    if (v.epoch !== null) {
      setShownValue(this.q('.tr-step-value'), v.step, lang, 0);
      if (v.epoch !== null) setShownValue(this.q('.tr-epoch-value'), v.epoch, lang, 2);
    } else {
      this.q('.tr-step-value').textContent = '—';
      this.q('.tr-epoch-value').textContent = '—';
    }
  }

  private q(sel: string): HTMLElement {
    const found = this.root.querySelector<HTMLElement>(sel);
    if (!found) throw new Error(`training dashboard: missing ${sel}`);
    return found;
  }
}
