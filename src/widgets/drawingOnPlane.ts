/**
 * Drawings on the latent plane: each drawing (strokes or an image, from a pad or elsewhere) is preprocessed as MNIST
 * was, encoded, and drawn among the held-out codes as μ with its 2σ-ellipse of q(z|x), in its own colour and label.
 * Beside the plane, for the drawing last changed: the 28×28 the model sees, the reconstruction, a few decoded
 * samples z ~ q(z|x), μ (in `data-mu="z1,z2"`), the nearest class and the −ELBO. Works with any DrawingModel
 * (the pretrained one in the page, the live one in the worker) and says which.
 */
import { classNamesOf } from './classNames.ts';
import type { Scope } from '../deck/types.ts';
import type { Localized } from '../i18n/lang.ts';
import { formatNumber } from '../i18n/format.ts';
import { DigitGrid } from '../charts/digitGrid.ts';
import { LatentScatter, type LatentEllipse, type LatentMarker, type LatentScatterData } from '../charts/latentScatter.ts';
import { preprocessDrawing, type DrawingSource, type Preprocessed } from '../data/digitPreprocess.ts';
import { analyseDrawing, classCentroids, nearestClass, type DrawingAnalysis, type DrawingModel } from './drawingAnalysis.ts';
import { errorText } from './errorNotice.ts';
import { latestOnly } from './latestPerFrame.ts';
import './drawingOnPlane.css';

/** One drawing to place: a stable id, its label on the plane, its colour, and where it comes from. */
export interface PlaneDrawing {
  id: string;
  label: Localized;
  color: string;
  source: DrawingSource;
}

/** Options of a DrawingOnPlane. */
export interface DrawingOnPlaneOptions {
  model: DrawingModel;
  /** Which model this is: the committed pretrained one, or the one being trained live in the worker. */
  origin: 'pretrained' | 'live';
  /** The held-out digits' codes (μ) and labels, drawn as the background cloud. */
  codes: LatentScatterData;
  /** Size of the plane in px. */
  width: number;
  height: number;
  /** Side of each 28×28 view in px. */
  digitSize: number;
  /** Decoded samples z ~ q(z|x) shown (default 4). */
  samples?: number;
  /** Offer the « Centrer » switch (MNIST's centring by centre of mass; default off = always centred). */
  centringSwitch?: boolean;
  domain?: [number, number];
}

const originText: Record<DrawingOnPlaneOptions['origin'], Localized> = {
  pretrained: { fr: 'Modèle pré-entraîné', en: 'Pretrained model' },
  live: { fr: 'Modèle entraîné en direct (dans le worker)', en: 'Live model (training in the worker)' },
};

const statusText: Record<'empty' | 'dot' | 'dense', Localized> = {
  empty: { fr: 'Dessinez un chiffre\u00a0: son code apparaîtra sur le plan.', en: 'Draw a digit: its code will appear on the plane.' },
  dot: { fr: 'Un seul point\u00a0: ce n’est pas encore un chiffre.', en: 'A single dot: not a digit yet.' },
  dense: { fr: 'Beaucoup d’encre\u00a0: sans doute pas un chiffre (regardez le −ELBO).', en: 'A lot of ink: probably not a digit (look at the −ELBO).' },
};

interface Placed {
  drawing: PlaneDrawing;
  pre: Preprocessed;
  analysis: DrawingAnalysis | null;
}

/** The plane with the drawings' codes and the model's reading of the drawing last changed. */
export class DrawingOnPlane {
  readonly root: HTMLDivElement;
  readonly scatter: LatentScatter;
  private readonly views: { input: DigitGrid; recon: DigitGrid; samples: DigitGrid };
  private readonly out: Record<'status' | 'mu' | 'nearest' | 'elbo' | 'list', HTMLElement>;
  private readonly placed = new Map<string, Placed>();
  private readonly dirty = new Set<string>();
  private readonly request: (id: string) => void;
  private readonly centroids: Float64Array;
  private centre = true;
  private activeId: string | null = null;

