/**
 * The own-images slide's live part (DOM only): file inputs and a drop zone hand the files to the own-images worker,
 * which preprocesses and trains; this panel shows progress, the skip report, the controls, the shared loss curves,
 * the latent plane (LatentScatter) and colour grids of originals, reconstructions and samples. The worker lives as
 * long as the slide: leaving it stops training and forgets the images.
 */
import type { Scope } from '../deck/types.ts';
import { formatNumber } from '../i18n/format.ts';
import { LatentScatter } from '../charts/latentScatter.ts';
import { RgbGrid } from '../charts/rgbGrid.ts';
import { OWN_IMAGE_SIZE } from '../data/ownImages.ts';
import { OwnImagesClient, spawnOwnImagesWorker } from '../worker/ownImagesClient.ts';
import type { LoadedSummary } from '../worker/ownImagesProtocol.ts';
import type { OwnSnapshot } from '../model/ownTrainer.ts';
import { LossCurves, type LossPoint } from './lossCurves.ts';
import { setShownValue } from './shownValue.ts';
import { errorLocalized } from './errorNotice.ts';
import { find } from './trainingDashboardControls.ts';
import { ownText as T } from './ownImagesHtml.ts';
import { drawPrintStrip } from './ownImagesPrint.ts';
import { filesFromDrop } from './dropFiles.ts';
import './ownImages.css';

/** Steps run by the "+25" button. */
export const OWN_STEP_BUTTON = 25;

/** Mount the panel into the slide body (`.own-images`); in print or preview, the static explanation with its strip. */
export async function mountOwnImages(el: HTMLElement, scope: Scope): Promise<void> {
  const root = find(el, '.own-images');
  if (scope.mode !== 'live') {
    root.dataset.mode = 'print';
    await drawPrintStrip(find(root, '.own-print-strip'), scope);
    return;
  }
  root.dataset.mode = 'live';
  new Panel(root, scope).bind();
}

