/**
 * The live-training dashboard: controls (play/pause, +10 steps, reset with a seed, learning rate, β, the
 * pretrained failsafe), the backend and speed, counters, loss curves, reconstructions of ten fixed held-out
 * digits and the latent scatter of the 1,000 held-out digits. Training runs in the worker (trainingStore);
 * the page only redraws, at most four times a second.
 */
import type { Scope } from '../deck/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatNumber } from '../i18n/format.ts';
import type { MnistSet } from '../data/mnist.ts';
import type { TrainingClient, TrainerStatus } from '../worker/trainingClient.ts';
import { LossCurves } from './lossCurves.ts';
import { SnapshotView, type ModelView } from './snapshotView.ts';
import { setShownValue } from './shownValue.ts';
import { errorLocalized, errorText } from './errorNotice.ts';
import { fillBackendBadge, type BackendSummary } from './backendBadge.ts';
import { dashboardText as T } from './trainingDashboardHtml.ts';
import { showPrintSummary } from './trainingDashboardPrint.ts';
import * as store from './trainingStore.ts';
import './trainingDashboard.css';

/** Decimals for a learning rate: 4 on the slider's range (0,0001 to 0,01), fewer for anything forced above it. */
export function lrDigits(lr: number): number {
  return lr < 0.1 ? 4 : lr < 10 ? 2 : 0;
}

export { trainingDashboardHtml } from './trainingDashboardHtml.ts';

/** Milliseconds between redraws while training (≤ 4 redraws per second). */
export const REDRAW_MS = 250;
/** Steps run by the "+10" button. */
export const STEP_BUTTON_STEPS = 10;

/** Mount the dashboard into the training slide's body; resolves once something meaningful is drawn. */
export async function mountTrainingDashboard(el: HTMLElement, scope: Scope): Promise<void> {
  const d = new Dashboard(el, scope);
  await d.start();
}

class Dashboard {
  private readonly lang: Lang;
  private readonly root: HTMLElement;
  /** The loss curves (none on paper: nothing trains there, the pretrained figures take their place). */
  private readonly curves: LossCurves | null;
  private readonly snapshot: SnapshotView;
  private client: TrainingClient | null = null;
  private heldOut: MnistSet | null = null;
  private view: 'live' | 'pretrained' = 'live';
  private reference: { value: number; label: string } | undefined;
  private dirty = { curves: true, model: true };
  private drawing = false;

  constructor(
    el: HTMLElement,
    private readonly scope: Scope,
  ) {
    this.lang = scope.lang;
    this.root = this.q<HTMLElement>('.tr-dashboard', el);
    this.curves =
      scope.mode === 'print' ? null : scope.own(new LossCurves(this.q('.tr-loss'), this.q('.tr-kl'), this.lang, { width: 410, mainHeight: 215, klHeight: 150 }));
    this.snapshot = new SnapshotView(this.root, scope, () => this.heldOut);
    this.root.dataset.view = 'live';
  }

  async start(): Promise<void> {
    this.showSettings(store.trainingSettings());
    this.showArchitecture(store.liveArchitecture());
    this.heldOut = await store.heldOut().catch(() => null);
    if (this.scope.disposed) return;
    this.bindControls();
    if (this.scope.mode === 'print') {
      await this.showPretrained();
      return;
    }
    this.scope.interval(() => this.redraw(), REDRAW_MS);
    if (store.pretrainedSwitch()) {
      this.q<HTMLInputElement>('.tr-pretrained').checked = true;
      await this.showPretrained();
      return;
    }
    // Live: the worker starts in the background; the slide is usable (and leavable) at once.
    void this.connect();
  }

  /** Create (or reuse) the page's TrainingClient and follow it. */
  private async connect(): Promise<void> {
    this.status(T.starting, 'info');
    this.setBusy(true);
    let c: TrainingClient;
    try {
      c = await store.trainingClient();
    } catch (err) {
      if (this.scope.disposed) return;
      this.status({ fr: `${T.startFailed.fr} ${errorText(err, 'fr')}`, en: `${T.startFailed.en} ${errorText(err, 'en')}` }, 'error');
      this.q<HTMLInputElement>('.tr-pretrained').checked = true;
      await this.showPretrained(false);
      return;
    }
    if (this.scope.disposed) return;
    this.client = c;
    this.scope.onDispose(c.onMetrics(() => (this.dirty.curves = true)));
    this.scope.onDispose(c.onSnapshot(() => (this.dirty.model = true)));
    this.scope.onDispose(c.onStatus((s) => this.onStatus(s)));
    this.scope.onDispose(() => {
      // Leaving the slide pauses training (slides 7–8 then decode at once); coming back resumes it.
      const running = c.state === 'running';
      store.setResumeOnReturn(running);
      if (running) c.pause();
    });
    this.showBackend();
    const notice = store.lastNotice(); // a message from before a remount (language switch, slide change) stays
    if (notice) this.onStatus(notice);
    else this.status(null);
    this.setBusy(false);
    this.view = 'live';
    this.root.dataset.view = 'live';
    this.showArchitecture(store.liveArchitecture());
    this.drawNow();
    this.root.dataset.ready = 'true';
    if (store.takeResumeOnReturn() && c.state !== 'error') c.play();
    this.updateButtons();
  }

