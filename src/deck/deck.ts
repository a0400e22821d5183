import Reveal from 'reveal.js';
import type { MountMode, SlideEntry } from './types.ts';
import { SlideStore } from './slideStore.ts';
import type { Lang } from '../i18n/lang.ts';
import type { LiveServices } from '../live/services.ts';
import type { Notice } from '../live/types.ts';
import { DATASETS, type DatasetId, type DatasetInfo } from '../data/datasets.ts';
import { DatasetController, rejectedDatasetNotice, switchedDatasetNotice } from './datasetController.ts';
import { createDatasetButton, type DatasetButton } from './datasetButton.ts';
import { createScope } from './scope.ts';
import { langFromSearch, otherLang } from '../i18n/lang.ts';
import { modeFromSearch, nextPreviewFromSearch, printNotesFromSearch, printPenFromSearch } from './mode.ts';
import { readProbes } from '../probes.ts';
import { deckState, speakerViewUrl, tabPairId } from './speakerLink.ts';
import { UrlController } from './urlController.ts';
import { LanguageController } from './languageController.ts';
import { FILL_AROUND, Sections, slideIdFromHash } from './sections.ts';
import { MountController } from './mountController.ts';
import { connectSpeakerChannel, type SpeakerChannel } from './speakerChannel.ts';
import { createLangButton, type LangButton } from './langButton.ts';
import { revealOptions } from './revealConfig.ts';
import { RETRY_EVENT } from './retry.ts';
import { installKeyGuard } from './keyGuard.ts';
import { localizeRevealUi, translateHelpOverlay } from './revealUi.ts';
import { listenForSpeakerKeys, type PresenterKey } from './speakerKeys.ts';
import { ThemeController } from './themeController.ts';
import { createThemeButton, type ThemeButton } from './themeButton.ts';
import { LiveMirror, type MirrorTarget } from './liveMirror.ts';
import { sections as sectionTable } from '../../slides/sections.ts';
import { PenController, sessionStorageOrNull } from './pen/penController.ts';
import { AnnotationStore } from './pen/annotations.ts';
import { strokesSvg } from './pen/penLayer.ts';
import { ZoomControl } from './zoom.ts';
import { followPhoneLayout, startsAsPhone } from './phoneLayout.ts';
import { loadTex } from './tex.ts';

type RevealApi = InstanceType<typeof Reveal>;

/** Resolve in a later task (the browser may paint and handle input in between). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What the running deck exposes to the e2e suite as `window.__deck`. */
export interface DeckHandle {
  readonly ids: string[];
  /** Ids of the slides whose live part is heavy (not started in speaker previews). */
  readonly heavyIds: string[];
  readonly lang: Lang;
  /** The demo slides' data set (`?data=`, the corner button). */
  readonly dataset: DatasetId;
  readonly mode: MountMode;
  readonly currentId: string | null;
  /** How many slide scopes are mounted right now (0 or 1 live; all of them in print). */
  readonly mountedCount: number;
  goTo(id: string): Promise<void>;
  setLang(lang: Lang): Promise<void>;
  setDataset(id: DatasetId): Promise<void>;
  probes(): Record<string, number>;
}

/**
 * The deck: composes the controllers (address bar, language, sections, mounts, speaker link, language button)
 * around reveal.js and keeps which slide is current.
 */
export class Deck implements DeckHandle {
  readonly ids: string[];
  readonly heavyIds: string[];
  readonly mode: MountMode;
  currentId: string | null = null;
  private readonly url: UrlController;
  private readonly store: SlideStore;
  private readonly language: LanguageController;
  private readonly sections: Sections;
  private readonly mounts: MountController;
  private reveal: RevealApi | null = null;
  private speaker: SpeakerChannel | null = null;
  /** Pairs this tab with the speaker view it opens (other tabs' speaker views are ignored). */
  private pair = '';
  private button: LangButton | null = null;
  private readonly themes: ThemeController;
  private themeButton: ThemeButton | null = null;
  private mirror: LiveMirror | null = null;
  private pen: PenController | null = null;
  private zoom: ZoomControl | null = null;
  private readonly datasets: DatasetController;
  private services: LiveServices;
  private dataButton: DatasetButton | null = null;
  /** Counts goTo calls: one that waited for its slide's module does not jump back after a later call. */
  private goToCalls = 0;

