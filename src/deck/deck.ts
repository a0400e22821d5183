import Reveal from 'reveal.js';
import type { MountMode, Slide } from './types.ts';
import type { Lang } from '../i18n/lang.ts';
import type { LiveServices } from '../live/services.ts';
import { createScope, type OwnedScope } from './scope.ts';
import { collectParams, createParamStore, queryWithParams, type ParamStore } from './params.ts';
import { langFromSearch, otherLang } from '../i18n/lang.ts';
import { ui } from './uiText.ts';
import { createSection, escapeHtml, renderSlideInner } from './render.ts';
import { modeFromSearch, printNotesFromSearch } from './mode.ts';
import { readProbes } from '../probes.ts';
import { parseSpeakerCommand, speakerChannelName, type DeckState } from './speakerLink.ts';

type RevealApi = InstanceType<typeof Reveal>;

/** What the running deck exposes to the e2e suite as `window.__deck`. */
export interface DeckHandle {
  readonly ids: string[];
  /** Ids of the slides whose live part is heavy (not started in speaker previews). */
  readonly heavyIds: string[];
  readonly lang: Lang;
  readonly mode: MountMode;
  readonly currentId: string | null;
  /** How many slide scopes are mounted right now (0 or 1 live; all of them in print). */
  readonly mountedCount: number;
  goTo(id: string): Promise<void>;
  setLang(lang: Lang): Promise<void>;
  probes(): Record<string, number>;
}

/** The deck controller: renders sections, drives reveal.js, mounts/unmounts live parts, switches language. */
/** Longest delay between a slider move and the URL showing it. */
const URL_WRITE_MS = 200;