  /** "784 → 512 → (2 + 2)": the network of the model on show (the live one is smaller than the pretrained one). */
  private showArchitecture(arch: readonly number[]): void {
    const z = arch[arch.length - 1];
    this.q('.tr-arch').textContent = `${arch.slice(0, -1).join(' → ')} → (${z} + ${z})`;
  }

  /** Show the pretrained model's state (failsafe, print, or when the worker cannot start). */
  private async showPretrained(clearStatus = true): Promise<void> {
    this.view = 'pretrained';
    this.q<HTMLInputElement>('.tr-pretrained').checked = true;
    this.root.dataset.view = 'pretrained';
    if (clearStatus) this.status(T.loadingPretrained, 'info');
    try {
      const ps = await store.pretrainedSnapshot();
      if (this.scope.disposed || this.view !== 'pretrained') return;
      this.reference = { value: ps.heldOutNegElbo, label: `${this.scope.t(T.pretrainedRef)} ${formatNumber(ps.heldOutNegElbo, this.lang, 1)}` };
      this.showArchitecture(ps.architecture);
      this.drawModel({ step: 0, epoch: null, ...ps });
      this.dirty.curves = true;
      if (this.curves) this.drawCurves();
      this.showBackendInfo(ps.backend, null);
      if (this.scope.mode === 'print') {
        showPrintSummary(this.root, { negElbo: ps.heldOutNegElbo, recon: ps.heldOutNegElbo - ps.heldOutKl, kl: ps.heldOutKl }, this.lang);
      }
      if (clearStatus) this.status(this.scope.mode === 'print' ? null : T.pretrainedShown, 'info');
      this.root.dataset.ready = 'true';
    } catch (err) {
      if (!this.scope.disposed) this.status(errorLocalized(err), 'error');
    }
    this.updateButtons();
  }