  constructor(
    private readonly root: HTMLElement,
    entries: readonly SlideEntry[],
    /** The page's services for a data set (a switch disposes the old ones' training and models and asks for new ones). */
    private readonly servicesFor: (dataset: DatasetInfo, notice?: Notice) => LiveServices,
  ) {
    this.ids = entries.map((s) => s.id);
    this.heavyIds = entries.filter((s) => s.heavy).map((s) => s.id);
    this.mode = modeFromSearch(window.location.search);
    this.url = new UrlController(this.mode);
    this.store = new SlideStore(entries, (slide) => this.url.declare(slide));
    this.language = new LanguageController(langFromSearch(window.location.search));
    this.sections = new Sections(this.store, (id) => this.arrived(id));
    this.themes = new ThemeController(window.location.search, this.mode === 'live');
    this.datasets = new DatasetController(window.location.search);
    this.services = servicesFor(this.datasets.dataset);
    this.mounts = new MountController({
      slide: (id) => this.store.get(id),
      sections: this.sections,
      mode: this.mode,
      lang: () => this.lang,
      printHeavyPreviews: nextPreviewFromSearch(window.location.search),
      scopeFor: (slide, mode) =>
        createScope({
          lang: this.lang,
          mode,
          params: this.url.params,
          declared: (slide.params ?? []).map((p) => p.name),
          services: this.services,
        }),
    });
  }

  get lang(): Lang {
    return this.language.lang;
  }

  /** The theme in force (dark or light). */
  get theme(): 'dark' | 'light' {
    return this.themes.theme;
  }

  /** The demo slides' data set. */
  get dataset(): DatasetId {
    return this.datasets.dataset.id;
  }

  get mountedCount(): number {
    return this.mounts.count;
  }

  /** How many slides' modules have arrived (the e2e suite watches the deck fetch the rest after the first move). */
  get slidesLoaded(): number {
    return this.store.slides().length;
  }

  /** reveal.js's scale (slide pixels → screen pixels). */
  get scale(): number {
    return this.reveal?.getScale() ?? 1;
  }

  /** Whether images of the live slide are being sent to a speaker view. */
  get mirroring(): boolean {
    return this.mirror?.running ?? false;
  }

  /** How long the last mirrored frame took to capture (ms). */
  get mirrorCaptureMs(): number {
    return this.mirror?.lastCaptureMs ?? 0;
  }