export class Deck implements DeckHandle {
  readonly ids: string[];
  readonly heavyIds: string[];
  lang: Lang;
  readonly mode: MountMode;
  private readonly params: ParamStore;
  private readonly mounted = new Map<string, OwnedScope>();
  private readonly sections = new Map<string, HTMLElement>();
  private reveal: RevealApi | null = null;
  private pending: Promise<void> = Promise.resolve();
  currentId: string | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly slides: readonly Slide[],
    private readonly services: LiveServices,
  ) {
    this.ids = slides.map((s) => s.id);
    this.heavyIds = slides.filter((s) => s.heavy && s.mount).map((s) => s.id);
    const search = window.location.search;
    this.lang = langFromSearch(search);
    this.mode = modeFromSearch(search);
    const names = [...collectParams(slides).keys()];
    // The URL follows the sliders at most every URL_WRITE_MS: a replaceState per input event costs ~2 ms of a drag's
    // frame, and Chromium throttles (and warns about) pages that call it hundreds of times in a few seconds.
    let urlWrite: ReturnType<typeof setTimeout> | null = null;
    this.params = createParamStore(collectParams(slides), search, (store) => {
      if (this.mode !== 'live' || urlWrite !== null) return;
      urlWrite = setTimeout(() => {
        urlWrite = null;
        const q = queryWithParams(window.location.search, store, names);
        window.history.replaceState(null, '', `${window.location.pathname}${q}${window.location.hash}`);
      }, URL_WRITE_MS);
    });
  }

  get mountedCount(): number {
    return this.mounted.size;
  }

  /** Build the sections, start reveal.js and mount what is visible. Resolves when the first mount settles. */
  async start(): Promise<void> {
    const container = this.root.querySelector<HTMLElement>('.slides');
    if (!container) throw new Error('index.html lacks <div class="reveal"><div class="slides">');
    document.documentElement.lang = this.lang;
    document.title = ui.deckTitle[this.lang];
    if (this.mode === 'print' && printNotesFromSearch(window.location.search)) {
      document.documentElement.classList.add('print-with-notes');
    }
    this.slides.forEach((slide, i) => {
      const section = createSection(slide, this.lang, i, this.slides.length);
      container.append(section);
      this.sections.set(slide.id, section);
    });
    this.reveal = new Reveal(this.root, {
      hash: true,
      width: 1280,
      height: 720,
      margin: 0.04,
      minScale: 0.2,
      maxScale: 2.0,
      center: false,
      controls: this.mode === 'live',
      progress: true,
      transition: 'fade',
      transitionSpeed: 'fast',
      pdfMaxPagesPerSlide: 1,
      pdfSeparateFragments: false,
      showNotes: this.mode === 'print' && printNotesFromSearch(window.location.search),
      keyboard: {
        76: () => void this.setLang(otherLang(this.lang)), // L: language
        83: () => this.openSpeakerView(), // S: speaker view (ours: CSP-safe, no inline script)
      },
    });
    await this.reveal.initialize();
    this.reveal.registerKeyboardShortcut('S', 'Vue présentateur / Speaker view');
    this.reveal.registerKeyboardShortcut('L', 'Français ⇄ English');
    this.installLangToggle();
    this.connectSpeakerView();
    if (this.mode === 'print') {
      for (const slide of this.slides) await this.mount(slide.id);
    } else {
      this.reveal.on('slidechanged', () => void this.follow());
      await this.follow();
    }
    document.documentElement.dataset.deckReady = 'true';
  }

  /** Navigate to a slide by id and wait until its live part has mounted. */
  async goTo(id: string): Promise<void> {
    const index = this.ids.indexOf(id);
    if (index < 0 || !this.reveal) return;
    this.reveal.slide(index);
    await this.follow();
  }

  /** Switch the language in place: re-render every section, keep the current slide, remount its live part. */
  async setLang(lang: Lang): Promise<void> {
    if (lang === this.lang) return;
    await this.queue(async () => {
      const ids = [...this.mounted.keys()];
      for (const id of ids) this.unmount(id);
      this.lang = lang;
      document.documentElement.lang = lang;
      document.title = ui.deckTitle[lang];
      this.slides.forEach((slide, i) => {
        this.sections.get(slide.id)!.innerHTML = renderSlideInner(slide, lang, i, this.slides.length);
      });
      const query = new URLSearchParams(window.location.search);
      if (lang === 'fr') query.delete('lang');
      else query.set('lang', lang);
      const q = query.toString();
      window.history.replaceState(null, '', `${window.location.pathname}${q ? `?${q}` : ''}${window.location.hash}`);
      this.updateToggle();
      this.publishState();
      this.reveal?.sync();
      this.reveal?.layout();
      for (const id of ids) await this.mountNow(id);
    });
  }

  probes(): Record<string, number> {
    return { ...readProbes(), mountedScopes: this.mounted.size };
  }

  /** Mount the current slide, unmount any other (live and preview modes). */
  private follow(): Promise<void> {
    return this.queue(async () => {
      const current = this.reveal?.getCurrentSlide();
      const id = current?.dataset.slideId ?? null;
      for (const other of [...this.mounted.keys()]) if (other !== id) this.unmount(other);
      this.currentId = id;
      this.publishState();
      if (id && !this.mounted.has(id)) await this.mountNow(id);
    });
  }

  private mount(id: string): Promise<void> {
    return this.queue(() => this.mountNow(id));
  }

  /** Serialise lifecycle work so fast key presses never interleave a mount with an unmount. */
  private queue(job: () => Promise<void>): Promise<void> {
    this.pending = this.pending.then(job, job);
    return this.pending;
  }

  private async mountNow(id: string): Promise<void> {
    const slide = this.slides.find((s) => s.id === id);
    const section = this.sections.get(id);
    if (!slide || !section || !slide.mount) return;
    const el = section.querySelector<HTMLElement>('.slide-content')!;
    if (this.mode === 'preview' && slide.heavy) {
      if (!el.querySelector('.preview-notice')) {
        el.insertAdjacentHTML('beforeend', `<p class="preview-notice">${escapeHtml(ui.previewNotice[this.lang])}</p>`);
      }
      return;
    }
    const scope = createScope({
      lang: this.lang,
      mode: this.mode,
      params: this.params,
      declared: (slide.params ?? []).map((p) => p.name),
      services: this.services,
    });
    this.mounted.set(id, scope);
    section.dataset.mounted = 'pending';
    try {
      await slide.mount(el, scope);
      if (!scope.disposed) section.dataset.mounted = 'true';
    } catch (err) {
      if (scope.disposed) return;
      console.error(`slide ${id}: mount failed`, err);
      const message = err instanceof Error ? err.message : String(err);
      el.insertAdjacentHTML(
        'beforeend',
        `<div class="mount-error" role="alert">${escapeHtml(ui.mountFailed[this.lang])} ${escapeHtml(message)}</div>`,
      );
      section.dataset.mounted = 'error';
    }
  }

  private unmount(id: string): void {
    const scope = this.mounted.get(id);
    if (!scope) return;
    this.mounted.delete(id);
    scope.dispose();
    const section = this.sections.get(id);
    const index = this.ids.indexOf(id);
    if (section) {
      // Restore the pristine slide so the next mount starts clean and no live node (or its listeners) lingers.
      section.innerHTML = renderSlideInner(this.slides[index], this.lang, index, this.slides.length);
      delete section.dataset.mounted;
    }
  }

  private channel: BroadcastChannel | null = null;

  /** Open (or focus) the speaker view window: notes, current/next previews, timer. */
  openSpeakerView(): void {
    const query = this.lang === 'en' ? '?lang=en' : '';
    window.open(`speaker.html${query}`, 'vae-deck-speaker', 'width=1280,height=800');
  }

  private connectSpeakerView(): void {
    if (this.mode !== 'live' || typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(speakerChannelName);
    this.channel.onmessage = (ev: MessageEvent) => {
      const cmd = parseSpeakerCommand(ev.data);
      if (!cmd || !this.reveal) return;
      if (cmd.type === 'hello') this.publishState();
      else if (cmd.type === 'goto') void this.goTo(cmd.id);
      else if (cmd.delta === 1) this.reveal.next();
      else this.reveal.prev();
    };
  }

  private publishState(): void {
    if (!this.channel || !this.currentId) return;
    const index = this.ids.indexOf(this.currentId);
    const slide = this.slides[index];
    const state: DeckState = {
      type: 'state',
      id: this.currentId,
      index,
      total: this.ids.length,
      lang: this.lang,
      title: slide.title[this.lang],
      notes: slide.notes[this.lang],
      nextId: this.ids[index + 1] ?? null,
    };
    this.channel.postMessage(state);
  }

  private toggle: HTMLButtonElement | null = null;

  private installLangToggle(): void {
    if (this.mode !== 'live') return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'lang-toggle';
    button.addEventListener('click', () => void this.setLang(otherLang(this.lang)));
    document.body.append(button);
    this.toggle = button;
    this.updateToggle();
  }

  private updateToggle(): void {
    if (!this.toggle) return;
    this.toggle.textContent = ui.toggleText[this.lang];
    this.toggle.title = ui.toggleLabel[this.lang];
    this.toggle.setAttribute('aria-label', ui.toggleLabel[this.lang]);
  }
}