  constructor(parent: HTMLElement, private readonly scope: Scope, private readonly options: DrawingOnPlaneOptions) {
    const t = scope.t.bind(scope);
    this.root = document.createElement('div');
    this.root.className = 'drawing-on-plane';
    this.root.dataset.origin = options.origin;
    parent.append(this.root);
    this.scatter = new LatentScatter(this.root, {
      width: options.width, height: options.height, domain: options.domain ?? [-4, 4], interactive: false, pointOpacity: 0.45,
      ariaLabel: t({ fr: 'plan latent avec vos dessins', en: 'latent plane with your drawings' }),
      classNames: classNamesOf(scope),
      formatTick: (v) => formatNumber(v, scope.lang, Number.isInteger(v) ? 0 : 1),
    });
    this.scatter.update(options.codes);
    this.centroids = classCentroids(options.codes.points, options.codes.labels);
    const side = document.createElement('div');
    side.className = 'drawing-on-plane-side';
    side.innerHTML = `<p class="model-origin" data-model-origin="${options.origin}">${t(originText[options.origin])}</p>
${options.centringSwitch ? `<label class="centring-switch"><input type="checkbox" data-centring checked> ${t({ fr: 'Centrer par le centre de masse (comme MNIST)', en: 'Centre by the centre of mass (as MNIST does)' })}</label>` : ''}
<p class="drawing-status" role="status" data-drawing-status="empty"></p>
<div class="drawing-views"></div>
<p class="drawing-readout"><span>μ = </span><span data-mu=""></span> · <span>${t({ fr: 'classe la plus proche', en: 'nearest class' })}\u00a0: </span><span data-nearest=""></span></p>
<p class="drawing-elbo" data-neg-elbo=""></p>
<ul class="drawing-list"></ul>`;
    this.root.append(side);
    const q = (sel: string) => side.querySelector<HTMLElement>(sel)!;
    this.out = { status: q('[data-drawing-status]'), mu: q('[data-mu]'), nearest: q('[data-nearest]'), elbo: q('[data-neg-elbo]'), list: q('.drawing-list') };
    const viewsEl = q('.drawing-views');
    const grid = (label: Localized, cols: number, size: number) => {
      const fig = document.createElement('figure');
      fig.innerHTML = `<figcaption>${t(label)}</figcaption>`;
      viewsEl.append(fig);
      return new DigitGrid(fig, { cols, cellSize: size, gap: 4, ariaLabel: t(label) });
    };
    const k = Math.max(0, Math.floor(options.samples ?? 4));
    this.views = {
      input: grid({ fr: 'Ce que voit le modèle (28×28)', en: 'What the model sees (28×28)' }, 1, options.digitSize),
      recon: grid({ fr: 'Reconstruction (depuis μ)', en: 'Reconstruction (from μ)' }, 1, options.digitSize),
      samples: grid({ fr: 'Échantillons z\u00a0∼\u00a0q(z|x)', en: 'Samples z\u00a0∼\u00a0q(z|x)' }, Math.max(1, k), Math.round(options.digitSize / 2)),
    };
    const centring = side.querySelector<HTMLInputElement>('[data-centring]');
    if (centring) scope.listen(centring, 'change', () => this.setCentring(centring.checked));
    this.request = latestOnly<string>(scope, () => this.refresh());
    this.render();
    scope.own(this);
  }

  /** Place or update a drawing (coalesced: while the model works, only the latest version of each drawing waits). */
  show(drawing: PlaneDrawing): void {
    const pre = preprocessDrawing(drawing.source, { centre: this.centre });
    const old = this.placed.get(drawing.id);
    this.placed.set(drawing.id, { drawing, pre, analysis: pre.status === 'empty' ? null : old?.analysis ?? null });
    this.activeId = drawing.id;
    this.dirty.add(drawing.id);
    this.request(drawing.id);
  }

  /** Take a drawing off the plane. */
  remove(id: string): void {
    this.placed.delete(id);
    this.dirty.delete(id);
    if (this.activeId === id) this.activeId = [...this.placed.keys()].pop() ?? null;
    this.render();
  }

  /** Turn MNIST's centring on or off, and re-place every drawing. */
  setCentring(on: boolean): void {
    this.centre = on;
    for (const p of [...this.placed.values()]) this.show(p.drawing);
  }

