/**
 * A compact drawing pad for the slides that teach with it (latent-space, ae-vs-vae-live, vae-uses-live): the pad,
 * the 28×28 the model sees, and μ in `data-mu="z1,z2"` (with the AE's code in `data-ae-z` when an AE reads it too).
 * The drawing is preprocessed as MNIST was and read by the encoder(s) in one job at a time: when idle a move is read at
 * once (no wait for the next frame), while a job runs only the latest drawing waits, so a burst of pointer moves costs
 * at most two preprocessings and two encode/decodes. The slide shows the reading on its own charts.
 * draw-digit keeps the full version (DrawingOnPlane, with the centring switch).
 */
import type { Scope } from '../deck/types.ts';
import { formatNumber } from '../i18n/format.ts';
import { DigitGrid } from '../charts/digitGrid.ts';
import { preprocessDrawing, type Preprocessed, type StrokeDrawing } from '../data/digitPreprocess.ts';
import { DrawPad } from './drawPad.ts';
import { analyseDrawing, type DrawingAnalysis, type DrawingModel } from './drawingAnalysis.ts';
import { errorText } from './errorNotice.ts';
import { latestOnly } from './latestPerFrame.ts';
import './compactPad.css';

/** What the models made of the drawing last changed (analyses are null while the pad is empty or on error). */
export interface PadReading {
  pre: Preprocessed;
  vae: DrawingAnalysis | null;
  ae: DrawingAnalysis | null;
  /** The error message when a model could not read the drawing, else ''. */
  error: string;
}

/** Options of a CompactPad. */
export interface CompactPadOptions {
  /** Side of the pad in CSS px. */
  size: number;
  /** The VAE that reads the drawing (μ, σ, the reconstruction from μ and its error). */
  vae: DrawingModel;
  /** A plain autoencoder that reads the same drawing (its code goes in `data-ae-z`). */
  ae?: DrawingModel;
  /** Called after each reading, empty pad included. */
  onRead: (reading: PadReading) => void;
  /** Side of the "what the model sees" view in px (default 56; 0: not shown, the slide shows it elsewhere). */
  seenSize?: number;
}

/** The pad with its 28×28 view and μ readout. */
export class CompactPad {
  readonly root: HTMLDivElement;
  readonly pad: DrawPad;
  private readonly seen: DigitGrid | null;
  private readonly mu: HTMLElement;
  private readonly aeZ: HTMLElement | null;
  private readonly request: (req: { drawing: StrokeDrawing; seq: number }) => void;
  /** Drawings asked for and the last one read: settled when they match. */
  private asked = 0;
  private lastRead = 0;
  private readonly waiters: Array<() => void> = [];

  constructor(parent: HTMLElement, private readonly scope: Scope, private readonly options: CompactPadOptions) {
    const t = scope.t.bind(scope);
    this.root = document.createElement('div');
    this.root.className = 'compact-pad';
    parent.append(this.root);
    const padHost = document.createElement('div');
    padHost.className = 'compact-pad-left';
    this.root.append(padHost);
    this.request = latestOnly<{ drawing: StrokeDrawing; seq: number }>(scope, (r) => this.read(r.drawing, r.seq));
    this.pad = new DrawPad(padHost, scope, {
      width: options.size,
      height: options.size,
      onChange: (d) => this.request({ drawing: d, seq: ++this.asked }),
    });
    const side = document.createElement('div');
    side.className = 'compact-pad-side';
    const seenSize = options.seenSize ?? 56;
    const seenHtml = `<figure><figcaption>${t({ fr: 'Ce que voit le modèle', en: 'What the model sees' })}</figcaption></figure>`;
    side.innerHTML = `${seenSize > 0 ? seenHtml : ''}
<p class="compact-pad-readout"><span>μ = </span><span data-mu="">—</span></p>
${options.ae ? `<p class="compact-pad-readout">${t({ fr: 'AE\u00a0:', en: 'AE:' })} <i>z</i> = <span data-ae-z="">—</span></p>` : ''}`;
    this.root.append(side);
    const figure = side.querySelector('figure');
    this.seen = figure ? new DigitGrid(figure, { cols: 1, cellSize: seenSize, gap: 0, ariaLabel: t({ fr: 'ce que voit le modèle (28×28)', en: 'what the model sees (28×28)' }) }) : null;
    this.mu = side.querySelector<HTMLElement>('[data-mu]')!;
    this.aeZ = side.querySelector<HTMLElement>('[data-ae-z]');
    scope.own(this);
    // print (a stored example) or a drawing given at creation: read it at once, not in a frame
    if (this.pad.drawing.strokes.length > 0) void this.read(this.pad.drawing, ++this.asked);
  }

  /** Resolves once the latest drawing has been read and shown (for tests and tools). */
  settled(): Promise<void> {
    if (this.lastRead === this.asked || this.scope.disposed) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Remove the view (the pad is owned by the same scope and removes itself). */
  destroy(): void {
    this.seen?.destroy();
    this.root.remove();
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  private async read(drawing: StrokeDrawing, seq: number): Promise<void> {
    const pre = preprocessDrawing({ kind: 'strokes', drawing }, { centre: true });
    let vae: DrawingAnalysis | null = null;
    let ae: DrawingAnalysis | null = null;
    let error = '';
    if (pre.status !== 'empty') {
      try {
        [vae, ae] = await Promise.all([
          analyseDrawing(this.options.vae, pre.image, { samples: 0 }),
          this.options.ae ? analyseDrawing(this.options.ae, pre.image, { samples: 0 }) : Promise.resolve(null),
        ]);
      } catch (err) {
        error = errorText(err, this.scope.lang);
      }
    }
    if (this.scope.disposed) return;
    this.render(pre, vae, ae, error);
    this.options.onRead({ pre, vae, ae, error });
    this.lastRead = Math.max(this.lastRead, seq);
    if (this.lastRead === this.asked) for (const resolve of this.waiters.splice(0)) resolve();
  }

  private render(pre: Preprocessed, vae: DrawingAnalysis | null, ae: DrawingAnalysis | null, error: string): void {
    const lang = this.scope.lang;
    const pair = (z: readonly [number, number]) => `(${formatNumber(z[0], lang, 2)}${lang === 'fr' ? '\u202f;' : ','} ${formatNumber(z[1], lang, 2)})`;
    this.seen?.update(pre.status === 'empty' ? new Float32Array(0) : pre.image);
    this.mu.dataset.mu = vae ? codeAttr(vae.mean) : '';
    this.mu.textContent = vae ? pair(vae.mean) : error ? this.scope.t({ fr: `illisible\u00a0: ${error}`, en: `unreadable: ${error}` }) : '—';
    if (this.aeZ) {
      this.aeZ.dataset.aeZ = ae ? codeAttr(ae.mean) : '';
      this.aeZ.textContent = ae ? pair(ae.mean) : '—';
    }
  }
}

/** A code as the `data-mu` contract writes it: "z1,z2", numbers with a dot. */
export function codeAttr(z: readonly [number, number]): string {
  return `${+z[0].toFixed(4)},${+z[1].toFixed(4)}`;
}
