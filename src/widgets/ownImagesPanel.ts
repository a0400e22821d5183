/**
 * The own-images slide's live part (DOM only): file inputs and a drop zone hand the files to the own-images worker,
 * which preprocesses and trains; this panel shows progress, the skip report, the controls, the shared loss curves,
 * the latent plane (LatentScatter) and colour grids of originals, reconstructions and samples. The state lives in the
 * page's OwnImagesSession (scope.services.ownImages): a theme or language switch, or leaving and coming back, finds the
 * images, weights and curves again; leaving pauses training and coming back resumes it.
 */
import type { Scope } from '../deck/types.ts';
import { formatNumber } from '../i18n/format.ts';
import { LatentScatter } from '../charts/latentScatter.ts';
import { RgbGrid } from '../charts/rgbGrid.ts';
import { OWN_IMAGE_SIZE } from '../data/ownImages.ts';
import type { OwnChange, OwnImagesSession, OwnImagesView } from '../live/ownImagesSession.ts';
import { LossCurves } from './lossCurves.ts';
import { setShownValue } from './shownValue.ts';
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
  private readonly session: OwnImagesSession;
  private readonly curves: LossCurves;
  private readonly plane: LatentScatter;
  private readonly originals: RgbGrid;
  private readonly recon: RgbGrid;
  private readonly samples: RgbGrid;
  private dirty = { curves: true, model: true };
  /** A message of the panel's own (a drop without files), shown until the session changes. */
  private local: string | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly scope: Scope,
  ) {
    this.session = scope.services.ownImages;
    const grid = (sel: string, aria: keyof typeof T) => scope.own(new RgbGrid(this.q(sel), { size: OWN_IMAGE_SIZE, cellSize: 56, ariaLabel: scope.t(T[aria]) }));
    this.curves = scope.own(new LossCurves(this.q('.own-loss'), this.q('.own-kl'), scope.lang, { width: 380, mainHeight: 250, klHeight: 170 }));
    this.plane = scope.own(new LatentScatter(this.q('.own-plane'), { width: 300, height: 250, legend: false, interactive: false, pointRadius: 2.5, ariaLabel: scope.t(T.planeAria) }));
    this.originals = grid('.own-originals', 'originalsAria');
    this.recon = grid('.own-recon', 'reconAria');
    this.samples = grid('.own-samples', 'samplesAria');
  }

  bind(): void {
    const { scope, session } = this;
    for (const sel of ['.own-folder', '.own-files']) {
      const input = this.q<HTMLInputElement>(sel);
      scope.listen(input, 'change', () => this.load(Array.from(input.files ?? [])));
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
      if (!e.dataTransfer) return this.say(scope.t(T.onlyFiles));
      void filesFromDrop(e.dataTransfer).then((files) => {
        if (scope.disposed) return;
        if (files.length === 0) this.say(scope.t(T.onlyFiles));
        else this.load(files);
      });
    });
    scope.listen(this.q('.own-play'), 'click', () => (session.view.running ? void session.pause() : session.play()));
    scope.listen(this.q('.own-step'), 'click', () => void session.step(OWN_STEP_BUTTON));
    scope.listen(this.q('.own-reset'), 'click', () => void session.reset());
    const latent = this.q<HTMLSelectElement>('.own-latent');
    scope.listen(latent, 'change', () => void session.setLatentDim(Number(latent.value)));
    const beta = this.q<HTMLInputElement>('.own-beta');
    scope.listen(beta, 'input', () => session.setBeta(Number(beta.value)));
    const lr = this.q<HTMLInputElement>('.own-lr');
    scope.listen(lr, 'input', () => session.setLearningRate(10 ** Number(lr.value)));
    // The controls show what trains (a remount finds the session's values).
    const { settings } = session.view;
    latent.value = String(settings.latentDim);
    beta.value = String(settings.beta);
    lr.value = String(Math.log10(settings.learningRate));
    scope.onDispose(session.subscribe((view, change) => this.changed(view, change)));
    // Leaving the slide (or a remount) pauses training; showing it again resumes it.
    scope.onDispose(() => session.leaveSlide());
    scope.interval(() => this.draw(), 250);
    this.render(session.view);
    this.originals.update(session.view.summary?.preview ?? new Float32Array(0));
    this.draw();
    session.returnToSlide();
  }

  private q<E extends HTMLElement = HTMLElement>(sel: string): E {
    return find<E>(this.root, sel);
  }

  private load(files: File[]): void {
    if (files.length === 0) return this.say(this.scope.t(T.noImages));
    void this.session.load(files);
  }

  private changed(view: OwnImagesView, change: OwnChange): void {
    this.local = null;
    if (change === 'metrics' || change === 'reset' || change === 'loaded') this.dirty.curves = true;
    if (change === 'snapshot' || change === 'loaded' || change === 'settings') this.dirty.model = true;
    if (change === 'loaded') this.originals.update(view.summary?.preview ?? new Float32Array(0));
    this.render(view);
  }

  /** Status, progress, skip report, buttons, counters and values: cheap, on every change. */
  private render(v: OwnImagesView): void {
    const { scope, root } = this;
    const lang = scope.lang;
    const bar = this.q<HTMLProgressElement>('.own-progress');
    bar.hidden = v.phase !== 'reading';
    bar.value = v.progress.done / Math.max(1, v.progress.total);
    const s = v.summary;
    const skipped = this.q('.own-skipped');
    skipped.hidden = !s || s.skipped.count === 0 || v.phase === 'reading' || v.phase === 'starting';
    skipped.textContent = s ? scope.t(s.skipped.summary) : '';
    skipped.dataset.count = String(s?.skipped.count ?? 0);
    if (s && (v.phase === 'ready' || v.phase === 'noImages')) {
      root.dataset.count = String(s.count);
      root.dataset.preprocessMs = String(Math.round(s.preprocessMs));
    } else {
      delete root.dataset.count;
    }
    if (this.local) this.status(this.local, true);
    else if (v.notice) this.status(scope.t(v.notice), true);
    else if (v.phase === 'empty') this.status(scope.t(T.waiting));
    else if (v.phase === 'starting') this.status(scope.t(T.starting));
    else if (v.phase === 'reading') this.status(`${scope.t(T.reading)}\u00a0: ${formatNumber(v.progress.done, lang, 0)} / ${formatNumber(v.progress.total, lang, 0)}`);
    else if (v.phase === 'noImages') this.status(scope.t(T.noImages), true);
    else if (s) this.status(`${formatNumber(s.count, lang, 0)} ${scope.t(T.loaded)} ${formatNumber(s.preprocessMs / 1000, lang, 1)}\u00a0s.`);
    for (const sel of ['.own-play', '.own-step', '.own-reset']) this.q<HTMLButtonElement>(sel).disabled = v.phase !== 'ready';
    root.dataset.running = String(v.running);
    this.q('.own-play').textContent = scope.t(v.running ? T.pause : T.play);
    if (v.snapshot) root.dataset.workerTensors = String(v.snapshot.tensors);
    const m = v.history.at(-1);
    const counter = (sel: string, value: number | undefined, digits: number): void => {
      if (value !== undefined) setShownValue(this.q(sel), value, lang, digits);
    };
    counter('.own-c-step', m?.step, 0);
    counter('.own-c-epoch', m?.epoch, 2);
    counter('.own-c-loss', m?.total, 1);
    counter('.own-c-speed', m?.samplesPerSec, 0);
    setShownValue(this.q('.own-beta-value'), v.settings.beta, lang, 1);
    setShownValue(this.q('.own-lr-value'), v.settings.learningRate, lang, 4);
  }

  private say(text: string): void {
    this.local = text;
    this.status(text, true);
  }

  private status(text: string, warn = false): void {
    const el = this.q('.own-status');
    el.textContent = text;
    el.classList.toggle('warn', warn);
  }

  /** The charts and grids, at most 4 times a second. */
  private draw(): void {
    const v = this.session.view;
    if (this.dirty.curves) this.curves.update({ history: v.history, evals: [] });
    const model = this.dirty.model;
    this.dirty = { curves: false, model: false };
    if (!model) return;
    const s = v.phase === 'ready' ? v.snapshot : null;
    if (!s) {
      this.recon.update(new Float32Array(0));
      this.samples.update(new Float32Array(0));
      return;
    }
    this.plane.update({ points: s.latentMeans, labels: new Uint8Array(s.planeIndices.length) });
    this.q('.own-plane-caption').textContent = this.scope.t(v.settings.latentDim === 2 ? T.planeCaption2 : T.planeCaptionN);
    this.recon.update(s.reconstructions);
    this.samples.update(s.samples);
  }
}
