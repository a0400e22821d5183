import type { MountMode, Slide } from './types.ts';
import type { Lang } from '../i18n/lang.ts';
import type { OwnedScope } from './scope.ts';
import type { Sections } from './sections.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { ui } from './uiText.ts';

/** What the mount controller needs from the deck. */
export interface MountControllerOptions {
  /** The slide `id` if its module has arrived (the deck loads a slide before it mounts it). */
  slide(id: string): Slide | undefined;
  sections: Sections;
  mode: MountMode;
  /** The language to render notices and reset sections in (read at each mount). */
  lang(): Lang;
  /** A fresh lifetime for one mount of `slide` in `mode` (the deck's single createScope call). */
  scopeFor(slide: Slide, mode: MountMode): OwnedScope;
  /** In 'preview' mode: mount heavy slides in their print state (the next slide's preview) instead of leaving them unmounted. */
  printHeavyPreviews?: boolean;
}

/**
 * Owner of the mounted slide scopes: mounts a slide's live part into its section, disposes it and restores the
 * section. Starting and stopping mounts is serialised so fast key presses never interleave them, but the queue
 * never waits for a mount to finish: a slide whose model loads slowly never blocks another slide.
 */
export class MountController {
  private readonly mounted = new Map<string, OwnedScope>();
  private readonly modes = new Map<string, MountMode>();
  private readonly settling = new Map<string, Promise<void>>();
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly opts: MountControllerOptions) {}

  /** How many slide scopes are mounted right now. */
  get count(): number {
    return this.mounted.size;
  }

  /** Ids of the mounted slides, in mount order. */
  ids(): string[] {
    return [...this.mounted.keys()];
  }

  /** The mode slide `id` is mounted in, or null when it is not mounted. */
  modeOf(id: string): MountMode | null {
    return this.modes.get(id) ?? null;
  }

  /** Run `job` after every job queued before it (a failed job does not stop the queue). */
  queue(job: () => Promise<void>): Promise<void> {
    this.pending = this.pending.then(job, job);
    return this.pending;
  }

  /** Resolves when the mount of `id` started so far has settled (mounted, failed or left); at once when none. */
  settled(id: string): Promise<void> {
    return this.settling.get(id) ?? Promise.resolve();
  }

  /** Dispose the live part of `id` and mount it afresh (a notice's « Réessayer » button). */
  remount(id: string): Promise<void> {
    return this.queue(async () => {
      if (!this.mounted.has(id)) return;
      this.unmount(id);
      this.mountNow(id);
    }).then(() => this.settled(id));
  }

  /** Dispose every mounted slide except `keep`. Call from inside a queued job. */
  unmountExcept(keep: string | null): void {
    for (const id of this.ids()) if (id !== keep) this.unmount(id);
  }

  /**
   * Start mounting a slide's live part unless it is mounted already, without waiting for it (see `settled`). A
   * heavy slide in a speaker preview mounts in its print state or not at all (`printHeavyPreviews`); a mount that throws leaves an error notice on the
   * slide. `mode` overrides the page's mode (the overview mounts slides in their print state). Call from inside a
   * queued job, without awaiting the promise it returns (the mount's `settled`).
   */
  mountNow(id: string, mode: MountMode = this.opts.mode): Promise<void> {
    this.start(id, mode);
    return this.settled(id);
  }

  private start(id: string, mode: MountMode): void {
    const slide = this.opts.slide(id);
    const section = this.opts.sections.get(id);
    const el = this.opts.sections.content(id);
    if (!slide?.mount || !section || !el || this.mounted.has(id)) return;
    // A heavy slide starts nothing in a speaker preview: the next slide's shows its print state (the pretrained model,
    // the saved run), the current slide's stays unmounted under the main screen's mirrored images.
    if (mode === 'preview' && slide.heavy) {
      if (!this.opts.printHeavyPreviews) return;
      mode = 'print';
    }
    const scope = this.opts.scopeFor(slide, mode);
    this.mounted.set(id, scope);
    this.modes.set(id, mode);
    section.dataset.mounted = 'pending';
    const done = this.run(id, slide.mount.bind(slide), el, section, scope);
    this.settling.set(id, done);
    void done.finally(() => {
      if (this.settling.get(id) === done) this.settling.delete(id);
    });
  }

  private async run(id: string, mount: NonNullable<Slide['mount']>, el: HTMLElement, section: HTMLElement, scope: OwnedScope): Promise<void> {
    const lang = this.opts.lang();
    try {
      await mount(el, scope);
      if (!scope.disposed) section.dataset.mounted = 'true';
    } catch (err) {
      if (scope.disposed) return;
      console.error(`slide ${id}: mount failed`, err);
      const message = err instanceof Error ? err.message : String(err);
      el.insertAdjacentHTML(
        'beforeend',
        `<div class="mount-error" role="alert">${escapeHtml(ui.mountFailed[lang])} ${escapeHtml(message)}</div>`,
      );
      section.dataset.mounted = 'error';
    }
  }

  private unmount(id: string): void {
    const scope = this.mounted.get(id);
    if (!scope) return;
    this.mounted.delete(id);
    this.modes.delete(id);
    scope.dispose();
    this.opts.sections.reset(id, this.opts.lang());
  }
}
