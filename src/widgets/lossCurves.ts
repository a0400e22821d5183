/**
 * The training curves: total and reconstruction loss (with the held-out −ELBO points) on one chart, the KL
 * term on a second one (it is ~30× smaller), drawn from plain numbers with the shared LineChart.
 */
import type { Lang, Localized } from '../i18n/lang.ts';
import { formatNumber } from '../i18n/format.ts';
import { LineChart, type LineSeries } from '../charts/lineChart.ts';
import { lossColors, roles } from '../charts/palette.ts';

/** Every label of the curves. */
const curveText = {
  unit: { fr: 'nats / image', en: 'nats / image' },
  mainAria: { fr: 'Perte totale et de reconstruction au fil des pas', en: 'Total and reconstruction loss over the steps' },
  steps: { fr: 'pas d’entraînement', en: 'training steps' },
  epochs: { fr: 'époques', en: 'epochs' },
  klAria: { fr: 'Terme KL au fil des pas', en: 'KL term over the steps' },
  total: { fr: 'totale', en: 'total' },
  recon: { fr: 'reconstruction', en: 'reconstruction' },
  testNegElbo: { fr: '−ELBO test', en: 'test −ELBO' },
} satisfies Record<string, Localized>;

/** One metrics report (the fields of the engine's TrainMetrics that the curves use). */
export interface LossPoint {
  step: number;
  total: number;
  recon: number;
  kl: number;
}

/** A held-out −ELBO measurement at a training step. */
export interface EvalPoint {
  step: number;
  negElbo: number;
}

/** What the curves show. */
export interface LossCurvesData {
  history: readonly LossPoint[];
  evals: readonly EvalPoint[];
  /** A horizontal reference (e.g. the pretrained model's held-out −ELBO), drawn dashed with a label. */
  reference?: { value: number; label: string };
}

/** Average `points` into at most `max` buckets of consecutive reports (the last bucket ends at the last report). */
export function downsample(points: readonly LossPoint[], max: number): LossPoint[] {
  if (points.length <= max) return points.slice();
  const out: LossPoint[] = [];
  const size = points.length / max;
  for (let b = 0; b < max; b++) {
    const from = Math.floor(b * size);
    const to = Math.max(from + 1, Math.floor((b + 1) * size));
    let total = 0;
    let recon = 0;
    let kl = 0;
    for (let i = from; i < to; i++) {
      total += points[i].total;
      recon += points[i].recon;
      kl += points[i].kl;
    }
    const k = to - from;
    out.push({ step: points[to - 1].step, total: total / k, recon: recon / k, kl: kl / k });
  }
  return out;
}

/** A y-range that shows the curves' detail: from 0 to a little above the highest value after the first 5 % of training. */
export function lossDomain(values: readonly number[], floor = 0): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [floor, floor + 1];
  const tail = finite.slice(Math.floor(finite.length * 0.05));
  const hi = Math.max(...(tail.length ? tail : finite));
  return [floor, hi > floor ? hi * 1.12 : floor + 1];
}

/** Two stacked loss charts. */
export class LossCurves {
  private readonly main: LineChart;
  private readonly klChart: LineChart;

  constructor(
    mainHost: HTMLElement,
    klHost: HTMLElement,
    private readonly lang: Lang,
    size: { width: number; mainHeight: number; klHeight: number },
    /** What x counts: training steps (live) or epochs (a saved history, on paper); epochs end the axis at the last one. */
    private readonly xUnit: 'steps' | 'epochs' = 'steps',
  ) {
    const fmt = (v: number): string => formatNumber(v, lang, Number.isInteger(v) ? 0 : 1);
    this.main = new LineChart(mainHost, {
      width: size.width,
      height: size.mainHeight,
      xDomain: [0, 500],
      yLabel: curveText.unit[lang],
      ariaLabel: curveText.mainAria[lang],
      formatTick: fmt,
      ticks: 4,
      legend: 'top-right',
      margin: { left: 66, right: 22, top: 10, bottom: 30 },
    });
    this.klChart = new LineChart(klHost, {
      width: size.width,
      height: size.klHeight,
      xDomain: [0, 500],
      xLabel: curveText[xUnit][lang],
      yLabel: 'KL',
      ariaLabel: curveText.klAria[lang],
      formatTick: fmt,
      ticks: 3,
      legend: 'top-right',
      margin: { left: 66, right: 22, top: 8, bottom: 52 },
    });
  }

  /** Redraw both charts. */
  update(data: LossCurvesData): void {
    const lang = this.lang;
    const pts = downsample(data.history, 400);
    const lastStep = Math.max(pts[pts.length - 1]?.step ?? 0, data.evals[data.evals.length - 1]?.step ?? 0);
    const xDomain: [number, number] = this.xUnit === 'epochs' ? [0, Math.max(1, lastStep)] : [0, Math.max(500, Math.ceil(lastStep / 500) * 500)];
    const xs = pts.map((p) => p.step);
    const series: LineSeries[] = [
      { id: 'total', xs, ys: pts.map((p) => p.total), color: lossColors.total, label: curveText.total[lang], width: 3 },
      { id: 'recon', xs, ys: pts.map((p) => p.recon), color: lossColors.recon, label: curveText.recon[lang], width: 3 },
    ];
    if (data.evals.length) {
      series.push({
        id: 'eval', xs: data.evals.map((e) => e.step), ys: data.evals.map((e) => e.negElbo), color: roles.accent,
        label: curveText.testNegElbo[lang], width: 3, dash: '2 5',
      });
    }
    const ref = data.reference && Number.isFinite(data.reference.value) ? data.reference : null;
    if (ref) series.push({ id: 'ref', xs: xDomain, ys: [ref.value, ref.value], color: roles.muted, width: 2.5, dash: '8 6' });
    const all = [...series.filter((s) => s.id !== 'ref').flatMap((s) => Array.from(s.ys)), ...(ref ? [ref.value] : [])];
    // With only the reference to show, leave room above it for the legend; its label sits just below the line.
    const yDomain = pts.length || data.evals.length ? lossDomain(all) : lossDomain([ref ? ref.value * 1.6 : 1]);
    this.main.update({
      series,
      xDomain,
      yDomain,
      annotations: ref ? [{ id: 'ref', x: xDomain[1] * 0.03, y: ref.value - (yDomain[1] - yDomain[0]) * 0.1, text: ref.label, color: roles.muted, anchor: 'start' }] : [],
    });
    this.klChart.update({
      series: [{ id: 'kl', xs, ys: pts.map((p) => p.kl), color: lossColors.kl, label: 'KL', width: 3 }],
      xDomain,
      yDomain: lossDomain(pts.map((p) => p.kl)),
    });
  }

  /** Remove both charts. */
  destroy(): void {
    this.main.destroy();
    this.klChart.destroy();
  }
}