  /** Build the sections, start reveal.js and mount what is visible. Resolves when the first mount settles. */
  async start(): Promise<void> {
    const container = this.root.querySelector<HTMLElement>('.slides');
    if (!container) throw new Error('index.html lacks <div class="reveal"><div class="slides">');
    const printNotes = this.mode === 'print' && printNotesFromSearch(window.location.search);
    if (printNotes) document.documentElement.classList.add('print-with-notes');
    this.sections.dataset = this.dataset;
    // KaTeX is its own chunk (src/deck/tex.ts). Print, previews and a link to a later slide wait for it; a deck opened
    // on its first slide (no run-time formula there) paints first, then fetches it (the deck is ready once it is here).
    const hash = window.location.hash;
    const texLater = this.mode === 'live' && (hash === '' || hash === '#/' || slideIdFromHash(hash) === this.ids[0]);
    // print needs every slide at once; otherwise only the linked slide (`#/id`) and its neighbours are written now
    const eager = this.mode === 'print' ? this.ids : this.slidesAround(slideIdFromHash(hash));
    await Promise.all([this.store.loadMany(eager), texLater ? null : loadTex().catch(() => undefined)]); // on failure the formulas show their TeX source
    this.sections.build(container, this.lang, eager);
    const phone = this.mode === 'live' && startsAsPhone();
    this.reveal = new Reveal(
      this.root,
      revealOptions(this.mode, printNotes, phone, {
        toggleLang: () => void this.setLang(otherLang(this.lang)),
        openSpeakerView: () => this.openSpeakerView(),
        toggleTheme: () => void this.toggleTheme(),
        togglePen: () => this.pen?.togglePen(),
        toggleLaser: () => this.pen?.toggleLaser(),
        toggleZoom: () => this.zoom?.toggle(),
      }),
    );
    await this.reveal.initialize();
    const first = this.reveal.getCurrentSlide()?.dataset.slideId;
    if (first) this.sections.fillAround(first); // a link by number (`#/3`) lands outside the slides written so far
    // the slide shown and its neighbours are written, or fetched and written on arrival (G, Home/End, a swipe…)
    this.reveal.on('slidechanged', () => {
      const id = this.reveal?.getCurrentSlide()?.dataset.slideId;
      if (id) this.sections.fillAround(id);
    });
    // Live, the rest of the deck is fetched once the presenter first moves: KaTeX first (neither the title nor the agenda
    // has a formula built at run time, and a tex() asked for earlier fetches it too), then every slide module, nearest
    // first, one at a time when the page is idle. From then on no jump (G, the overview, the speaker view) waits for the
    // network, keys held down never outrun it for long, and the deck goes on if its server stops.
    if (this.mode === 'live') {
      const firstMove = () => {
        this.reveal?.off('slidechanged', firstMove);
        void loadTex().catch(() => undefined);
        void this.fetchTheRest();
      };
      this.reveal.on('slidechanged', firstMove);
    }
    localizeRevealUi(this.reveal, this.lang);
    translateHelpOverlay(this.reveal, () => this.lang);
    if (this.mode === 'live') {
      installKeyGuard();
      followPhoneLayout(this.reveal, window, phone);
      // one row of corner controls, right to left in the order added: language, theme, pen tools, data set
      const corner = document.createElement('div');
      corner.className = 'corner-bar';
      document.body.append(corner);
      this.button = createLangButton(corner, this.lang, () => void this.setLang(otherLang(this.lang)));
      this.themeButton = createThemeButton(corner, this.themes.theme, this.lang, () => void this.toggleTheme());
      // the rest of the controls in two more tasks: a phone's main thread is never held long while the deck opens
      await nextTask();
      this.pen = new PenController(container, corner, this.lang, new AnnotationStore(sessionStorageOrNull()));
      this.zoom = new ZoomControl(this.reveal);
      this.dataButton = createDatasetButton(corner, () => void this.setDataset(this.otherDataset()));
      this.dataButton.update(this.datasets.dataset, DATASETS[this.otherDataset()], this.lang);
      if (this.datasets.rejected !== null) {
        this.dataButton.notify(rejectedDatasetNotice(this.datasets.rejected), this.lang);
        this.url.writeDataset('mnist');
      }
      await nextTask();
      this.pair = tabPairId();
      this.mirror = new LiveMirror(
        () => this.mirrorTarget(),
        (frame) => this.speaker?.mirror({ ...frame, pair: this.pair }),
      );
      this.speaker = connectSpeakerChannel(this.pair, {
        hello: () => this.publishState(),
        watch: () => this.mirror?.watch(),
        goto: (id) => void this.goTo(id),
        step: (delta) => (delta === 1 ? this.reveal?.next() : this.reveal?.prev()),
      });
      listenForSpeakerKeys((key) => this.pressKey(key), this.pair);
    }
    // the first slide paints here, before its live part mounts: one long task fewer while the page opens
    if (this.mode !== 'print') await nextTask();
    // « Réessayer »: fetch again a slide whose module did not arrive, or mount again a live part that failed
    this.root.addEventListener(RETRY_EVENT, (ev) => {
      const section = (ev.target as Element | null)?.closest<HTMLElement>('section[data-slide-id]');
      const id = section?.dataset.slideId;
      if (!id) return;
      if (section.dataset.loadFailed) this.sections.retry(id);
      else void this.mounts.remount(id);
    });
    if (this.mode === 'print') {
      // Every slide starts at once; a model that fails (or times out) leaves its notice and print goes on.
      await this.mounts.queue(async () => {
        for (const id of this.ids) this.mounts.mountNow(id);
      });
      await Promise.all(this.ids.map((id) => this.mounts.settled(id)));
      if (printPenFromSearch(window.location.search)) this.printAnnotations();
    } else {
      this.reveal.on('slidechanged', () => void this.follow());
      // In the overview every slide with a live part shows its print state (a live part mounts only when current).
      this.reveal.on('overviewshown', () => {
        this.sections.fillAll();
        void this.showPrintStates();
        void this.store.loadAll().then(() => this.showPrintStates()); // the slides whose module arrives meanwhile
      });
      this.reveal.on('overviewhidden', () => void this.follow());
      await this.follow();
      if (this.currentId) await this.mounts.settled(this.currentId);
    }
    document.documentElement.dataset.deckReady = 'true';
  }

