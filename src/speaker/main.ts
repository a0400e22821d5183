import './speaker.css';
import { parseDeckState, speakerChannelName, type DeckState, type SpeakerCommand } from '../deck/speakerLink.ts';

/** Speaker view: current and next slide previews (deck in `receiver` mode), notes, clock and timer. */
const labels = {
  fr: { current: 'Diapositive actuelle', next: 'Suivante', end: 'Fin de la présentation', notes: 'Notes', waiting: 'En attente de la présentation… (gardez la fenêtre principale ouverte)', elapsed: 'Écoulé', reset: 'Remettre à zéro', prev: '← Précédente', nextBtn: 'Suivante →' },
  en: { current: 'Current slide', next: 'Next', end: 'End of the deck', notes: 'Notes', waiting: 'Waiting for the deck… (keep the main window open)', elapsed: 'Elapsed', reset: 'Reset', prev: '← Previous', nextBtn: 'Next →' },
};

const root = document.getElementById('speaker')!;
root.innerHTML = `
  <header><span class="clock" data-role="clock"></span><span class="timer"><span data-role="elapsed-label"></span> <strong data-role="elapsed">0:00</strong> <button type="button" data-role="reset"></button></span><span class="pos" data-role="pos"></span></header>
  <main>
    <section class="current"><h2 data-role="current-label"></h2><iframe data-role="current" title="current"></iframe></section>
    <aside>
      <section class="next"><h2 data-role="next-label"></h2><iframe data-role="next" title="next"></iframe><p class="end" data-role="end" hidden></p></section>
      <section class="notes"><h2 data-role="notes-title"></h2><div data-role="notes" class="notes-text"></div></section>
      <nav><button type="button" data-role="prev"></button><button type="button" data-role="next-btn"></button></nav>
    </aside>
  </main>`;
const $ = <T extends HTMLElement>(role: string) => root.querySelector<T>(`[data-role="${role}"]`)!;

const channel = new BroadcastChannel(speakerChannelName);
const send = (cmd: SpeakerCommand) => channel.postMessage(cmd);
let started = Date.now();
let lastLang: 'fr' | 'en' | null = null;

function previewUrl(lang: string, id: string): string {
  return `index.html?receiver${lang === 'en' ? '&lang=en' : ''}#/${id}`;
}

function showIn(frame: HTMLIFrameElement, lang: string, id: string): void {
  const deck = (frame.contentWindow as (Window & { __deck?: { goTo(id: string): Promise<void>; lang: string } }) | null)?.__deck;
  if (deck && deck.lang === lang && frame.dataset.lang === lang) void deck.goTo(id);
  else {
    frame.dataset.lang = lang;
    frame.src = previewUrl(lang, id);
  }
}

function render(state: DeckState): void {
  const t = labels[state.lang];
  if (state.lang !== lastLang) {
    document.documentElement.lang = state.lang;
    $('current-label').textContent = t.current;
    $('next-label').textContent = t.next;
    $('notes-title').textContent = t.notes;
    $('elapsed-label').textContent = t.elapsed;
    $('reset').textContent = t.reset;
    $('prev').textContent = t.prev;
    $('next-btn').textContent = t.nextBtn;
    $('end').textContent = t.end;
    lastLang = state.lang;
  }
  $('pos').textContent = `${state.index + 1} / ${state.total} · ${state.title}`;
  $('notes').innerHTML = state.notes;
  showIn($<HTMLIFrameElement>('current'), state.lang, state.id);
  const next = $<HTMLIFrameElement>('next');
  next.hidden = state.nextId === null;
  $('end').hidden = state.nextId !== null;
  if (state.nextId) showIn(next, state.lang, state.nextId);
}

channel.onmessage = (ev: MessageEvent) => {
  const state = parseDeckState(ev.data);
  if (state) render(state);
};

$('notes').textContent = labels.fr.waiting;
$('reset').addEventListener('click', () => (started = Date.now()));
$('prev').addEventListener('click', () => send({ type: 'step', delta: -1 }));
$('next-btn').addEventListener('click', () => send({ type: 'step', delta: 1 }));
document.addEventListener('keydown', (ev) => {
  if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n'].includes(ev.key)) send({ type: 'step', delta: 1 });
  else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'p'].includes(ev.key)) send({ type: 'step', delta: -1 });
  else return;
  ev.preventDefault();
});

function tick(): void {
  const now = new Date();
  $('clock').textContent = now.toLocaleTimeString(lastLang === 'en' ? 'en-GB' : 'fr-FR', { hour: '2-digit', minute: '2-digit' });
  const s = Math.floor((Date.now() - started) / 1000);
  $('elapsed').textContent = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
tick();
setInterval(tick, 1000);
send({ type: 'hello' });
