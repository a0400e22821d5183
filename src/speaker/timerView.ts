import type { Lang } from '../i18n/lang.ts';
import type { DeckState } from '../deck/speakerLink.ts';
import { sections } from '../../slides/sections.ts';
import { elapsed, enterSection, formatClock, loadTimer, newTimer, pacing, parseDuration, plannedPerSection, resetTimer, saveTimer, spentIn, togglePause, type TimerState } from './timer.ts';

/** The timer's words, per language (French typography: no-break space before the colon). */
export const timerText = {
  fr: { elapsed: 'Écoulé', left: 'Reste', over: 'Dépassé', pause: 'Pause (T)', resume: 'Reprendre (T)', reset: 'Remettre à zéro', duration: 'Durée prévue (min)', paused: 'en pause', opening: 'Ouverture', section: 'Partie', planned: 'Prévu', actual: 'Réel', ahead: 'En avance', behind: 'En retard', onTime: 'À l’heure', noPlan: 'Donnez une durée prévue pour suivre le rythme par partie.' },
  en: { elapsed: 'Elapsed', left: 'Left', over: 'Over', pause: 'Pause (T)', resume: 'Resume (T)', reset: 'Reset', duration: 'Planned duration (min)', paused: 'paused', opening: 'Opening', section: 'Section', planned: 'Planned', actual: 'Actual', ahead: 'Ahead', behind: 'Behind', onTime: 'On time', noPlan: 'Set a planned duration to follow the pace per section.' },
} satisfies Record<Lang, Record<string, string>>;

const sectionList = Object.values(sections);

/** The name of section number `i` of a deck state (0: the slides before the first section). */
export function sectionName(i: number, lang: Lang): string {
  return i === 0 ? timerText[lang].opening : (sectionList[i - 1]?.[lang] ?? `${timerText[lang].section} ${i}`);
}

/** Timer controls and pacing table drawn in `el`: `tick` redraws, `follow` records the deck's section. */
export interface TimerView {
  tick(now: number): void;
  follow(state: DeckState, now: number): void;
  setLang(lang: Lang): void;
  /** Pause or resume (the T key). */
  toggle(now: number): void;
  readonly state: TimerState;
}

/**
 * Build the timer in `el` for speaker view `pair` (kept across a reload in sessionStorage); `?duration=<minutes>` in
 * `search` sets the planned duration, as does the duration field.
 */
export function createTimerView(el: HTMLElement, pair: string, search: string, now: number): TimerView {
  el.innerHTML = `<span class="elapsed"><span data-role="elapsed-label"></span> <strong data-role="elapsed">0:00</strong></span>
<span class="left" data-role="left-box"><span data-role="left-label"></span> <strong data-role="left"></strong></span>
<button type="button" data-role="pause" aria-keyshortcuts="T"></button> <button type="button" data-role="reset"></button>
<label class="duration"><span data-role="duration-label"></span> <input data-role="duration" type="number" min="1" max="600" step="1" inputmode="numeric" size="4"></label>`;
  const $ = <T extends HTMLElement>(role: string) => el.querySelector<T>(`[data-role="${role}"]`)!;
  const fromUrl = parseDuration(new URLSearchParams(search).get('duration'));
  let t = loadTimer(pair) ?? newTimer(now);
  if (fromUrl !== null) t = { ...t, durationMin: fromUrl };
  let lang: Lang = 'fr';
  let plan: number[] = [];
  let pacingEl: HTMLElement | null = null;
  const save = () => saveTimer(pair, t);
  save();
  const input = $<HTMLInputElement>('duration');
  input.value = t.durationMin === null ? '' : String(t.durationMin);
  input.addEventListener('change', () => {
    t = { ...t, durationMin: parseDuration(input.value) };
    input.value = t.durationMin === null ? '' : String(t.durationMin);
    save();
    view.tick(Date.now());
  });
  $('pause').addEventListener('click', () => view.toggle(Date.now()));
  $('reset').addEventListener('click', () => {
    t = resetTimer(t, Date.now());
    save();
    view.tick(Date.now());
  });

  const drawPacing = (now: number): void => {
    pacingEl ??= el.ownerDocument.querySelector<HTMLElement>('[data-role="pacing"]');
    if (!pacingEl) return;
    const words = timerText[lang];
    if (t.durationMin === null || plan.length === 0) {
      pacingEl.textContent = words.noPlan;
      return;
    }
    const planned = plannedPerSection(t.durationMin, plan);
    const rows = plan.map((count, i) => ({ i, count })).filter((r) => r.count > 0);
    const table = el.ownerDocument.createElement('table');
    table.innerHTML = `<thead><tr><th scope="col"></th><th scope="col"></th><th scope="col"></th></tr></thead><tbody></tbody>`;
    const heads = table.querySelectorAll('th');
    [words.section, words.planned, words.actual].forEach((h, k) => (heads[k].textContent = h));
    for (const { i } of rows) {
      const tr = table.tBodies[0].insertRow();
      if (i === t.section) tr.className = 'current';
      tr.dataset.section = String(i);
      for (const text of [sectionName(i, lang), formatClock(planned[i]), formatClock(spentIn(t, i, now))]) tr.insertCell().textContent = text;
    }
    const status = el.ownerDocument.createElement('p');
    status.dataset.role = 'pace';
    if (t.section !== null) {
      const pace = pacing(planned, t.section, elapsed(t, now));
      status.dataset.pace = pace;
      status.textContent = `${sectionName(t.section, lang)}${lang === 'fr' ? '\u00a0' : ''}: ${pace === 'ahead' ? words.ahead : pace === 'behind' ? words.behind : words.onTime}`;
    }
    pacingEl.replaceChildren(status, table);
  };

  const view: TimerView = {
    get state() {
      return t;
    },
    tick(now) {
      const words = timerText[lang];
      const e = elapsed(t, now);
      $('elapsed').textContent = formatClock(e) + (t.runningSince === null ? ` (${words.paused})` : '');
      el.dataset.paused = String(t.runningSince === null);
      $('left-box').hidden = t.durationMin === null;
      if (t.durationMin !== null) {
        const left = t.durationMin * 60_000 - e;
        $('left-label').textContent = left >= 0 ? words.left : words.over;
        $('left').textContent = formatClock(Math.abs(left));
        $('left-box').dataset.over = String(left < 0);
      }
      $('pause').textContent = t.runningSince === null ? words.resume : words.pause;
      drawPacing(now);
    },
    follow(state, now) {
      plan = state.plan;
      t = enterSection(t, state.section, now);
      save();
      view.tick(now);
    },
    setLang(l) {
      lang = l;
      const words = timerText[l];
      $('elapsed-label').textContent = words.elapsed;
      $('reset').textContent = words.reset;
      $('duration-label').textContent = words.duration;
    },
    toggle(now) {
      t = togglePause(t, now);
      save();
      view.tick(now);
    },
  };
  view.setLang('fr');
  return view;
}