  /** Navigate to a slide by id and wait until its live part has mounted and its formulas are typeset. */
  async goTo(id: string): Promise<void> {
    const index = this.ids.indexOf(id);
    if (index < 0 || !this.reveal) return;
    const call = ++this.goToCalls;
    const from = this.reveal.getCurrentSlide();
    await this.store.loadMany([id]); // its module, so its section is written before reveal.js shows it
    if (call !== this.goToCalls || this.reveal.getCurrentSlide() !== from) return; // moved on meanwhile: no jump back
    this.sections.fillAround(id);
    this.reveal.slide(index);
    await this.follow();
    // ready means typeset too: a formula built before KaTeX arrived is typeset when it does
    await Promise.all([this.mounts.settled(id), loadTex().catch(() => undefined)]);
  }

  /** Switch the language in place: re-render every section, keep the current slide, remount its live part. */
  async setLang(lang: Lang): Promise<void> {
    if (lang === this.lang) return;
    await this.mounts.queue(async () => {
      const mounted = this.mounts.ids().map((id) => [id, this.mounts.modeOf(id) ?? this.mode] as const);
      this.mounts.unmountExcept(null);
      this.language.set(lang);
      this.sections.renderAll(lang);
      this.url.writeLang(lang);
      this.button?.update(lang);
      this.themeButton?.update(this.themes.theme, lang);
      this.pen?.setLang(lang);
      this.dataButton?.update(this.datasets.dataset, DATASETS[this.otherDataset()], lang);
      this.publishState();
      this.reveal?.sync();
      this.reveal?.layout();
      if (this.reveal) localizeRevealUi(this.reveal, lang);
      for (const [id, mode] of mounted) this.mounts.mountNow(id, mode);
    });
    await Promise.all(this.mounts.ids().map((id) => this.mounts.settled(id)));
  }

  /**
   * Switch the demo slides' data set in place: the live run is dropped (its worker stops; the dashboard and the corner
   * notice say so), the pretrained models of the other set are released, and the mounted slides start again on the new one.
   */
  async setDataset(id: DatasetId): Promise<void> {
    if (id === this.dataset) return;
    await this.mounts.queue(async () => {
      const ids = this.mounts.ids();
      this.mounts.unmountExcept(null);
      const old = this.services;
      const hadLiveRun = old.training.workerCount > 0 || old.training.historyEntries > 0;
      old.training.dispose();
      old.pretrained.dispose();
      this.datasets.set(id);
      const text = switchedDatasetNotice(this.datasets.dataset, hadLiveRun);
      this.services = this.servicesFor(this.datasets.dataset, { text, kind: hadLiveRun ? 'warn' : 'info' });
      this.url.writeDataset(id);
      this.dataButton?.update(this.datasets.dataset, DATASETS[this.otherDataset()], this.lang);
      this.dataButton?.notify(text, this.lang);
      this.sections.dataset = id;
      this.sections.renderAll(this.lang);
      this.publishState();
      for (const slideId of ids) this.mounts.mountNow(slideId);
    });
    await Promise.all(this.mounts.ids().map((slideId) => this.mounts.settled(slideId)));
  }

  /** Switch dark ⇄ light: charts read their colours when drawn, so the mounted slides are drawn again. */
  async toggleTheme(): Promise<void> {
    await this.mounts.queue(async () => {
      const mounted = this.mounts.ids().map((id) => [id, this.mounts.modeOf(id) ?? this.mode] as const);
      this.mounts.unmountExcept(null);
      this.themes.set(this.themes.theme === 'dark' ? 'light' : 'dark');
      this.themeButton?.update(this.themes.theme, this.lang);
      this.sections.renderAll(this.lang);
      this.publishState();
      for (const [id, mode] of mounted) await this.mounts.mountNow(id, mode);
    });
  }

  /** Act on a presenter key forwarded by the speaker window, as if pressed on the deck. */
  pressKey(key: PresenterKey): void {
    const reveal = this.reveal;
    if (!reveal) return;
    if (key === 'pause') reveal.togglePause();
    else if (key === 'overview') {
      if (!this.zoom?.out()) reveal.toggleOverview(); // Esc zooms out first, as on the deck
    } else if (key === 'pen') this.pen?.togglePen();
    else if (key === 'zoom') this.zoom?.toggle();
    else if (key === 'jump') (reveal as unknown as { toggleJumpToSlide?: () => void }).toggleJumpToSlide?.(); // in reveal's API, not its typings
    else if (key === 'first') reveal.slide(0);
    else if (key === 'last') reveal.slide(this.ids.length - 1);
    else if (key === 'lang') void this.setLang(otherLang(this.lang));
    else void this.toggleTheme();
  }

