/**
 * The same drawing through the plain autoencoder (AE): its code z among the AE's own held-out codes, on the AE's
 * own scale (its axes span what its codes span, which is not the VAE's ±3), with the reconstruction error. Beside
 * the VAE's DrawingOnPlane, it answers "where does the AE put it, on which scale?". `data-ae-z="z1,z2"` holds z.
 */
import type { Scope } from '../deck/types.ts';
import type { Localized } from '../i18n/lang.ts';
import { formatNumber } from '../i18n/format.ts';
import { LatentScatter, type LatentScatterData } from '../charts/latentScatter.ts';
import { symmetricDomain } from '../charts/latentMapping.ts';
import { preprocessDrawing, type DrawingSource } from '../data/digitPreprocess.ts';
import { analyseDrawing, type DrawingAnalysis, type DrawingModel } from './drawingAnalysis.ts';
import { errorText } from './errorNotice.ts';
import { latestOnly } from './latestPerFrame.ts';

/** Options of an AeDrawingReading. */
export interface AeDrawingReadingOptions {
  /** The pretrained AE (encode gives a code, no log-variance). */
  model: DrawingModel;
  /** The AE's codes of the held-out digits and their labels. */
  codes: LatentScatterData;
  width: number;
  height: number;
  /** Colour of the drawing's marker (the same as on the VAE's plane). */
  color: string;
}

const emptyText: Localized = { fr: 'AE\u00a0: dessinez pour voir où il place le chiffre.', en: 'AE: draw to see where it puts the digit.' };

/** The AE's small plane and readout for the drawing last changed. */
export class AeDrawingReading {
  readonly root: HTMLDivElement;
  private readonly scatter: LatentScatter;
  private readonly readout: HTMLElement;
  private readonly range: number;
  private readonly request: (req: { source: DrawingSource; centre: boolean }) => void;

  constructor(parent: HTMLElement, private readonly scope: Scope, private readonly options: AeDrawingReadingOptions) {
    this.root = document.createElement('div');
    this.root.className = 'ae-drawing-reading';
    parent.append(this.root);
    const domain = symmetricDomain(options.codes.points);
    this.range = domain[1];
    this.scatter = new LatentScatter(this.root, {
      width: options.width, height: options.height, domain, interactive: false, legend: false, pointRadius: 1.6, pointOpacity: 0.45,
      ariaLabel: scope.t({ fr: 'plan latent de l’autoencodeur avec votre dessin', en: 'the autoencoder’s latent plane with your drawing' }),
      formatTick: (v) => formatNumber(v, scope.lang, 0),
    });
    this.scatter.update(options.codes);
    this.readout = document.createElement('p');
    this.readout.className = 'ae-readout';
    this.readout.dataset.aeZ = '';
    this.readout.textContent = scope.t(emptyText);
    this.root.append(this.readout);
    this.request = latestOnly(scope, (req) => this.refresh(req.source, req.centre));
    scope.own(this);
  }

  /** Read a drawing (coalesced: while the AE works only the latest drawing waits). */
  show(source: DrawingSource, centre: boolean): void {
    this.request({ source, centre });
  }

  /** Remove the view. */
  destroy(): void {
    this.scatter.destroy();
    this.root.remove();
  }

  private async refresh(source: DrawingSource, centre: boolean): Promise<void> {
    const pre = preprocessDrawing(source, { centre });
    let a: DrawingAnalysis | null = null;
    let error = '';
    if (pre.status !== 'empty') {
      try {
        a = await analyseDrawing(this.options.model, pre.image, { samples: 0 });
      } catch (err) {
        error = errorText(err, this.scope.lang);
      }
    }
    if (this.scope.disposed) return;
    this.render(a, error);
  }

  private render(a: DrawingAnalysis | null, error: string): void {
    const lang = this.scope.lang;
    const n = (v: number, d = 1) => formatNumber(v, lang, d);
    this.scatter.annotate({ ellipses: [], markers: a ? [{ z: a.mean, color: this.options.color, radius: 6 }] : [] });
    this.readout.dataset.aeZ = a ? `${+a.mean[0].toFixed(4)},${+a.mean[1].toFixed(4)}` : '';
    if (error) this.readout.textContent = `AE\u00a0: ${error}`;
    else if (!a) this.readout.textContent = this.scope.t(emptyText);
    else {
      this.readout.textContent = this.scope.t({
        fr: `AE\u00a0: z = (${n(a.mean[0])}\u202f; ${n(a.mean[1])}), un point sans σ, sur une échelle de ±${n(this.range, 0)} · erreur ${n(a.recon, 0)} nats`,
        en: `AE: z = (${n(a.mean[0])}; ${n(a.mean[1])}), a point without σ, on a ±${n(this.range, 0)} scale · error ${n(a.recon, 0)} nats`,
      });
    }
  }
}
