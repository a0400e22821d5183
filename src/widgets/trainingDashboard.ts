/**
 * The live-training dashboard: controls (play/pause, +10 steps, reset with a seed, learning rate, β, the
 * pretrained failsafe), the backend and speed, counters, loss curves, reconstructions of ten fixed held-out
 * digits and the latent scatter of the 1,000 held-out digits. DOM only: it renders the training session's view
 * (scope.services.training) at most four times a second and calls the session's methods.
 */
import type { Scope } from '../deck/types.ts';
import type { Localized } from '../i18n/lang.ts';
import { formatNumber } from '../i18n/format.ts';
import type { MnistSet } from '../data/mnist.ts';
import type { TrainingSession } from '../live/trainingSession.ts';
import type { BackendSummary, Notice, PretrainedState, TrainingChange, TrainingView } from '../live/types.ts';
import { LossCurves } from './lossCurves.ts';
import { SnapshotView } from './snapshotView.ts';
import { setShownValue } from './shownValue.ts';
import { errorLocalized } from './errorNotice.ts';
import { fillBackendBadge } from './backendBadge.ts';
import { dashboardText as T } from './trainingDashboardHtml.ts';
import { loadPretrainedHistory, showPrintedRun } from './trainingDashboardPrint.ts';
import { adoptUrlSettings, bindControls, find } from './trainingDashboardControls.ts';
import './trainingDashboard.css';
import { showDatasetNote } from './datasetNote.ts';

export { trainingDashboardHtml } from './trainingDashboardHtml.ts';
export { STEP_BUTTON_STEPS } from './trainingDashboardControls.ts';

/** Decimals for a learning rate: 4 on the slider's range (0,0001 to 0,01), fewer for anything forced above it. */
export function lrDigits(lr: number): number {
  return lr < 0.1 ? 4 : lr < 10 ? 2 : 0;
}

/** Milliseconds between redraws while training (≤ 4 redraws per second). */
export const REDRAW_MS = 250;

/** Mount the dashboard into the training slide's body; resolves once something meaningful is drawn (or failed). */
export async function mountTrainingDashboard(el: HTMLElement, scope: Scope): Promise<void> {
  showDatasetNote(el, scope);
  const d = new Dashboard(find(el, '.tr-dashboard'), scope);
  await d.start();
}

/** The pretrained model's figures while they load, once loaded, or after they failed. */
type PretrainedShow = { status: 'loading' } | { status: 'shown'; state: PretrainedState } | { status: 'failed'; error: Localized };

