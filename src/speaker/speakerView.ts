import { locales, type Lang } from '../i18n/lang.ts';
import type { DeckState, SpeakerRequest } from '../deck/speakerLink.ts';
import type { MirrorFrame } from '../deck/mirrorFrame.ts';
import type { DatasetId } from '../data/datasets.ts';
import type { ThemeName } from '../charts/palette.ts';
import { layoutNotes } from './notesLayout.ts';
import { createTimerView } from './timerView.ts';
import { drawMirror } from './mirrorOverlay.ts';

/** The speaker view's own words, per language. */
export const speakerText = {
  fr: { unpaired: 'Ouvrez cette vue depuis la présentation (touche S)\u00a0: elle suit la présentation qui l’a ouverte.', title: 'Vue présentateur', pacing: 'Rythme', current: 'Diapositive actuelle', next: 'Suivante', end: 'Fin de la présentation', notes: 'Notes', waiting: 'En attente de la présentation… (gardez la fenêtre principale ouverte)', elapsed: 'Écoulé', reset: 'Remettre à zéro', prev: '← Précédente', nextBtn: 'Suivante →' },
  en: { unpaired: 'Open this view from the deck (S key): it follows the deck that opened it.', title: 'Speaker view', pacing: 'Pace', current: 'Current slide', next: 'Next', end: 'End of the deck', notes: 'Notes', waiting: 'Waiting for the deck… (keep the main window open)', elapsed: 'Elapsed', reset: 'Reset', prev: '← Previous', nextBtn: 'Next →' },
} satisfies Record<Lang, Record<string, string>>;

const layout = `
  <header><h1 data-role="title"></h1><span class="clock" data-role="clock"></span><span class="timer" data-role="timer"></span><span class="pos" data-role="pos"></span></header>
  <main>
    <section class="current"><h2 data-role="current-label"></h2><iframe data-role="current" title="current"></iframe>
      <section class="pacing"><h2 data-role="pacing-label"></h2><div data-role="pacing"></div></section></section>
    <aside>
      <section class="next"><h2 data-role="next-label"></h2><iframe data-role="next" title="next"></iframe><p class="end" data-role="end" hidden></p></section>
      <section class="notes"><h2 data-role="notes-title" id="notes-title"></h2><div data-role="notes" class="notes-text" tabindex="0" role="region" aria-labelledby="notes-title"></div></section>
      <nav><button type="button" data-role="prev"></button><button type="button" data-role="next-btn"></button></nav>
    </aside>
  </main>`;

/** The step a key asks for in the speaker view (the deck's own navigation keys), or null for other keys. */
export function stepForKey(key: string): 1 | -1 | null {
  if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n'].includes(key)) return 1;
  if (['ArrowLeft', 'ArrowUp', 'PageUp', 'p'].includes(key)) return -1;
  return null;
}

/** How a preview looks: the deck's data set and theme; `next` for the next slide's preview (print state of heavy slides). */
export interface PreviewLook {
  data?: DatasetId;
  theme?: ThemeName;
  next?: boolean;
}

/**
 * Address of a slide preview: the deck itself in receiver mode, on the deck's data set and in its theme; no heavy live
 * part starts there (the next slide's preview, `receiver=next`, shows it in its print state).
 */
export function previewUrl(lang: Lang, id: string, { data = 'mnist', theme = 'light', next = false }: PreviewLook = {}): string {
  return `index.html?receiver${next ? '=next' : ''}${lang === 'en' ? '&lang=en' : ''}${data === 'mnist' ? '' : `&data=${data}`}&theme=${theme}#/${id}`;
}

/** The speaker view drawn in `root`: `render` shows a deck state, `tick` the clock, `mirror` the live parts. */
export interface SpeakerView {
  render(state: DeckState): void;
  tick(now: number): void;
  /** Draw a frame of the main screen's live parts over the current preview. */
  mirror(frame: MirrorFrame): void;
}

/**
 * The title and a copy of the notes of slide `id` in `lang`, taken from a same-origin preview of the deck (the deck's
 * own rendering of the slide modules, never text from the channel) on data set `data`; null until that preview shows them.
 */
export function slideTextFrom(frame: HTMLIFrameElement, id: string, lang: Lang, into: Document, data: DatasetId = 'mnist'): { title: string; notes: Node } | null {
  let doc: Document | null = null;
  try {
    doc = frame.contentDocument;
  } catch {
    return null;
  }
  if (doc?.documentElement?.lang !== lang) return null;
  const section = doc.querySelector<HTMLElement>(`section[data-slide-id="${id}"]`);
  const aside = section?.querySelector('aside.notes');
  if (!section || !aside || (aside.getAttribute('data-dataset') ?? 'mnist') !== data) return null;
  const notes = into.createDocumentFragment();
  for (const child of Array.from(aside.childNodes)) notes.append(into.importNode(child, true));
  return { title: section.querySelector('.slide-title')?.textContent ?? '', notes };
}