  /** Resolves once every pending drawing has been analysed and drawn (for tests and tools). */
  settled(): Promise<void> {
    if ((this.dirty.size === 0 && !this.busy) || this.scope.disposed) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** The model's reading of a drawing (null while empty or pending). */
  analysisOf(id: string): DrawingAnalysis | null {
    return this.placed.get(id)?.analysis ?? null;
  }

  /** Remove the view. */
  destroy(): void {
    this.scatter.destroy();
    for (const v of Object.values(this.views)) v.destroy();
    this.root.remove();
  }

  private busy = false;
  private readonly waiters: Array<() => void> = [];

  private async refresh(): Promise<void> {
    this.busy = true;
    try {
      while (this.dirty.size > 0 && !this.scope.disposed) {
        const id = this.dirty.values().next().value as string;
        this.dirty.delete(id);
        const p = this.placed.get(id);
        if (!p || p.pre.status === 'empty') continue;
        const pre = p.pre;
        try {
          const analysis = await analyseDrawing(this.options.model, pre.image, { samples: this.options.samples ?? 4 });
          if (this.placed.get(id)?.pre === pre) p.analysis = analysis; // a newer version may have arrived meanwhile
          this.out.status.dataset.error = '';
        } catch (err) {
          if (this.scope.disposed) break;
          this.out.status.dataset.error = errorText(err, this.scope.lang);
        }
      }
    } finally {
      this.busy = false;
    }
    if (!this.scope.disposed) this.render();
    if (this.dirty.size === 0 || this.scope.disposed) for (const resolve of this.waiters.splice(0)) resolve();
  }

  private render(): void {
    const t = this.scope.t.bind(this.scope);
    const lang = this.scope.lang;
    const ellipses: LatentEllipse[] = [];
    const markers: LatentMarker[] = [];
    const items: string[] = [];
    for (const { drawing, analysis } of this.placed.values()) {
      if (!analysis) continue;
      const radii: [number, number] = analysis.sigma ? [2 * analysis.sigma[0], 2 * analysis.sigma[1]] : [0.08, 0.08];
      ellipses.push({ center: analysis.mean, radii, color: drawing.color, label: t(drawing.label) });
      for (let i = 0; i + 1 < analysis.sampleCodes.length; i += 2) {
        markers.push({ z: [analysis.sampleCodes[i], analysis.sampleCodes[i + 1]], color: drawing.color, radius: 3 });
      }
      markers.push({ z: analysis.mean, color: drawing.color, radius: 4 }); // small, so a tight 2σ-ellipse still shows around it
      items.push(`<li data-drawing="${drawing.id}" data-drawing-mu="${muAttr(analysis.mean)}"><span class="swatch" style="background:${drawing.color}"></span>${t(drawing.label)}</li>`);
    }
    this.scatter.annotate({ ellipses, markers });
    this.out.list.innerHTML = items.join('');

    const active = this.activeId ? this.placed.get(this.activeId) : undefined;
    const pre = active?.pre;
    const a = active?.analysis ?? null;
    const status = !pre || pre.status === 'empty' ? 'empty' : pre.status;
    const error = this.out.status.dataset.error;
    this.out.status.dataset.drawingStatus = error ? 'error' : status;
    this.out.status.textContent = error ? `${t({ fr: 'Le modèle n’a pas pu lire ce dessin\u00a0:', en: 'The model could not read this drawing:' })} ${error}` : status === 'ok' ? '' : t(statusText[status]);
    this.views.input.update(pre && pre.status !== 'empty' ? pre.image : new Float32Array(0));
    this.views.recon.update(a ? a.reconstruction : new Float32Array(0));
    this.views.samples.update(a ? a.samples : new Float32Array(0));
    this.out.mu.dataset.mu = a ? muAttr(a.mean) : '';
    this.out.mu.textContent = a ? `(${formatNumber(a.mean[0], lang, 2)}\u202f; ${formatNumber(a.mean[1], lang, 2)})` : '—';
    const nearest = a ? nearestClass(this.centroids, a.mean) : -1;
    this.out.nearest.dataset.nearest = nearest >= 0 ? String(nearest) : '';
    this.out.nearest.textContent = nearest >= 0 ? String(nearest) : '—';
    this.out.elbo.dataset.negElbo = a?.negElbo != null ? String(a.negElbo) : '';
    this.out.elbo.textContent = !a ? '' : a.negElbo != null && a.kl != null
      ? `−ELBO ≈ ${formatNumber(a.negElbo, lang, 1)} nats = ${formatNumber(a.recon, lang, 1)} ${t({ fr: '(reconstruction)', en: '(reconstruction)' })} + ${formatNumber(a.kl, lang, 1)} (KL)`
      : `${t({ fr: 'Erreur de reconstruction', en: 'Reconstruction error' })}\u00a0: ${formatNumber(a.recon, lang, 1)} nats (${t({ fr: 'un autoencodeur n’a pas de KL', en: 'an autoencoder has no KL' })})`;
  }
}

/** μ as the `data-mu` contract writes it: "z1,z2", numbers with a dot. */
function muAttr(mean: readonly [number, number]): string {
  return `${+mean[0].toFixed(4)},${+mean[1].toFixed(4)}`;
}