  private bindControls(): void {
    if (this.scope.mode !== 'live') {
      for (const b of this.root.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input')) b.disabled = true;
      return;
    }
    const L = this.scope.listen.bind(this.scope);
    L(this.q('.tr-play'), 'click', () => {
      const c = this.client;
      if (!c || this.view !== 'live') return;
      store.clearNotice();
      if (c.state === 'running') c.pause();
      else c.play();
    });
    L(this.q('.tr-step'), 'click', () => {
      const c = this.client;
      if (!c || this.view !== 'live' || c.state === 'running') return;
      store.clearNotice();
      this.setBusy(true);
      c.step(STEP_BUTTON_STEPS)
        .catch((err: unknown) => this.status(errorLocalized(err), 'error'))
        .finally(() => !this.scope.disposed && this.setBusy(false));
    });
    L(this.q('.tr-reset'), 'click', () => {
      if (!this.client || this.view !== 'live') return;
      const seed = this.seedValue();
      this.setBusy(true);
      store
        .resetTraining(seed)
        .then(() => {
          this.dirty = { curves: true, model: true };
          this.status(null);
        })
        .catch((err: unknown) => this.status(errorLocalized(err), 'error'))
        .finally(() => !this.scope.disposed && this.setBusy(false));
    });
    L(this.q('.tr-lr'), 'input', () => {
      const lr = 10 ** Number(this.q<HTMLInputElement>('.tr-lr').value);
      store.trainingSettings().learningRate = lr;
      setShownValue(this.q('.tr-lr-value'), lr, this.lang, lrDigits(lr));
      this.client?.setLearningRate(lr);
    });
    L(this.q('.tr-beta'), 'input', () => {
      const beta = Number(this.q<HTMLInputElement>('.tr-beta').value);
      store.trainingSettings().beta = beta;
      setShownValue(this.q('.tr-beta-value'), beta, this.lang, 1);
      this.client?.setBeta(beta);
    });
    L(this.q('.tr-pretrained'), 'change', () => {
      const on = this.q<HTMLInputElement>('.tr-pretrained').checked;
      store.setPretrainedSwitch(on);
      if (on) {
        if (this.client?.state === 'running') this.client.pause();
        void this.showPretrained();
      } else if (this.client) {
        this.view = 'live';
        this.root.dataset.view = 'live';
        this.showArchitecture(store.liveArchitecture());
        this.reference = undefined;
        this.showBackend();
        this.status(null);
        this.drawNow();
        this.updateButtons();
      } else {
        this.view = 'live';
        void this.connect();
      }
    });
  }

  private seedValue(): number {
    const raw = Math.round(Number(this.q<HTMLInputElement>('.tr-seed').value));
    const seed = Number.isFinite(raw) ? Math.min(9999, Math.max(0, raw)) : 1;
    this.q<HTMLInputElement>('.tr-seed').value = String(seed);
    return seed;
  }

  private showSettings(s: store.TrainingSettings): void {
    this.q<HTMLInputElement>('.tr-lr').value = String(Math.log10(s.learningRate));
    setShownValue(this.q('.tr-lr-value'), s.learningRate, this.lang, lrDigits(s.learningRate));
    this.q<HTMLInputElement>('.tr-beta').value = String(s.beta);
    setShownValue(this.q('.tr-beta-value'), s.beta, this.lang, 1);
    this.q<HTMLInputElement>('.tr-seed').value = String(s.seed);
  }

  private showBackend(): void {
    const c = this.client;
    if (!c) return;
    const last = c.history[c.history.length - 1];
    this.showBackendInfo(c.backend, last ? last.samplesPerSec : null);
  }

  private showBackendInfo(backend: BackendSummary, samplesPerSec: number | null): void {
    fillBackendBadge(this.q<HTMLElement>('.tr-backend'), backend, this.lang);
    const speed = this.q<HTMLElement>('.tr-speed');
    if (samplesPerSec === null || !Number.isFinite(samplesPerSec)) {
      speed.textContent = '—';
      speed.dataset.value = '';
    } else setShownValue(speed, samplesPerSec, this.lang, 0);
  }

  private onStatus(s: TrainerStatus): void {
    if (this.scope.disposed) return;
    this.root.dataset.state = s.state;
    if (s.message) this.status(s.message, s.state === 'error' ? 'error' : 'warn');
    else if (s.state === 'running' && !store.lastNotice()) this.status(null);
    this.updateButtons();
  }

  private status(text: { fr: string; en: string } | null, kind: 'info' | 'warn' | 'error' = 'info'): void {
    const box = this.q<HTMLElement>('.tr-status');
    box.className = `tr-status ${text ? kind : ''} ${kind === 'error' && text ? 'notice-error' : ''}`.trim();
    box.textContent = text ? this.scope.t(text) : '';
  }

  private setBusy(busy: boolean): void {
    this.root.dataset.busy = String(busy);
    this.updateButtons();
  }

  private updateButtons(): void {
    if (this.scope.mode !== 'live') return;
    const c = this.client;
    const live = this.view === 'live' && !!c && c.state !== 'error';
    const busy = this.root.dataset.busy === 'true';
    const running = c?.state === 'running';
    const play = this.q<HTMLButtonElement>('.tr-play');
    play.disabled = !live || busy;
    play.textContent = this.scope.t(running ? T.pause : T.play);
    play.classList.toggle('primary', !running);
    this.q<HTMLButtonElement>('.tr-step').disabled = !live || busy || running;
    this.q<HTMLButtonElement>('.tr-reset').disabled = !live || busy;
    if (c) this.root.dataset.state = c.state;
  }

  /** Draw everything at once (on (re)connecting: one frame's work, before the slide says it is ready). */
  private drawNow(): void {
    const snap = this.client?.lastSnapshot;
    if (snap && this.view === 'live') this.drawModel(snap);
    this.drawCurves();
    this.showBackend();
  }

  /**
   * Redraw what changed (called every REDRAW_MS while mounted). Each piece (curves, scatter, reconstructions)
   * is drawn in its own animation frame, so no frame carries more than one chart's work.
   */
  private redraw(): void {
    if (this.scope.disposed || this.drawing) return;
    const c = this.client;
    const jobs: Array<() => void> = [];
    if (this.dirty.model && this.view === 'live' && c?.lastSnapshot) {
      const snap = c.lastSnapshot;
      this.dirty.model = false;
      jobs.push(() => this.snapshot.drawScatter(snap, this.view === 'live'), () => this.snapshot.drawReconstructions(snap, this.view === 'live'));
    }
    if (this.dirty.curves) jobs.push(() => this.drawCurves());
    if (this.view === 'live' && c) jobs.push(() => this.showBackend());
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

  private drawCurves(): void {
    this.dirty.curves = false;
    if (!this.curves) return;
    const history = this.client?.history ?? [];
    const evals = this.client ? store.evalTrail : [];
    this.curves.update({ history, evals, reference: this.view === 'pretrained' ? this.reference : undefined });
    const last = history[history.length - 1];
    setShownValue(this.q('.tr-loss-value'), last ? last.total : Number.NaN, this.lang, 1);
    if (last && this.view === 'live') {
      setShownValue(this.q('.tr-step-value'), last.step, this.lang, 0);
      setShownValue(this.q('.tr-epoch-value'), last.epoch, this.lang, 2);
    }
    this.root.dataset.firstLoss = history.length ? String(history[0].total) : '';
    this.root.dataset.lastLoss = last ? String(last.total) : '';
  }

  private drawModel(v: ModelView): void {
    this.dirty.model = false;
    const live = this.view === 'live';
    this.snapshot.drawScatter(v, live);
    this.snapshot.drawReconstructions(v, live);
  }

  private q<E extends Element = HTMLElement>(sel: string, from: ParentNode = this.root): E {
    const found = from.querySelector<E>(sel);
    if (!found) throw new Error(`training dashboard: missing ${sel}`);
    return found;
  }
}