/**
 * Build the speaker view (notes, current and next previews, clock, timer, arrows) and wire its buttons and keys; the
 * timer of pair `pair` is kept across a reload, `search` may plan a duration (`?duration=45`).
 */
export function createSpeakerView(root: HTMLElement, send: (cmd: SpeakerRequest) => void, startedAt: number, pair = 'none', search = ''): SpeakerView {
  root.innerHTML = layout;
  const $ = <T extends HTMLElement>(role: string) => root.querySelector<T>(`[data-role="${role}"]`)!;
  const timer = createTimerView($('timer'), pair, search, startedAt);
  let lastLang: Lang | null = null;
  $('notes').textContent = speakerText.fr.waiting;
  let shown: DeckState | null = null;
  let lastSeq = -1;
  let filled = '';
  const current = $<HTMLIFrameElement>('current');
  // Notes and title come from the current preview once it shows the slide (it may still be loading).
  const fillText = (): boolean => {
    if (!shown) return true;
    const key = `${shown.lang}/${shown.id}`;
    if (filled === key) return true;
    const text = slideTextFrom(current, shown.id, shown.lang, root.ownerDocument, shown.data);
    if (!text) return false;
    filled = key;
    $('pos').textContent = `${shown.index + 1} / ${shown.total} · ${text.title}`;
    $('notes').replaceChildren(layoutNotes(text.notes, root.ownerDocument));
    $('notes').scrollTop = 0;
    return true;
  };
  let polling: ReturnType<typeof setInterval> | undefined;
  const pollText = (): void => {
    clearInterval(polling);
    if (fillText()) return;
    let tries = 0;
    polling = setInterval(() => {
      if (fillText() || ++tries > 100) clearInterval(polling);
    }, 100);
  };
  current.addEventListener('load', pollText);
  $('prev').addEventListener('click', () => send({ type: 'step', delta: -1 }));
  $('next-btn').addEventListener('click', () => send({ type: 'step', delta: 1 }));
  root.ownerDocument.addEventListener('keydown', (ev) => {
    const field = ev.target as HTMLElement | null;
    if (field && /^(INPUT|TEXTAREA|SELECT)$/.test(field.tagName)) return;
    if ((ev.key === 't' || ev.key === 'T') && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      timer.toggle(Date.now());
      ev.preventDefault();
      return;
    }
    // Arrow keys scroll the notes while they have the focus; PageUp/PageDown and Space still drive the deck.
    if (field === $('notes') && ev.key.startsWith('Arrow')) return;
    const delta = stepForKey(ev.key);
    if (delta === null) return;
    send({ type: 'step', delta });
    ev.preventDefault();
  });

  const showIn = (frame: HTMLIFrameElement, state: DeckState, id: string): void => {
    const { lang, theme, data } = state;
    const deck = (frame.contentWindow as (Window & { __deck?: { goTo(id: string): Promise<void>; lang: string } }) | null)?.__deck;
    if (deck && deck.lang === lang && frame.dataset.lang === lang && frame.dataset.theme === theme && frame.dataset.data === data) void deck.goTo(id);
    else {
      frame.dataset.lang = lang;
      frame.dataset.theme = theme;
      frame.dataset.data = data;
      frame.src = previewUrl(lang, id, { data, theme, next: frame.dataset.role === 'next' });
    }
  };

  const setLabels = (lang: Lang): void => {
    const t = speakerText[lang];
    root.ownerDocument.documentElement.lang = lang;
    root.ownerDocument.title = `${t.title} · ${lang === 'fr' ? 'Speaker view' : 'Vue présentateur'}`;
    $('title').textContent = t.title;
    $('pacing-label').textContent = t.pacing;
    timer.setLang(lang);
    $('current-label').textContent = t.current;
    $('next-label').textContent = t.next;
    $('notes-title').textContent = t.notes;
    $('prev').textContent = t.prev;
    $('next-btn').textContent = t.nextBtn;
    $('end').textContent = t.end;
  };

  setLabels('fr');
  return {
    render(state) {
      if (state.lang !== lastLang) setLabels(state.lang);
      lastLang = state.lang;
      shown = state;
      root.ownerDocument.documentElement.dataset.theme = state.theme;
      lastSeq = -1;
      filled = '';
      timer.follow(state, Date.now());
      $('pos').textContent = `${state.index + 1} / ${state.total}`;
      $('notes').replaceChildren();
      showIn(current, state, state.id);
      pollText();
      const next = $<HTMLIFrameElement>('next');
      next.hidden = state.nextId === null;
      $('end').hidden = state.nextId !== null;
      if (state.nextId) showIn(next, state, state.nextId);
    },
    tick(now) {
      const locale = locales[lastLang ?? 'fr'];
      $('clock').textContent = new Date(now).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
      timer.tick(now);
    },
    mirror(frame) {
      if (shown && frame.id === shown.id && frame.seq > lastSeq) {
        lastSeq = frame.seq;
        void drawMirror(current, frame);
      }
    },
  };
}