  /** Leak counters for the e2e suite, with the number of mounted scopes. */
  probes(): Record<string, number> {
    return { ...readProbes(), mountedScopes: this.mounts.count };
  }

  /** Open (or focus) the speaker view window: notes, current/next previews, timer. */
  openSpeakerView(): void {
    if (!this.pair) return;
    window.open(speakerViewUrl(this.lang, this.pair), `vae-deck-speaker-${this.pair}`, 'width=1280,height=800');
  }

  /** `?print-pdf&print-pen=1`: lay each slide's drawings (kept for the browser session) over its printed page. */
  private printAnnotations(): void {
    const store = new AnnotationStore(sessionStorageOrNull());
    for (const id of this.ids) {
      const strokes = store.strokes(id);
      if (strokes.length > 0) this.sections.get(id)?.append(strokesSvg(strokes, 'pen-print'));
    }
  }

  /** Mount the current slide, unmount any other (live and preview modes); in the overview, only note the slide. */
  private follow(): Promise<void> {
    return this.mounts.queue(async () => {
      const id = this.reveal?.getCurrentSlide()?.dataset.slideId ?? null;
      this.currentId = id;
      this.pen?.show(id);
      this.publishState();
      if (this.reveal?.isOverview()) return;
      // A slide mounted in its print state (by the overview) is mounted afresh in the page's mode (a speaker
      // preview keeps a heavy slide in its print state).
      const kept = id ? this.mounts.modeOf(id) : null;
      this.mounts.unmountExcept(kept === this.mode || (this.mode === 'preview' && kept === 'print') ? id : null);
      // a slide whose module is still on its way mounts when it arrives (arrived), without holding the queue
      if (id && this.store.get(id)) this.mounts.mountNow(id);
    });
  }

  /** Overview: mount every other slide that has a live part in its print state, so no thumbnail is blank. */
  private showPrintStates(): Promise<void> {
    return this.mounts.queue(async () => {
      if (!this.reveal?.isOverview()) return;
      for (const slide of this.store.slides()) if (slide.mount && this.mounts.modeOf(slide.id) === null) this.mounts.mountNow(slide.id, 'print');
    });
  }

  /** The slide the speaker view mirrors: the current one (its live part when mounted in the page's mode, its drawings). */
  private mirrorTarget(): MirrorTarget | null {
    const id = this.currentId;
    const section = id ? this.sections.get(id) : undefined;
    if (!id || !section || !this.reveal || this.reveal.isOverview()) return null;
    return { id, section, scale: this.reveal.getScale(), live: this.mounts.modeOf(id) === this.mode, strokes: this.pen?.store.strokes(id) ?? [] };
  }

  /**
   * A section was written after its module arrived: when it is the slide shown, reveal.js re-reads its steps and its
   * live part mounts (follow skipped it while the module was on its way).
   */
  private arrived(id: string): void {
    const section = this.sections.get(id);
    if (!this.reveal || id !== this.currentId || !section) return;
    this.reveal.syncFragments(section);
    if (this.mode !== 'print' && !this.reveal.isOverview()) void this.follow();
  }

  /** Fetch every slide module not here yet, nearest to the current slide first, one at a time when the page is idle. */
  private async fetchTheRest(): Promise<void> {
    const here = Math.max(0, this.ids.indexOf(this.reveal?.getCurrentSlide()?.dataset.slideId ?? ''));
    const order = [...this.ids].sort((a, b) => Math.abs(this.ids.indexOf(a) - here) - Math.abs(this.ids.indexOf(b) - here));
    for (const id of order) {
      if (this.store.get(id)) continue;
      await new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 50)));
      await this.store.load(id).catch(() => undefined); // a slide that cannot be fetched says so when it is shown
    }
  }

  /** The ids of the slide `id` (or the first slide when unknown) and its neighbours, to write before the first paint. */
  private slidesAround(id: string | null): string[] {
    const index = Math.max(0, id === null ? 0 : this.ids.indexOf(id));
    return this.ids.slice(Math.max(0, index - FILL_AROUND), index + FILL_AROUND + 1);
  }

  private otherDataset(): DatasetId {
    return this.dataset === 'mnist' ? 'fashion' : 'mnist';
  }

  private publishState(): void {
    const state = this.currentId ? deckState(this.store.entries, this.currentId, this.lang, this.pair, Object.keys(sectionTable), this.dataset, this.theme) : null;
    if (state) this.speaker?.publish(state);
  }
}