class Dashboard {
  private readonly session: TrainingSession;
  /** The live loss curves (none on paper: the saved history's curves are drawn there by showPrintedRun). */
  private readonly curves: LossCurves | null;
  private readonly model: SnapshotView;
  private heldOut: MnistSet | null = null;
  private pretrained: PretrainedShow | null = null;
  private dirty = { curves: true, model: true };
  private drawing = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly scope: Scope,
  ) {
    this.session = scope.services.training;
    this.curves =
      scope.mode === 'print' ? null : scope.own(new LossCurves(this.q('.tr-loss'), this.q('.tr-kl'), scope.lang, { width: 410, mainHeight: 215, klHeight: 150 }));
    this.model = new SnapshotView(root, scope, () => this.heldOut);
  }

  async start(): Promise<void> {
    const { scope, session } = this;
    if (scope.mode === 'live') adoptUrlSettings(scope, session);
    this.showSettings(session.view);
    this.heldOut = await scope.services.pretrained.heldOutDigits().catch(() => null);
    if (scope.disposed) return;
    if (scope.mode === 'print') {
      const history = await loadPretrainedHistory(scope.services.dataset).catch(() => null);
      if (scope.disposed) return;
      const curves = showPrintedRun(this.root, history, scope.lang);
      if (curves) scope.own(curves);
      await this.loadPretrained();
      return this.render(session.view);
    }
    if (scope.mode === 'live') bindControls(this.root, scope, session);
    else for (const b of this.root.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input')) b.disabled = true;
    scope.onDispose(session.subscribe((view, change) => this.changed(view, change)));
    // Leaving the slide pauses training (the demo slides then decode at once); coming back resumes it.
    scope.onDispose(() => session.leaveSlide());
    scope.interval(() => this.redraw(), REDRAW_MS);
    this.render(session.view);
    if (session.view.usePretrained) return this.loadPretrained();
    // Live: the worker starts in the background; the slide is usable (and leavable) at once.
    void session.connect().then(
      () => !scope.disposed && session.returnToSlide(),
      () => void (!scope.disposed && this.loadPretrained()),
    );
  }

  private changed(view: TrainingView, change: TrainingChange): void {
    if (change === 'metrics' || change === 'reset' || change === 'backend') this.dirty.curves = true;
    if (change === 'snapshot' || change === 'reset' || change === 'backend') this.dirty.model = true;
    if (change === 'pretrained' || change === 'phase') {
      this.dirty = { curves: true, model: true };
      if (this.showsPretrained(view)) void this.loadPretrained();
    }
    if (change === 'settings') this.showSettings(view);
    if (change !== 'metrics' && change !== 'snapshot') this.render(view);
  }

  /** The pretrained model is on show: the failsafe is on, the worker could not start, or on paper. */
  private showsPretrained(view: TrainingView): boolean {
    return this.scope.mode === 'print' || view.usePretrained || view.phase === 'failed';
  }

  /** Load (once) and draw the pretrained model's figures. */
  private async loadPretrained(): Promise<void> {
    if (this.pretrained && this.pretrained.status !== 'failed') return;
    this.pretrained = { status: 'loading' };
    this.render(this.session.view);
    try {
      this.pretrained = { status: 'shown', state: await this.scope.services.pretrained.vaeState() };
    } catch (err) {
      this.pretrained = { status: 'failed', error: errorLocalized(err) };
    }
    if (this.scope.disposed) return;
    this.dirty = { curves: true, model: true };
    this.render(this.session.view);
    this.drawNow();
  }

  /** Everything that is not a chart: buttons, switch, status line, architecture, badges, data attributes. */
  private render(view: TrainingView): void {
    if (this.scope.disposed) return;
    const pretrained = this.showsPretrained(view);
    const shown = this.pretrained?.status === 'shown' ? this.pretrained.state : null;
    this.root.dataset.view = pretrained ? 'pretrained' : 'live';
    this.root.dataset.state = view.state;
    this.root.dataset.busy = String(view.busy || view.phase === 'starting');
    if ((pretrained && shown) || (!pretrained && view.phase === 'ready')) this.root.dataset.ready = 'true';
    this.showArchitecture(pretrained ? (shown?.architecture ?? null) : view.architecture);
    this.showStatus(this.statusOf(view, pretrained));
    if (this.scope.mode === 'print') return; // controls and badges are replaced by the printed run card
    this.q<HTMLInputElement>('.tr-pretrained').checked = pretrained;
    if (pretrained && shown) this.showBackend(shown.backend, null);
    else if (!pretrained && view.backend) this.showBackend(view.backend, view.history[view.history.length - 1]?.samplesPerSec ?? null);
    if (this.scope.mode !== 'live') return;
    const live = !pretrained && view.phase === 'ready' && view.state !== 'error';
    const busy = this.root.dataset.busy === 'true';
    const running = view.state === 'running';
    const play = this.q<HTMLButtonElement>('.tr-play');
    play.disabled = !live || busy;
    play.textContent = this.scope.t(running ? T.pause : T.play);
    play.classList.toggle('primary', !running);
    this.q<HTMLButtonElement>('.tr-step').disabled = !live || busy || running;
    this.q<HTMLButtonElement>('.tr-reset').disabled = !live || busy;
  }

  private statusOf(view: TrainingView, pretrained: boolean): Notice | null {
    if (view.phase === 'failed' && view.notice) {
      const p = this.pretrained;
      // Never claim the failsafe is on show when the pretrained model failed too (e.g. damaged weights).
      if (p?.status === 'failed') return { kind: 'error', text: { fr: `${T.nothingShown.fr} ${p.error.fr}`, en: `${T.nothingShown.en} ${p.error.en}` } };
      return { kind: 'error', text: { fr: `${T.startFailed.fr} ${view.notice.text.fr}`, en: `${T.startFailed.en} ${view.notice.text.en}` } };
    }
    if (pretrained) {
      const p = this.pretrained;
      if (!p || p.status === 'loading') return { kind: 'info', text: T.loadingPretrained };
      if (p.status === 'failed') return { kind: 'error', text: p.error };
      return this.scope.mode === 'print' ? null : { kind: 'info', text: T.pretrainedShown };
    }
    if (view.phase !== 'ready') return { kind: 'info', text: T.starting };
    return view.notice;
  }

  private showStatus(n: Notice | null): void {
    const box = this.q('.tr-status');
    box.className = `tr-status ${n ? n.kind : ''} ${n?.kind === 'error' ? 'notice-error' : ''}`.trim();
    box.textContent = n ? this.scope.t(n.text) : '';
  }

  /** "784 → 512 → (2 + 2)": the network of the model on show (the live one is smaller than the pretrained one). */
  private showArchitecture(arch: readonly number[] | null): void {
    if (!arch) return;
    const z = arch[arch.length - 1];
    this.q('.tr-arch').textContent = `${arch.slice(0, -1).join(' → ')} → (${z} + ${z})`;
  }

  private showSettings(view: TrainingView): void {
    const { learningRate, beta, seed } = view.settings;
    const lang = this.scope.lang;
    const lr = this.q<HTMLInputElement>('.tr-lr');
    lr.value = String(Math.log10(learningRate));
    // A screen reader reads the rate, not its logarithm (the slider's own value).
    lr.setAttribute('aria-valuetext', formatNumber(learningRate, lang, lrDigits(learningRate)));
    setShownValue(this.q('.tr-lr-value'), learningRate, lang, lrDigits(learningRate));
    this.q<HTMLInputElement>('.tr-beta').value = String(beta);
    setShownValue(this.q('.tr-beta-value'), beta, lang, 1);
    this.q<HTMLInputElement>('.tr-seed').value = String(seed);
  }

  private showBackend(backend: BackendSummary, samplesPerSec: number | null): void {
    fillBackendBadge(this.q('.tr-backend'), backend, this.scope.lang);
    const speed = this.root.querySelector<HTMLElement>('.tr-speed');
    if (!speed) return; // on paper the speed badge is removed: a machine-dependent figure
    if (samplesPerSec === null || !Number.isFinite(samplesPerSec)) {
      speed.textContent = '—';
      speed.dataset.value = '';
    } else setShownValue(speed, samplesPerSec, this.scope.lang, 0);
  }

  /** Draw everything at once (on showing the pretrained model: one frame's work). */
  private drawNow(): void {
    const view = this.session.view;
    this.drawModel(view);
    this.drawCurves(view);
  }

  /**
   * Redraw what changed (called every REDRAW_MS while mounted). Each piece (curves, model, counters) is drawn in
   * its own animation frame, so no frame carries more than one chart's work.
   */
  private redraw(): void {
    if (this.scope.disposed || this.drawing) return;
    const jobs: Array<() => void> = [];
    if (this.dirty.model) jobs.push(() => this.drawModel(this.session.view));
    if (this.dirty.curves) jobs.push(() => this.drawCurves(this.session.view));
    jobs.push(() => this.render(this.session.view));
    this.drawing = true;
    const next = (): void => {
      const job = jobs.shift();
      if (!job || this.scope.disposed) {
        this.drawing = false;
        return;
      }
      job();
      this.scope.frame(next);
    };
    this.scope.frame(next);
  }

  private drawModel(view: TrainingView): void {
    this.dirty.model = false;
    if (this.showsPretrained(view)) {
      if (this.pretrained?.status === 'shown') this.model.draw({ step: 0, epoch: null, ...this.pretrained.state });
    } else if (view.snapshot) this.model.draw(view.snapshot);
  }

  private drawCurves(view: TrainingView): void {
    this.dirty.curves = false;
    const pretrained = this.showsPretrained(view);
    const shown = this.pretrained?.status === 'shown' ? this.pretrained.state : null;
    if (this.scope.mode === 'print') return; // the saved history's curves, drawn once by showPrintedRun
    const lang = this.scope.lang;
    const reference = pretrained && shown ? { value: shown.heldOutNegElbo, label: `${this.scope.t(T.pretrainedRef)} ${formatNumber(shown.heldOutNegElbo, lang, 1)}` } : undefined;
    this.curves?.update({ history: view.history, evals: view.evals, reference });
    const last = view.history[view.history.length - 1];
    setShownValue(this.q('.tr-loss-value'), last ? last.total : Number.NaN, lang, 1);
    if (last && !pretrained) {
      setShownValue(this.q('.tr-step-value'), last.step, lang, 0);
      setShownValue(this.q('.tr-epoch-value'), last.epoch, lang, 2);
    }
    this.root.dataset.firstLoss = view.history.length ? String(view.history[0].total) : '';
    this.root.dataset.lastLoss = last ? String(last.total) : '';
    // What the worker reports it trained the last step with (the e2e suite checks it against the sliders).
    this.root.dataset.lastLr = last ? String(last.learningRate) : '';
    this.root.dataset.lastBeta = last ? String(last.beta) : '';
  }

  private q<E extends Element = HTMLElement>(sel: string): E {
    return find<E>(this.root, sel);
  }
}