class Panel {
  private client: OwnImagesClient | null = null;
  private readonly history: LossPoint[] = [];
  private readonly curves: LossCurves;
  private readonly plane: LatentScatter;
  private readonly originals: RgbGrid;
  private readonly recon: RgbGrid;
  private readonly samples: RgbGrid;
  private snapshot: OwnSnapshot | null = null;
  private dirty = false;
  private running = false;
  private loaded = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly scope: Scope,
  ) {
    const grid = (sel: string, aria: keyof typeof T) => scope.own(new RgbGrid(this.q(sel), { size: OWN_IMAGE_SIZE, cellSize: 56, ariaLabel: scope.t(T[aria]) }));
    this.curves = scope.own(new LossCurves(this.q('.own-loss'), this.q('.own-kl'), scope.lang, { width: 380, mainHeight: 250, klHeight: 170 }));
    this.plane = scope.own(new LatentScatter(this.q('.own-plane'), { width: 300, height: 250, legend: false, interactive: false, pointRadius: 2.5, ariaLabel: scope.t(T.planeAria) }));
    this.originals = grid('.own-originals', 'originalsAria');
    this.recon = grid('.own-recon', 'reconAria');
    this.samples = grid('.own-samples', 'samplesAria');
    this.curves.update({ history: [], evals: [] });
  }

  bind(): void {
    const { scope } = this;
    for (const sel of ['.own-folder', '.own-files']) {
      const input = this.q<HTMLInputElement>(sel);
      scope.listen(input, 'change', () => void this.load(Array.from(input.files ?? [])));
    }
    // the whole slide takes drops (a drop next to the zone must not make the browser open the file instead of the deck)
    const drop = this.q('.own-drop');
    scope.listen(this.root, 'dragover', (e: DragEvent) => {
      e.preventDefault();
      drop.classList.add('over');
    });
    scope.listen(this.root, 'dragleave', () => drop.classList.remove('over'));
    scope.listen(this.root, 'drop', (e: DragEvent) => {
      e.preventDefault();
      drop.classList.remove('over');
      if (!e.dataTransfer) return this.status(scope.t(T.onlyFiles), true);
      void filesFromDrop(e.dataTransfer).then((files) => {
        if (scope.disposed) return;
        if (files.length === 0) this.status(scope.t(T.onlyFiles), true);
        else void this.load(files);
      });
    });
    scope.listen(this.q('.own-play'), 'click', () => {
      if (!this.client) return;
      if (this.running) void this.client.request('pause', {});
      else this.client.command('play', {});
    });
    scope.listen(this.q('.own-step'), 'click', () => void this.client?.request('step', { n: OWN_STEP_BUTTON }).catch((err) => this.fail(err)));
    scope.listen(this.q('.own-reset'), 'click', () => void this.reset());
    scope.listen(this.q('.own-latent'), 'change', () => void this.reset());
    const beta = this.q<HTMLInputElement>('.own-beta');
    const showBeta = (): void => setShownValue(this.q('.own-beta-value'), Number(beta.value), scope.lang, 1);
    scope.listen(beta, 'input', () => {
      showBeta();
      this.client?.command('setBeta', { beta: Number(beta.value) });
    });
    const lr = this.q<HTMLInputElement>('.own-lr');
    const lrValue = (): number => 10 ** Number(lr.value);
    const showLr = (): void => setShownValue(this.q('.own-lr-value'), lrValue(), scope.lang, 4);
    scope.listen(lr, 'input', () => {
      showLr();
      this.client?.command('setLearningRate', { lr: lrValue() });
    });
    showBeta();
    showLr();
    scope.interval(() => this.draw(), 250);
  }

  private q<E extends HTMLElement = HTMLElement>(sel: string): E {
    return find<E>(this.root, sel);
  }

  /** The trainer's settings from the controls (latent dimension, β, learning rate). */
  private options(): { latentDim: number; beta: number; learningRate: number } {
    return { latentDim: this.latentDim(), beta: Number(this.q<HTMLInputElement>('.own-beta').value), learningRate: 10 ** Number(this.q<HTMLInputElement>('.own-lr').value) };
  }

  private latentDim(): number {
    return Number(this.q<HTMLSelectElement>('.own-latent').value);
  }

  /** The worker, started on first use and terminated with the slide. */
  private worker(): OwnImagesClient {
    if (this.client) return this.client;
    const client = this.scope.worker(new OwnImagesClient(spawnOwnImagesWorker()));
    client.on('progress', ({ done, total }) => {
      const bar = this.q<HTMLProgressElement>('.own-progress');
      bar.hidden = false;
      bar.value = done / Math.max(1, total);
      this.status(`${this.scope.t(T.reading)}\u00a0: ${formatNumber(done, this.scope.lang, 0)} / ${formatNumber(total, this.scope.lang, 0)}`);
    });
    client.on('metrics', (m) => {
      this.history.push(m);
      this.dirty = true;
      setShownValue(this.q('.own-c-step'), m.step, this.scope.lang, 0);
      setShownValue(this.q('.own-c-epoch'), m.epoch, this.scope.lang, 2);
      setShownValue(this.q('.own-c-loss'), m.total, this.scope.lang, 1);
      setShownValue(this.q('.own-c-speed'), m.samplesPerSec, this.scope.lang, 0);
    });
    client.on('snapshot', (s) => {
      this.snapshot = s;
      this.dirty = true;
      this.root.dataset.workerTensors = String(s.tensors);
    });
    client.on('state', ({ running, message }) => {
      this.running = running;
      this.root.dataset.running = String(running);
      this.q('.own-play').textContent = this.scope.t(running ? T.pause : T.play);
      if (message) this.status(this.scope.t(message), true);
    });
    this.client = client;
    return client;
  }

  private async load(files: File[]): Promise<void> {
    const { scope } = this;
    if (files.length === 0) return this.status(scope.t(T.noImages), true);
    this.enable(false);
    this.status(scope.t(T.starting));
    try {
      const client = this.worker();
      await client.request('pause', {}).catch(() => null);
      const summary = await client.request('loadFiles', { files, options: this.options() });
      if (scope.disposed) return;
      this.showLoaded(summary);
    } catch (err) {
      if (!scope.disposed) this.fail(err);
    }
  }

  private showLoaded(s: LoadedSummary): void {
    const { scope } = this;
    this.q<HTMLProgressElement>('.own-progress').hidden = true;
    const skipped = this.q('.own-skipped');
    skipped.hidden = s.skipped.count === 0;
    skipped.textContent = scope.t(s.skipped.summary);
    skipped.dataset.count = String(s.skipped.count);
    this.root.dataset.count = String(s.count);
    this.root.dataset.preprocessMs = String(Math.round(s.preprocessMs));
    this.history.length = 0;
    this.originals.update(s.preview);
    this.loaded = s.count > 0;
    if (!this.loaded) {
      this.snapshot = null;
      this.recon.update(new Float32Array(0));
      this.samples.update(new Float32Array(0));
      return this.status(scope.t(T.noImages), true);
    }
    const seconds = formatNumber(s.preprocessMs / 1000, scope.lang, 1);
    this.status(`${formatNumber(s.count, scope.lang, 0)} ${scope.t(T.loaded)} ${seconds}\u00a0s.`);
    this.enable(true);
    this.dirty = true;
  }

  private async reset(): Promise<void> {
    if (!this.client || !this.loaded) return;
    this.history.length = 0;
    await this.client.request('reset', { latentDim: this.latentDim() }).catch((err) => this.fail(err));
  }

  private enable(on: boolean): void {
    for (const sel of ['.own-play', '.own-step', '.own-reset']) this.q<HTMLButtonElement>(sel).disabled = !on;
  }

  private status(text: string, warn = false): void {
    const el = this.q('.own-status');
    el.textContent = text;
    el.classList.toggle('warn', warn);
  }

  private fail(err: unknown): void {
    this.status(this.scope.t(errorLocalized(err)), true);
  }

  private draw(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.curves.update({ history: this.history, evals: [] });
    const s = this.snapshot;
    if (!s) return;
    this.plane.update({ points: s.latentMeans, labels: new Uint8Array(s.planeIndices.length) });
    this.q('.own-plane-caption').textContent = this.scope.t(this.latentDim() === 2 ? T.planeCaption2 : T.planeCaptionN);
    this.recon.update(s.reconstructions);
    this.samples.update(s.samples);
  }
}
