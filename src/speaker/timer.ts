/** The speaker view's timer: pausable, with a planned duration and the time spent in each agenda section. */

/** What the timer keeps (plain numbers, so it survives a reload through sessionStorage). */
export interface TimerState {
  /** Running time banked before `runningSince` (ms). */
  banked: number;
  /** Wall-clock time (ms since the epoch) the timer last resumed; null while paused. */
  runningSince: number | null;
  /** Planned duration in minutes, or null for none. */
  durationMin: number | null;
  /** Time spent in each section (index as in the deck's plan), banked when the section was left (ms). */
  spent: number[];
  /** The section shown now, or null before the first deck state. */
  section: number | null;
  /** Elapsed time when `section` was entered (ms). */
  enteredAt: number;
}

/** A fresh timer, running from `now`. */
export function newTimer(now: number, durationMin: number | null = null): TimerState {
  return { banked: 0, runningSince: now, durationMin, spent: [], section: null, enteredAt: 0 };
}

/** Running time so far (ms), pauses excluded. */
export function elapsed(t: TimerState, now: number): number {
  return t.banked + (t.runningSince === null ? 0 : Math.max(0, now - t.runningSince));
}

/** Pause a running timer, resume a paused one. */
export function togglePause(t: TimerState, now: number): TimerState {
  if (t.runningSince === null) return { ...t, runningSince: now };
  return { ...t, banked: elapsed(t, now), runningSince: null };
}

/** Back to zero (keeps the planned duration, the pause state and the current section). */
export function resetTimer(t: TimerState, now: number): TimerState {
  return { ...t, banked: 0, runningSince: t.runningSince === null ? null : now, spent: [], enteredAt: 0 };
}

/** Record that the deck now shows a slide of section `section`. */
export function enterSection(t: TimerState, section: number, now: number): TimerState {
  if (t.section === section) return t;
  const e = elapsed(t, now);
  const spent = [...t.spent];
  if (t.section !== null) spent[t.section] = (spent[t.section] ?? 0) + Math.max(0, e - t.enteredAt);
  return { ...t, spent, section, enteredAt: e };
}

/** Time spent in section `i` so far (ms). */
export function spentIn(t: TimerState, i: number, now: number): number {
  return (t.spent[i] ?? 0) + (t.section === i ? Math.max(0, elapsed(t, now) - t.enteredAt) : 0);
}

/** The planned time of each section (ms): the duration shared in proportion to its number of slides. */
export function plannedPerSection(durationMin: number, slideCounts: readonly number[]): number[] {
  const total = slideCounts.reduce((a, b) => a + b, 0);
  return slideCounts.map((n) => (total > 0 ? (durationMin * 60_000 * n) / total : 0));
}

/** Pacing at section `current`: behind past its planned end, ahead before its planned start, else on time. */
export function pacing(planned: readonly number[], current: number, elapsedMs: number): 'ahead' | 'behind' | 'on-time' {
  const start = planned.slice(0, current).reduce((a, b) => a + b, 0);
  const end = start + (planned[current] ?? 0);
  if (elapsedMs > end) return 'behind';
  if (elapsedMs < start) return 'ahead';
  return 'on-time';
}

/** A planned duration in minutes from a URL parameter or an input: a number in (0, 600], else null. */
export function parseDuration(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const n = Number(value.replace(',', '.'));
  return Number.isFinite(n) && n > 0 && n <= 600 ? n : null;
}

/** A time as m:ss, with a leading minus sign when negative (past the planned end of a countdown). */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const s = Math.floor(Math.abs(ms) / 1000);
  return `${sign}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

const isMs = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Parse a kept timer (untrusted JSON text), or null when absent or malformed. */
export function parseTimer(text: string | null): TimerState | null {
  if (!text) return null;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (!v || typeof v !== 'object') return null;
  const m = v as Record<string, unknown>;
  if (!isMs(m.banked) || !isMs(m.enteredAt)) return null;
  if (m.runningSince !== null && !isMs(m.runningSince)) return null;
  const durationMin = typeof m.durationMin === 'number' ? parseDuration(String(m.durationMin)) : null;
  if (!Array.isArray(m.spent) || m.spent.length > 64 || !m.spent.every((x) => x === null || isMs(x))) return null;
  const section = Number.isInteger(m.section) && (m.section as number) >= 0 && (m.section as number) < 64 ? (m.section as number) : null;
  return { banked: m.banked, runningSince: m.runningSince as number | null, durationMin, spent: m.spent.map((x) => (x as number | null) ?? 0), section, enteredAt: m.enteredAt };
}

/** sessionStorage key of the timer of speaker view `pair`. */
export const timerKey = (pair: string): string => `vae-speaker-timer-${pair}`;

/** Read the kept timer of `pair`; null when none or when storage is blocked. */
export function loadTimer(pair: string): TimerState | null {
  try {
    return parseTimer(window.sessionStorage.getItem(timerKey(pair)));
  } catch {
    return null;
  }
}

/** Keep the timer of `pair` for a reload (silently skipped when storage is blocked or full). */
export function saveTimer(pair: string, t: TimerState): void {
  try {
    window.sessionStorage.setItem(timerKey(pair), JSON.stringify(t));
  } catch {
    // Blocked or full storage: the timer still runs, it just starts afresh after a reload.
  }
}
